package io.github.narrativeir.model;

/**
 * The identifier of a practice type.
 *
 * @since 0.1.0
 */
public final class PracticeId extends Identifier implements Comparable<PracticeId> {
  private PracticeId(String value) {
    super("practice", value);
  }

  /**
   * Returns the practice id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is empty or has a character other than ASCII
   *     letters, digits, {@code .}, {@code -}, {@code _} and {@code :}
   */
  public static PracticeId of(String value) {
    return new PracticeId(value);
  }

  /** Compares by code point of the ids as written. */
  @Override
  public int compareTo(PracticeId other) {
    return compareValue(other);
  }
}
