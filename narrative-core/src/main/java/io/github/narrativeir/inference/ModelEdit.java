package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Sets;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A change to a model's coding, to be run incrementally against an inference of the model ({@link
 * Inference#rerun(ModelEdit)}): concepts left out, aspects taken out of or added to situations,
 * weights of prescription and proscription entries set, and actors' concepts put in a new rank
 * order. Any of these may be combined; an empty edit changes nothing.
 *
 * <p>An edit names the parts of one model; whether they exist is checked against that model when
 * the edit is run or applied ({@link #applyTo(Model)}).
 *
 * <pre>{@code
 * ModelEdit edit = ModelEdit.builder()
 *     .addDroppedConcepts(ConceptId.of("us.frontline-ally"))
 *     .putRemovedAspects(SituationId.of("after"), AspectId.of("terror-attack"))
 *     .putWeights(new ModelEdit.Entry(ConceptId.of("us.war-on-terror"), ModelEdit.Side.PRESCRIBES, 0),
 *         new BigDecimal("1.0"))
 *     .build();
 * EditedRun variant = inference.rerun(edit);   // equal to inference on edit.applyTo(model)
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ModelEdit {
  /** Which list of a concept an entry is in. */
  enum Side {
    /** The concept's {@code prescribes}. */
    PRESCRIBES("prescribes"),
    /** The concept's {@code proscribes}. */
    PROSCRIBES("proscribes");

    private final String token;

    Side(String token) {
      this.token = token;
    }

    /** The name of the list in model files: {@code prescribes} or {@code proscribes}. */
    public String token() {
      return token;
    }

    @Override
    public String toString() {
      return token;
    }
  }

  /**
   * One entry of a concept's {@code prescribes} or {@code proscribes} list, by its position there
   * (so that two entries naming the same practice and target are told apart).
   *
   * @param concept the concept
   * @param side the list
   * @param index the position in the list, from 0
   */
  record Entry(ConceptId concept, Side side, int index) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public Entry {
      checkNotNull(concept, "concept");
      checkNotNull(side, "side");
      checkArgument(index >= 0, "entry index %s is negative", index);
    }
  }

  /** The concepts left out. */
  ImmutableSet<ConceptId> droppedConcepts();

  /** Aspects taken out of a situation's aspects; each must be one of them. */
  ImmutableSetMultimap<SituationId, AspectId> removedAspects();

  /**
   * Aspects added to a situation's aspects; each must be a declared aspect of the model that the
   * situation does not have.
   */
  ImmutableSetMultimap<SituationId, AspectId> addedAspects();

  /**
   * New weights of entries, exact and positive, without trailing zeros (as a {@link
   * io.github.narrativeir.model.Prescription}'s). They need not be within the bounds a model file
   * allows ({@link io.github.narrativeir.model.Weights}): halving the smallest weight is still run
   * exactly.
   */
  ImmutableMap<Entry, BigDecimal> weights();

  /**
   * New rank orders: for an actor, every concept it holds, from the highest rank to the lowest. The
   * order is applied as MODEL.md's {@code swap-rank} does: the concepts get the priorities {@code
   * n-1, ..., 1, 0} in this order.
   */
  ImmutableMap<ActorId, ImmutableList<ConceptId>> rankOrders();

  /** Whether the edit changes nothing. */
  default boolean isEmpty() {
    return droppedConcepts().isEmpty()
        && removedAspects().isEmpty()
        && addedAspects().isEmpty()
        && weights().isEmpty()
        && rankOrders().isEmpty();
  }

  /**
   * Returns {@code model} with this edit applied: the concepts left out, each situation's aspects
   * without the removed ones (and their provenance) and with the added ones after them, the
   * entries' weights set, and the reordered actors' concepts given the priorities {@code n-1, ...,
   * 0}. Everything else is kept, in the order given.
   *
   * @throws IllegalArgumentException if the edit does not fit {@code model} (an unknown concept,
   *     situation or entry, an aspect removed that the situation lacks or added that it has or that
   *     is not declared, a rank order that does not list the actor's concepts once each), or if a
   *     new weight is outside the bounds of {@link io.github.narrativeir.model.Weights}
   */
  default Model applyTo(Model model) {
    checkNotNull(model, "model");
    return ModelEdits.apply(model, this);
  }

  /** Returns the edit that changes nothing. */
  static ModelEdit none() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Checks what can be checked without a model: weights are positive, a situation does not both
   * lose and gain one aspect, a rank order names each concept once; and normalizes the weights.
   */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: is it normalized, scale included
  default ModelEdit check() {
    for (Map.Entry<Entry, BigDecimal> w : weights().entrySet()) {
      checkArgument(
          w.getValue().signum() > 0,
          "the weight %s of %s is not positive",
          w.getValue(),
          w.getKey());
    }
    for (SituationId s : removedAspects().keySet()) {
      Set<AspectId> both = Sets.intersection(removedAspects().get(s), addedAspects().get(s));
      checkArgument(
          both.isEmpty(), "aspects %s are both removed from and added to situation '%s'", both, s);
    }
    rankOrders()
        .forEach(
            (actor, order) ->
                checkArgument(
                    new HashSet<>(order).size() == order.size(),
                    "the rank order of '%s' names a concept twice: %s",
                    actor,
                    order));
    boolean normalized = true;
    for (BigDecimal w : weights().values()) {
      normalized &= ModelEdits.normalize(w).equals(w);
    }
    if (normalized) {
      return this;
    }
    ImmutableMap.Builder<Entry, BigDecimal> weights = ImmutableMap.builder();
    weights().forEach((e, w) -> weights.put(e, ModelEdits.normalize(w)));
    return builder().from(this).weights(weights.buildOrThrow()).build();
  }

  /** Builds a {@link ModelEdit}; by default it changes nothing. */
  final class Builder extends ImmutableModelEdit.Builder {}
}
