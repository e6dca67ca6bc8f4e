package io.github.narrativeir.model;

import java.util.Optional;

/**
 * Finds the closest of a set of known names by edit distance (Levenshtein), for "did you mean"
 * hints in the messages of the validator and of readers.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The closest of {@code candidates} to {@code name}, ties broken by the smaller candidate. */
  public static Optional<String> closest(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(name, candidate);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The closest candidate when it is close enough to be a plausible typo of {@code name}. */
  public static Optional<String> plausible(String name, Iterable<String> candidates) {
    return closest(name, candidates)
        .filter(c -> plausibleDistance(name, c));
  }

  /**
   * A typo changes at most a third of a name (two edits at least, but one for names of three
   * characters or fewer), and never the whole of it.
   */
  private static boolean plausibleDistance(String name, String candidate) {
    int shorter = Math.min(name.length(), candidate.length());
    int allowed = shorter <= 3 ? 1 : Math.max(2, shorter / 3);
    int d = distance(name, candidate);
    return d <= allowed && d < name.length();
  }

  /** Returns {@code "; did you mean 'x'?"} for a plausible candidate, or the empty string. */
  public static String didYouMean(String name, Iterable<String> candidates) {
    return plausible(name, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
