package io.github.narrativeir.model;

/**
 * The identifier of an aspect.
 *
 * @since 0.1.0
 */
public final class AspectId extends Identifier implements Comparable<AspectId> {
  private AspectId(String value) {
    super("aspect", value);
  }

  /**
   * Returns the aspect id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is empty or has a character other than ASCII
   *     letters, digits, {@code .}, {@code -}, {@code _} and {@code :}
   */
  public static AspectId of(String value) {
    return new AspectId(value);
  }

  /** Compares by code point of the ids as written. */
  @Override
  public int compareTo(AspectId other) {
    return compareValue(other);
  }
}
