package io.github.narrativeir.model;

/**
 * The identifier of a situation.
 *
 * @since 0.1.0
 */
public final class SituationId extends Identifier implements Comparable<SituationId> {
  private SituationId(String value) {
    super("situation", value);
  }

  /**
   * Returns the situation id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is empty or has a character other than ASCII
   *     letters, digits, {@code .}, {@code -}, {@code _} and {@code :}
   */
  public static SituationId of(String value) {
    return new SituationId(value);
  }

  /** Compares by code point of the ids as written. */
  @Override
  public int compareTo(SituationId other) {
    return compareValue(other);
  }
}
