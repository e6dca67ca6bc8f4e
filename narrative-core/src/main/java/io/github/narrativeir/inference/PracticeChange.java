package io.github.narrativeir.inference;

import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change in an actor's predicted practices between two consecutive situations: {@link
 * ChangeKind#STARTED} when predicted in {@link #situation()} and not in the one before, {@link
 * ChangeKind#STOPPED} the other way round.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PracticeChange {
  /** The actor whose practice changed. */
  ActorId actor();

  /** The practice. */
  PracticeId practice();

  /** The actor the practice is directed at, if any. */
  Optional<ActorId> target();

  /** The situation in which the practice started or stopped. */
  SituationId situation();

  /** Whether it started or stopped. */
  ChangeKind change();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PracticeChange}. */
  final class Builder extends ImmutablePracticeChange.Builder {}
}
