package io.github.narrativeir.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A persistent concept held by one actor: when it applies ({@link #when()}), what it makes its
 * holder see ({@link #construes()}, {@link #highlights()}) and not see ({@link #occludes()}), which
 * practices it calls for ({@link #prescribes()}) or against ({@link #proscribes()}), and the
 * evidence that the actor holds it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Concept {
  /** The concept's id. */
  ConceptId id();

  /** The actor who holds the concept. */
  ActorId holder();

  /** A readable label; the id when not given. */
  @Value.Default
  default String label() {
    return id().value();
  }

  /**
   * The concept's rank among its holder's concepts: higher priorities activate first; 0 by default.
   */
  @Value.Default
  default int priority() {
    return 0;
  }

  /** When the concept applies; always, by default. */
  @Value.Default
  default Trigger when() {
    return Trigger.always();
  }

  /** The construals the concept adds while it is active, in the order given. */
  ImmutableList<Construal> construes();

  /** The aspects the concept makes salient, when they are perceived. */
  ImmutableSet<AspectId> highlights();

  /** The aspects the concept hides from its holder while it is active. */
  ImmutableSet<AspectId> occludes();

  /** The practices the concept calls for, with weights. */
  ImmutableList<Prescription> prescribes();

  /** The practices the concept calls against, with weights. */
  ImmutableList<Prescription> proscribes();

  /** Where the concept comes from in the holder's discourse. */
  ImmutableList<Evidence> evidence();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Concept}; {@code id} and {@code holder} are required. */
  final class Builder extends ImmutableConcept.Builder {
    /**
     * Sets the id from its text.
     *
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public Builder id(String id) {
      return id(ConceptId.of(id));
    }

    /**
     * Sets the holder from its actor id.
     *
     * @throws IllegalArgumentException if {@code holder} is malformed
     */
    public Builder holder(String holder) {
      return holder(ActorId.of(holder));
    }

    /**
     * Adds highlighted aspects by id.
     *
     * @throws IllegalArgumentException if an id is malformed
     */
    public Builder addHighlights(String... ids) {
      for (String id : ids) {
        addHighlights(AspectId.of(id));
      }
      return this;
    }

    /**
     * Adds occluded aspects by id.
     *
     * @throws IllegalArgumentException if an id is malformed
     */
    public Builder addOccludes(String... ids) {
      for (String id : ids) {
        addOccludes(AspectId.of(id));
      }
      return this;
    }
  }
}
