package io.github.narrativeir.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A situational-narrative model: actors, aspects, practice types, situations, the concepts the
 * actors hold, and observations to evaluate inference against. Lists keep the order they were
 * given in; inference does not depend on it.
 *
 * <p>A model may be built with duplicate ids or references that do not resolve; {@link
 * ModelValidator#validate(Model)} reports every such problem, and inference refuses a model with
 * errors.
 */
@Value.Immutable
public interface Model {
  /** The model's name, if given. */
  Optional<String> name();

  /** The actors. */
  ImmutableList<Actor> actors();

  /** The declared aspects. */
  ImmutableList<Aspect> aspects();

  /** The practice types. */
  ImmutableList<PracticeType> practices();

  /** The situations. */
  ImmutableList<Situation> situations();

  /** The concepts of all actors. */
  ImmutableList<Concept> concepts();

  /** The observed practices. */
  ImmutableList<Observation> observations();

  /** The inference options stored with the model. */
  @Value.Default
  default InferenceOptions options() {
    return InferenceOptions.defaults();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Model}; every list is empty unless given. */
  final class Builder extends ImmutableModel.Builder {}
}
