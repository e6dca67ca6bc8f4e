package io.github.narrativeir.io.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed document with where it was written: the common tree of JSON and YAML files,
 * read from parser events so that every value keeps its line, column and JSON Pointer.
 */
public final class Node {
  /** What a value is. */
  public enum Kind {
    OBJECT("a mapping"),
    ARRAY("a list"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    public final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  public final Kind kind;
  public final String text;
  public final int line;
  public final int column;
  public final String pointer;

  /**
   * The fields of a mapping (empty and immutable for any other kind: a scalar carries no empty
   * collections, which keeps a node small; see {@link
   * io.github.narrativeir.io.ReadLimits#maxValues()}).
   */
  public final Map<String, Node> fields;

  /** Where each key of a mapping was written (same pointer as its value). */
  public final Map<String, Node> keys;

  /** The items of a list (empty and immutable for any other kind). */
  public final List<Node> items;

  /** For a boolean: its value (YAML writes it in several ways: true, yes, on, ...). */
  public boolean truth;

  public Node(Kind kind, String text, int line, int column, String pointer) {
    this.kind = kind;
    this.text = text;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.fields = kind == Kind.OBJECT ? new LinkedHashMap<>() : Collections.emptyMap();
    this.keys = kind == Kind.OBJECT ? new LinkedHashMap<>() : Collections.emptyMap();
    this.items = kind == Kind.ARRAY ? new ArrayList<>() : Collections.emptyList();
  }

  public boolean isScalar() {
    return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }

  /**
   * Describes the node for "expected X, found Y" messages, quoting at most {@link #EXCERPT}
   * characters of a long value (a whole file read as one string must not fill the message).
   */
  public String describe() {
    switch (kind) {
      case STRING:
        return "the string '" + excerpt(text) + "'";
      case NUMBER:
        return "the number " + excerpt(text);
      case BOOLEAN:
        return "the boolean " + text;
      default:
        return kind.description;
    }
  }

  /** The longest value quoted whole in a message. */
  public static final int EXCERPT = 60;

  /**
   * {@code text} if it is at most {@link #EXCERPT} characters long and on one line, else its start,
   * cut at a line break or at that many characters, followed by "..." and its length.
   */
  public static String excerpt(String text) {
    int end = text.length();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        end = i;
        break;
      }
    }
    if (end == text.length() && text.length() <= EXCERPT) {
      return text;
    }
    int cut = Math.min(end, EXCERPT);
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "... (" + text.length() + " characters)";
  }

  /** Escapes one JSON Pointer reference token (RFC 6901). */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
