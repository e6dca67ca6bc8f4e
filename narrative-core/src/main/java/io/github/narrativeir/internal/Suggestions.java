package io.github.narrativeir.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds the closest of a set of known names by edit distance (Levenshtein), for "did you mean"
 * hints in the messages of the validator and of readers.
 *
 * <p>The closest candidate is the one at the smallest distance, ties broken by the smaller
 * candidate ({@link String#compareTo}). One lookup ({@link #closest}, {@link #plausible}) scans the
 * candidates, skipping those whose length alone puts them too far and stopping each comparison as
 * soon as it cannot win. Many lookups against the same candidates (a validator reporting thousands
 * of unknown ids) go through an {@link Index}: a trie of the candidates, searched with one row of
 * the edit-distance table per trie node, pruned as soon as no word below a node can beat the best
 * so far, and a cache per distinct name. Both give the same answers.
 *
 * <p>Not API: this package is exported only to the project's own modules.
 */
public final class Suggestions {
  /** Names or candidates longer than this are compared one by one rather than through the trie. */
  private static final int TRIE_MAX_LENGTH = 256;

  private Suggestions() {}

  /** The closest of {@code candidates} to {@code name}, ties broken by the smaller candidate. */
  public static Optional<String> closest(String name, Iterable<String> candidates) {
    return Optional.ofNullable(closestLinear(name, candidates, Integer.MAX_VALUE));
  }

  /** The closest candidate when it is close enough to be a plausible typo of {@code name}. */
  public static Optional<String> plausible(String name, Iterable<String> candidates) {
    return Optional.ofNullable(closestLinear(name, candidates, plausibleBound(name)))
        .filter(c -> plausibleDistance(name, c));
  }

  /** Returns {@code "; did you mean 'x'?"} for a plausible candidate, or the empty string. */
  public static String didYouMean(String name, Iterable<String> candidates) {
    return suggestion(plausible(name, candidates));
  }

  /**
   * An index of {@code candidates} for many lookups; later changes to the collection are not seen.
   */
  public static Index index(Collection<String> candidates) {
    return new Index(candidates);
  }

  private static String suggestion(Optional<String> plausible) {
    return plausible.map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * The largest distance at which any candidate can be a plausible typo of {@code name}: the
   * allowance grows with the shorter of the two lengths, which is at most {@code name}'s.
   */
  private static int plausibleBound(String name) {
    return name.length() <= 3 ? 1 : Math.max(2, name.length() / 3);
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

  /**
   * The closest candidate at distance at most {@code limit} (ties: the smaller), or null. A
   * candidate is compared only when its length difference could still beat the best so far, and
   * each comparison stops once it exceeds the best.
   */
  private static @Nullable String closestLinear(
      String name, Iterable<String> candidates, int limit) {
    String best = null;
    int bestDistance = limit;
    for (String candidate : candidates) {
      int lowerBound = Math.abs(name.length() - candidate.length());
      if (lowerBound > bestDistance
          || (best != null && lowerBound == bestDistance && candidate.compareTo(best) >= 0)) {
        continue;
      }
      int d = boundedDistance(name, candidate, bestDistance);
      if (d > bestDistance) {
        continue;
      }
      if (best == null || d < bestDistance || candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    return boundedDistance(a, b, Integer.MAX_VALUE);
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b} when it is at most {@code limit};
   * otherwise some number greater than {@code limit} (the computation stops at the first row of the
   * table whose every entry exceeds it, since entries never decrease from row to row along a path).
   */
  static int boundedDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit == Integer.MAX_VALUE ? limit : limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        current[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Candidates prepared for many lookups: answers are those of {@link Suggestions#closest}, {@link
   * Suggestions#plausible} and {@link Suggestions#didYouMean} with the same candidates. Not safe
   * for concurrent use (it caches).
   */
  public static final class Index {
    private final List<String> all;
    private final List<String> longOnes = new ArrayList<>();
    private final @Nullable Node root;
    private final int maxLength;
    private final Map<String, Optional<String>> closestCache = new HashMap<>();
    private final Map<String, Optional<String>> plausibleCache = new HashMap<>();

    private Index(Collection<String> candidates) {
      TreeSet<String> sorted = new TreeSet<>(candidates);
      this.all = List.copyOf(sorted);
      List<String> short_ = new ArrayList<>(sorted.size());
      int max = 0;
      for (String s : sorted) {
        if (s.length() > TRIE_MAX_LENGTH) {
          longOnes.add(s);
        } else {
          short_.add(s);
          max = Math.max(max, s.length());
        }
      }
      this.maxLength = max;
      this.root =
          short_.isEmpty() ? null : build(short_.toArray(new String[0]), 0, short_.size(), 0);
    }

    /** Same as {@link Suggestions#closest} with this index's candidates. */
    public Optional<String> closest(String name) {
      Optional<String> cached = closestCache.get(name);
      if (cached == null) {
        cached = Optional.ofNullable(search(name, Integer.MAX_VALUE));
        closestCache.put(name, cached);
      }
      return cached;
    }

    /** Same as {@link Suggestions#plausible} with this index's candidates. */
    public Optional<String> plausible(String name) {
      Optional<String> cached = plausibleCache.get(name);
      if (cached == null) {
        cached =
            Optional.ofNullable(search(name, plausibleBound(name)))
                .filter(c -> plausibleDistance(name, c));
        plausibleCache.put(name, cached);
      }
      return cached;
    }

    /** Same as {@link Suggestions#didYouMean} with this index's candidates. */
    public String didYouMean(String name) {
      return suggestion(plausible(name));
    }

    /** The closest candidate within {@code limit} (ties: the smaller), or null. */
    private @Nullable String search(String name, int limit) {
      if (name.length() > TRIE_MAX_LENGTH) {
        return closestLinear(name, all, limit);
      }
      String best = null;
      if (root != null) {
        // Every distance is at most the longer length: a finite bound keeps the rows few.
        int bound = Math.min(limit, Math.max(name.length(), maxLength));
        best = new TrieSearch(name, bound).run(root);
      }
      if (!longOnes.isEmpty()) {
        int bestDistance = best == null ? limit : distance(name, best);
        List<String> contenders = new ArrayList<>(longOnes);
        if (best != null) {
          contenders.add(best);
        }
        String other = closestLinear(name, contenders, bestDistance);
        if (other != null) {
          best = other;
        }
      }
      return best;
    }

    /** The trie of {@code sorted[lo..hi)}, whose first {@code depth} characters are shared. */
    private static Node build(String[] sorted, int lo, int hi, int depth) {
      String word = null;
      if (sorted[lo].length() == depth) {
        word = sorted[lo];
        lo++;
      }
      List<Character> keys = new ArrayList<>();
      List<Node> children = new ArrayList<>();
      int i = lo;
      while (i < hi) {
        char c = sorted[i].charAt(depth);
        int j = i + 1;
        while (j < hi && sorted[j].charAt(depth) == c) {
          j++;
        }
        keys.add(c);
        children.add(build(sorted, i, j, depth + 1));
        i = j;
      }
      char[] keyArray = new char[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        keyArray[k] = keys.get(k);
      }
      return new Node(word, keyArray, children.toArray(new Node[0]));
    }
  }

  /** A trie node: the candidate ending here, if any, and the children by next character. */
  private static final class Node {
    final @Nullable String word;
    final char[] keys;
    final Node[] children;

    Node(@Nullable String word, char[] keys, Node[] children) {
      this.word = word;
      this.keys = keys;
      this.children = children;
    }
  }

  /**
   * A depth-first walk of the trie in the order of the words (a node's own word, then its children
   * by character), keeping one row of the edit-distance table per depth. Words are met in
   * increasing order, so a later word wins only by a strictly smaller distance: a subtree is left
   * out as soon as its row's minimum reaches the best distance so far.
   */
  private static final class TrieSearch {
    private final String name;
    private final int m;
    private int bestDistance;
    private @Nullable String best;
    private final List<int[]> rows = new ArrayList<>();

    TrieSearch(String name, int limit) {
      this.name = name;
      this.m = name.length();
      // Distances up to limit are accepted: a word must beat limit + 1.
      this.bestDistance = limit == Integer.MAX_VALUE ? limit : limit + 1;
    }

    @Nullable String run(Node root) {
      int[] first = row(0);
      for (int j = 0; j <= m; j++) {
        first[j] = j;
      }
      if (root.word != null && m < bestDistance) {
        best = root.word;
        bestDistance = m;
      }
      if (bestDistance == 0) {
        return best;
      }
      return walk(root);
    }

    /**
     * Walks the trie with an explicit stack (deep tries must not overflow the thread stack). Each
     * frame is a node, its depth (the index of its row) and the next child to visit; a child's row
     * is computed from its parent's, which stays intact because the walk is in preorder.
     */
    private @Nullable String walk(Node root) {
      Node[] stackNodes = new Node[32];
      int[] stackDepth = new int[32];
      int[] stackNext = new int[32];
      stackNodes[0] = root;
      stackDepth[0] = 0;
      stackNext[0] = 0;
      int top = 1;
      while (top > 0) {
        int f = top - 1;
        Node node = stackNodes[f];
        int k = stackNext[f];
        if (k >= node.children.length) {
          top--;
          continue;
        }
        stackNext[f] = k + 1;
        int depth = stackDepth[f] + 1;
        int[] previous = rows.get(depth - 1);
        int[] current = row(depth);
        char c = node.keys[k];
        current[0] = depth;
        int rowMin = depth;
        for (int j = 1; j <= m; j++) {
          int cost = name.charAt(j - 1) == c ? 0 : 1;
          int v = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
          current[j] = v;
          if (v < rowMin) {
            rowMin = v;
          }
        }
        Node child = node.children[k];
        if (child.word != null && current[m] < bestDistance) {
          best = child.word;
          bestDistance = current[m];
        }
        if (rowMin < bestDistance && child.children.length > 0) {
          if (top == stackNodes.length) {
            stackNodes = Arrays.copyOf(stackNodes, top * 2);
            stackDepth = Arrays.copyOf(stackDepth, top * 2);
            stackNext = Arrays.copyOf(stackNext, top * 2);
          }
          stackNodes[top] = child;
          stackDepth[top] = depth;
          stackNext[top] = 0;
          top++;
        }
      }
      return best;
    }

    private int[] row(int depth) {
      while (rows.size() <= depth) {
        rows.add(new int[m + 1]);
      }
      return rows.get(depth);
    }
  }
}
