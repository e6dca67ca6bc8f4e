package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.SituationId;
import java.util.Objects;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * One actor's description of one situation through the concepts it applied to it.
 *
 * <p>Two episodes are equal when their actor, situation, concepts and the three aspect sets are.
 * The perceived set is built on first use: inference keeps it as its difference from the base the
 * situation's episodes share, so that it does not copy every interaction aspect once per actor.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Episode {
  Episode() {}

  /** The actor whose episode this is. */
  public abstract ActorId actor();

  /** The situation described. */
  public abstract SituationId situation();

  /** The concepts that became active, in activation order. */
  public abstract ImmutableList<ConceptId> concepts();

  /** What the actor perceived: the base, less occluded aspects, plus everything construed. */
  @Value.Lazy
  public ImmutableSortedSet<AspectId> perceived() {
    return perception().toSet();
  }

  /**
   * Hands each aspect of {@link #perceived()} to {@code action}, in id order, without building the
   * set or keeping it: for code that streams a large result (a writer, a report) and would
   * otherwise hold every episode's perceived set at once. The set is not built by this call, and
   * later calls of {@link #perceived()} are unaffected.
   */
  public void forEachPerceived(Consumer<? super AspectId> action) {
    checkNotNull(action, "action");
    perception().forEach(action);
  }

  /** The perceived aspects that an active concept highlights. */
  public abstract ImmutableSortedSet<AspectId> highlighted();

  /** The aspects of the base that an active concept hid from the actor. */
  public abstract ImmutableSortedSet<AspectId> occluded();

  /** The perceived set as the engine keeps it. */
  abstract Perception perception();

  /** Checks that the sets are in the natural order of ids. */
  @Value.Check
  void check() {
    for (ImmutableSortedSet<AspectId> set : java.util.List.of(highlighted(), occluded())) {
      com.google.common.base.Preconditions.checkState(
          set.comparator() == null
              || set.comparator().equals(com.google.common.collect.Ordering.natural())
              || set.comparator().equals(java.util.Comparator.naturalOrder()),
          "an episode's aspect sets must be in the natural order of ids");
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Episode e
        && actor().equals(e.actor())
        && situation().equals(e.situation())
        && concepts().equals(e.concepts())
        && highlighted().equals(e.highlighted())
        && occluded().equals(e.occluded())
        && perception().size() == e.perception().size()
        && perceived().equals(e.perceived());
  }

  @Override
  public int hashCode() {
    return Objects.hash(actor(), situation(), concepts(), perceived(), highlighted(), occluded());
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Episode")
        .add("actor", actor())
        .add("situation", situation())
        .add("concepts", concepts())
        .add("perceived", perceived())
        .add("highlighted", highlighted())
        .add("occluded", occluded())
        .toString();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Episode}; every attribute is required. */
  public static final class Builder extends ImmutableEpisode.Builder {
    /** Sets what the actor perceived; the set must be in the natural order of ids. */
    public Builder perceived(ImmutableSortedSet<AspectId> perceived) {
      perception(Perception.of(perceived));
      return this;
    }

    Builder perceived(Perception perception) {
      perception(perception);
      return this;
    }
  }
}
