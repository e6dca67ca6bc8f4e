package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.Severity;

/**
 * One problem found while reading a file, located: what kind of problem it is, the file, line and
 * column (from 1), the JSON Pointer of the value in the document, and what is wrong.
 *
 * @param code what kind of problem it is: a stable code to tell problems apart by
 * @param severity error or warning
 * @param source the file name, or {@code <stdin>}
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param pointer the JSON Pointer of the offending value; empty for the whole document
 * @param message what is wrong, naming the offending element
 * @since 0.1.0
 */
public record Problem(
    ProblemCode code,
    Severity severity,
    String source,
    int line,
    int column,
    String pointer,
    String message) {
  /** Checks that no component is null. */
  public Problem {
    checkNotNull(code, "code");
    checkNotNull(severity, "severity");
    checkNotNull(source, "source");
    checkNotNull(pointer, "pointer");
    checkNotNull(message, "message");
  }

  /**
   * Renders as {@code FILE:LINE:COLUMN: message (at /json/pointer)}, with {@code warning: } before
   * the message of a warning; an unknown column is left out ({@code FILE:LINE: message}), and so is
   * an unknown line ({@code FILE: message}). The code is not shown.
   */
  public String render() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (severity == Severity.WARNING) {
      sb.append("warning: ");
    }
    sb.append(message);
    if (!pointer.isEmpty()) {
      sb.append(" (at ").append(pointer).append(')');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
