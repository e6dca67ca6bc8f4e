package io.github.narrativeir.inference;

/**
 * A trivial model that every evaluation is scored against, on the same observations (MODEL.md step
 * 8). A model that does not beat them explains nothing. No baseline explains a change.
 *
 * @since 0.1.0
 */
public enum Baseline {
  /** Every plain observation's practice occurred. */
  ALL("all", "predicts every observed practice everywhere"),
  /** No plain observation's practice occurred. */
  NONE("none", "predicts nothing"),
  /**
   * A plain observation's practice occurred exactly when a plain positive observation of the same
   * actor, practice and target (both absent, or equal) exists in the situation before (never in the
   * first situation).
   */
  PERSISTENCE("persistence", "predicts what was observed in the situation before");

  private final String token;
  private final String description;

  Baseline(String token, String description) {
    this.token = token;
    this.description = description;
  }

  /** The name the result format gives it: {@code all}, {@code none} or {@code persistence}. */
  public String token() {
    return token;
  }

  /** What it predicts, in a few words for reports. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return token;
  }
}
