package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A situational-narrative model: actors, aspects, practice types, situations, the concepts the
 * actors hold, and observations to evaluate inference against. Lists keep the order they were given
 * in; inference does not depend on it. Elements with an id can be looked up by it ({@link #actor},
 * {@link #aspect}, {@link #practice}, {@link #situation}, {@link #concept}).
 *
 * <p>A model may be built with duplicate ids or references that do not resolve; {@link
 * ModelValidator#validate(Model)} reports every such problem, and inference refuses a model with
 * errors.
 *
 * <pre>{@code
 * String name = model.actor(ActorId.of("PK")).map(Actor::name).orElse("PK");
 * Optional<Situation> coup = model.situation(SituationId.of("post-coup"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Model {
  /** Only the generated implementation extends a model. */
  Model() {}

  /** The model's name, if given. */
  public abstract Optional<String> name();

  /** The actors. */
  public abstract ImmutableList<Actor> actors();

  /** The declared aspects. */
  public abstract ImmutableList<Aspect> aspects();

  /** The practice types. */
  public abstract ImmutableList<PracticeType> practices();

  /** The situations. */
  public abstract ImmutableList<Situation> situations();

  /** The concepts of all actors. */
  public abstract ImmutableList<Concept> concepts();

  /** The observed practices. */
  public abstract ImmutableList<Observation> observations();

  /** The inference options stored with the model. */
  @Value.Default
  public InferenceOptions options() {
    return InferenceOptions.defaults();
  }

  /**
   * Returns the actor with the id {@code id}, or empty if the model has none: the first in {@link
   * #actors()} if several have it (which {@link ModelValidator} reports as an error).
   *
   * @since 0.1.0
   */
  public Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(index().actors.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the declared aspect with the id {@code id}, or empty if the model declares none: the
   * first in {@link #aspects()} if several have it. An aspect that situations or concepts use
   * without declaring it is not found.
   *
   * @since 0.1.0
   */
  public Optional<Aspect> aspect(AspectId id) {
    return Optional.ofNullable(index().aspects.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the practice type with the id {@code id}, or empty if the model has none: the first in
   * {@link #practices()} if several have it.
   *
   * @since 0.1.0
   */
  public Optional<PracticeType> practice(PracticeId id) {
    return Optional.ofNullable(index().practices.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the situation with the id {@code id}, or empty if the model has none: the first in
   * {@link #situations()} if several have it.
   *
   * @since 0.1.0
   */
  public Optional<Situation> situation(SituationId id) {
    return Optional.ofNullable(index().situations.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the concept with the id {@code id}, or empty if the model has none: the first in {@link
   * #concepts()} if several have it.
   *
   * @since 0.1.0
   */
  public Optional<Concept> concept(ConceptId id) {
    return Optional.ofNullable(index().concepts.get(checkNotNull(id, "id")));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The elements by id, built on the first lookup and kept with the model; not an attribute, so
   * equality, hashing, {@code toString} and builders ignore it.
   */
  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  /** Builds a {@link Model}; every list is empty unless given. */
  public static final class Builder extends ImmutableModel.Builder {}

  /** A model's elements by id, the first of each id in list order. */
  static final class Index {
    final ImmutableMap<ActorId, Actor> actors;
    final ImmutableMap<AspectId, Aspect> aspects;
    final ImmutableMap<PracticeId, PracticeType> practices;
    final ImmutableMap<SituationId, Situation> situations;
    final ImmutableMap<ConceptId, Concept> concepts;

    Index(Model model) {
      this.actors = byId(model.actors(), Actor::id);
      this.aspects = byId(model.aspects(), Aspect::id);
      this.practices = byId(model.practices(), PracticeType::id);
      this.situations = byId(model.situations(), Situation::id);
      this.concepts = byId(model.concepts(), Concept::id);
    }

    private static <K, V> ImmutableMap<K, V> byId(Iterable<V> elements, Function<V, K> id) {
      Map<K, V> map = new LinkedHashMap<>();
      for (V e : elements) {
        map.putIfAbsent(id.apply(e), e);
      }
      return ImmutableMap.copyOf(map);
    }
  }
}
