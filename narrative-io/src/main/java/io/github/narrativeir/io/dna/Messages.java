package io.github.narrativeir.io.dna;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How the import's messages and report quote values and count things. */
final class Messages {
  /** The longest value quoted whole in a message. */
  static final int EXCERPT = 60;

  private Messages() {}

  /**
   * {@code text} if it is at most {@link #EXCERPT} characters long and on one line, else its start
   * followed by "..." and its length.
   */
  static String excerpt(String text) {
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        end = i;
        break;
      }
    }
    if (end == text.length() && text.length() <= EXCERPT) {
      return text;
    }
    int cut = Math.min(end, EXCERPT);
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "... (" + text.length() + " characters)";
  }

  /** The first 20 names, quoted, then how many more: for "(variables: a, b, c)". */
  static String list(Collection<String> names) {
    List<String> shown =
        names.stream().limit(20).map(n -> "'" + excerpt(n) + "'").collect(Collectors.toList());
    return String.join(", ", shown)
        + (names.size() > 20 ? " and " + (names.size() - 20) + " more" : "");
  }
}
