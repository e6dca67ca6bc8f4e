package io.github.narrativeir.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * An atomic fact that can hold in a situation.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Aspect {
  /** The aspect's id. */
  AspectId id();

  /** A readable label; the id when not given. */
  @Value.Default
  default String label() {
    return id().value();
  }

  /** Free-form tags, in the order given. */
  ImmutableSet<String> tags();

  /**
   * Returns the aspect {@code id} labelled {@code label}.
   *
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  static Aspect of(String id, String label) {
    return builder().id(id).label(label).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Aspect}; {@code id} is required. */
  final class Builder extends ImmutableAspect.Builder {
    /**
     * Sets the id from its text.
     *
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public Builder id(String id) {
      return id(AspectId.of(id));
    }
  }
}
