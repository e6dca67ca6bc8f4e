package io.github.narrativeir.model;

/**
 * Static helpers for identifiers.
 *
 * @since 0.1.0
 */
public final class Ids {
  private Ids() {}

  /**
   * Returns true when {@code value} is a well-formed id: a non-empty string of ASCII letters,
   * digits, {@code .}, {@code -}, {@code _} and {@code :}. Readers use this to report a malformed
   * id together with every other problem of a file instead of stopping at the first one.
   */
  public static boolean isValid(String value) {
    return Identifier.isValid(value);
  }
}
