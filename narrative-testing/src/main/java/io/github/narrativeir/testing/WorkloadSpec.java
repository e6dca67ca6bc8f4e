package io.github.narrativeir.testing;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * The size and shape of a generated model. Every field has a default; the seed fixes the model.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface WorkloadSpec {
  /** The seed: the same spec and seed give the same model. */
  @Value.Default
  default long seed() {
    return 1;
  }

  /** Actors, each holding {@link #conceptsPerActor()} concepts. */
  @Value.Default
  default int actors() {
    return 4;
  }

  /** Concepts per actor. */
  @Value.Default
  default int conceptsPerActor() {
    return 20;
  }

  /** Situations, one month apart from January 1000. */
  @Value.Default
  default int situations() {
    return 10;
  }

  /** Declared aspects. */
  @Value.Default
  default int aspects() {
    return 200;
  }

  /** Aspects that hold in each situation. */
  @Value.Default
  default int aspectsPerSituation() {
    return 30;
  }

  /** Practice types. */
  @Value.Default
  default int practices() {
    return 10;
  }

  /** Aspects in a trigger's {@code all} and {@code any} lists, each. */
  @Value.Default
  default int triggerSize() {
    return 2;
  }

  /** Average construals per concept. */
  @Value.Default
  default double construalDensity() {
    return 1.0;
  }

  /** Probability that a concept occludes an aspect. */
  @Value.Default
  default double occlusionDensity() {
    return 0.3;
  }

  /** Probability that a concept proscribes a practice. */
  @Value.Default
  default double proscriptionDensity() {
    return 0.3;
  }

  /** Probability that a trigger's {@code any} list names an interaction aspect. */
  @Value.Default
  default double interactionDensity() {
    return 0.3;
  }

  /** Checks the sizes. */
  @Value.Check
  default void check() {
    checkState(
        actors() > 0 && conceptsPerActor() >= 0 && situations() > 0, "sizes must be positive");
    checkState(aspects() > 0 && practices() > 0, "aspects and practices must be positive");
    checkState(
        aspectsPerSituation() >= 0 && aspectsPerSituation() <= aspects(),
        "aspectsPerSituation %s is not within 0..aspects",
        aspectsPerSituation());
    checkState(situations() <= 12 * 8999, "at most %s situations", 12 * 8999);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkloadSpec}. */
  final class Builder extends ImmutableWorkloadSpec.Builder {}
}
