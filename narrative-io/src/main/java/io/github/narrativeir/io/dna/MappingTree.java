package io.github.narrativeir.io.dna;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.io.internal.Node.Kind;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A small JSON or YAML document (a {@code narrative-dna/1} mapping) read into a tree whose every
 * value keeps its line, column and JSON Pointer, within {@link ReadLimits}: its nesting, string
 * length and number of values. A mapping needs no YAML aliases or tags, so either is an error, as
 * is a key written twice or a second document. Problems that leave no usable tree are returned as
 * the only result.
 */
final class MappingTree {
  /** Parsing stopped at a problem that leaves no tree; the problem has been recorded. */
  static final class Fatal extends Exception {
    private static final long serialVersionUID = 1L;

    Fatal() {
      super(null, null, false, false);
    }
  }

  private final ReadLimits limits;
  private final String source;
  private final List<Problem> problems;
  private long values;

  private MappingTree(ReadLimits limits, String source, List<Problem> problems) {
    this.limits = limits;
    this.source = source;
    this.problems = problems;
  }

  /**
   * The tree of {@code content}, or empty after adding to {@code problems} what makes it unusable;
   * problems that leave the tree usable (a duplicate key) are added too.
   */
  static Optional<Node> parse(
      byte[] content, Format format, String source, ReadLimits limits, List<Problem> problems) {
    try {
      return Optional.of(new MappingTree(limits, source, problems).parse(content, format));
    } catch (Fatal e) {
      return Optional.empty();
    }
  }

  private Node parse(byte[] content, Format format) throws Fatal {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build();
    JsonFactory factory;
    if (format == Format.JSON) {
      factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    } else {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(Math.max(1, limits.maxAliases()));
      options.setAllowDuplicateKeys(true); // reported here, located
      factory =
          YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    }
    try (JsonParser parser = factory.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw fatal(ProblemCode.EMPTY_DOCUMENT, 1, 1, "", "the mapping is empty");
      }
      Node root = value(parser, "");
      JsonToken next = parser.nextToken();
      if (next != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw fatal(
            ProblemCode.MULTIPLE_DOCUMENTS,
            line(at),
            column(at),
            "",
            "expected one document, found more (a mapping is one JSON or YAML document)");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw fatal(
          ProblemCode.SYNTAX,
          at == null ? 0 : line(at),
          at == null ? 0 : column(at),
          "",
          firstLine(e.getOriginalMessage()));
    } catch (YAMLException e) {
      throw fatal(ProblemCode.SYNTAX, 0, 0, "", firstLine(String.valueOf(e.getMessage())));
    } catch (IOException e) {
      throw fatal(ProblemCode.SYNTAX, 0, 0, "", firstLine(String.valueOf(e.getMessage())));
    }
  }

  /** The value at the parser's current token, with everything inside it. */
  private Node value(JsonParser parser, String pointer) throws IOException, Fatal {
    JsonLocation at = parser.currentTokenLocation();
    int line = line(at);
    int column = column(at);
    if (++values > limits.maxValues()) {
      throw fatal(
          ProblemCode.LIMIT_VALUES,
          line,
          column,
          pointer,
          "the mapping holds more than " + limits.maxValues() + " values");
    }
    if (parser instanceof YAMLParser yaml) {
      if (yaml.isCurrentAlias()) {
        throw fatal(
            ProblemCode.YAML_ALIAS,
            line,
            column,
            pointer,
            "a YAML alias (*" + parser.getText() + "): a mapping may not use aliases");
      }
      String tag = yaml.getTypeId();
      if (tag != null) {
        problems.add(
            problem(
                ProblemCode.YAML_TAG,
                line,
                column,
                pointer,
                "a YAML tag (!" + tag + "): a mapping may not use tags"));
      }
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Node node = new Node(Kind.OBJECT, "", line, column, pointer);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          JsonLocation keyAt = parser.currentTokenLocation();
          String child = pointer + "/" + Node.escape(name);
          Node key = new Node(Kind.STRING, name, line(keyAt), column(keyAt), child);
          parser.nextToken();
          Node v = value(parser, child);
          if (node.fields.containsKey(name)) {
            problems.add(
                problem(
                    ProblemCode.DUPLICATE_KEY,
                    key.line,
                    key.column,
                    child,
                    "duplicate key '"
                        + Node.excerpt(name)
                        + "' (first at line "
                        + checkNotNull(node.keys.get(name)).line
                        + ")"));
            continue;
          }
          node.fields.put(name, v);
          node.keys.put(name, key);
        }
        return node;
      case START_ARRAY:
        Node list = new Node(Kind.ARRAY, "", line, column, pointer);
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          list.items.add(value(parser, pointer + "/" + list.items.size()));
        }
        return list;
      case VALUE_STRING:
        return new Node(Kind.STRING, parser.getText(), line, column, pointer);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node(Kind.NUMBER, parser.getText(), line, column, pointer);
      case VALUE_TRUE:
      case VALUE_FALSE:
        Node bool = new Node(Kind.BOOLEAN, parser.getText(), line, column, pointer);
        bool.truth = token == JsonToken.VALUE_TRUE;
        return bool;
      default:
        return new Node(Kind.NULL, "", line, column, pointer);
    }
  }

  private static int line(JsonLocation at) {
    return Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(0, at.getColumnNr());
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }

  private Problem problem(ProblemCode code, int line, int column, String pointer, String message) {
    return new Problem(code, Severity.ERROR, source, line, column, pointer, message);
  }

  private Fatal fatal(ProblemCode code, int line, int column, String pointer, String message) {
    problems.add(problem(code, line, column, pointer, message));
    return new Fatal();
  }
}
