package io.github.narrativeir.model;

import org.immutables.value.Value;

/**
 * One problem found in a model: how serious it is, where it is, and what is wrong.
 *
 * <p>{@link #pointer()} is a JSON Pointer into the model's file tree ({@code
 * /concepts/3/prescribes/0/weight}), with list indices in the order the model lists its elements,
 * so that a reader can turn it into a file, line and column. {@link #message()} names the offending
 * element itself ({@code concept 'pk.frontline': ...}) so that it reads well without a location.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Diagnostic {
  /** Whether this is an error or a warning. */
  @Value.Parameter
  Severity severity();

  /** The JSON Pointer of the offending value in the model tree. */
  @Value.Parameter
  String pointer();

  /** What is wrong, naming the offending element. */
  @Value.Parameter
  String message();

  /** Returns a diagnostic. */
  static Diagnostic of(Severity severity, String pointer, String message) {
    return ImmutableDiagnostic.of(severity, pointer, message);
  }

  /** Renders as {@code error: /concepts/0/holder: concept 'x': ...}. */
  default String render() {
    return severity() + ": " + pointer() + ": " + message();
  }
}
