package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What kind of agent an {@link Actor} is.
 *
 * @since 0.1.0
 */
public enum ActorKind {
  /** A state. */
  STATE("state"),
  /** A non-state armed group, movement or network. */
  NON_STATE("non-state"),
  /** An international or other organization. */
  ORGANIZATION("organization");

  private final String token;

  ActorKind(String token) {
    this.token = token;
  }

  /** The word that stands for this constant in model and result files. */
  public String token() {
    return token;
  }

  /** Returns the constant whose {@link #token()} is {@code token}, if there is one. */
  public static Optional<ActorKind> fromToken(String token) {
    checkNotNull(token, "token");
    for (ActorKind value : values()) {
      if (value.token.equals(token)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The word that stands for this constant in files, as {@link #token()}. */
  @Override
  public String toString() {
    return token;
  }
}
