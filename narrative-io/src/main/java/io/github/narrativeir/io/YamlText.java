package io.github.narrativeir.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  /**
   * Every string double-quoted, with escapes: for documents with a string that Jackson's minimal
   * quoting could get wrong. Jackson 2 offers no per-string choice, so one such string quotes them
   * all. Two known failures: a NEL (U+0085), which YAML counts as a line break and SnakeYAML writes
   * raw, and strings such as {@code -%: |}, written plain although they hold ": ".
   */
  private static final YAMLFactory QUOTING_FACTORY =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  /**
   * Strings that minimal quoting writes correctly: they start with a letter or digit, hold only
   * letters, digits, spaces and harmless punctuation (no '#', and ':' only before a letter or
   * digit, as in {@code did:PK:transit:US}), and do not end with a space. Anything else, however
   * rare, makes the whole document use double quotes.
   */
  private static final java.util.regex.Pattern TRUSTED =
      java.util.regex.Pattern.compile(
          "[\\p{L}\\p{N}](?:[\\p{L}\\p{N} .,;()/&+_'\u2019\u2013\u2014-]|:(?=[\\p{L}\\p{N}]))*(?<! )");

  private YamlText() {}

  static String write(Object tree) {
    StringWriter out = new StringWriter();
    try {
      write(tree, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes the text of {@link #write(Object)} to {@code out}; flushes it, does not close it. */
  static void write(Object tree, Writer out) throws IOException {
    try (JsonGenerator g = factory(tree).createGenerator(out)) {
      value(g, tree);
      g.flush();
    }
  }

  /** Writes the text of {@link #write(Object)} to {@code out} in UTF-8; flushes, does not close. */
  static void write(Object tree, OutputStream out) throws IOException {
    try (JsonGenerator g = factory(tree).createGenerator(out, JsonEncoding.UTF8)) {
      value(g, tree);
      g.flush();
    }
  }

  /** The factory for {@code tree}: minimal quoting unless one of its strings needs quotes. */
  private static YAMLFactory factory(Object tree) {
    return allTrusted(tree) ? FACTORY : QUOTING_FACTORY;
  }

  private static boolean allTrusted(Object value) {
    if (value instanceof String) {
      return TRUSTED.matcher((String) value).matches();
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!allTrusted(e.getKey()) || !allTrusted(e.getValue())) {
          return false;
        }
      }
    }
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (!allTrusted(item)) {
          return false;
        }
      }
    }
    return true;
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
