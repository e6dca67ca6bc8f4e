package io.github.narrativeir.model;

import org.immutables.value.Value;

/**
 * A state or other agent that holds concepts and carries out practices.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Actor {
  /** The actor's id. */
  ActorId id();

  /** A readable name; the id when not given. */
  @Value.Default
  default String name() {
    return id().value();
  }

  /** What kind of agent this is; {@link ActorKind#STATE} when not given. */
  @Value.Default
  default ActorKind kind() {
    return ActorKind.STATE;
  }

  /**
   * Returns a state with the id {@code id} and that id as its name.
   *
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  static Actor of(String id) {
    return builder().id(id).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Actor}; {@code id} is required. */
  final class Builder extends ImmutableActor.Builder {
    /**
     * Sets the id from its text.
     *
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public Builder id(String id) {
      return id(ActorId.of(id));
    }
  }
}
