package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What inference gives a model with a {@link ModelEdit}, computed from an inference of the model by
 * recomputing only the episodes the edit can reach ({@link Inference#rerun(ModelEdit)}).
 *
 * @param edit the edit
 * @param predictions the predictions, sorted as {@link Inference#predictions()}; equal to those of
 *     inference on the edited model
 * @param changes the changes of every actor's narrative, actor by actor in id order, each actor's
 *     as {@link Narrative#changes()} lists them; equal to those of inference on the edited model
 * @param evaluation the evaluation against the model's observations, equal to that of inference on
 *     the edited model; absent when the model has none
 * @param episodesRecomputed how many episodes had their active concepts, or only their practices,
 *     computed again
 * @param episodesReused how many episodes of the original inference were reused unchanged
 * @since 0.1.0
 */
public record EditedRun(
    ModelEdit edit,
    ImmutableList<Prediction> predictions,
    ImmutableList<PracticeChange> changes,
    Optional<Evaluation> evaluation,
    int episodesRecomputed,
    int episodesReused) {
  /** Checks that no component is null and copies the lists. */
  public EditedRun {
    checkNotNull(edit, "edit");
    predictions = ImmutableList.copyOf(predictions);
    changes = ImmutableList.copyOf(changes);
    checkNotNull(evaluation, "evaluation");
  }
}
