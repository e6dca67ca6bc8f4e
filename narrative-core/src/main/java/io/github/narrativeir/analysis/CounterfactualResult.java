package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;

/**
 * A model and a variant of it, both run, and how they differ.
 *
 * @param variation the variation
 * @param variantModel the varied model
 * @param original inference on the original model
 * @param variant inference on the varied model
 * @param lost predictions of the original that the variant does not make (the original's)
 * @param gained predictions the variant makes and the original does not (the variant's)
 * @param changedEpisodes episodes whose active concepts differ, in situation and actor order
 * @param newlyExplained observations the variant explains and the original does not
 * @param newlyUnexplained observations the original explains and the variant does not
 * @since 0.1.0
 */
public record CounterfactualResult(
    Variation variation,
    Model variantModel,
    Inference original,
    Inference variant,
    ImmutableList<Prediction> lost,
    ImmutableList<Prediction> gained,
    ImmutableList<EpisodeChange> changedEpisodes,
    ImmutableList<Observation> newlyExplained,
    ImmutableList<Observation> newlyUnexplained) {
  /** Checks that no component is null and copies the lists. */
  public CounterfactualResult {
    checkNotNull(variation, "variation");
    checkNotNull(variantModel, "variantModel");
    checkNotNull(original, "original");
    checkNotNull(variant, "variant");
    lost = ImmutableList.copyOf(lost);
    gained = ImmutableList.copyOf(gained);
    changedEpisodes = ImmutableList.copyOf(changedEpisodes);
    newlyExplained = ImmutableList.copyOf(newlyExplained);
    newlyUnexplained = ImmutableList.copyOf(newlyUnexplained);
  }
}
