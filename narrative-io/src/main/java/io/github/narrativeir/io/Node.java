package io.github.narrativeir.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a parsed document with where it was written: the common tree of JSON and YAML files,
 * read from parser events so that every value keeps its line, column and JSON Pointer.
 */
final class Node {
  enum Kind {
    OBJECT("a mapping"),
    ARRAY("a list"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  final Kind kind;
  final String text;
  final int line;
  final int column;
  final String pointer;
  final Map<String, Node> fields = new LinkedHashMap<>();
  /** Where each key of a mapping was written (same pointer as its value). */
  final Map<String, Node> keys = new LinkedHashMap<>();
  final List<Node> items = new ArrayList<>();
  /** For a boolean: its value (YAML writes it in several ways: true, yes, on, ...). */
  boolean truth;

  Node(Kind kind, String text, int line, int column, String pointer) {
    this.kind = kind;
    this.text = text;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  boolean isScalar() {
    return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }

  /** Describes the node for "expected X, found Y" messages. */
  String describe() {
    switch (kind) {
      case STRING:
        return "the string '" + text + "'";
      case NUMBER:
        return "the number " + text;
      case BOOLEAN:
        return "the boolean " + text;
      default:
        return kind.description;
    }
  }

  /** Escapes one JSON Pointer reference token (RFC 6901). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
