package io.github.narrativeir.io.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as one of the project's writers writes it. To a JSON text generator at the top
 * level, the writer's text goes out unchanged, byte for byte (two-space indentation, a final
 * newline), whatever the mapper's own settings; nested in another value, the same text without
 * its final newline. To any other generator (YAML, a {@code TokenBuffer} for {@code valueToTree}
 * or {@code convertValue}) the same tree is copied event by event, numbers exactly as written.
 */
final class WriterSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private static final JsonFactory JSON = new JsonFactory();

  private final transient Function<T, String> json;

  WriterSerializer(Class<T> type, Function<T, String> json) {
    super(type);
    this.json = json;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    String text = json.apply(value);
    if (gen instanceof JsonGeneratorImpl) {
      if (gen.getOutputContext().inRoot()) {
        gen.writeRawValue(text);
      } else {
        gen.writeRawValue(text, 0, text.length() - 1); // the text ends with a newline
      }
      return;
    }
    try (JsonParser in = JSON.createParser(text)) {
      in.nextToken();
      gen.copyCurrentStructureExact(in);
    }
  }
}
