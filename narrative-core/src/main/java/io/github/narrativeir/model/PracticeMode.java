package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Whether a {@link PracticeType} is cooperative, coercive or neither.
 *
 * @since 0.1.0
 */
public enum PracticeMode {
  /** Cooperation with the target. */
  COOPERATION("cooperation"),
  /** Coercion of the target. */
  COERCION("coercion"),
  /** Neither cooperation nor coercion. */
  NEUTRAL("neutral");

  private final String token;

  PracticeMode(String token) {
    this.token = token;
  }

  /** The word that stands for this constant in model and result files. */
  public String token() {
    return token;
  }

  /** Returns the constant whose {@link #token()} is {@code token}, if there is one. */
  public static Optional<PracticeMode> fromToken(String token) {
    checkNotNull(token, "token");
    for (PracticeMode value : values()) {
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
