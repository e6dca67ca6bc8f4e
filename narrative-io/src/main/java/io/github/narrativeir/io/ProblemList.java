package io.github.narrativeir.io;

import io.github.narrativeir.model.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems of one read, keeping the first {@link #MAX_PROBLEMS} and counting the rest: a file
 * with a million bad values must not take a million messages of memory (nor of screen). {@link
 * #reported(String)} ends with one line saying how many more there were.
 */
final class ProblemList extends ArrayList<Problem> {
  private static final long serialVersionUID = 1L;

  /** The most problems kept (and printed) for one read. */
  static final int MAX_PROBLEMS = 1000;

  private long droppedErrors;
  private long droppedWarnings;

  @Override
  public boolean add(Problem problem) {
    if (size() < MAX_PROBLEMS) {
      return super.add(problem);
    }
    if (problem.severity() == Severity.ERROR) {
      droppedErrors++;
    } else {
      droppedWarnings++;
    }
    return true;
  }

  @Override
  public boolean addAll(Collection<? extends Problem> problems) {
    for (Problem p : problems) {
      add(p);
    }
    return !problems.isEmpty();
  }

  /** How many errors were not kept. */
  long droppedErrors() {
    return droppedErrors;
  }

  /** How many errors were found: those kept and those not kept. */
  long errorCount() {
    return stream().filter(p -> p.severity() == Severity.ERROR).count() + droppedErrors;
  }

  /**
   * The exception for a failed read: the problems {@link #reported(String) reported} in {@code
   * source}, and the exact number of errors.
   */
  ModelFormatException failure(String source) {
    return new ModelFormatException(reported(source), errorCount());
  }

  /**
   * The problems kept, then, if some were not, one more saying how many (an error when errors were
   * left out), in {@code source} without a line.
   */
  List<Problem> reported(String source) {
    if (droppedErrors + droppedWarnings == 0) {
      return this;
    }
    List<Problem> all = new ArrayList<>(this);
    all.add(
        new Problem(
            ProblemCode.TOO_MANY_PROBLEMS,
            droppedErrors > 0 ? Severity.ERROR : Severity.WARNING,
            source,
            0,
            0,
            "",
            "and "
                + (droppedErrors + droppedWarnings)
                + " more problems ("
                + droppedErrors
                + " errors, "
                + droppedWarnings
                + " warnings) not shown: only the first "
                + MAX_PROBLEMS
                + " problems of a read are kept; fix these first"));
    return all;
  }
}
