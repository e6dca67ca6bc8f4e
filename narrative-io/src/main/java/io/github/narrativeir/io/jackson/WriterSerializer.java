package io.github.narrativeir.io.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * Writes a value as one of the project's writers writes it. To a JSON text generator at the top
 * level, the writer's text goes out unchanged, byte for byte (two-space indentation, a final
 * newline), whatever the mapper's own settings, and a piece at a time: a result larger than a
 * string can hold is written as {@code ResultWriter} writes it. Nested in another value, the same
 * text without its final newline. To any other generator (YAML, a {@code TokenBuffer} for {@code
 * valueToTree} or {@code convertValue}) the same tree is copied event by event, numbers exactly as
 * written.
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private static final JsonFactory JSON = new JsonFactory();

  /** One of the project's writers: the JSON text of a value, to a writer. */
  @FunctionalInterface
  interface TextWriter<T> {
    void write(T value, Writer out) throws IOException;
  }

  private final transient TextWriter<T> json;

  WriterSerializer(Class<T> type, TextWriter<T> json) {
    super(type);
    this.json = json;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (gen instanceof JsonGeneratorImpl && gen.getOutputContext().inRoot()) {
      gen.writeRawValue(""); // counts the value (and writes a root separator where one is due)
      try (RawWriter raw = new RawWriter(gen)) {
        json.write(value, raw);
      }
      return;
    }
    StringWriter out = new StringWriter();
    json.write(value, out);
    String text = out.toString();
    if (gen instanceof JsonGeneratorImpl) {
      gen.writeRawValue(text, 0, text.length() - 1); // the text ends with a newline
      return;
    }
    try (JsonParser in = JSON.createParser(text)) {
      in.nextToken();
      gen.copyCurrentStructureExact(in);
    }
  }

  /**
   * Hands text to the generator as raw text, keeping back a high surrogate that ends a piece until
   * the next piece brings its low half (a generator encoding UTF-8 needs the pair in one call).
   */
  private static final class RawWriter extends Writer {
    private final JsonGenerator gen;
    private char pending;

    RawWriter(JsonGenerator gen) {
      this.gen = gen;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      if (length == 0) {
        return;
      }
      if (pending != 0) {
        gen.writeRaw(new char[] {pending, text[offset]}, 0, 2);
        pending = 0;
        offset++;
        length--;
        if (length == 0) {
          return;
        }
      }
      if (Character.isHighSurrogate(text[offset + length - 1])) {
        pending = text[offset + length - 1];
        length--;
      }
      if (length > 0) {
        gen.writeRaw(text, offset, length);
      }
    }

    @Override
    public void flush() {
      // the generator is flushed by its owner
    }

    @Override
    public void close() throws IOException {
      if (pending != 0) {
        gen.writeRaw(new char[] {pending}, 0, 1); // a lone surrogate, as the text held it
        pending = 0;
      }
    }
  }
}
