package io.github.narrativeir.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of one mapping of a model file strictly: reports unknown fields (with the
 * allowed ones and the closest), missing required fields, and values of the wrong type, each at its
 * line and column, and keeps going so that every problem is reported at once.
 */
public final class ObjectReader {
  private final Node node;
  private final String subject;
  private final Problems problems;

  private ObjectReader(Node node, String subject, Problems problems) {
    this.node = node;
    this.subject = subject;
    this.problems = problems;
  }

  /**
   * Returns a reader for {@code node}, or empty (after reporting) when it is not a mapping; reports
   * every field not in {@code allowed}.
   */
  public static Optional<ObjectReader> of(
      Node node, String what, String subject, List<String> allowed, Problems problems) {
    return of(node, what, subject, allowed, problems, false);
  }

  /**
   * As {@link #of(Node, String, String, List, Problems)}, but quoting an unknown field's name as
   * {@link Node#excerpt} does (for mappings whose keys are free text, such as DNA's names).
   */
  public static Optional<ObjectReader> ofExcerpted(
      Node node, String what, String subject, List<String> allowed, Problems problems) {
    return of(node, what, subject, allowed, problems, true);
  }

  private static Optional<ObjectReader> of(
      Node node,
      String what,
      String subject,
      List<String> allowed,
      Problems problems,
      boolean excerpt) {
    if (node.kind != Node.Kind.OBJECT) {
      problems.error(
          ProblemCode.WRONG_TYPE,
          node,
          "expected " + what + " (a mapping), found " + node.describe());
      return Optional.empty();
    }
    for (Map.Entry<String, Node> field : node.fields.entrySet()) {
      if (!allowed.contains(field.getKey())) {
        String closest =
            Suggestions.plausible(field.getKey(), allowed)
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("");
        problems.error(
            ProblemCode.UNKNOWN_FIELD,
            checkNotNull(node.keys.get(field.getKey())),
            "unknown field '"
                + (excerpt ? Node.excerpt(field.getKey()) : field.getKey())
                + "' in "
                + subject
                + closest
                + " (allowed: "
                + String.join(", ", allowed)
                + ")");
      }
    }
    return Optional.of(new ObjectReader(node, subject, problems));
  }

  public Node node() {
    return node;
  }

  public String subject() {
    return subject;
  }

  public Optional<Node> field(String name) {
    Node value = node.fields.get(name);
    return value == null || value.kind == Node.Kind.NULL ? Optional.empty() : Optional.of(value);
  }

  /** The field, or empty after reporting that the required field is missing. */
  public Optional<Node> required(String name) {
    Optional<Node> value = field(name);
    if (value.isEmpty()) {
      problems.error(
          ProblemCode.MISSING_FIELD,
          node,
          subject + " is missing the required field '" + name + "'");
    }
    return value;
  }

  /** A scalar field as text (YAML may write a label as a number or a boolean). */
  public Optional<String> text(String name) {
    return field(name).flatMap(v -> text(v, name));
  }

  public Optional<String> requiredText(String name) {
    return required(name).flatMap(v -> text(v, name));
  }

  public Optional<String> text(Node value, String name) {
    if (!value.isScalar()) {
      problems.error(
          ProblemCode.WRONG_TYPE,
          value,
          "expected a string for '" + name + "' in " + subject + ", found " + value.describe());
      return Optional.empty();
    }
    return Optional.of(value.text);
  }

  /** A scalar field as non-blank text; blank text is reported. */
  public Optional<String> nonBlankText(String name) {
    return field(name).flatMap(v -> nonBlank(v, name));
  }

  /** A required scalar field as non-blank text; blank text is reported. */
  public Optional<String> requiredNonBlankText(String name) {
    return required(name).flatMap(v -> nonBlank(v, name));
  }

  private Optional<String> nonBlank(Node value, String name) {
    Optional<String> text = text(value, name);
    if (text.isPresent() && text.get().isBlank()) {
      problems.error(
          ProblemCode.INVALID_VALUE,
          value,
          "expected a non-blank string for '" + name + "' in " + subject + ", found ''");
      return Optional.empty();
    }
    return text;
  }

  /** A value parsed by {@code parse}, whose IllegalArgumentException message is reported. */
  public <T> Optional<T> parsed(Node value, String name, Function<String, T> parse) {
    return text(value, name)
        .flatMap(
            t -> {
              try {
                return Optional.of(parse.apply(t));
              } catch (IllegalArgumentException e) {
                problems.error(
                    ProblemCode.INVALID_VALUE,
                    value,
                    subject + ": '" + name + "': " + e.getMessage());
                return Optional.empty();
              }
            });
  }

  /** A list field; each item is handed to {@code item}, which reports its own problems. */
  public ImmutableList<Node> list(String name) {
    Optional<Node> value = field(name);
    if (value.isEmpty()) {
      return ImmutableList.of();
    }
    if (value.get().kind != Node.Kind.ARRAY) {
      problems.error(
          ProblemCode.WRONG_TYPE,
          value.get(),
          "expected a list for '" + name + "' in " + subject + ", found " + value.get().describe());
      return ImmutableList.of();
    }
    return ImmutableList.copyOf(value.get().items);
  }

  public Optional<Boolean> bool(String name) {
    return field(name)
        .flatMap(
            v -> {
              if (v.kind != Node.Kind.BOOLEAN) {
                problems.error(
                    ProblemCode.WRONG_TYPE,
                    v,
                    "expected true or false for '"
                        + name
                        + "' in "
                        + subject
                        + ", found "
                        + v.describe());
                return Optional.empty();
              }
              return Optional.of(v.truth);
            });
  }

  public Optional<Integer> int32(String name) {
    return field(name)
        .flatMap(
            v -> {
              if (v.kind == Node.Kind.NUMBER) {
                try {
                  return Optional.of(
                      Integer.parseInt(v.text.startsWith("+") ? v.text.substring(1) : v.text));
                } catch (NumberFormatException e) {
                  // reported below
                }
              }
              // a number that is not a 32-bit integer (1.5, 3000000000) is of the right kind
              ProblemCode code =
                  v.kind == Node.Kind.NUMBER ? ProblemCode.INVALID_VALUE : ProblemCode.WRONG_TYPE;
              problems.error(
                  code,
                  v,
                  "expected a 32-bit integer for '"
                      + name
                      + "' in "
                      + subject
                      + ", found "
                      + v.describe());
              return Optional.empty();
            });
  }

  /** Reports a problem at {@code at}, in this mapping. */
  public void error(ProblemCode code, Node at, String message) {
    problems.error(code, at, message);
  }

  /** Collects the problems of one file. */
  public static final class Problems {
    private final String source;
    private final List<Problem> list;

    public Problems(String source, List<Problem> list) {
      this.source = source;
      this.list = list;
    }

    public void error(ProblemCode code, Node at, String message) {
      list.add(new Problem(code, Severity.ERROR, source, at.line, at.column, at.pointer, message));
    }

    public void warning(ProblemCode code, Node at, String message) {
      list.add(
          new Problem(code, Severity.WARNING, source, at.line, at.column, at.pointer, message));
    }

    public List<Problem> list() {
      return list;
    }

    public String source() {
      return source;
    }
  }
}
