package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Observation;

/**
 * An observation of the practice an {@link Explanation} is about, with what the model makes of it
 * and the predictions that match it.
 *
 * @param observation the observation
 * @param outcome true or false positive or negative, or a change explained or not
 * @param predictions the predictions the observation matches (for a plain observation: the ones
 *     that confirm an observed practice, or that contradict negative evidence), in prediction order
 * @since 0.1.0
 */
public record ObservationOutcome(
    Observation observation, Outcome outcome, ImmutableList<Prediction> predictions) {
  /** Checks that no component is null and copies the list. */
  public ObservationOutcome {
    checkNotNull(observation, "observation");
    checkNotNull(outcome, "outcome");
    predictions = ImmutableList.copyOf(predictions);
  }
}
