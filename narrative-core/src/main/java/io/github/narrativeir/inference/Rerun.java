package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * The predictions of a model with some concepts left out, computed from a baseline inference by
 * recomputing only the episodes the change can reach.
 *
 * @param predictions the predictions, sorted as {@link Inference#predictions()}; equal to those of
 *     the model without the concepts (up to the situation asked for)
 * @param episodesRecomputed how many episodes had to be recomputed
 * @param episodesReused how many episodes of the baseline were reused unchanged
 * @since 0.1.0
 */
public record Rerun(
    ImmutableList<Prediction> predictions, int episodesRecomputed, int episodesReused) {
  /** Checks that no component is null and copies the predictions. */
  public Rerun {
    checkNotNull(predictions, "predictions");
    predictions = ImmutableList.copyOf(predictions);
  }
}
