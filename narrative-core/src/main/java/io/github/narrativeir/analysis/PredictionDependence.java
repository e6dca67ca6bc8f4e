package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ConceptId;

/**
 * Which concepts a prediction depends on, across actors (through interaction one state's concept
 * can be needed for another state's practice).
 *
 * @param prediction the prediction
 * @param needed the concepts without any one of which it is no longer predicted
 * @param minimalSufficient the minimal sets of concepts that, kept alone (every other concept of
 *     the model left out), still predict it; only sets drawn from the concepts active up to its
 *     situation, and no larger than the bound the caller set; by size, then by ids
 * @param exhaustive true when the bound covered every such set, so that the list is complete
 * @since 0.1.0
 */
public record PredictionDependence(
    Prediction prediction,
    ImmutableSortedSet<ConceptId> needed,
    ImmutableList<ImmutableSortedSet<ConceptId>> minimalSufficient,
    boolean exhaustive) {
  /** Checks that no component is null and copies the collections. */
  public PredictionDependence {
    checkNotNull(prediction, "prediction");
    needed = ImmutableSortedSet.copyOf(needed);
    minimalSufficient = ImmutableList.copyOf(minimalSufficient);
  }
}
