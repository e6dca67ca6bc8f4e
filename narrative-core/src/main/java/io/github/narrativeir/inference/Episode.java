package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.SituationId;
import org.immutables.value.Value;

/** One actor's description of one situation through the concepts it applied to it. */
@Value.Immutable
public interface Episode {
  /** The actor whose episode this is. */
  ActorId actor();

  /** The situation described. */
  SituationId situation();

  /** The concepts that became active, in activation order. */
  ImmutableList<ConceptId> concepts();

  /** What the actor perceived: the base, less occluded aspects, plus everything construed. */
  ImmutableSortedSet<AspectId> perceived();

  /** The perceived aspects that an active concept highlights. */
  ImmutableSortedSet<AspectId> highlighted();

  /** The aspects of the base that an active concept hid from the actor. */
  ImmutableSortedSet<AspectId> occluded();

  /** Checks that the sets are in the natural order of ids. */
  @Value.Check
  default void check() {
    for (ImmutableSortedSet<AspectId> set : java.util.List.of(perceived(), highlighted(), occluded())) {
      com.google.common.base.Preconditions.checkState(
          set.comparator() == null
              || set.comparator().equals(com.google.common.collect.Ordering.natural())
              || set.comparator().equals(java.util.Comparator.naturalOrder()),
          "an episode's aspect sets must be in the natural order of ids");
    }
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Episode}. */
  final class Builder extends ImmutableEpisode.Builder {}
}
