package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptId;
import org.immutables.value.Value;

/**
 * One actor's situational narrative: its episodes in time order, and what persists and changes.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Narrative {
  /** The actor. */
  ActorId actor();

  /** The actor's episodes, in situation order. */
  ImmutableList<Episode> episodes();

  /**
   * The concepts active in two or more of the episodes, by the number of episodes descending, then
   * by id.
   */
  ImmutableList<ConceptId> persistent();

  /**
   * The practices that started or stopped, in situation order; within a situation, stopped before
   * started, then by practice and target (none first).
   */
  ImmutableList<PracticeChange> changes();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Narrative}. */
  final class Builder extends ImmutableNarrative.Builder {}
}
