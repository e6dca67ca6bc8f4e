package io.github.narrativeir.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known of a practice in a situation: the ground truth a model is evaluated against. A
 * <em>plain</em> observation (no {@link #change()}) says that the practice was carried out in the
 * situation, or, with {@link #occurred()} false, that it is known not to have been (negative
 * evidence: a source says it did not happen). With a change, the observation says that the practice
 * started or stopped in the situation.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Observation {
  /** Who carried out the practice. */
  ActorId actor();

  /** The practice observed. */
  PracticeId practice();

  /** The actor it was directed at; absent when the observation does not say. */
  Optional<ActorId> target();

  /** The situation in which it was observed. */
  SituationId situation();

  /** Whether the practice started or stopped in the situation, if that is what was observed. */
  Optional<ChangeKind> change();

  /**
   * Whether the practice was carried out: {@code true} (the default) for an observed practice,
   * {@code false} when the sources say it was not (negative evidence). An observation with a {@link
   * #change()} must not be negative; {@link ModelValidator} reports it as an error.
   */
  @Value.Default
  default boolean occurred() {
    return true;
  }

  /** Whether this is a plain observation (no change) saying the practice was carried out. */
  default boolean isPlainPositive() {
    return change().isEmpty() && occurred();
  }

  /** Whether this is a plain observation saying the practice was not carried out. */
  default boolean isPlainNegative() {
    return change().isEmpty() && !occurred();
  }

  /** Where the observation comes from. */
  Optional<String> source();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Observation}; {@code actor}, {@code practice} and {@code situation} are
   * required.
   */
  final class Builder extends ImmutableObservation.Builder {
    /**
     * Sets the actor from its id.
     *
     * @throws IllegalArgumentException if {@code actor} is malformed
     */
    public Builder actor(String actor) {
      return actor(ActorId.of(actor));
    }

    /**
     * Sets the practice from its id.
     *
     * @throws IllegalArgumentException if {@code practice} is malformed
     */
    public Builder practice(String practice) {
      return practice(PracticeId.of(practice));
    }

    /**
     * Sets the target from its actor id.
     *
     * @throws IllegalArgumentException if {@code target} is malformed
     */
    public Builder target(String target) {
      return target(ActorId.of(target));
    }

    /**
     * Sets the situation from its id.
     *
     * @throws IllegalArgumentException if {@code situation} is malformed
     */
    public Builder situation(String situation) {
      return situation(SituationId.of(situation));
    }
  }
}
