package io.github.narrativeir.io;

import io.github.narrativeir.model.Decimals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON, indented by two
 * spaces with one value per line, empty containers as {@code []} and <code>{}</code>, and a final
 * newline. Decimals are written plainly, exactly as they are ({@link #decimal} normalizes them
 * for results); integers as integers. The output depends only on the tree.
 */
final class JsonText {
  /** How much text is gathered before it is handed to a sink. */
  private static final int CHUNK = 64 << 10;

  private final StringBuilder out = new StringBuilder();
  private final Writer sink;

  private JsonText(Writer sink) {
    this.sink = sink;
  }

  static String write(Object tree) {
    JsonText json = new JsonText(null);
    json.value(tree, 0);
    json.out.append('\n');
    return json.out.toString();
  }

  /**
   * Writes the same text as {@link #write(Object)} to {@code sink}, a chunk at a time, so that the
   * whole text is never held in memory (lists may be computed lazily as they are written).
   */
  static void write(Object tree, Writer sink) throws IOException {
    JsonText json = new JsonText(sink);
    try {
      json.value(tree, 0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    json.out.append('\n');
    sink.write(json.out.toString());
    sink.flush();
  }

  /** Hands the gathered text to the sink once there is a chunk of it. */
  private void drain() {
    if (sink != null && out.length() >= CHUNK) {
      try {
        sink.write(out.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.setLength(0);
    }
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
      drain();
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
      drain();
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

  /**
   * The decimal as the result format writes it: no trailing zeros but at least one fractional
   * digit (1.0, 0.5, 2.25), so that equal numbers are written alike.
   */
  static BigDecimal decimal(BigDecimal value) {
    return Decimals.normalize(value);
  }
}
