package io.github.narrativeir.model;

/**
 * The identifier of a concept.
 *
 * @since 0.1.0
 */
public final class ConceptId extends Identifier implements Comparable<ConceptId> {
  private ConceptId(String value) {
    super("concept", value);
  }

  /**
   * Returns the concept id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is empty or has a character other than ASCII
   *     letters, digits, {@code .}, {@code -}, {@code _} and {@code :}
   */
  public static ConceptId of(String value) {
    return new ConceptId(value);
  }

  /** Compares by code point of the ids as written. */
  @Override
  public int compareTo(ConceptId other) {
    return compareValue(other);
  }
}
