package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search behind {@link Discovery}: a depth-first walk over readings, situation by situation.
 *
 * <p>At each situation the walk knows the base (the given aspects and the interaction aspects of
 * the previous situation's predictions), runs every other actor's episode, and tests every trigger
 * where a discovered concept would be tested; triggers that have fired in the same situations so
 * far form one class (they are interchangeable in any solution from here on). It then branches on
 * which of the actor's pairs are predicted in this situation, keeping a branch only when some set
 * of at most {@code maxConcepts} candidates makes exactly those predictions (otherwise no extension
 * can be made either) and when it could still reach the best readings found. At the end of a
 * reading, the fewest candidates that make it, then the fewest literals and the smallest text, are
 * read off the classes, with how many solutions tie.
 */
final class DiscoverySearch {
  private static final int INFEASIBLE = Integer.MAX_VALUE / 4;

  private final DiscoveryProblem p;
  private final Discovery d;
  private final Discovery.Progress progress;
  private final int situations;
  private final int pairCount;
  private final int triggerCount;
  private final int limit;

  /** When the run began (before the problem was set up, which the time limit covers too). */
  private final long started;

  private final long deadline;

  /** The class of each trigger before each situation, and each class's mask and size. */
  private final int[][] classOf;

  private final long[][] classMask;
  private final int[][] classSize;
  private final int[] classCount;

  /**
   * What each pair needs to be predicted, by situation (0: the actor's own concepts predict it).
   */
  private final int[][] need;

  /** The observations at each situation or later that some solution might explain. */
  private final int[] laterObservations;

  /** The observations some solution explains (found so far). */
  private final BitSet marked = new BitSet();

  /**
   * The observations that no solution explains because nothing a solution changes reaches them
   * (their actor's episodes are the same in every solution), found before the walk.
   */
  private final BitSet impossible = new BitSet();

  private long nodes;
  private long prunedUnrealizable;
  private long prunedBound;
  private long readings;
  private DiscoveryResult.Stop stop = DiscoveryResult.Stop.COMPLETE;

  /** The best readings so far, best first, one solution each. */
  private final List<Found> top = new ArrayList<>();

  private int bestExplained = -1;
  private int bestSize;
  private int bestLiterals;
  private long ties;
  private boolean tiesCapped;

  /** Unwinds the walk when the time is up or the thread is interrupted. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  DiscoverySearch(DiscoveryProblem p, Discovery d, Discovery.Progress progress, long started) {
    this.started = started;
    this.p = p;
    this.d = d;
    this.progress = progress;
    this.situations = p.situations.size();
    this.pairCount = p.pairs.length;
    this.triggerCount = p.triggers.size();
    this.limit = d.maxConcepts();
    long budget = d.timeLimit().toNanos();
    this.deadline = started + budget;
    this.classOf = new int[situations + 1][];
    this.classMask = new long[situations + 1][];
    this.classSize = new int[situations + 1][];
    this.classCount = new int[situations + 1];
    classOf[0] = new int[triggerCount];
    classMask[0] = new long[] {0L};
    classSize[0] = new int[] {triggerCount};
    classCount[0] = triggerCount == 0 ? 0 : 1;
    this.need = new int[situations][pairCount];
    settleUnreachable();
    this.laterObservations = new int[situations + 1];
    for (int s = situations - 1; s >= 0; s--) {
      int possible = 0;
      for (int o : p.bySituation[s]) {
        possible += impossible.get(o) ? 0 : 1;
      }
      laterObservations[s] = laterObservations[s + 1] + possible;
    }
  }

  /**
   * Settles the observations no solution can change: those of an actor whose episodes are the same
   * in every solution. The actor's own predictions may change in every situation; another actor's
   * may change in a situation only when interaction is on and its concepts name the interaction
   * aspect of a prediction that may change in the situation before. The others are as in the model
   * without discovered concepts: explained there (so by every solution), or by none.
   */
  private void settleUnreachable() {
    BitSet[] varies = new BitSet[situations];
    for (int s = 0; s < situations; s++) {
      varies[s] = new BitSet();
      for (int k = 0; k < p.keys.size(); k++) {
        if (p.keys.get(k).actor().equals(p.actor)) {
          varies[s].set(k);
        }
      }
      if (p.interaction && s > 0) {
        BitSet changing = new BitSet();
        for (int k = varies[s - 1].nextSetBit(0); k >= 0; k = varies[s - 1].nextSetBit(k + 1)) {
          changing.set(p.did[k]);
        }
        for (DiscoveryActor other : p.others) {
          if (other.mentioned.intersects(changing)) {
            for (int k = 0; k < p.keys.size(); k++) {
              if (p.keys.get(k).actor().equals(other.holder)) {
                varies[s].set(k);
              }
            }
          }
        }
      }
    }
    BitSet without = explainedBy(List.of());
    for (int o = 0; o < p.observations.size(); o++) {
      int s = p.observationSituation[o];
      boolean fixed = true;
      for (int k : p.observationKeys[o]) {
        fixed &= !varies[s].get(k);
        if (s > 0 && p.observationKind[o].ordinal() >= DiscoveryProblem.Kind.STARTED.ordinal()) {
          fixed &= !varies[s - 1].get(k);
        }
      }
      if (fixed) {
        if (without.get(o)) {
          marked.set(o);
        } else {
          impossible.set(o);
        }
      }
    }
  }

  /** One reading's best solution. */
  private record Found(
      int explained, int size, int literals, List<String> texts, List<int[]> candidates) {}

  private static final Comparator<Found> ORDER =
      Comparator.comparingInt((Found f) -> -f.explained())
          .thenComparingInt(Found::size)
          .thenComparingInt(Found::literals)
          .thenComparing(Found::texts, DiscoverySearch::compareTexts);

  private static int compareTexts(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  DiscoveryResult run() {
    try {
      visit(0, new BitSet(), new long[pairCount], 0);
      for (int o = 0; o < p.observations.size(); o++) {
        if (!marked.get(o) && !impossible.get(o)) {
          seek(o);
        }
      }
    } catch (Stopped stopped) {
      // the result says how far the search got
    }
    return result();
  }

  // ---------------------------------------------------------------------------------------------
  // One situation's step

  /** What a situation holds for a reading so far, before the actor's pairs are decided. */
  private record Step(BitSet fixed, List<BitSet> chances, int[] need) {}

  /**
   * The predictions of everyone but the discovered concepts in situation {@code s} after {@code
   * previous}: the other actors', and the actor's own concepts' (in add mode); the perceived sets
   * at which a discovered concept is tested; and what each pair needs from discovered concepts.
   */
  private Step step(int s, BitSet previous) {
    BitSet base = p.base(s, previous);
    BitSet fixed = new BitSet();
    for (DiscoveryActor other : p.others) {
      fixed.or(other.predictions(base));
    }
    int[] needs = new int[pairCount];
    List<BitSet> chances;
    if (p.own.isPresent()) {
      DiscoveryActor.Episode e = p.own.get().episode(base, p.position);
      chances = e.chances();
      BitSet own = (BitSet) e.predicted().clone();
      for (int i = 0; i < pairCount; i++) {
        int key = p.pairs[i];
        BigDecimal gap = e.opposition(key).subtract(e.support(key));
        if (gap.signum() < 0) {
          needs[i] = 0;
        } else {
          BigDecimal floor = gap.setScale(0, RoundingMode.FLOOR);
          needs[i] =
              floor.compareTo(BigDecimal.valueOf(limit)) >= 0 ? limit + 1 : floor.intValue() + 1;
        }
        own.clear(key);
      }
      fixed.or(own);
    } else {
      chances = List.of(base);
      Arrays.fill(needs, 1);
    }
    return new Step(fixed, chances, needs);
  }

  private boolean fires(int trigger, List<BitSet> chances) {
    for (BitSet perceived : chances) {
      if (p.triggers.applies(trigger, perceived)) {
        return true;
      }
    }
    return false;
  }

  /** Splits the classes before situation {@code s} by whether each trigger fires in it. */
  private void refine(int s, List<BitSet> chances) {
    int[] before = classOf[s];
    int[] after = new int[triggerCount];
    // classes are numbered in order of first trigger: slot 2c+f of the old class c and firing f
    // holds the new number plus one (0 for none yet), reset below for the slots used
    int[] renumber = slots(2 * Math.max(1, classCount[s]));
    long[] masks = new long[Math.max(1, 2 * classCount[s])];
    int[] sizes = new int[masks.length];
    int count = 0;
    int[] used = new int[masks.length];
    long bit = 1L << s;
    long[] firing = p.triggers.applying(chances.get(0));
    for (int k = 1; k < chances.size(); k++) {
      long[] more = p.triggers.applying(chances.get(k));
      for (int w = 0; w < firing.length; w++) {
        firing[w] |= more[w];
      }
    }
    for (int i = 0; i < triggerCount; i++) {
      int fire = (int) (firing[i >>> 6] >>> i) & 1;
      int slot = 2 * before[i] + fire;
      int c = renumber[slot] - 1;
      if (c < 0) {
        c = count++;
        renumber[slot] = c + 1;
        used[c] = slot;
        masks[c] = classMask[s][before[i]] | (fire == 1 ? bit : 0);
      }
      sizes[c]++;
      after[i] = c;
    }
    for (int c = 0; c < count; c++) {
      renumber[used[c]] = 0;
    }
    classOf[s + 1] = after;
    classMask[s + 1] = masks;
    classSize[s + 1] = sizes;
    classCount[s + 1] = count;
  }

  /** A reusable array of zeros, at least {@code n} long (the caller leaves it all zeros). */
  private int[] slots(int n) {
    if (zeros.length < n) {
      zeros = new int[Math.max(n, 2 * zeros.length)];
    }
    return zeros;
  }

  private int[] zeros = new int[64];

  /** The covers of pair {@code i}'s reading {@code truth} over situations {@code 0..upTo-1}. */
  private DiscoveryCovers covers(int i, long truth, int upTo) {
    int[] lo = new int[upTo];
    int[] hi = new int[upTo];
    for (int j = 0; j < upTo; j++) {
      int needed = need[j][i];
      boolean predicted = (truth & (1L << j)) != 0;
      if (needed == 0) {
        lo[j] = 0;
        hi[j] = DiscoveryCovers.UNBOUNDED;
      } else if (predicted) {
        lo[j] = needed;
        hi[j] = DiscoveryCovers.UNBOUNDED;
      } else {
        lo[j] = 0;
        hi[j] = needed - 1;
      }
    }
    return new DiscoveryCovers(classMask[upTo], classSize[upTo], classCount[upTo], lo, hi, upTo);
  }

  // ---------------------------------------------------------------------------------------------
  // The walk

  /** A decision for one situation: which pairs are predicted, and what it explains there. */
  private record Choice(long predicted, int cost, int explained, BitSet now, int[] explains) {}

  private void visit(int s, BitSet previous, long[] truth, int explainedSoFar) {
    if (s == situations) {
      leaf(truth, explainedSoFar);
      return;
    }
    tick();
    Step step = step(s, previous);
    need[s] = step.need();
    refine(s, step.chances());
    List<Choice> choices = choices(s, step, previous, truth);
    for (Choice c : choices) {
      for (int o : c.explains()) {
        marked.set(o);
      }
    }
    for (Choice c : choices) {
      int bound = explainedSoFar + c.explained() + laterObservations[s + 1];
      if (top.size() == d.top() && bound < top.get(top.size() - 1).explained()) {
        prunedBound++;
        continue;
      }
      long[] next = truth.clone();
      for (int i = 0; i < pairCount; i++) {
        if ((c.predicted() & (1L << i)) != 0) {
          next[i] |= 1L << s;
        }
      }
      visit(s + 1, c.now(), next, explainedSoFar + c.explained());
    }
  }

  /**
   * The realizable decisions for situation {@code s}, most observations explained first (then fewer
   * pairs predicted, then by pair).
   */
  private List<Choice> choices(int s, Step step, BitSet previous, long[] truth) {
    int[][] cost = new int[pairCount][2];
    for (int i = 0; i < pairCount; i++) {
      for (int v = 0; v < 2; v++) {
        if (v == 0 && step.need()[i] == 0) {
          cost[i][v] = INFEASIBLE;
          continue;
        }
        long t = truth[i] | (v == 1 ? 1L << s : 0);
        int m = covers(i, t, s + 1).minimum(limit);
        cost[i][v] = m > limit ? INFEASIBLE : m;
      }
    }
    List<Choice> out = new ArrayList<>();
    decide(0, 0L, 0, cost, s, step, previous, out);
    out.sort(
        Comparator.comparingInt((Choice c) -> -c.explained())
            .thenComparingInt(c -> Long.bitCount(c.predicted()))
            .thenComparingLong(Choice::predicted));
    return out;
  }

  /**
   * Decides pairs {@code i..} of situation {@code s}'s choice after {@code mask} (pairs {@code
   * 0..i-1}, costing {@code total} candidates): only decisions within the bound on candidates are
   * followed, so that the work is not exponential in the number of pairs (most pairs cannot be
   * predicted by what is left of the bound).
   */
  private void decide(
      int i,
      long mask,
      int total,
      int[][] cost,
      int s,
      Step step,
      BitSet previous,
      List<Choice> out) {
    if (i == pairCount) {
      BitSet now = (BitSet) step.fixed().clone();
      for (int k = 0; k < pairCount; k++) {
        if ((mask & (1L << k)) != 0) {
          now.set(p.pairs[k]);
        }
      }
      int[] obs = p.bySituation[s];
      int[] explains = new int[obs.length];
      int n = 0;
      for (int o : obs) {
        if (p.explains(o, previous, now, s == 0)) {
          explains[n++] = o;
        }
      }
      out.add(new Choice(mask, total, n, now, Arrays.copyOf(explains, n)));
      return;
    }
    if ((i & 7) == 0) {
      checkTime();
    }
    for (int v = 0; v < 2; v++) {
      int more = total + cost[i][v];
      if (more > limit) {
        // the decisions of the pairs after i, all unrealizable with this one
        int rest = pairCount - i - 1;
        prunedUnrealizable = saturated(prunedUnrealizable, 1L << rest);
        continue;
      }
      decide(i + 1, v == 1 ? mask | (1L << i) : mask, more, cost, s, step, previous, out);
    }
  }

  private static long saturated(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private void tick() {
    nodes++;
    checkTime();
    long now = System.nanoTime();
    if (now - lastProgress >= PROGRESS_EVERY) {
      lastProgress = now;
      progress.update(nodes, Math.max(0, bestExplained));
    }
  }

  /** How often progress is told: about four times a second, however slow a node is. */
  private static final long PROGRESS_EVERY = 250_000_000L;

  private long lastProgress = System.nanoTime();

  /**
   * Stops the search when the time is up or the thread is interrupted: checked at every node (a
   * node can take long on a large model, so checking every few hundred nodes overshot the limit
   * many times over) and within the steps that can take long.
   */
  private void checkTime() {
    if (System.nanoTime() - deadline > 0) {
      stop = DiscoveryResult.Stop.TIME_LIMIT;
      throw new Stopped();
    }
    if (Thread.currentThread().isInterrupted()) {
      stop = DiscoveryResult.Stop.CANCELLED;
      throw new Stopped();
    }
  }

  /** Walks readings, branch by branch, until observation {@code target} is explained by one. */
  private void seek(int target) {
    seek(0, new BitSet(), new long[pairCount], target, p.observationSituation[target]);
  }

  private boolean seek(int s, BitSet previous, long[] truth, int target, int last) {
    if (marked.get(target)) {
      return true;
    }
    if (s > last) {
      return false;
    }
    tick();
    Step step = step(s, previous);
    need[s] = step.need();
    refine(s, step.chances());
    List<Choice> choices = choices(s, step, previous, truth);
    for (Choice c : choices) {
      for (int o : c.explains()) {
        marked.set(o);
      }
    }
    if (marked.get(target)) {
      return true;
    }
    for (Choice c : choices) {
      long[] next = truth.clone();
      for (int i = 0; i < pairCount; i++) {
        if ((c.predicted() & (1L << i)) != 0) {
          next[i] |= 1L << s;
        }
      }
      if (seek(s + 1, c.now(), next, target, last)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Readings

  /** The best solutions of one pair's reading: their size, literals, count and best choice. */
  private record PairBest(
      int size, int literals, long ways, List<String> texts, List<int[]> chosen) {}

  private void leaf(long[] truth, int explained) {
    readings++;
    // cheap test first: a reading that can enter neither the ties nor the list is skipped
    int size = 0;
    int literals = 0;
    long ways = 1;
    List<String> texts = new ArrayList<>();
    List<int[]> chosen = new ArrayList<>();
    for (int i = 0; i < pairCount; i++) {
      PairBest b = best(i, truth[i]);
      size += b.size();
      literals += b.literals();
      ways = multiply(ways, b.ways());
      texts.addAll(b.texts());
      chosen.addAll(b.chosen());
    }
    texts.sort(null);
    // ties with the best
    if (explained > bestExplained
        || (explained == bestExplained
            && (size < bestSize || (size == bestSize && literals < bestLiterals)))) {
      bestExplained = explained;
      bestSize = size;
      bestLiterals = literals;
      ties = Math.min(ways, d.tieCap());
      tiesCapped = ways >= d.tieCap();
    } else if (explained == bestExplained && size == bestSize && literals == bestLiterals) {
      long sum = ties + ways;
      if (sum < 0 || sum >= d.tieCap()) {
        ties = d.tieCap();
        tiesCapped = true;
      } else {
        ties = sum;
      }
    }
    Found found = new Found(explained, size, literals, texts, chosen);
    if (top.size() == d.top() && ORDER.compare(found, top.get(top.size() - 1)) >= 0) {
      return;
    }
    if (!needed(chosen, explained)) {
      return;
    }
    int at = 0;
    while (at < top.size() && ORDER.compare(top.get(at), found) < 0) {
      at++;
    }
    top.add(at, found);
    if (top.size() > d.top()) {
      top.remove(top.size() - 1);
    }
  }

  private long multiply(long a, long b) {
    long cap = d.tieCap();
    if (a == 0 || b == 0) {
      return 0;
    }
    if (a >= cap || b >= cap || a > cap / b) {
      return cap;
    }
    return Math.min(cap, a * b);
  }

  /**
   * The best solutions of pair {@code i}'s reading {@code truth}: the fewest candidates, then
   * fewest literals, then smallest sorted texts; and how many tie on candidates and literals.
   */
  private PairBest best(int i, long truth) {
    DiscoveryCovers covers = covers(i, truth, situations);
    int size = covers.minimum(limit);
    if (size == 0) {
      return new PairBest(0, 0, 1, List.of(), List.of());
    }
    int[] classes = classOf[situations];
    List<int[]> all = covers.all(size);
    // the members of the classes these covers use, by literal count then text
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int[] cover : all) {
      for (int c : cover) {
        members.put(c, new ArrayList<>());
      }
    }
    for (int t = 0; t < triggerCount; t++) {
      List<Integer> list = members.get(classes[t]);
      if (list != null) {
        list.add(t);
      }
    }
    String suffix = suffix(i);
    int bestLiterals = Integer.MAX_VALUE;
    long ways = 0;
    // the first cover has fewer literals than MAX_VALUE and replaces these
    List<String> bestTexts = List.of();
    List<int[]> bestChosen = List.of();
    for (int[] cover : all) {
      int literals = 0;
      long w = 1;
      List<String> texts = new ArrayList<>();
      List<int[]> chosen = new ArrayList<>();
      int k = 0;
      while (k < cover.length) {
        int c = cover[k];
        int r = 0;
        while (k < cover.length && cover[k] == c) {
          r++;
          k++;
        }
        List<Integer> m = checkNotNull(members.get(c));
        int level = p.triggers.literalCount[m.get(r - 1)];
        int below = 0;
        int at = 0;
        for (int t : m) {
          int l = p.triggers.literalCount[t];
          if (l < level) {
            below++;
          } else if (l == level) {
            at++;
          }
        }
        w = multiply(w, binomial(at, r - below));
        for (int x = 0; x < r; x++) {
          int t = m.get(x);
          literals += p.triggers.literalCount[t];
          texts.add(p.triggers.text[t] + suffix);
          chosen.add(new int[] {t, i});
        }
      }
      texts.sort(null);
      if (literals < bestLiterals) {
        bestLiterals = literals;
        ways = w;
        bestTexts = texts;
        bestChosen = chosen;
      } else if (literals == bestLiterals) {
        ways = Math.min(d.tieCap(), ways + w);
        if (compareTexts(texts, bestTexts) < 0) {
          bestTexts = texts;
          bestChosen = chosen;
        }
      }
    }
    return new PairBest(size, bestLiterals, ways, bestTexts, bestChosen);
  }

  private long binomial(int n, int k) {
    long result = 1;
    for (int i = 0; i < k; i++) {
      result = multiply(result, n - i);
      result /= i + 1;
      if (result >= d.tieCap()) {
        return d.tieCap();
      }
    }
    return result;
  }

  private String suffix(int pair) {
    DiscoveryProblem.Key k = p.keys.get(p.pairs[pair]);
    return k.practice().value() + "|" + k.target().map(t -> t.value()).orElse("-");
  }

  /**
   * Whether every candidate of a solution is needed: without it, fewer observations are explained.
   */
  private boolean needed(List<int[]> chosen, int explained) {
    for (int x = 0; x < chosen.size(); x++) {
      List<int[]> without = new ArrayList<>(chosen);
      without.remove(x);
      if (simulate(without) >= explained) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number of observations explained with the candidates {@code chosen} ({trigger, pair} each).
   */
  int simulate(List<int[]> chosen) {
    return explainedBy(chosen).cardinality();
  }

  /** The observations explained with the candidates {@code chosen} ({trigger, pair} each). */
  BitSet explainedBy(List<int[]> chosen) {
    BitSet previous = new BitSet();
    BitSet explained = new BitSet();
    for (int s = 0; s < situations; s++) {
      Step step = step(s, previous);
      int[] firing = new int[pairCount];
      for (int[] c : chosen) {
        if (fires(c[0], step.chances())) {
          firing[c[1]]++;
        }
      }
      BitSet now = (BitSet) step.fixed().clone();
      for (int i = 0; i < pairCount; i++) {
        if (firing[i] >= step.need()[i]) {
          now.set(p.pairs[i]);
        }
      }
      for (int o : p.bySituation[s]) {
        if (p.explains(o, previous, now, s == 0)) {
          explained.set(o);
        }
      }
      previous = now;
    }
    return explained;
  }

  // ---------------------------------------------------------------------------------------------
  // The result

  private DiscoveryResult result() {
    Evaluation original = DiscoveryProblem.ENGINE.infer(p.model).evaluation().orElseThrow();
    ImmutableList.Builder<DiscoveryResult.Solution> solutions = ImmutableList.builder();
    if (top.isEmpty()) {
      // stopped before any reading was complete: the empty solution is always one
      top.add(new Found(simulate(List.of()), 0, 0, List.of(), List.of()));
    }
    for (Found f : top) {
      solutions.add(solution(f));
    }
    boolean complete = stop == DiscoveryResult.Stop.COMPLETE;
    ImmutableList.Builder<Observation> unexplainable = ImmutableList.builder();
    ImmutableList.Builder<Observation> undetermined = ImmutableList.builder();
    for (int o = 0; o < p.observations.size(); o++) {
      if (impossible.get(o) || (complete && !marked.get(o))) {
        unexplainable.add(p.observations.get(o));
      } else if (!marked.get(o)) {
        undetermined.add(p.observations.get(o));
      }
    }
    DiscoveryResult.Statistics statistics =
        new DiscoveryResult.Statistics(
            pairCount,
            p.literals.length,
            triggerCount,
            (long) triggerCount * pairCount,
            nodes,
            prunedUnrealizable,
            prunedBound,
            readings,
            Duration.ofNanos(System.nanoTime() - started));
    return new DiscoveryResult(
        p.actor,
        p.mode,
        d.maxAll(),
        d.maxNone(),
        d.maxConcepts(),
        original,
        solutions.build(),
        Math.max(1, ties),
        complete && !tiesCapped,
        unexplainable.build(),
        undetermined.build(),
        stop,
        statistics);
  }

  /** A found reading's solution as concepts, checked and evaluated by the engine. */
  private DiscoveryResult.Solution solution(Found f) {
    // candidates in the order of their texts, numbered from the first free number
    List<int[]> ordered = new ArrayList<>(f.candidates());
    ordered.sort(Comparator.comparing(this::text));
    List<Concept> bare = new ArrayList<>();
    for (int n = 0; n < ordered.size(); n++) {
      bare.add(concept(ordered.get(n), n, "discovered"));
    }
    Evaluation evaluation = evaluate(bare);
    if (evaluation.explained() != f.explained()) {
      throw new IllegalStateException(
          "discovery's search and the engine disagree on "
              + texts(ordered)
              + ": "
              + f.explained()
              + " against "
              + evaluation.explained()
              + " observations explained (a bug: please report it with the model)");
    }
    ImmutableMap.Builder<ConceptId, ImmutableList<Observation>> neededFor = ImmutableMap.builder();
    List<Concept> labelled = new ArrayList<>();
    for (int n = 0; n < bare.size(); n++) {
      List<Concept> without = new ArrayList<>(bare);
      without.remove(n);
      Evaluation less = evaluate(without);
      List<Observation> lost = new ArrayList<>(evaluation.explainedObservations());
      lost.removeAll(less.explainedObservations());
      lost.sort(p.observationOrder);
      neededFor.put(bare.get(n).id(), ImmutableList.copyOf(lost));
      labelled.add(concept(ordered.get(n), n, label(lost)));
    }
    return new DiscoveryResult.Solution(
        ImmutableList.copyOf(labelled),
        ImmutableList.copyOf(texts(ordered)),
        f.explained(),
        f.literals(),
        evaluation,
        neededFor.buildOrThrow());
  }

  private List<String> texts(List<int[]> candidates) {
    return candidates.stream().map(this::text).toList();
  }

  private String text(int[] candidate) {
    return p.triggers.text[candidate[0]] + suffix(candidate[1]);
  }

  private Concept concept(int[] candidate, int n, String label) {
    DiscoveryProblem.Key k = p.keys.get(p.pairs[candidate[1]]);
    Trigger.Builder when = Trigger.builder();
    for (int a : p.triggers.all[candidate[0]]) {
      when.addAllOf(p.aspectIds[a]);
    }
    for (int a : p.triggers.none[candidate[0]]) {
      when.addNoneOf(p.aspectIds[a]);
    }
    return Concept.builder()
        .id(ConceptId.of(p.conceptId(p.firstNumber + n)))
        .holder(p.actor)
        .label(label)
        .priority(0)
        .when(when.build())
        .addPrescribes(Prescription.builder().practice(k.practice()).target(k.target()).build())
        .build();
  }

  private String label(List<Observation> lost) {
    StringBuilder s =
        new StringBuilder("Hypothesis found by discovery, no evidence yet; needed to explain: ");
    if (lost.isEmpty()) {
      return "Hypothesis found by discovery, no evidence yet; no observation depends on it alone";
    }
    for (int i = 0; i < lost.size(); i++) {
      if (i > 0) {
        s.append("; ");
      }
      s.append(describe(lost.get(i)));
    }
    return s.toString();
  }

  /** An observation in a few words: {@code PK permit-transit US in post-9-11 (started)}. */
  static String describe(Observation o) {
    StringBuilder s = new StringBuilder();
    s.append(o.actor().value()).append(' ').append(o.practice().value());
    o.target().ifPresent(t -> s.append(' ').append(t.value()));
    s.append(" in ").append(o.situation().value());
    if (o.change().isPresent()) {
      s.append(" (").append(o.change().get().token()).append(')');
    } else if (!o.occurred()) {
      s.append(" (did not occur)");
    }
    return s.toString();
  }

  private Evaluation evaluate(List<Concept> discovered) {
    Model variant =
        Model.builder()
            .from(p.reference)
            .concepts(
                ImmutableList.<Concept>builder()
                    .addAll(p.reference.concepts())
                    .addAll(discovered)
                    .build())
            .build();
    return DiscoveryProblem.ENGINE.infer(variant).evaluation().orElseThrow();
  }
}
