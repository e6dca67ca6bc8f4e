package io.github.narrativeir.model;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Every problem {@link ModelValidator} found in a model, errors and warnings, in model order.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface ValidationReport {
  /** All diagnostics, in the order of the model's elements. */
  @Value.Parameter
  ImmutableList<Diagnostic> diagnostics();

  /** The diagnostics that are errors. */
  @Value.Lazy
  default ImmutableList<Diagnostic> errors() {
    return diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .collect(ImmutableList.toImmutableList());
  }

  /** The diagnostics that are warnings. */
  @Value.Lazy
  default ImmutableList<Diagnostic> warnings() {
    return diagnostics().stream()
        .filter(d -> d.severity() == Severity.WARNING)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns true when there are no errors (there may be warnings). */
  default boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * Throws {@link InvalidModelException} carrying this report when it has errors.
   *
   * @throws InvalidModelException if there are errors
   */
  default void throwIfInvalid() {
    if (!isValid()) {
      throw new InvalidModelException(this);
    }
  }

  /** Renders every diagnostic, one per line. */
  default String render() {
    return diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
  }

  /** Returns a report of {@code diagnostics}. */
  static ValidationReport of(Iterable<Diagnostic> diagnostics) {
    return ImmutableValidationReport.of(diagnostics);
  }
}
