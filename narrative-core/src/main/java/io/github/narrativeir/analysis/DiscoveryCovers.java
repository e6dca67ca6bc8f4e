package io.github.narrativeir.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Covers of one pair's reading by classes of equivalent triggers: which sets of candidates (for one
 * practice/target pair) make exactly the predictions a reading asks for.
 *
 * <p>Each situation of the reading so far has a demand: at least {@code lo} and at most {@code hi}
 * of the chosen candidates fire there. A pair the actor's own concepts already predict demands
 * nothing; one they do not predict demands {@code need} (the candidates whose support outweighs the
 * opposition) where the reading predicts it, and fewer where it does not. A class (the triggers
 * that fire in exactly the same situations so far) can be chosen as many times as it has triggers.
 */
final class DiscoveryCovers {
  /** No demand of at most. */
  static final int UNBOUNDED = Integer.MAX_VALUE;

  private final long[] masks;
  private final int[] sizes;
  private final int[] lo;
  private final int[] hi;
  private final int situations;

  /** The classes that may be chosen at all (they fire nowhere they may not). */
  private final int[] allowed;

  /**
   * Whether at most one candidate may fire where the reading does not predict, and one suffices
   * where it does.
   */
  private final boolean simple;

  private final long demanded;

  DiscoveryCovers(long[] masks, int[] sizes, int classes, int[] lo, int[] hi, int situations) {
    this.masks = masks;
    this.sizes = sizes;
    this.lo = lo;
    this.hi = hi;
    this.situations = situations;
    long forbidden = 0;
    long demand = 0;
    boolean isSimple = true;
    for (int j = 0; j < situations; j++) {
      if (hi[j] == 0) {
        forbidden |= 1L << j;
      }
      if (lo[j] > 0) {
        demand |= 1L << j;
      }
      isSimple &= lo[j] <= 1 && (hi[j] == 0 || hi[j] == UNBOUNDED);
    }
    this.simple = isSimple;
    this.demanded = demand;
    int[] ok = new int[classes];
    int k = 0;
    for (int c = 0; c < classes; c++) {
      if ((masks[c] & forbidden) == 0) {
        ok[k++] = c;
      }
    }
    this.allowed = Arrays.copyOf(ok, k);
  }

  /**
   * The fewest candidates that meet the demands, or {@code limit + 1} when more than {@code limit}
   * are needed.
   */
  int minimum(int limit) {
    if (demanded == 0) {
      return 0;
    }
    if (simple) {
      long[] maximal = maximal();
      for (int d = 1; d <= limit; d++) {
        if (covers(maximal, demanded, d)) {
          return d;
        }
      }
      return limit + 1;
    }
    int[] count = new int[situations];
    int[] used = new int[masks.length];
    for (int d = 1; d <= limit; d++) {
      if (meets(count, used, d)) {
        return d;
      }
    }
    return limit + 1;
  }

  /**
   * Every multiset of exactly {@code size} classes that meets the demands, each as ascending class
   * numbers (repeated when a class is chosen more than once).
   */
  List<int[]> all(int size) {
    Set<List<Integer>> seen = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    enumerate(new int[situations], new int[masks.length], new ArrayList<>(), size, seen, out);
    return out;
  }

  private void enumerate(
      int[] count,
      int[] used,
      List<Integer> chosen,
      int left,
      Set<List<Integer>> seen,
      List<int[]> out) {
    int j = deficit(count);
    if (j < 0) {
      if (left == 0) {
        List<Integer> key = new ArrayList<>(chosen);
        key.sort(null);
        if (seen.add(key)) {
          out.add(key.stream().mapToInt(Integer::intValue).toArray());
        }
      }
      return;
    }
    if (left == 0) {
      return;
    }
    for (int c : allowed) {
      if ((masks[c] & (1L << j)) != 0 && used[c] < sizes[c] && fits(count, c)) {
        add(count, c, 1);
        used[c]++;
        chosen.add(c);
        enumerate(count, used, chosen, left - 1, seen, out);
        chosen.remove(chosen.size() - 1);
        used[c]--;
        add(count, c, -1);
      }
    }
  }

  /** The allowed masks restricted to the demanded situations, without those another contains. */
  private long[] maximal() {
    long[] reduced = new long[allowed.length];
    int n = 0;
    for (int c : allowed) {
      long r = masks[c] & demanded;
      if (r != 0) {
        reduced[n++] = r;
      }
    }
    reduced = Arrays.copyOf(reduced, n);
    Long[] boxed = Arrays.stream(reduced).distinct().boxed().toArray(Long[]::new);
    Arrays.sort(boxed, (x, y) -> Integer.compare(Long.bitCount(y), Long.bitCount(x)));
    List<Long> kept = new ArrayList<>();
    for (long m : boxed) {
      boolean inside = false;
      for (long k : kept) {
        if ((m & ~k) == 0) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(m);
      }
    }
    return kept.stream().mapToLong(Long::longValue).toArray();
  }

  /** Whether {@code d} of {@code sets} cover {@code left}. */
  private static boolean covers(long[] sets, long left, int d) {
    if (left == 0) {
      return true;
    }
    if (d == 0) {
      return false;
    }
    long lowest = Long.lowestOneBit(left);
    for (long s : sets) {
      if ((s & lowest) != 0 && covers(sets, left & ~s, d - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean meets(int[] count, int[] used, int d) {
    int j = deficit(count);
    if (j < 0) {
      return true;
    }
    if (d == 0) {
      return false;
    }
    for (int c : allowed) {
      if ((masks[c] & (1L << j)) != 0 && used[c] < sizes[c] && fits(count, c)) {
        add(count, c, 1);
        used[c]++;
        boolean ok = meets(count, used, d - 1);
        used[c]--;
        add(count, c, -1);
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first situation where fewer candidates fire than demanded, or -1. */
  private int deficit(int[] count) {
    for (int j = 0; j < situations; j++) {
      if (count[j] < lo[j]) {
        return j;
      }
    }
    return -1;
  }

  private boolean fits(int[] count, int c) {
    long m = masks[c];
    while (m != 0) {
      int j = Long.numberOfTrailingZeros(m);
      if (hi[j] != UNBOUNDED && count[j] + 1 > hi[j]) {
        return false;
      }
      m &= m - 1;
    }
    return true;
  }

  private void add(int[] count, int c, int delta) {
    long m = masks[c];
    while (m != 0) {
      count[Long.numberOfTrailingZeros(m)] += delta;
      m &= m - 1;
    }
  }
}
