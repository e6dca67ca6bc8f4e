package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rival theories scored against one set of observations: which theory explains which observation,
 * each theory's evaluation and {@link Scores} as MODEL.md defines them, the scores of the baselines
 * ({@code all}, {@code none}, {@code persistence}) on the same observations, and per theory a
 * {@link TheoryVerdict}: whether it beats every baseline on balanced accuracy and on changes
 * explained.
 *
 * <p><b>Baselines and situation order.</b> The baselines depend only on the observations and on the
 * order of the situations: {@code persistence} predicts what was observed in the situation just
 * before. Theories given as separate models may order their situations differently, or put
 * situations of their own between observed ones, and then their {@code persistence} scores differ.
 * The comparison does not pick one order over another: each theory is scored, and judged, against
 * the baselines of its own model ({@link #baselines(String)}); {@link #baselines()} lists each
 * baseline once per distinct set of scores, with the theories it holds for, and {@link
 * #baselinesAgree()} says whether every theory faces the same baselines. Theories that replace the
 * concepts of one model (concept sets) always do.
 *
 * <pre>{@code
 * TheoryComparison c = TheoryComparison.of(theories, observations);
 * for (TheoryVerdict v : c.verdicts()) {
 *   System.out.println(v.theory() + ": " + v.summary());
 * }
 * }</pre>
 *
 * @param theories the theories' names, in the order given
 * @param observations the observations, in the order given
 * @param results each theory's inference, its model's observations replaced by {@code observations}
 * @since 0.1.0
 */
public record TheoryComparison(
    ImmutableList<String> theories,
    ImmutableList<Observation> observations,
    ImmutableMap<String, Inference> results) {
  /** Copies the collections. */
  public TheoryComparison {
    theories = ImmutableList.copyOf(theories);
    observations = ImmutableList.copyOf(observations);
    results = ImmutableMap.copyOf(results);
  }

  /**
   * Runs every theory's model against {@code observations} (which replace the models' own).
   *
   * @throws IllegalArgumentException if there is no theory or no observation
   * @throws io.github.narrativeir.model.InvalidModelException if a model, with the observations,
   *     has errors (an observation naming a situation a theory does not have, say)
   */
  public static TheoryComparison of(Map<String, Model> theories, List<Observation> observations) {
    checkNotNull(theories, "theories");
    checkNotNull(observations, "observations");
    checkArgument(!theories.isEmpty(), "no theory to compare");
    checkArgument(!observations.isEmpty(), "no observation to compare the theories against");
    ImmutableMap.Builder<String, Inference> results = ImmutableMap.builder();
    NarrativeEngine engine = NarrativeEngine.create();
    theories.forEach(
        (name, model) ->
            results.put(
                name,
                engine.infer(Model.builder().from(model).observations(observations).build())));
    return new TheoryComparison(
        ImmutableList.copyOf(theories.keySet()),
        ImmutableList.copyOf(observations),
        results.build());
  }

  /** The evaluation of {@code theory}. */
  public Evaluation evaluation(String theory) {
    checkArgument(results.containsKey(theory), "unknown theory '%s'", theory);
    return results.get(theory).evaluation().orElseThrow();
  }

  /** The theories that explain {@code observation}, in the order given. */
  public ImmutableSet<String> explaining(Observation observation) {
    return theories.stream()
        .filter(t -> evaluation(t).explainedObservations().contains(observation))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The scores of {@code theory} on the observations.
   *
   * @throws IllegalArgumentException if there is no such theory
   */
  public Scores scores(String theory) {
    return evaluation(theory).scores();
  }

  /**
   * The scores of every baseline, in the order {@code all}, {@code none}, {@code persistence}, as
   * {@code theory}'s situation order gives them: those it is judged against.
   *
   * @throws IllegalArgumentException if there is no such theory
   */
  public ImmutableMap<Baseline, Scores> baselines(String theory) {
    return evaluation(theory).baselines();
  }

  /**
   * Every baseline's scores, once per distinct set of scores, each with the theories it holds for:
   * in baseline order, then in the order of the first theory that each set of scores holds for.
   * When {@link #baselinesAgree()}, exactly one entry per baseline, holding for every theory.
   */
  public ImmutableList<BaselineScores> baselines() {
    ImmutableList.Builder<BaselineScores> list = ImmutableList.builder();
    for (Baseline baseline : Baseline.values()) {
      Map<Scores, List<String>> holders = new LinkedHashMap<>();
      for (String theory : theories) {
        holders
            .computeIfAbsent(baselines(theory).get(baseline), s -> new ArrayList<>())
            .add(theory);
      }
      holders.forEach(
          (scores, names) ->
              list.add(new BaselineScores(baseline, ImmutableList.copyOf(names), scores)));
    }
    return list.build();
  }

  /**
   * Whether every theory is judged against the same baseline scores: true unless the theories'
   * models order their situations differently in a way that changes {@code persistence}.
   */
  public boolean baselinesAgree() {
    return theories.stream().map(this::baselines).distinct().count() <= 1;
  }

  /**
   * Whether {@code theory} beats every baseline of its own on balanced accuracy and on changes
   * explained.
   *
   * @throws IllegalArgumentException if there is no such theory
   */
  public TheoryVerdict verdict(String theory) {
    return new TheoryVerdict(theory, evaluation(theory));
  }

  /** Every theory's verdict, in the order given. */
  public ImmutableList<TheoryVerdict> verdicts() {
    return theories.stream().map(this::verdict).collect(ImmutableList.toImmutableList());
  }
}
