package io.github.narrativeir.internal;

import java.util.regex.Pattern;

/**
 * What a well-formed identifier is, for the model's id types and for the readers. Not API: this
 * package is exported only to the project's own modules.
 */
public final class Ids {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:\\-]+");

  private Ids() {}

  /**
   * Returns true when {@code value} is a well-formed id: a non-empty string of ASCII letters,
   * digits, {@code .}, {@code -}, {@code _} and {@code :}. Readers use this to report a malformed
   * id together with every other problem of a file instead of stopping at the first one.
   */
  public static boolean isValid(String value) {
    return VALID.matcher(value).matches();
  }
}
