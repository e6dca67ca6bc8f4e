package io.github.narrativeir.model;

/**
 * Thrown when a model with errors is used; carries the whole {@link ValidationReport}.
 *
 * @since 0.1.0
 */
public final class InvalidModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /**
   * Creates the exception for {@code report}.
   *
   * @throws IllegalArgumentException if {@code report} has no errors
   */
  public InvalidModelException(ValidationReport report) {
    super(message(report));
    this.report = report;
  }

  private static String message(ValidationReport report) {
    if (report.isValid()) {
      throw new IllegalArgumentException("an InvalidModelException needs a report with errors");
    }
    int errors = report.errors().size();
    StringBuilder sb =
        new StringBuilder("invalid model: ")
            .append(errors)
            .append(errors == 1 ? " error" : " errors");
    for (Diagnostic d : report.errors()) {
      sb.append("\n  ").append(d.render());
    }
    return sb.toString();
  }

  /** The report: every error and warning of the model. */
  public ValidationReport report() {
    return report;
  }
}
