package io.github.narrativeir.io.dna;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code source} of the evidence an import makes of a statement, which says where it was coded:
 * the document's title, then in parentheses the database's file name, the document id and the
 * statement id, and {@code disagrees} when the speaker disagrees with the concept, as in {@code
 * Musharraf address (debates.dna, document 12, statement 345)} or {@code ... statement 346,
 * disagrees)}. A source of this form is recognised by the file name and statement id, so that
 * importing the same database again finds the statements already there.
 */
final class EvidenceSources {
  /** The title of a document DNA holds without one. */
  static final String UNTITLED = "untitled document";

  private EvidenceSources() {}

  /** The source of statement {@code statement} of document {@code document} in {@code file}. */
  static String of(String title, String file, long document, long statement, boolean disagrees) {
    String t = title.strip().replaceAll("\\s+", " ");
    return (t.isEmpty() ? UNTITLED : t)
        + " ("
        + file
        + ", document "
        + document
        + ", statement "
        + statement
        + (disagrees ? ", disagrees" : "")
        + ")";
  }

  /** What every source made from {@code file} ends with; group 1 is the statement id. */
  static Pattern pattern(String file) {
    return Pattern.compile(
        " \\(" + Pattern.quote(file) + ", document [0-9]+, statement ([0-9]+)(?:, disagrees)?\\)$");
  }

  /** The statement id of {@code source} if {@code pattern} recognises it, else empty. */
  static OptionalLong statement(String source, Pattern pattern) {
    Matcher m = pattern.matcher(source);
    if (!m.find()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(m.group(1)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty(); // more digits than a statement id has: not one of ours
    }
  }
}
