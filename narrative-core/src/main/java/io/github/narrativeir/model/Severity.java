package io.github.narrativeir.model;

/**
 * How serious a {@link Diagnostic} is.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The model cannot be used: inference refuses it. */
  ERROR,
  /** The model can be used, but something in it is probably a mistake. */
  WARNING;

  /** The word used when the diagnostic is printed: {@code error} or {@code warning}. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
