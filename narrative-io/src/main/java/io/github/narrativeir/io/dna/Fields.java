package io.github.narrativeir.io.dna;

import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.dna.MappingTree.Kind;
import io.github.narrativeir.io.dna.MappingTree.Node;
import io.github.narrativeir.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one mapping (a JSON object) of a {@code narrative-dna/1} file, read strictly: an
 * unknown field is reported with the allowed ones and the closest, a missing required field and a
 * value of the wrong type too, each at its line and column; reading goes on, so that every problem
 * of the file is reported at once.
 */
final class Fields {
  private final Node node;
  private final String subject;
  private final Problems problems;

  private Fields(Node node, String subject, Problems problems) {
    this.node = node;
    this.subject = subject;
    this.problems = problems;
  }

  /**
   * The fields of {@code node}, or empty (after reporting) when it is not a mapping; every field
   * not in {@code allowed} is reported.
   */
  static Optional<Fields> of(
      Node node, String what, String subject, List<String> allowed, Problems problems) {
    if (node.kind() != Kind.OBJECT) {
      problems.error(
          ProblemCode.WRONG_TYPE,
          node,
          "expected " + what + " (a mapping), found " + node.describe());
      return Optional.empty();
    }
    for (Map.Entry<String, Node> field : node.keys().entrySet()) {
      if (!allowed.contains(field.getKey())) {
        String closest =
            Suggestions.plausible(field.getKey(), allowed)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("");
        problems.error(
            ProblemCode.UNKNOWN_FIELD,
            field.getValue(),
            "unknown field '"
                + Messages.excerpt(field.getKey())
                + "' in "
                + subject
                + closest
                + " (allowed: "
                + String.join(", ", allowed)
                + ")");
      }
    }
    return Optional.of(new Fields(node, subject, problems));
  }

  Node node() {
    return node;
  }

  /** The field's value, unless it is absent or null. */
  Optional<Node> field(String name) {
    Node value = node.fields().get(name);
    return value == null || value.kind() == Kind.NULL ? Optional.empty() : Optional.of(value);
  }

  /** The field's value, or empty after reporting that the required field is missing. */
  Optional<Node> required(String name) {
    Optional<Node> value = field(name);
    if (value.isEmpty()) {
      problems.error(
          ProblemCode.MISSING_FIELD,
          node,
          subject + " is missing the required field '" + name + "'");
    }
    return value;
  }

  /** A field's non-blank text (YAML may write a name as a number or a boolean). */
  Optional<String> text(String name) {
    return field(name).flatMap(v -> text(v, "'" + name + "' in " + subject));
  }

  /** A required field's non-blank text. */
  Optional<String> requiredText(String name) {
    return required(name).flatMap(v -> text(v, "'" + name + "' in " + subject));
  }

  /** The non-blank text of {@code value}, named {@code what} in a message when it is none. */
  Optional<String> text(Node value, String what) {
    if (!value.isScalar()) {
      problems.error(
          ProblemCode.WRONG_TYPE,
          value,
          "expected a string for " + what + ", found " + value.describe());
      return Optional.empty();
    }
    if (value.text().isBlank()) {
      problems.error(
          ProblemCode.INVALID_VALUE,
          value,
          "expected a non-blank string for " + what + ", found ''");
      return Optional.empty();
    }
    return Optional.of(value.text());
  }

  /** Collects the problems of one mapping file. */
  static final class Problems {
    private final String source;
    private final List<Problem> list;

    Problems(String source, List<Problem> list) {
      this.source = source;
      this.list = list;
    }

    void error(ProblemCode code, Node at, String message) {
      list.add(
          new Problem(code, Severity.ERROR, source, at.line(), at.column(), at.pointer(), message));
    }

    List<Problem> list() {
      return list;
    }
  }
}
