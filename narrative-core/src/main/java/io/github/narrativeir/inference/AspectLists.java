package io.github.narrativeir.inference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For the few aspects one actor's concepts mention, a list of ints each (watch entries, construal
 * indices): sorted keys and their lists, so that an actor's tables grow with its own concepts, not
 * with every aspect of the model (which includes one interaction aspect per prescribed practice of
 * every actor).
 */
final class AspectLists {
  private static final int[] NONE = new int[0];

  /** The aspects that have a list, ascending. */
  final int[] keys;
  /** The list of each key, in the order added. */
  final int[][] values;

  private AspectLists(int[] keys, int[][] values) {
    this.keys = keys;
    this.values = values;
  }

  /** The lists built so far, by aspect. */
  static AspectLists of(TreeMap<Integer, List<Integer>> lists) {
    int[] keys = new int[lists.size()];
    int[][] values = new int[lists.size()][];
    int i = 0;
    for (Map.Entry<Integer, List<Integer>> e : lists.entrySet()) {
      keys[i] = e.getKey();
      values[i++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    return new AspectLists(keys, values);
  }

  /** The list of aspect {@code a}; empty when it has none. */
  int[] get(int a) {
    int i = Arrays.binarySearch(keys, a);
    return i >= 0 ? values[i] : NONE;
  }
}
