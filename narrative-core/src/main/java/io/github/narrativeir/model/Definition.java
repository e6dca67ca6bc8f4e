package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where an element of a {@link ComposedModel} was defined: in the base model or in one of the
 * concept sets, and at which JSON Pointer of that source's own lists ({@code /actors/2}, or {@code
 * /concepts/0/holder} for a value inside an element).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Definition {
  /** The index of the concept set, in the order the sets were given; empty for the base model. */
  @Value.Parameter
  OptionalInt set();

  /** The JSON Pointer of the element (or of a value in it) in its source's own lists. */
  @Value.Parameter
  String pointer();

  /** Returns a definition at {@code pointer} of the base model. */
  static Definition inBase(String pointer) {
    return ImmutableDefinition.of(OptionalInt.empty(), pointer);
  }

  /**
   * Returns a definition at {@code pointer} of the concept set at {@code index} (from 0).
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  static Definition inSet(int index, String pointer) {
    checkArgument(index >= 0, "a concept set index is at least 0, not %s", index);
    return ImmutableDefinition.of(OptionalInt.of(index), pointer);
  }
}
