package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * How a practice changed from one situation to the next.
 *
 * @since 0.1.0
 */
public enum ChangeKind {
  /** Predicted (or observed) in a situation and not in the one before. */
  STARTED("started"),
  /** Predicted (or observed) in the situation before and not in this one. */
  STOPPED("stopped");

  private final String token;

  ChangeKind(String token) {
    this.token = token;
  }

  /** The word that stands for this constant in model and result files. */
  public String token() {
    return token;
  }

  /** Returns the constant whose {@link #token()} is {@code token}, if there is one. */
  public static Optional<ChangeKind> fromToken(String token) {
    checkNotNull(token, "token");
    for (ChangeKind value : values()) {
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
