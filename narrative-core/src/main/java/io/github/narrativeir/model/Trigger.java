package io.github.narrativeir.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * When a concept applies to a perceived set of aspects: all of {@link #allOf()}, at least one of
 * {@link #anyOf()} when that is not empty, and none of {@link #noneOf()}. The file format calls
 * these {@code all}, {@code any} and {@code none}. An empty trigger always applies.
 *
 * @since 0.1.0
 */
@Value.Immutable(singleton = true)
public interface Trigger {
  /** Aspects that must all be perceived. */
  ImmutableSet<AspectId> allOf();

  /** Aspects of which at least one must be perceived, unless this set is empty. */
  ImmutableSet<AspectId> anyOf();

  /** Aspects none of which may be perceived. */
  ImmutableSet<AspectId> noneOf();

  /** Returns true when this trigger names no aspect, so that it always applies. */
  default boolean isAlways() {
    return allOf().isEmpty() && anyOf().isEmpty() && noneOf().isEmpty();
  }

  /** Returns the empty trigger, which always applies. */
  static Trigger always() {
    return ImmutableTrigger.of();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Trigger}; every set is empty unless given. */
  final class Builder extends ImmutableTrigger.Builder {
    /**
     * Adds aspects that must all be perceived.
     *
     * @throws IllegalArgumentException if an id is malformed
     */
    public Builder allOf(String... ids) {
      for (String id : ids) {
        addAllOf(AspectId.of(id));
      }
      return this;
    }

    /**
     * Adds aspects of which at least one must be perceived.
     *
     * @throws IllegalArgumentException if an id is malformed
     */
    public Builder anyOf(String... ids) {
      for (String id : ids) {
        addAnyOf(AspectId.of(id));
      }
      return this;
    }

    /**
     * Adds aspects none of which may be perceived.
     *
     * @throws IllegalArgumentException if an id is malformed
     */
    public Builder noneOf(String... ids) {
      for (String id : ids) {
        addNoneOf(AspectId.of(id));
      }
      return this;
    }
  }
}
