package io.github.narrativeir.model;

import org.immutables.value.Value;

/**
 * A kind of practice that actors carry out, such as permitting transit or striking.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PracticeType {
  /** The practice's id. */
  PracticeId id();

  /** A readable label; the id when not given. */
  @Value.Default
  default String label() {
    return id().value();
  }

  /**
   * Whether the practice cooperates, coerces or neither; {@link PracticeMode#NEUTRAL} by default.
   */
  @Value.Default
  default PracticeMode mode() {
    return PracticeMode.NEUTRAL;
  }

  /**
   * Returns the practice {@code id} labelled {@code label} with mode {@code mode}.
   *
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  static PracticeType of(String id, String label, PracticeMode mode) {
    return builder().id(id).label(label).mode(mode).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PracticeType}; {@code id} is required. */
  final class Builder extends ImmutablePracticeType.Builder {
    /**
     * Sets the id from its text.
     *
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public Builder id(String id) {
      return id(PracticeId.of(id));
    }
  }
}
