package io.github.narrativeir.io;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Thrown when a file cannot be read as a model: it carries every problem found, errors and
 * warnings, each located by file, line, column and JSON Pointer. Its message lists them, one per
 * line, as {@code FILE:LINE:COLUMN: message}.
 */
public final class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception for {@code problems}, at least one of which is an error.
   *
   * @throws IllegalArgumentException if no problem is an error
   */
  public ModelFormatException(Iterable<Problem> problems) {
    super(message(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(ImmutableList<Problem> problems) {
    if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
      throw new IllegalArgumentException("a ModelFormatException needs at least one error");
    }
    return problems.stream().map(Problem::render).collect(Collectors.joining("\n"));
  }

  /** Every problem found, errors and warnings, in document order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The errors only. */
  public ImmutableList<Problem> errors() {
    return problems.stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .collect(ImmutableList.toImmutableList());
  }

  /** The first error. */
  private Problem first() {
    return errors().get(0);
  }

  /** The line of the first error, from 1; 0 when unknown. */
  public int line() {
    return first().line();
  }

  /** The column of the first error, from 1; 0 when unknown. */
  public int column() {
    return first().column();
  }

  /** The JSON Pointer of the first error. */
  public String pointer() {
    return first().pointer();
  }
}
