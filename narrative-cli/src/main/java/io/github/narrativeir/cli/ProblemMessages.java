package io.github.narrativeir.cli;

import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import java.io.PrintWriter;

/**
 * The problems of a read as the command line prints them: the library's message, which says what is
 * wrong and which {@code ReadLimits} setting raises a limit, with the option that fixes it here,
 * chosen by the problem's code.
 */
final class ProblemMessages {
  /** The option that fixes each kind of problem that has one. */
  static final ImmutableMap<ProblemCode, String> OPTIONS =
      ImmutableMap.<ProblemCode, String>builder()
          .put(ProblemCode.LIMIT_DOCUMENT_BYTES, "--max-document-bytes")
          .put(ProblemCode.LIMIT_NESTING_DEPTH, "--max-nesting-depth")
          .put(ProblemCode.LIMIT_STRING_LENGTH, "--max-string-length")
          .put(ProblemCode.LIMIT_ALIASES, "--max-aliases")
          .put(ProblemCode.LIMIT_VALUES, "--max-values")
          .put(ProblemCode.CONCEPT_SET_AS_MODEL, "--concepts")
          .build();

  private ProblemMessages() {}

  /** Prints {@code problem}, rendered with the option that fixes it, on a line of {@code err}. */
  static void print(Problem problem, PrintWriter err) {
    err.println(render(problem));
  }

  /** {@code problem} rendered as {@link Problem#render()} does, with the option that fixes it. */
  static String render(Problem problem) {
    String option = OPTIONS.get(problem.code());
    if (option == null) {
      return problem.render();
    }
    return new Problem(
            problem.code(),
            problem.severity(),
            problem.source(),
            problem.line(),
            problem.column(),
            problem.pointer(),
            message(problem.code(), problem.message(), option))
        .render();
  }

  private static String message(ProblemCode code, String message, String option) {
    if (code == ProblemCode.CONCEPT_SET_AS_MODEL && message.endsWith(")")) {
      // the remark "(a concept set cannot be read as a model)" ends the message
      return message.substring(0, message.length() - 1) + "; give it with " + option + ")";
    }
    return message + " or the command-line option " + option;
  }
}
