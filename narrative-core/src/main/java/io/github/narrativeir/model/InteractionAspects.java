package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Interaction aspects: {@code did:<actor>:<practice>:<target>} is part of a situation's base when
 * that practice was predicted in the situation before ({@code <target>} is {@code -} when the
 * prediction has none).
 *
 * @since 0.1.0
 */
public final class InteractionAspects {
  /** The prefix of every interaction aspect. */
  public static final String PREFIX = "did:";

  /** The target written when a practice has none. */
  public static final String NO_TARGET = "-";

  private InteractionAspects() {}

  /**
   * Returns the interaction aspect for {@code actor} carrying out {@code practice} on {@code
   * target}.
   */
  public static AspectId of(ActorId actor, PracticeId practice, Optional<ActorId> target) {
    checkNotNull(actor, "actor");
    checkNotNull(practice, "practice");
    checkNotNull(target, "target");
    return AspectId.of(
        PREFIX + actor + ":" + practice + ":" + target.map(ActorId::value).orElse(NO_TARGET));
  }
}
