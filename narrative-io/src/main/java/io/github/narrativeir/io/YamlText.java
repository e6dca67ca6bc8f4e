package io.github.narrativeir.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as block-style YAML with Jackson's
 * generator, quoting only the strings that would otherwise read back as something else.
 */
final class YamlText {
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  /**
   * Every string double-quoted, with escapes: for the rare document with a NEL (U+0085) in a
   * string. YAML counts NEL as a line break, and SnakeYAML writes it raw in plain, single-quoted
   * and literal scalars, where reading folds it to a space or turns it into a newline.
   */
  private static final YAMLFactory QUOTING_FACTORY =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private static final char NEL = '\u0085';

  private YamlText() {}

  static String write(Object tree) {
    StringWriter out = new StringWriter();
    YAMLFactory factory = hasNel(tree) ? QUOTING_FACTORY : FACTORY;
    try (JsonGenerator g = factory.createGenerator(out)) {
      value(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static boolean hasNel(Object value) {
    if (value instanceof String) {
      return ((String) value).indexOf(NEL) >= 0;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (hasNel(e.getKey()) || hasNel(e.getValue())) {
          return true;
        }
      }
    }
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (hasNel(item)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof BigDecimal) {
      g.writeNumber(((BigDecimal) value).toPlainString());
    } else if (value instanceof Integer) {
      g.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      g.writeNumber((Long) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else if (value instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeFieldName((String) e.getKey());
        value(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object item : (List<?>) value) {
        value(g, item);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as YAML");
    }
  }
}
