package io.github.narrativeir.io.dna;

import io.github.narrativeir.io.internal.Node;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How the import's messages and report quote values and count things. */
final class Messages {
  private Messages() {}

  /** {@code text}, or its start and length if it is long or not on one line. */
  static String excerpt(String text) {
    return Node.excerpt(text);
  }

  /** The first 20 names, quoted, then how many more: for "(variables: a, b, c)". */
  static String list(Collection<String> names) {
    List<String> shown =
        names.stream().limit(20).map(n -> "'" + excerpt(n) + "'").collect(Collectors.toList());
    return String.join(", ", shown)
        + (names.size() > 20 ? " and " + (names.size() - 20) + " more" : "");
  }
}
