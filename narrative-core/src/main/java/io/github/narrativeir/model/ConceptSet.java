package io.github.narrativeir.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concept set: a reading that can be shared and swapped, such as one state's concepts or a whole
 * theory, with the actors, aspects and practice types it needs. Combine it with the situations and
 * observations of a case with {@link ConceptSets#compose} or {@link ConceptSets#replaceConcepts}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ConceptSet {
  /** The set's name, if given. */
  Optional<String> name();

  /** Actors the set needs; merged with the model's by id. */
  ImmutableList<Actor> actors();

  /** Aspects the set declares; merged with the model's by id. */
  ImmutableList<Aspect> aspects();

  /** Practice types the set needs; merged with the model's by id. */
  ImmutableList<PracticeType> practices();

  /** The set's concepts. */
  ImmutableList<Concept> concepts();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConceptSet}; every list is empty unless given. */
  final class Builder extends ImmutableConceptSet.Builder {}
}
