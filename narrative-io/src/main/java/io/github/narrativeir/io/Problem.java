package io.github.narrativeir.io;

import static java.util.Objects.requireNonNull;

import io.github.narrativeir.model.Severity;

/**
 * One problem found while reading a file, located: the file, line and column (from 1), the JSON
 * Pointer of the value in the document, and what is wrong.
 *
 * @param severity error or warning
 * @param source the file name, or {@code <stdin>}
 * @param line the line, from 1; 0 when unknown
 * @param column the column, from 1; 0 when unknown
 * @param pointer the JSON Pointer of the offending value; empty for the whole document
 * @param message what is wrong, naming the offending element
 */
public record Problem(
    Severity severity, String source, int line, int column, String pointer, String message) {
  /** Checks that no component is null. */
  public Problem {
    requireNonNull(severity, "severity");
    requireNonNull(source, "source");
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
  }

  /**
   * Renders as {@code FILE:LINE:COLUMN: message (at /json/pointer)}, with {@code warning: } before
   * the message of a warning; an unknown column is left out ({@code FILE:LINE: message}), and so
   * is an unknown line ({@code FILE: message}).
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
