package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.util.List;
import java.util.Map;

/**
 * Rival theories scored against one set of observations: which theory explains which
 * observation, and each theory's evaluation as MODEL.md defines it.
 *
 * @param theories the theories' names, in the order given
 * @param observations the observations, in the order given
 * @param results each theory's inference, its model's observations replaced by {@code
 *     observations}
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
            results.put(name, engine.infer(Model.builder().from(model).observations(observations).build())));
    return new TheoryComparison(
        ImmutableList.copyOf(theories.keySet()), ImmutableList.copyOf(observations), results.build());
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
}
