package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Rerun;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which concepts each prediction needs, and which sets of concepts suffice for it.
 *
 * <p>A concept is <em>needed</em> when the model without it no longer makes the prediction. A set
 * of concepts is <em>sufficient</em> when the model with only those concepts (all others left out)
 * still makes it, and <em>minimal</em> when no proper subset is sufficient. Dependence is not
 * monotonic: through occlusion and opposition a minimal sufficient set need not contain every
 * needed concept (leaving out a second concept can bring back what leaving out the first lost).
 * Candidates are the concepts active in some episode up to the prediction's situation, of any
 * actor. Every variant is computed with {@link Inference#rerunWithout(Set, SituationId)}, which
 * recomputes only the episodes a change can reach, up to the prediction's situation, and variants
 * shared between predictions are run once.
 *
 * @since 0.1.0
 */
public final class Dependence {
  private final Inference result;
  private final List<ConceptId> allConcepts;
  private final Map<List<Object>, Set<String>> cache = new HashMap<>();
  private long recomputed;
  private long reused;

  private Dependence(Inference result) {
    this.result = result;
    this.allConcepts =
        result.model().concepts().stream().map(Concept::id).sorted().collect(Collectors.toList());
  }

  /**
   * Analyzes every prediction of {@code result}, looking for sufficient sets of at most {@code
   * maxSetSize} concepts.
   *
   * @throws IllegalArgumentException if {@code maxSetSize} is negative
   */
  public static DependenceReport analyze(Inference result, int maxSetSize) {
    return analyze(result, maxSetSize, done -> {});
  }

  /**
   * As {@link #analyze(Inference, int)}, telling {@code progress} how many predictions are done
   * after each one.
   */
  public static DependenceReport analyze(
      Inference result, int maxSetSize, java.util.function.IntConsumer progress) {
    checkNotNull(result, "result");
    checkArgument(maxSetSize >= 0, "maxSetSize %s is negative", maxSetSize);
    Dependence d = new Dependence(result);
    ImmutableList.Builder<PredictionDependence> all = ImmutableList.builder();
    int done = 0;
    for (Prediction p : result.predictions()) {
      all.add(d.of(p, maxSetSize));
      progress.accept(++done);
    }
    return new DependenceReport(all.build(), d.cache.size(), d.recomputed, d.reused);
  }

  /**
   * At most how many variants (reruns of inference) analyzing {@code predictions} takes, before any
   * is run: for each situation of a prediction, one variant per candidate (is it needed?) and one
   * per set of at most {@code maxSetSize} candidates (does it suffice?). Variants are shared
   * between the predictions of one situation, and supersets of a sufficient set are skipped, so the
   * real number is often smaller; it never is larger. Saturates at {@link Long#MAX_VALUE}.
   */
  public static long variantBound(
      Inference result, java.util.Collection<Prediction> predictions, int maxSetSize) {
    checkNotNull(result, "result");
    checkArgument(maxSetSize >= 0, "maxSetSize %s is negative", maxSetSize);
    Dependence d = new Dependence(result);
    long total = 0;
    for (SituationId s :
        predictions.stream()
            .map(Prediction::situation)
            .collect(Collectors.toCollection(TreeSet::new))) {
      int n = d.candidates(s).size();
      total = saturatedAdd(total, n);
      long choose = 1; // C(n, 0)
      for (int size = 0; size <= maxSetSize && size <= n; size++) {
        if (size > 0) {
          choose = saturatedMultiplyDivide(choose, n - size + 1, size);
        }
        total = saturatedAdd(total, choose);
      }
    }
    return total;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  /** {@code c * m / k} for C(n, k) = C(n, k-1) * (n-k+1) / k, exact while it fits. */
  private static long saturatedMultiplyDivide(long c, long m, long k) {
    if (c == Long.MAX_VALUE) {
      return c;
    }
    java.math.BigInteger r =
        java.math.BigInteger.valueOf(c)
            .multiply(java.math.BigInteger.valueOf(m))
            .divide(java.math.BigInteger.valueOf(k));
    return r.bitLength() < 63 ? r.longValue() : Long.MAX_VALUE;
  }

  /**
   * Analyzes one prediction of {@code result}.
   *
   * @throws IllegalArgumentException if {@code prediction} is not one of the result's, or {@code
   *     maxSetSize} is negative
   */
  public static PredictionDependence of(Inference result, Prediction prediction, int maxSetSize) {
    checkNotNull(result, "result");
    checkArgument(result.predictions().contains(prediction), "not a prediction of this result");
    checkArgument(maxSetSize >= 0, "maxSetSize %s is negative", maxSetSize);
    return new Dependence(result).of(prediction, maxSetSize);
  }

  private PredictionDependence of(Prediction p, int maxSetSize) {
    String key = PracticeKeys.of(p);
    List<ConceptId> candidates = candidates(p.situation());
    TreeSet<ConceptId> needed = new TreeSet<>();
    for (ConceptId c : candidates) {
      if (!predicts(Set.of(c), p.situation(), key)) {
        needed.add(c);
      }
    }
    // Not only supersets of the needed concepts: through occlusion and opposition, leaving out
    // other concepts as well can bring back a prediction that leaving out one needed concept lost.
    List<ImmutableSortedSet<ConceptId>> minimal = new ArrayList<>();
    for (int size = 0; size <= maxSetSize && size <= candidates.size(); size++) {
      for (List<ConceptId> chosen : combinations(candidates, size)) {
        TreeSet<ConceptId> set = new TreeSet<>(chosen);
        if (minimal.stream().anyMatch(set::containsAll)) {
          continue;
        }
        Set<ConceptId> removed = new TreeSet<>(allConcepts);
        removed.removeAll(set);
        if (predicts(removed, p.situation(), key)) {
          minimal.add(ImmutableSortedSet.copyOf(set));
        }
      }
    }
    return new PredictionDependence(
        p,
        ImmutableSortedSet.copyOf(needed),
        ImmutableList.copyOf(minimal),
        maxSetSize >= candidates.size());
  }

  /** The concepts active in some episode up to {@code situation}, by id. */
  private List<ConceptId> candidates(SituationId situation) {
    TreeSet<ConceptId> candidates = new TreeSet<>();
    Set<SituationId> upTo = new java.util.HashSet<>();
    for (Situation s : result.situations()) {
      upTo.add(s.id());
      if (s.id().equals(situation)) {
        break;
      }
    }
    for (Episode e : result.episodes()) {
      if (upTo.contains(e.situation())) {
        candidates.addAll(e.concepts());
      }
    }
    return new ArrayList<>(candidates);
  }

  /** Whether the model without {@code removed} makes the prediction {@code key} in {@code upTo}. */
  private boolean predicts(Set<ConceptId> removed, SituationId upTo, String key) {
    Set<String> keys =
        cache.computeIfAbsent(
            List.of(Set.copyOf(removed), upTo),
            k -> {
              Rerun rerun = result.rerunWithout(Set.copyOf(removed), upTo);
              recomputed += rerun.episodesRecomputed();
              reused += rerun.episodesReused();
              return rerun.predictions().stream().map(PracticeKeys::of).collect(Collectors.toSet());
            });
    return keys.contains(key);
  }

  /** The {@code k}-element subsets of {@code items}, in lexicographic order of positions. */
  static List<List<ConceptId>> combinations(List<ConceptId> items, int k) {
    List<List<ConceptId>> out = new ArrayList<>();
    combine(items, k, 0, new ArrayList<>(), out);
    return out;
  }

  private static void combine(
      List<ConceptId> items, int k, int start, List<ConceptId> chosen, List<List<ConceptId>> out) {
    if (chosen.size() == k) {
      out.add(new ArrayList<>(chosen));
      return;
    }
    for (int i = start; i <= items.size() - (k - chosen.size()); i++) {
      chosen.add(items.get(i));
      combine(items, k, i + 1, chosen, out);
      chosen.remove(chosen.size() - 1);
    }
  }
}
