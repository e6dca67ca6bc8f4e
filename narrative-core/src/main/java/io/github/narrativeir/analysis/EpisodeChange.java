package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.SituationId;
import java.util.Optional;

/**
 * An episode whose active concepts differ between a model and its variant.
 *
 * @param actor the actor
 * @param situation the situation
 * @param original the episode in the original model, absent when the actor holds no concepts there
 * @param variant the episode in the variant, absent when the actor holds no concepts there
 * @since 0.1.0
 */
public record EpisodeChange(
    ActorId actor, SituationId situation, Optional<Episode> original, Optional<Episode> variant) {
  /** Checks that no component is null. */
  public EpisodeChange {
    checkNotNull(actor, "actor");
    checkNotNull(situation, "situation");
    checkNotNull(original, "original");
    checkNotNull(variant, "variant");
  }
}
