package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The incremental engine for one episode (MODEL.md steps 2 to 4). It keeps the perceived set {@code
 * P(A)} up to date as concepts activate instead of recomputing it: counters per trigger and per
 * active construal, updated through watch lists when an aspect enters or leaves {@code P}; a bit
 * set of applicable concepts by rank, so the next activation is the lowest set bit; and
 * delete-and-rederive when an occlusion removes aspects, so that nothing construed from an occluded
 * aspect survives, even through cyclic construals.
 *
 * <p>The base {@code B} is shared by every episode of a situation and only read: the run keeps just
 * its difference from it, the aspects occluded and the aspects construed that are not in {@code B},
 * so that {@code P(A) = (B \ occluded) ∪ added} (an added aspect is never in {@code B}: a construal
 * cannot add what is already perceived, nor what is occluded). Setting up an episode tests the
 * actor's trigger aspects against {@code B} instead of walking {@code B}, so its cost does not grow
 * with the size of the base (with the number of actors whose predictions feed it).
 *
 * <p>Aspects are numbered by the actor's local indices ({@link CompiledActor#global}): its sets are
 * as long as the aspects the actor's concepts name, not as every aspect of the model.
 *
 * <p>One instance serves one episode and is not thread-safe; the base may be shared by runs on
 * other threads, as none writes to it.
 */
final class EpisodeRun {
  private final CompiledActor actor;
  private final BitSet base;
  private final BitSet added = new BitSet();
  private final BitSet occluded = new BitSet();
  private final int[] allMissing;
  private final int[] anyPresent;
  private final int[] nonePresent;
  private final BitSet applicable = new BitSet();
  private final BitSet active = new BitSet();

  /** Ranks of concepts left out (counterfactual runs): they never apply. */
  private final BitSet disabled;

  private final int[] construalMissing;
  private final boolean[] construalActive;
  private final List<Integer> order = new ArrayList<>();
  private final int[] stack;
  private int top;

  /** The aspects over-deleted by one occlusion, to re-derive; allocated when first needed. */
  private int @Nullable [] rederive;

  EpisodeRun(CompiledActor actor, BitSet base) {
    this(actor, base, new BitSet());
  }

  /** A run in which the concepts of ranks {@code disabled} are left out. */
  EpisodeRun(CompiledActor actor, BitSet base, BitSet disabled) {
    this.actor = actor;
    this.disabled = disabled;
    this.base = base;
    int n = actor.size();
    this.allMissing = actor.allCount.clone();
    this.anyPresent = new int[n];
    this.nonePresent = new int[n];
    this.construalMissing = new int[actor.construalTo.length];
    this.construalActive = new boolean[actor.construalTo.length];
    this.stack = new int[actor.stackBound];
    int[] triggerAspects = actor.triggerAspects;
    for (int i = 0; i < triggerAspects.length; i++) {
      if (base.get(actor.global[triggerAspects[i]])) {
        for (int entry : actor.triggerEntries[i]) {
          int r = entry >>> 2;
          switch (entry & 3) {
            case CompiledActor.ALL:
              allMissing[r]--;
              break;
            case CompiledActor.ANY:
              anyPresent[r]++;
              break;
            default:
              nonePresent[r]++;
              break;
          }
        }
      }
    }
    // The applicable concepts, a word at a time (none is active yet).
    long[] words = new long[(n + 63) >>> 6];
    for (int r = 0; r < n; r++) {
      if (allMissing[r] == 0
          && (actor.anyCount[r] == 0 || anyPresent[r] > 0)
          && nonePresent[r] == 0) {
        words[r >>> 6] |= 1L << r;
      }
    }
    applicable.or(BitSet.valueOf(words));
    applicable.andNot(disabled);
  }

  /** Activates concepts until none applies; returns the ranks in activation order. */
  List<Integer> run() {
    for (int r = applicable.nextSetBit(0); r >= 0; r = applicable.nextSetBit(0)) {
      activate(r);
    }
    return order;
  }

  /** Whether {@code a} (a local index) is in the perceived set now. */
  boolean perceives(int a) {
    return added.get(a) || (base.get(actor.global[a]) && !occluded.get(a));
  }

  /**
   * The perceived aspects that are not in the base (all construed), as local indices. Not to be
   * modified.
   */
  BitSet added() {
    return added;
  }

  /**
   * Every aspect an active concept occludes, in the base or not, as local indices. Not to be
   * modified.
   */
  BitSet occluded() {
    return occluded;
  }

  private void activate(int r) {
    active.set(r);
    applicable.clear(r);
    order.add(r);
    occlude(actor.occludes[r]);
    for (int k : actor.conceptConstruals[r]) {
      construalActive[k] = true;
      int missing = 0;
      for (int a : actor.construalFrom[k]) {
        if (!perceives(a)) {
          missing++;
        }
      }
      construalMissing[k] = missing;
      if (missing == 0) {
        add(actor.construalTo[k]);
      }
    }
  }

  /** Adds {@code a} to P unless present or occluded, and everything it lets construals add. */
  private void add(int a) {
    if (perceives(a) || occluded.get(a)) {
      return;
    }
    // Not perceived and not occluded, so not in the base.
    added.set(a);
    top = 0;
    stack[top++] = a;
    while (top > 0) {
      int y = stack[--top];
      countTriggers(y, +1);
      for (int k : actor.construalWatch[y]) {
        if (construalActive[k] && --construalMissing[k] == 0) {
          int z = actor.construalTo[k];
          if (!perceives(z) && !occluded.get(z)) {
            added.set(z);
            stack[top++] = z;
          }
        }
      }
    }
  }

  /**
   * Occludes {@code aspects}: removes them from P, over-deletes everything construed from them,
   * then re-derives what still has support from what is left (delete and rederive).
   */
  private void occlude(int[] aspects) {
    if (aspects.length == 0) {
      return;
    }
    int overdeleted = 0;
    top = 0;
    for (int x : aspects) {
      if (!occluded.get(x)) {
        boolean wasPerceived = perceives(x);
        occluded.set(x);
        if (wasPerceived) {
          added.clear(x);
          stack[top++] = x;
        }
      }
    }
    while (top > 0) {
      int y = stack[--top];
      countTriggers(y, -1);
      for (int k : actor.construalWatch[y]) {
        if (construalActive[k] && construalMissing[k]++ == 0) {
          int z = actor.construalTo[k];
          // Only what a construal added can lose its support; an aspect of the base that is
          // not occluded stays.
          if (added.get(z)) {
            added.clear(z);
            if (rederive == null) {
              rederive = new int[actor.stackBound];
            }
            rederive[overdeleted++] = z;
            stack[top++] = z;
          }
        }
      }
    }
    if (overdeleted == 0) {
      return;
    }
    int[] overdeletedAspects = checkNotNull(rederive); // allocated by the first over-deletion
    for (int i = 0; i < overdeleted; i++) {
      int z = overdeletedAspects[i];
      if (!perceives(z) && !occluded.get(z) && supported(z)) {
        add(z);
      }
    }
  }

  private boolean supported(int z) {
    for (int k : actor.producers[z]) {
      if (construalActive[k] && construalMissing[k] == 0) {
        return true;
      }
    }
    return false;
  }

  private void countTriggers(int a, int delta) {
    for (int entry : actor.triggerWatch[a]) {
      int r = entry >>> 2;
      switch (entry & 3) {
        case CompiledActor.ALL:
          allMissing[r] -= delta;
          break;
        case CompiledActor.ANY:
          anyPresent[r] += delta;
          break;
        default:
          nonePresent[r] += delta;
          break;
      }
      refresh(r);
    }
  }

  private void refresh(int r) {
    boolean applies =
        !active.get(r)
            && !disabled.get(r)
            && allMissing[r] == 0
            && (actor.anyCount[r] == 0 || anyPresent[r] > 0)
            && nonePresent[r] == 0;
    applicable.set(r, applies);
  }
}
