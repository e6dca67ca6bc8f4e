package io.github.narrativeir.inference;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import io.github.narrativeir.model.AspectId;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * An episode's perceived set, kept as its difference from the situation's base, which every episode
 * of the situation shares: {@code (base \ removed) ∪ added}. The set itself is built only when
 * asked for ({@link Episode#perceived()}), so inference does not copy the base (which holds every
 * interaction aspect of the situation before) once per actor.
 */
final class Perception {
  private static final AspectId[] NONE = new AspectId[0];
  private static final int[] NO_POSITIONS = new int[0];

  private final AspectId[] base;
  private final int[] removed;
  private final AspectId[] added;

  /**
   * @param base the base's ids in id order, shared and never modified
   * @param removed ascending positions in {@code base} of the aspects not perceived
   * @param added the perceived aspects not in the base, in id order
   */
  private Perception(AspectId[] base, int[] removed, AspectId[] added) {
    this.base = base;
    this.removed = removed;
    this.added = added;
  }

  /** Exactly {@code perceived}, which must be in the natural order of ids. */
  static Perception of(ImmutableSortedSet<AspectId> perceived) {
    Comparator<?> c = perceived.comparator();
    Preconditions.checkArgument(
        c == null || c.equals(Ordering.natural()) || c.equals(Comparator.naturalOrder()),
        "an episode's aspect sets must be in the natural order of ids");
    return new Perception(perceived.toArray(NONE), NO_POSITIONS, NONE);
  }

  /** {@code (base \ removed) ∪ added}; the arrays are taken over, not copied. */
  static Perception of(AspectId[] base, int[] removed, AspectId[] added) {
    return new Perception(base, removed, added);
  }

  /** The number of aspects perceived. */
  int size() {
    return base.length - removed.length + added.length;
  }

  /** The perceived set, merged in id order. */
  ImmutableSortedSet<AspectId> toSet() {
    AspectId[] out = new AspectId[size()];
    int from = 0; // next position of the base to copy
    int to = 0; // next position of out to fill
    int r = 0;
    int a = 0;
    while (r < removed.length || a < added.length) {
      int nextRemoved = r < removed.length ? removed[r] : base.length;
      // the base position before which the next added aspect goes
      int nextAdded = a < added.length ? insertionPoint(added[a], from) : base.length;
      if (r < removed.length && nextRemoved < nextAdded) {
        System.arraycopy(base, from, out, to, nextRemoved - from);
        to += nextRemoved - from;
        from = nextRemoved + 1;
        r++;
      } else {
        System.arraycopy(base, from, out, to, nextAdded - from);
        to += nextAdded - from;
        from = nextAdded;
        out[to++] = added[a++];
      }
    }
    System.arraycopy(base, from, out, to, base.length - from);
    return ImmutableSortedSet.copyOfSorted(SortedArrayView.handingOver(out));
  }

  /**
   * Hands each perceived aspect to {@code action} in id order, merging as {@link #toSet} does but
   * without building an array or a set.
   */
  void forEach(Consumer<? super AspectId> action) {
    int from = 0; // next position of the base to hand over
    int r = 0;
    int a = 0;
    while (r < removed.length || a < added.length) {
      int nextRemoved = r < removed.length ? removed[r] : base.length;
      int nextAdded = a < added.length ? insertionPoint(added[a], from) : base.length;
      if (r < removed.length && nextRemoved < nextAdded) {
        for (int i = from; i < nextRemoved; i++) {
          action.accept(base[i]);
        }
        from = nextRemoved + 1;
        r++;
      } else {
        for (int i = from; i < nextAdded; i++) {
          action.accept(base[i]);
        }
        from = nextAdded;
        action.accept(added[a++]);
      }
    }
    for (int i = from; i < base.length; i++) {
      action.accept(base[i]);
    }
  }

  private int insertionPoint(AspectId aspect, int from) {
    int at = java.util.Arrays.binarySearch(base, from, base.length, aspect);
    Preconditions.checkState(at < 0, "an added aspect is in the base: %s", aspect);
    return -at - 1;
  }
}
