package io.github.narrativeir.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The two syntaxes of model files: the same tree written as YAML or as JSON.
 *
 * @since 0.1.0
 */
public enum Format {
  /** JSON, for machines ({@code .json}). */
  JSON,
  /** YAML, for people ({@code .yaml}, {@code .yml}). */
  YAML;

  /** Returns the format a file name's extension names, if it names one. */
  public static Optional<Format> fromFileName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * Guesses the format of a document from its content: JSON when the first character that is not
   * white space (after a byte order mark) is <code>{</code>, YAML otherwise (YAML also reads most
   * JSON). The content may be UTF-8, UTF-16 or UTF-32, as a reader reads it.
   */
  public static Format detect(byte[] content) {
    DocumentText.Encoding encoding = DocumentText.encoding(content);
    String head =
        new String(
            content,
            encoding.bom(),
            Math.min(content.length - encoding.bom(), 4096),
            encoding.charset());
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '{' ? JSON : YAML;
    }
    return YAML;
  }
}
