package io.github.narrativeir.io;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON writer the library had before it wrote through Jackson's generator, kept as the oracle
 * of byte identity: a tree of maps, lists, strings, numbers, booleans and nulls as JSON, indented
 * by two spaces with one value per line, empty containers as {@code []} and <code>{}</code>, and a
 * final newline, escaping by hand. The streaming writers must give exactly these bytes.
 */
final class TreeJsonOracle {
  private final StringBuilder out = new StringBuilder();

  private TreeJsonOracle() {}

  static String write(Object tree) {
    TreeJsonOracle json = new TreeJsonOracle();
    json.value(tree, 0);
    json.out.append('\n');
    return json.out.toString();
  }

  private void value(Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String) {
      string((String) value);
    } else if (value instanceof BigDecimal) {
      out.append(((BigDecimal) value).toPlainString());
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map) {
      object((Map<?, ?>) value, depth);
    } else if (value instanceof List) {
      array((List<?>) value, depth);

    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  private void object(Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<?, ?> e = it.next();
      indent(depth + 1);
      string((String) e.getKey());
      out.append(": ");
      value(e.getValue(), depth + 1);
      out.append(it.hasNext() ? ",\n" : "\n");
    }
    indent(depth);
    out.append('}');
  }

  private void array(List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(depth + 1);
      value(list.get(i), depth + 1);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(depth);
    out.append(']');
  }

  private void indent(int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
