package io.github.narrativeir.io.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a value through the located reader ({@link ModelReader}). When the value is the first of
 * the document and the parser was made from text the module can read again (a {@code String},
 * {@code byte[]}, {@code char[]}, {@code File} or {@code Path}), that text is read, so that every
 * problem is located exactly as {@code ModelReader} locates it. Otherwise the value is
 * re-serialised in the parser's format and that text is read.
 *
 * <p>In every case the value is first consumed from the caller's parser, so that the caller's
 * {@link StreamReadConstraints} apply as they would to any value, with Jackson's own messages;
 * their string, name and document lengths are also checked explicitly, since Jackson does not check
 * all of them on every kind of input. The reader's {@link io.github.narrativeir.io.ReadLimits} then
 * apply on top.
 */
final class LocatedDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Reads {@code T} from a file or from bytes. */
  interface Read<T> {
    T file(ModelReader reader, Path file) throws IOException;

    T bytes(ModelReader reader, String source, byte[] content, Format format) throws IOException;

    /** The same reading, its value passed through {@code then}. */
    default <U> Read<U> then(Function<? super T, ? extends U> then) {
      Read<T> first = this;
      return new Read<>() {
        @Override
        public U file(ModelReader reader, Path file) throws IOException {
          return then.apply(first.file(reader, file));
        }

        @Override
        public U bytes(ModelReader reader, String source, byte[] content, Format format)
            throws IOException {
          return then.apply(first.bytes(reader, source, content, format));
        }
      };
    }
  }

  /** The source name of a document read from memory. */
  static final String IN_MEMORY = "<input>";

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  private final transient ModelReader reader;
  private final transient Read<T> read;

  LocatedDeserializer(Class<T> type, ModelReader reader, Read<T> read) {
    super(type);
    this.reader = reader;
    this.read = read;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Format format = p instanceof YAMLParser ? Format.YAML : Format.JSON;
    StreamReadConstraints constraints = p.streamReadConstraints();
    Object raw = firstOfDocument(p) ? rawContent(p) : null;
    TokenBuffer value = copy(p, ctxt, constraints);
    ContentReference content = p.currentLocation().contentReference();
    if (raw != null) {
      try {
        return fromRaw(raw, format, constraints);
      } catch (ModelFormatException e) {
        // A stream of several documents (MappingIterator, YAML '---'): this value is one of them.
        if (e.problems().stream().noneMatch(x -> x.code() == ProblemCode.MULTIPLE_DOCUMENTS)) {
          throw new NarrativeFormatException(p, e, content, false);
        }
      }
    }
    try {
      return read.bytes(
          reader, "<value re-serialised as " + format + ">", reserialise(value, format), format);
    } catch (ModelFormatException e) {
      throw new NarrativeFormatException(p, e, ContentReference.unknown(), true);
    }
  }

  private T fromRaw(Object raw, Format format, StreamReadConstraints constraints)
      throws IOException {
    if (raw instanceof Path) {
      Path file = (Path) raw;
      constraints.validateDocumentLength(Files.size(file));
      return read.file(reader, file);
    }
    byte[] bytes = (byte[]) raw;
    return read.bytes(reader, IN_MEMORY, bytes, format);
  }

  /**
   * True when the parser stands at the first value of its document: the case of {@code
   * readValue(content, type)}, where the whole document is the value.
   */
  private static boolean firstOfDocument(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    if (p.isExpectedStartObjectToken() || p.isExpectedStartArrayToken()) {
      context = context.getParent();
    }
    return context != null && context.inRoot() && context.getCurrentIndex() == 0;
  }

  /**
   * The text the parser reads, as a file or as bytes; null when it cannot be read again (a stream,
   * a reader, a URL, a tree). Jackson records it in the parser's I/O context; it is reachable
   * through the location only when {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION} is enabled,
   * so the context itself is asked, by reflection, when it is not.
   */
  private static @Nullable Object rawContent(JsonParser p) throws IOException {
    ContentReference reference = p.currentLocation().contentReference();
    Object raw = reference == null ? null : reference.getRawContent();
    if (raw == null) {
      reference = ioContextReference(p);
      raw = reference == null ? null : reference.getRawContent();
    }
    if (reference == null) {
      return null; // and raw is null
    }
    if (raw instanceof File) {
      return ((File) raw).toPath();
    }
    if (raw instanceof Path) {
      return raw;
    }
    if (raw instanceof String) {
      String text = (String) raw;
      p.streamReadConstraints().validateDocumentLength(text.length());
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (raw instanceof char[]) {
      char[] chars = (char[]) raw;
      int[] range = range(reference, chars.length);
      p.streamReadConstraints().validateDocumentLength(range[1]);
      return new String(chars, range[0], range[1]).getBytes(StandardCharsets.UTF_8);
    }
    if (raw instanceof byte[]) {
      byte[] bytes = (byte[]) raw;
      int[] range = range(reference, bytes.length);
      p.streamReadConstraints().validateDocumentLength(range[1]);
      return Arrays.copyOfRange(bytes, range[0], range[0] + range[1]);
    }
    return null;
  }

  /** The offset and length of the content a reference names within {@code length} units. */
  private static int[] range(ContentReference reference, int length) {
    int offset = Math.max(0, reference.contentOffset());
    int count = reference.contentLength() < 0 ? length - offset : reference.contentLength();
    return new int[] {offset, Math.min(count, length - offset)};
  }

  private static final @Nullable Field IO_CONTEXT = ioContextField();

  private static @Nullable Field ioContextField() {
    try {
      Field field = com.fasterxml.jackson.core.base.ParserBase.class.getDeclaredField("_ioContext");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // a named jackson-core module that does not open it: re-serialise instead
    }
  }

  private static @Nullable ContentReference ioContextReference(JsonParser p) {
    if (IO_CONTEXT == null || !(p instanceof com.fasterxml.jackson.core.base.ParserBase)) {
      return null;
    }
    try {
      IOContext context = (IOContext) IO_CONTEXT.get(p);
      return context == null ? null : context.contentReference();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Consumes the current value from {@code p} into a buffer, checking the caller's string and name
   * lengths on the way (nesting and document length are checked by the parser itself).
   */
  private static TokenBuffer copy(
      JsonParser p, DeserializationContext ctxt, StreamReadConstraints constraints)
      throws IOException {
    TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
    int depth = 0;
    JsonToken token = p.currentToken();
    while (token != null) {
      if (token == JsonToken.FIELD_NAME) {
        constraints.validateNameLength(p.currentName().length());
      } else if (token == JsonToken.VALUE_STRING) {
        constraints.validateStringLength(p.getTextLength());
      }
      buffer.copyCurrentEvent(p);
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        break;
      }
      token = p.nextToken();
    }
    return buffer;
  }

  /** The buffered value written as text in {@code format}, one value per line. */
  private static byte[] reserialise(TokenBuffer value, Format format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser in = value.asParser();
        JsonGenerator g = (format == Format.YAML ? YAML : JSON).createGenerator(out)) {
      if (format == Format.JSON) {
        g.useDefaultPrettyPrinter();
      }
      in.nextToken();
      g.copyCurrentStructure(in);
    }
    return out.toByteArray();
  }
}
