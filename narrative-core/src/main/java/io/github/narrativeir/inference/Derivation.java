package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.SituationId;

/**
 * Why an actor perceived an aspect: because it holds in the situation ({@link Given}), because a
 * practice was predicted in the situation before ({@link Interaction}), or because a construal of
 * an active concept produced it from other perceived aspects ({@link Construed}). Derivations are
 * well-founded: following {@link Construed#from()} always ends in given or interaction aspects.
 *
 * @since 0.1.0
 */
public sealed interface Derivation
    permits Derivation.Given, Derivation.Interaction, Derivation.Construed {
  /** The aspect derived. */
  AspectId aspect();

  /**
   * The aspect holds in the situation itself.
   *
   * @param aspect the aspect
   * @param situation the situation it holds in
   * @param sources where the situation's provenance says the aspect comes from (such as a data set,
   *     the rule that selected its rows and their count); empty for aspects typed by hand
   */
  record Given(AspectId aspect, SituationId situation, ImmutableList<String> sources)
      implements Derivation {
    /** Checks that no component is null and copies {@code sources}. */
    public Given {
      checkNotNull(aspect, "aspect");
      checkNotNull(situation, "situation");
      sources = ImmutableList.copyOf(sources);
    }
  }

  /**
   * The aspect is an interaction aspect: the practice it names was predicted in the situation
   * before.
   *
   * @param aspect the interaction aspect, {@code did:<actor>:<practice>:<target>}
   * @param prediction the earlier prediction it comes from
   */
  record Interaction(AspectId aspect, Prediction prediction) implements Derivation {
    /** Checks that no component is null. */
    public Interaction {
      checkNotNull(aspect, "aspect");
      checkNotNull(prediction, "prediction");
    }
  }

  /**
   * The aspect was construed by a construal of an active concept.
   *
   * @param aspect the aspect construed
   * @param concept the concept whose construal produced it
   * @param construal the construal
   * @param from the derivations of the construal's {@code from} aspects, by aspect id
   */
  record Construed(
      AspectId aspect, ConceptId concept, Construal construal, ImmutableList<Derivation> from)
      implements Derivation {
    /** Checks that no component is null and copies {@code from}. */
    public Construed {
      checkNotNull(aspect, "aspect");
      checkNotNull(concept, "concept");
      checkNotNull(construal, "construal");
      from = ImmutableList.copyOf(from);
    }
  }
}
