package io.github.narrativeir.analysis;

import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.Prescription;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One actor's concepts as a discovery search steps through situations: MODEL.md steps 2 to 6 for
 * one episode, written as the contract reads (the perceived set recomputed from the base for each
 * active set), over the aspect numbering of a {@link DiscoveryProblem}. The engine is faster; this
 * is simple, and the search checks every solution it reports against the engine.
 */
final class DiscoveryActor {
  /** Rank: priority descending, then id ascending. */
  static final Comparator<Concept> RANK =
      Comparator.comparingInt(Concept::priority).reversed().thenComparing(Concept::id);

  final io.github.narrativeir.model.ActorId holder;
  final Concept[] concepts;
  private final int[][] all;
  private final int[][] any;
  private final int[][] none;
  private final int[][] occludes;
  private final int[][][] construalFrom;
  private final int[][] construalTo;
  private final int[][] prescribeKeys;
  private final BigDecimal[][] prescribeWeights;
  private final int[][] proscribeKeys;
  private final BigDecimal[][] proscribeWeights;

  /** Every aspect a trigger, construal or occlusion names: all an episode's course depends on. */
  final BitSet mentioned = new BitSet();

  private final Map<BitSet, BitSet> cache = new HashMap<>();

  DiscoveryActor(List<Concept> held, DiscoveryProblem problem) {
    this.holder = held.get(0).holder();
    List<Concept> sorted = new ArrayList<>(held);
    sorted.sort(RANK);
    this.concepts = sorted.toArray(new Concept[0]);
    int n = concepts.length;
    all = new int[n][];
    any = new int[n][];
    none = new int[n][];
    occludes = new int[n][];
    construalFrom = new int[n][][];
    construalTo = new int[n][];
    prescribeKeys = new int[n][];
    prescribeWeights = new BigDecimal[n][];
    proscribeKeys = new int[n][];
    proscribeWeights = new BigDecimal[n][];
    for (int r = 0; r < n; r++) {
      Concept c = concepts[r];
      all[r] = problem.aspects(c.when().allOf());
      any[r] = problem.aspects(c.when().anyOf());
      none[r] = problem.aspects(c.when().noneOf());
      occludes[r] = problem.aspects(c.occludes());
      construalFrom[r] = new int[c.construes().size()][];
      construalTo[r] = new int[c.construes().size()];
      for (int j = 0; j < c.construes().size(); j++) {
        Construal k = c.construes().get(j);
        construalFrom[r][j] = problem.aspects(k.from());
        construalTo[r][j] = problem.aspect(k.to());
      }
      prescribeKeys[r] = keys(c, c.prescribes(), problem);
      prescribeWeights[r] =
          c.prescribes().stream().map(Prescription::weight).toArray(BigDecimal[]::new);
      proscribeKeys[r] = keys(c, c.proscribes(), problem);
      proscribeWeights[r] =
          c.proscribes().stream().map(Prescription::weight).toArray(BigDecimal[]::new);
      for (int[] list : new int[][] {all[r], any[r], none[r], occludes[r], construalTo[r]}) {
        for (int a : list) {
          mentioned.set(a);
        }
      }
      for (int[] from : construalFrom[r]) {
        for (int a : from) {
          mentioned.set(a);
        }
      }
    }
  }

  private static int[] keys(Concept c, List<Prescription> entries, DiscoveryProblem problem) {
    int[] keys = new int[entries.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = problem.key(c.holder(), entries.get(i).practice(), entries.get(i).target());
    }
    return keys;
  }

  /** The keys this actor predicts on {@code base}; remembered by the part of the base it reads. */
  BitSet predictions(BitSet base) {
    BitSet read = (BitSet) base.clone();
    read.and(mentioned);
    BitSet known = cache.get(read);
    if (known != null) {
      return known;
    }
    Episode e = episode(base, null);
    BitSet predicted = e.predicted();
    cache.put(read, predicted);
    return predicted;
  }

  /**
   * The episode on {@code base}. When {@code before} is given (a rank position), the perceived sets
   * at which a concept ranked at that position would be tested are collected: the set before each
   * activation of a concept ranked after the position, and the final set.
   */
  Episode episode(BitSet base, @Nullable Concept before) {
    int n = concepts.length;
    boolean[] active = new boolean[n];
    List<Integer> order = new ArrayList<>();
    BitSet perceived = perceive(base, order);
    List<BitSet> chances = new ArrayList<>();
    while (true) {
      int pick = -1;
      for (int r = 0; r < n; r++) {
        if (!active[r] && applies(r, perceived)) {
          pick = r;
          break;
        }
      }
      if (before != null && (pick < 0 || RANK.compare(concepts[pick], before) > 0)) {
        chances.add(perceived);
      }
      if (pick < 0) {
        break;
      }
      active[pick] = true;
      order.add(pick);
      perceived = perceive(base, order);
    }
    Map<Integer, BigDecimal[]> tallies = new HashMap<>();
    for (int r : order) {
      for (int i = 0; i < prescribeKeys[r].length; i++) {
        tally(tallies, prescribeKeys[r][i])[0] =
            tally(tallies, prescribeKeys[r][i])[0].add(prescribeWeights[r][i]);
      }
      for (int i = 0; i < proscribeKeys[r].length; i++) {
        tally(tallies, proscribeKeys[r][i])[1] =
            tally(tallies, proscribeKeys[r][i])[1].add(proscribeWeights[r][i]);
      }
    }
    BitSet predicted = new BitSet();
    tallies.forEach(
        (key, sums) -> {
          if (sums[0].compareTo(sums[1]) > 0) {
            predicted.set(key);
          }
        });
    return new Episode(predicted, tallies, chances);
  }

  private static BigDecimal[] tally(Map<Integer, BigDecimal[]> tallies, int key) {
    return tallies.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
  }

  /**
   * The predictions of an episode, the support and opposition of every key its active concepts
   * name, and (when asked for) the perceived sets at which a candidate is tested.
   */
  record Episode(BitSet predicted, Map<Integer, BigDecimal[]> tallies, List<BitSet> chances) {
    BigDecimal support(int key) {
      BigDecimal[] sums = tallies.get(key);
      return sums == null ? BigDecimal.ZERO : sums[0];
    }

    BigDecimal opposition(int key) {
      BigDecimal[] sums = tallies.get(key);
      return sums == null ? BigDecimal.ZERO : sums[1];
    }
  }

  private boolean applies(int r, BitSet perceived) {
    for (int a : all[r]) {
      if (!perceived.get(a)) {
        return false;
      }
    }
    if (any[r].length > 0) {
      boolean found = false;
      for (int a : any[r]) {
        found |= perceived.get(a);
      }
      if (!found) {
        return false;
      }
    }
    for (int a : none[r]) {
      if (perceived.get(a)) {
        return false;
      }
    }
    return true;
  }

  /** {@code P(A)}: the base less the occluded aspects, closed under the active construals. */
  private BitSet perceive(BitSet base, List<Integer> active) {
    BitSet hidden = new BitSet();
    for (int r : active) {
      for (int a : occludes[r]) {
        hidden.set(a);
      }
    }
    BitSet perceived = (BitSet) base.clone();
    perceived.andNot(hidden);
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int r : active) {
        for (int j = 0; j < construalTo[r].length; j++) {
          int to = construalTo[r][j];
          if (perceived.get(to) || hidden.get(to)) {
            continue;
          }
          boolean holds = true;
          for (int a : construalFrom[r][j]) {
            holds &= perceived.get(a);
          }
          if (holds) {
            perceived.set(to);
            grew = true;
          }
        }
      }
    }
    return perceived;
  }
}
