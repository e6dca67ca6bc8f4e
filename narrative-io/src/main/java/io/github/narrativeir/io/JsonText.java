package io.github.narrativeir.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.narrativeir.internal.Decimals;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON through Jackson's
 * generator, straight to the stream or writer given: indented by two spaces with one value per
 * line, {@code ": "} between a key and its value, empty containers as {@code []} and <code>{}
 * </code>, and a final newline. Decimals are written plainly, exactly as they are ({@link #decimal}
 * normalizes them for results); integers as integers. Strings escape {@code "}, {@code \}, the
 * control characters ({@code \b \t \n \f \r} by name, the others as lower-case <code>&#92;u00xx
 * </code>) and the line and paragraph separators U+2028 and U+2029; everything else is written as
 * it is, in UTF-8 when the target is a stream. The output depends only on the tree.
 *
 * <p>Any value may be given as {@link Written}, which writes itself to the generator: the large
 * parts of a result are written that way, as they are made, so that a result is never held whole.
 */
final class JsonText {
  /**
   * A value that writes itself to the generator, key names and nesting included: for the large
   * parts of a result (every episode, every prediction), written without building maps for them.
   */
  @FunctionalInterface
  interface Written {
    /** Writes the whole value to {@code g}. */
    void writeTo(JsonGenerator g) throws IOException;
  }

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .characterEscapes(new LineSeparators())
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // a failed write must not be followed by closing brackets that look like a whole text
          .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
          .build();

  private JsonText() {}

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
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(tree, g);
    }
  }

  /** Writes the text of {@link #write(Object)} to {@code out} in UTF-8; flushes, does not close. */
  static void write(Object tree, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(tree, g);
    }
  }

  private static void write(Object tree, JsonGenerator g) throws IOException {
    g.setPrettyPrinter(new Indentation());
    try {
      value(g, tree);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    g.writeRaw('\n');
    g.flush();
  }

  private static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof String) {
      g.writeString((String) value);
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
    } else if (value instanceof Written) {
      ((Written) value).writeTo(g);
    } else if (value == null) {
      g.writeNull();
    } else if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof Integer) {
      g.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      g.writeNumber((Long) value);
    } else if (value instanceof Boolean) {
      g.writeBoolean((Boolean) value);
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  /**
   * The decimal as the result format writes it: no trailing zeros but at least one fractional digit
   * (1.0, 0.5, 2.25), so that equal numbers are written alike.
   */
  static BigDecimal decimal(BigDecimal value) {
    return Decimals.normalize(value);
  }

  /**
   * One value per line, two spaces a level, {@code ": "} after a key, and nothing between the
   * brackets of an empty container. One instance a generator: it counts the nesting.
   */
  private static final class Indentation implements PrettyPrinter {
    private static final int KEPT = 24;
    private static final SerializableString[] NEWLINES = new SerializableString[KEPT];
    private static final SerializableString[] COMMA_NEWLINES = new SerializableString[KEPT];
    private static final SerializableString KEY_SEPARATOR = new SerializedString(": ");

    static {
      for (int depth = 0; depth < KEPT; depth++) {
        NEWLINES[depth] = new SerializedString("\n" + "  ".repeat(depth));
        COMMA_NEWLINES[depth] = new SerializedString(",\n" + "  ".repeat(depth));
      }
    }

    private int depth;

    private static SerializableString newline(int depth) {
      return depth < KEPT ? NEWLINES[depth] : new SerializedString("\n" + "  ".repeat(depth));
    }

    private static SerializableString commaNewline(int depth) {
      return depth < KEPT
          ? COMMA_NEWLINES[depth]
          : new SerializedString(",\n" + "  ".repeat(depth));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      // one root value a text
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
      depth++;
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      depth--;
      if (entries > 0) {
        g.writeRaw(newline(depth));
      }
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(commaNewline(depth));
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(KEY_SEPARATOR);
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
      depth++;
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      depth--;
      if (values > 0) {
        g.writeRaw(newline(depth));
      }
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(commaNewline(depth));
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw(newline(depth));
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
      g.writeRaw(newline(depth));
    }
  }

  /**
   * Jackson's standard escapes, plus U+2028 and U+2029, which JSON allows raw but JavaScript source
   * before ES2019 does not, written as <code>&#92;u2028</code> and <code>&#92;u2029</code>.
   */
  private static final class LineSeparators extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 ? LINE : ch == 0x2029 ? PARAGRAPH : null;
    }
  }
}
