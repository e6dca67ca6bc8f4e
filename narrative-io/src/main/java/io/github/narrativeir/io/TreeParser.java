package io.github.narrativeir.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses a JSON or YAML document into a located {@link Node} tree, enforcing {@link ReadLimits}.
 * Problems that make the tree unusable (syntax errors, exceeded limits) are fatal; duplicate keys
 * and YAML tags are reported and parsing goes on.
 */
final class TreeParser {
  /** At most this many nodes, counting each expansion of a YAML alias again. */
  static final int MAX_NODES = 1_000_000;

  private final ReadLimits limits;
  private final String source;
  private final List<Problem> problems;
  private final Map<String, Node> anchors = new HashMap<>();
  private int aliases;
  private long nodes;

  /** Thrown to stop parsing at a fatal problem, which has been added to the list. */
  static final class Fatal extends Exception {
    private static final long serialVersionUID = 1L;

    Fatal() {
      super(null, null, false, false);
    }
  }

  TreeParser(ReadLimits limits, String source, List<Problem> problems) {
    this.limits = limits;
    this.source = source;
    this.problems = problems;
  }

  Node parse(byte[] content, Format format) throws Fatal {
    if (content.length > limits.maxDocumentBytes()) {
      throw fatal(0, 0, "", limitMessage("the document is " + content.length + " bytes long",
          "maxDocumentBytes", limits.maxDocumentBytes(), "--max-document-bytes"));
    }
    try (JsonParser parser = factory(format).createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw fatal(1, 1, "", "the document is empty; expected a mapping with 'format: narrative-model/1'");
      }
      Node root = value(parser, "", 0);
      JsonToken next = parser.nextToken();
      if (next != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw fatal(at.getLineNr(), at.getColumnNr(), "",
            "the file holds more than one document; expected exactly one");
      }
      return root;
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation();
      throw fatal(line(at), column(at), "", "a read limit was exceeded: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw fatal(line(at), column(at), "", "syntax error: " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw fatal(0, 0, "", "cannot parse: " + e.getMessage());
    }
  }

  private JsonFactory factory(Format format) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(limits.maxStringLength() + 1)
            .maxDocumentLength(limits.maxDocumentBytes())
            .build();
    if (format == Format.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported with both locations below
    options.setMaxAliasesForCollections(Math.max(1, limits.maxAliases()));
    options.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()));
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
  }

  private Node value(JsonParser parser, String pointer, int depth) throws IOException, Fatal {
    JsonToken token = parser.currentToken();
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (++nodes > MAX_NODES) {
      throw fatal(line, column, pointer, "the document has more than " + MAX_NODES
          + " values (counting every use of a YAML alias); it is too large to be a model");
    }
    if (parser instanceof YAMLParser) {
      YAMLParser yaml = (YAMLParser) parser;
      if (yaml.isCurrentAlias()) {
        return alias(yaml, pointer, line, column);
      }
      String tag = yaml.getTypeId();
      if (tag != null) {
        problems.add(problem(line, column, pointer,
            "YAML tag '" + tag + "' is not allowed in a model file; remove it"));
      }
    }
    String anchor = parser.getObjectId() instanceof String ? (String) parser.getObjectId() : null;
    Node node;
    switch (token) {
      case START_OBJECT:
        depth(depth + 1, line, column, pointer);
        node = new Node(Node.Kind.OBJECT, "", line, column, pointer);
        if (anchor != null) {
          anchors.put(anchor, node);
        }
        Map<String, Node> keys = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonLocation keyAt = parser.currentTokenLocation();
          parser.nextToken();
          Node child = value(parser, pointer + "/" + Node.escape(name), depth + 1);
          Node previous = keys.putIfAbsent(name, child);
          if (previous != null) {
            problems.add(problem(keyAt.getLineNr(), keyAt.getColumnNr(), child.pointer,
                "duplicate key '" + name + "' (first at line " + previous.line + ")"));
          } else {
            node.fields.put(name, child);
            node.keys.put(name, new Node(Node.Kind.STRING, name, keyAt.getLineNr(),
                keyAt.getColumnNr(), child.pointer));
          }
        }
        return node;
      case START_ARRAY:
        depth(depth + 1, line, column, pointer);
        node = new Node(Node.Kind.ARRAY, "", line, column, pointer);
        if (anchor != null) {
          anchors.put(anchor, node);
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          node.items.add(value(parser, pointer + "/" + index++, depth + 1));
        }
        return node;
      case VALUE_STRING:
        String text = parser.getText();
        if (text.length() > limits.maxStringLength()) {
          throw fatal(line, column, pointer, limitMessage(
              "a string is " + text.length() + " characters long", "maxStringLength",
              limits.maxStringLength(), "--max-string-length"));
        }
        node = new Node(Node.Kind.STRING, text, line, column, pointer);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node = new Node(Node.Kind.NUMBER, parser.getText(), line, column, pointer);
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        node = new Node(Node.Kind.BOOLEAN, parser.getText(), line, column, pointer);
        node.truth = token == JsonToken.VALUE_TRUE;
        break;
      case VALUE_NULL:
        node = new Node(Node.Kind.NULL, parser.getText(), line, column, pointer);
        break;
      default:
        throw fatal(line, column, pointer, "unexpected " + token);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Node alias(YAMLParser parser, String pointer, int line, int column) throws IOException, Fatal {
    if (++aliases > limits.maxAliases()) {
      throw fatal(line, column, pointer, limitMessage(
          "the document uses " + aliases + (aliases == 1 ? " YAML alias" : " YAML aliases"),
          "maxAliases", limits.maxAliases(), "--max-aliases"));
    }
    Node target = anchors.get(parser.getText());
    if (target == null) {
      throw fatal(line, column, pointer, "YAML alias '*" + parser.getText() + "' names no anchor");
    }
    nodes += size(target);
    if (nodes > MAX_NODES) {
      throw fatal(line, column, pointer, "the document expands to more than " + MAX_NODES
          + " values through YAML aliases; it is too large to be a model");
    }
    return target;
  }

  private static long size(Node node) {
    long size = 1;
    for (Node child : node.fields.values()) {
      size += size(child);
    }
    for (Node child : node.items) {
      size += size(child);
    }
    return size;
  }

  private void depth(int depth, int line, int column, String pointer) throws Fatal {
    if (depth > limits.maxNestingDepth()) {
      throw fatal(line, column, pointer, limitMessage(
          "the document nests deeper than " + limits.maxNestingDepth() + " levels",
          "maxNestingDepth", limits.maxNestingDepth(), "--max-nesting-depth"));
    }
  }

  private static String limitMessage(String what, String limit, long value, String option) {
    return what + ", over the limit " + limit + "=" + value
        + "; raise it with ReadLimits.with" + Character.toUpperCase(limit.charAt(0))
        + limit.substring(1) + "(...) or the command-line option " + option;
  }

  private static String clean(String message) {
    return message == null ? "malformed document" : message.replace('\n', ' ').trim();
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  private Problem problem(int line, int column, String pointer, String message) {
    return new Problem(Severity.ERROR, source, line, column, pointer, message);
  }

  private Fatal fatal(int line, int column, String pointer, String message) {
    problems.add(problem(line, column, pointer, message));
    return new Fatal();
  }
}
