package io.github.narrativeir.io;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Thrown when a file cannot be read as a model: it carries every problem found, errors and
 * warnings, each located by file, line, column and JSON Pointer, and each with its {@link
 * ProblemCode}. Its message lists them, one per line, as {@code FILE:LINE:COLUMN: message}. A model
 * read keeps only its first 1,000 problems (and a line counting the rest), an import stops after
 * 100; {@link #errorCount()} says how many errors were found.
 *
 * @since 0.1.0
 */
public final class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  private final long errorCount;

  /**
   * Creates the exception for {@code problems}, at least one of which is an error; every error is
   * one of them, so {@link #errorCount()} is the number of errors among them.
   *
   * @throws IllegalArgumentException if no problem is an error
   */
  public ModelFormatException(Iterable<Problem> problems) {
    this(problems, -1);
  }

  /**
   * Creates the exception for {@code problems}, some of the {@code errorCount} errors found (a read
   * that kept only the first ones, or stopped early); -1 counts the errors among {@code problems}.
   */
  ModelFormatException(Iterable<Problem> problems, long errorCount) {
    super(message(ImmutableList.copyOf(problems)));
    this.problems = ImmutableList.copyOf(problems);
    this.errorCount = errorCount >= 0 ? errorCount : errors().size();
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

  /**
   * Returns the number of errors found, exactly: those among {@link #problems()} and those a read
   * did not keep. A read keeps the first 1,000 problems and ends them with one more, an error
   * saying how many were not kept; that line is not an error of the file and is not counted. An
   * import stops reading its table after 100 problems and ends them with a line saying so, not
   * counted either: there the count is of the errors found before it stopped.
   *
   * @return the number of errors, at least 1
   */
  public long errorCount() {
    return errorCount;
  }

  /** The first error. */
  private Problem first() {
    return errors().get(0);
  }

  /**
   * The code of the first error: what kind of problem it is; every problem has its own ({@link
   * Problem#code()}).
   */
  public ProblemCode code() {
    return first().code();
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
