package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

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
import io.github.narrativeir.io.internal.MappingFiles;
import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a JSON or YAML document into a located {@link Node} tree, enforcing {@link ReadLimits}.
 * Problems that make the tree unusable (syntax errors, exceeded limits) are fatal; duplicate keys
 * and YAML tags are reported and parsing goes on.
 */
final class TreeParser {
  private static final String YAML_TAGS = "tag:yaml.org,2002:";

  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  private final ReadLimits limits;
  private final String source;
  private final List<Problem> problems;
  private final Map<String, Node> anchors = new HashMap<>();
  private int aliases;
  private long nodes;

  /** The text being parsed, and whether it holds characters beyond the BMP (two chars each). */
  private String text = "";

  private boolean astral;

  /** YAML positions are in code points already. */
  private boolean yamlLocation;

  /** The last JSON position converted from UTF-16 units to code points (see {@link #column}). */
  private long cachedOffset = -1;

  private int cachedColumn;

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
      throw fatal(
          ProblemCode.LIMIT_DOCUMENT_BYTES,
          0,
          0,
          "",
          limitMessage(
              "the document is " + content.length + " bytes long",
              "maxDocumentBytes",
              limits.maxDocumentBytes()));
    }
    String text;
    try {
      text = DocumentText.decode(content);
    } catch (DocumentText.Malformed e) {
      throw fatal(ProblemCode.ENCODING, e.line, e.column, "", e.getMessage());
    }
    return parse(text, format);
  }

  /** Parses decoded text (see {@link DocumentText} for how lines and columns are counted). */
  Node parse(String text, Format format) throws Fatal {
    this.text = text;
    this.yamlLocation = format == Format.YAML;
    scan(text, format);
    try (JsonParser parser = factory(format).createParser(text)) {
      try {
        return document(parser);
      } catch (StreamConstraintsException e) {
        // Jackson's own guards (set just above ours) stop a huge string or a deep nesting before
        // it is read whole; report them as the limit they stand for, where the parser stands.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw constraint(e, line(at), column(at));
      }
    } catch (JsonProcessingException e) {
      Optional<MarkedYAMLException> yaml = yamlCause(e);
      if (yaml.isPresent()) {
        Mark mark = yaml.get().getProblemMark();
        throw fatal(
            ProblemCode.SYNTAX,
            mark == null ? line(e.getLocation()) : mark.getLine() + 1,
            mark == null ? column(e.getLocation()) : mark.getColumn() + 1,
            "",
            "syntax error: " + yamlMessage(yaml.get()));
      }
      JsonLocation at = e.getLocation();
      throw fatal(
          ProblemCode.SYNTAX,
          line(at),
          column(at),
          "",
          "syntax error: " + clean(e.getOriginalMessage()));
    } catch (IOException e) {
      throw fatal(ProblemCode.SYNTAX, 0, 0, "", "cannot parse: " + e.getMessage());
    }
  }

  private Node document(JsonParser parser) throws IOException, Fatal {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw fatal(
          ProblemCode.EMPTY_DOCUMENT,
          1,
          1,
          "",
          "the document is empty; expected a mapping with 'format: narrative-model/1'");
    }
    Node root = value(parser, "", 0);
    JsonToken next = parser.nextToken();
    if (next != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw fatal(
          ProblemCode.MULTIPLE_DOCUMENTS,
          line(at),
          column(at),
          "",
          "the file holds more than one document; expected exactly one");
    }
    return root;
  }

  /**
   * The problem for one of Jackson's constraints, which are set from {@link ReadLimits}, as the
   * limit it stands for; Jackson tells them apart only by the start of their messages.
   */
  private Fatal constraint(StreamConstraintsException e, int line, int column) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("String value length") || message.startsWith("Name length")) {
      return fatal(
          ProblemCode.LIMIT_STRING_LENGTH,
          line,
          column,
          "",
          limitMessage(
              "a string is longer than " + limits.maxStringLength() + " characters",
              "maxStringLength",
              limits.maxStringLength()));
    }
    if (message.startsWith("Document nesting depth")) {
      return fatal(
          ProblemCode.LIMIT_NESTING_DEPTH,
          line,
          column,
          "",
          limitMessage(
              "the document nests deeper than " + limits.maxNestingDepth() + " levels",
              "maxNestingDepth",
              limits.maxNestingDepth()));
    }
    if (message.startsWith("Document length")) {
      return fatal(
          ProblemCode.LIMIT_DOCUMENT_BYTES,
          line,
          column,
          "",
          limitMessage(
              "the document is longer than " + limits.maxDocumentBytes() + " bytes",
              "maxDocumentBytes",
              limits.maxDocumentBytes()));
    }
    return fatal(
        ProblemCode.LIMIT_PARSER, line, column, "", "a read limit was exceeded: " + clean(message));
  }

  private static Optional<MarkedYAMLException> yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException) {
        return Optional.of((MarkedYAMLException) t);
      }
    }
    return Optional.empty();
  }

  /**
   * SnakeYAML's message on one line, without its snippets: {@code expected ',' or ']', but got
   * <scalar> (while parsing a flow sequence that starts at line 2, column 9)}.
   */
  private static String yamlMessage(MarkedYAMLException e) {
    StringBuilder sb = new StringBuilder(clean(e.getProblem()));
    if (e.getContext() != null) {
      sb.append(" (").append(clean(e.getContext()));
      Mark mark = e.getContextMark();
      if (mark != null) {
        sb.append(" that starts at line ")
            .append(mark.getLine() + 1)
            .append(", column ")
            .append(mark.getColumn() + 1);
      }
      sb.append(')');
    }
    return sb.toString();
  }

  /**
   * Checks the decoded text before parsing it, locating each problem by line and column the way
   * every message counts them ({@link DocumentText}): a control character (other than tab, line
   * feed and carriage return; in YAML also DEL, the C1 controls but NEL, and U+FFFE and U+FFFF) is
   * rejected where it stands. A YAML document with a run of characters without white space longer
   * than {@link ReadLimits#maxStringLength()}, or a line longer than 16 times that, is rejected
   * before parsing: the YAML scanner takes time that grows faster than linearly with such a run,
   * and seconds on such a line, so they must fail fast.
   */
  private void scan(String text, Format format) throws Fatal {
    boolean yaml = format == Format.YAML;
    long maxRun = (long) limits.maxStringLength() + 16; // slack for quotes and flow punctuation
    long maxLine = 16L * limits.maxStringLength();
    long run = 0;
    int line = 1;
    long column = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || (yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029'))) {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        column = 0;
        run = 0;
        continue;
      }
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        astral = true;
        continue; // the second half of one character
      }
      column++;
      if ((c < 0x20 && c != '\t')
          || (yaml && ((c >= 0x7F && c <= 0x9F && c != 0x85) || c == '\uFFFE' || c == '\uFFFF'))) {
        throw fatal(
            ProblemCode.CONTROL_CHARACTER,
            line,
            (int) column,
            "",
            String.format(
                "control character U+%04X is not allowed in a model file (it is text)", (int) c));
      }
      if (!yaml) {
        continue;
      }
      run = c == ' ' || c == '\t' ? 0 : run + 1;
      if (run > maxRun) {
        throw fatal(
            ProblemCode.LIMIT_STRING_LENGTH,
            line,
            (int) (column - run + 1),
            "",
            limitMessage(
                "a value runs for more than "
                    + limits.maxStringLength()
                    + " characters without a space",
                "maxStringLength",
                limits.maxStringLength()));
      }
      // a line this long can only hold a string over the limit; scanning it would take seconds
      if (column > maxLine) {
        throw fatal(
            ProblemCode.LIMIT_STRING_LENGTH,
            line,
            1,
            "",
            limitMessage(
                "line "
                    + line
                    + " is longer than "
                    + maxLine
                    + " characters (16 times maxStringLength)",
                "maxStringLength",
                limits.maxStringLength()));
      }
    }
  }

  /** {@code n + 1}, or {@code n} where that would overflow. */
  private static int saturatedIncrement(int n) {
    return n == Integer.MAX_VALUE ? n : n + 1;
  }

  private JsonFactory factory(Format format) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(saturatedIncrement(limits.maxStringLength()))
            .maxNameLength(saturatedIncrement(limits.maxStringLength()))
            // the text is decoded: its length in characters is at most its length in bytes
            .maxDocumentLength(limits.maxDocumentBytes())
            .build();
    if (format == Format.JSON) {
      // No source snippets in messages: problems are located by line and column already.
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
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
    int line = line(at);
    int column = column(at);
    if (++nodes > limits.maxValues()) {
      throw fatal(
          ProblemCode.LIMIT_VALUES,
          line,
          column,
          pointer,
          limitMessage(
              "the document has more than "
                  + limits.maxValues()
                  + " values (counting every use of a YAML alias)",
              "maxValues",
              limits.maxValues()));
    }
    if (parser instanceof YAMLParser) {
      YAMLParser yaml = (YAMLParser) parser;
      if (yaml.isCurrentAlias()) {
        return alias(yaml, pointer, line, column);
      }
      String tag = yaml.getTypeId();
      if (tag != null) {
        problems.add(
            problem(
                ProblemCode.YAML_TAG,
                line,
                column,
                pointer,
                "YAML tag '" + tagAsWritten(tag) + "' is not allowed in a model file; remove it"));
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
          // The key's own pointer: the value of a YAML alias is the anchored node, which keeps
          // the pointer of where it was first written.
          String childPointer = pointer + "/" + Node.escape(name);
          string(name, line(keyAt), column(keyAt), childPointer);
          parser.nextToken();
          Node child = value(parser, childPointer, depth + 1);
          Node previous = keys.putIfAbsent(name, child);
          if (previous != null) {
            problems.add(
                problem(
                    ProblemCode.DUPLICATE_KEY,
                    line(keyAt),
                    column(keyAt),
                    childPointer,
                    "duplicate key '"
                        + name
                        + "' (first at line "
                        + checkNotNull(node.keys.get(name)).line
                        + ")"));
          } else {
            node.fields.put(name, child);
            node.keys.put(
                name, new Node(Node.Kind.STRING, name, line(keyAt), column(keyAt), childPointer));
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
        string(text, line, column, pointer);
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
        throw fatal(ProblemCode.SYNTAX, line, column, pointer, "unexpected " + token);
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private void string(String text, int line, int column, String pointer) throws Fatal {
    if (text.length() > limits.maxStringLength()) {
      throw fatal(
          ProblemCode.LIMIT_STRING_LENGTH,
          line,
          column,
          pointer,
          limitMessage(
              "a string is " + text.length() + " characters long",
              "maxStringLength",
              limits.maxStringLength()));
    }
  }

  /** A tag as it is written: {@code !!python/object}, {@code !local}, {@code !<tag:x,2000:y>}. */
  static String tagAsWritten(String tag) {
    if (tag.startsWith(YAML_TAGS)) {
      return "!!" + tag.substring(YAML_TAGS.length());
    }
    if (tag.startsWith("!")) {
      return tag;
    }
    return tag.contains(":") ? "!<" + tag + ">" : "!" + tag;
  }

  private Node alias(YAMLParser parser, String pointer, int line, int column)
      throws IOException, Fatal {
    if (++aliases > limits.maxAliases()) {
      throw fatal(
          ProblemCode.LIMIT_ALIASES,
          line,
          column,
          pointer,
          limitMessage(
              "the document uses " + aliases + (aliases == 1 ? " YAML alias" : " YAML aliases"),
              "maxAliases",
              limits.maxAliases()));
    }
    Node target = anchors.get(parser.getText());
    if (target == null) {
      // Jackson 2 does not expose the anchor of a single value (&a text), only of mappings and
      // lists, so an alias of one cannot be resolved: say so rather than claim there is none.
      throw fatal(
          ProblemCode.YAML_ALIAS,
          line,
          column,
          pointer,
          "YAML alias '*"
              + parser.getText()
              + "' names no anchored"
              + " mapping or list before it (anchors on single values are not supported)");
    }
    nodes += size(target);
    if (nodes > limits.maxValues()) {
      throw fatal(
          ProblemCode.LIMIT_VALUES,
          line,
          column,
          pointer,
          limitMessage(
              "the document expands to more than "
                  + limits.maxValues()
                  + " values through YAML aliases",
              "maxValues",
              limits.maxValues()));
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
      throw fatal(
          ProblemCode.LIMIT_NESTING_DEPTH,
          line,
          column,
          pointer,
          limitMessage(
              "the document nests deeper than " + limits.maxNestingDepth() + " levels",
              "maxNestingDepth",
              limits.maxNestingDepth()));
    }
  }

  /**
   * What was found, the limit, and the {@link ReadLimits} setting that raises it; a program that
   * offers the setting its own way adds that by the problem's code.
   */
  static String limitMessage(String what, String limit, long value) {
    return MappingFiles.limitMessage(what, limit, value);
  }

  /** One line, with Jackson's "[Source: ...; line: 1, column: 1]" as "line 1, column 1". */
  private static String clean(String message) {
    if (message == null) {
      return "malformed document";
    }
    return SOURCE_LOCATION
        .matcher(message.replace('\n', ' ').trim())
        .replaceAll("line $1, column $2");
  }

  private static int line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  /**
   * The column of {@code at} in code points. Jackson counts the columns of JSON in UTF-16 units,
   * two for a character beyond the BMP; when the text has such characters, the column is counted
   * again from the start of the line (incrementally along a line, so that a long line stays
   * linear). SnakeYAML counts YAML columns in code points already.
   */
  private int column(JsonLocation at) {
    if (at == null) {
      return 0;
    }
    int column = Math.max(0, at.getColumnNr());
    long offset = at.getCharOffset();
    if (!astral || column == 0 || offset < 0 || offset > text.length() || yamlLocation) {
      return column;
    }
    long lineStart = offset - (column - 1);
    if (lineStart < 0) {
      return column;
    }
    int counted;
    if (cachedOffset >= lineStart && cachedOffset <= offset) {
      counted = cachedColumn + text.codePointCount((int) cachedOffset, (int) offset);
    } else {
      counted = 1 + text.codePointCount((int) lineStart, (int) offset);
    }
    cachedOffset = offset;
    cachedColumn = counted;
    return counted;
  }

  private Problem problem(ProblemCode code, int line, int column, String pointer, String message) {
    return new Problem(code, Severity.ERROR, source, line, column, pointer, message);
  }

  private Fatal fatal(ProblemCode code, int line, int column, String pointer, String message) {
    problems.add(problem(code, line, column, pointer, message));
    return new Fatal();
  }
}
