package io.github.narrativeir.analysis;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.SituationId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A counterfactual variation of a model: concepts left out, aspects taken from or added to given
 * situations, interaction switched on or off.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Variation {
  /** The concepts to leave out. */
  ImmutableSet<ConceptId> withoutConcepts();

  /** Aspects to take out of a situation. */
  ImmutableSetMultimap<SituationId, AspectId> withoutAspects();

  /** Aspects to add to a situation; they must be declared aspects of the model. */
  ImmutableSetMultimap<SituationId, AspectId> withAspects();

  /** Interaction on or off instead of the model's own option, if given. */
  Optional<Boolean> interaction();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Variation}; by default it changes nothing. */
  final class Builder extends ImmutableVariation.Builder {
    /** Leaves out the concepts with these ids. */
    public Builder withoutConcepts(String... ids) {
      for (String id : ids) {
        addWithoutConcepts(ConceptId.of(id));
      }
      return this;
    }

    /** Takes {@code aspect} out of {@code situation}. */
    public Builder withoutAspect(String situation, String aspect) {
      return putWithoutAspects(SituationId.of(situation), AspectId.of(aspect));
    }

    /** Adds {@code aspect} to {@code situation}. */
    public Builder withAspect(String situation, String aspect) {
      return putWithAspects(SituationId.of(situation), AspectId.of(aspect));
    }
  }
}
