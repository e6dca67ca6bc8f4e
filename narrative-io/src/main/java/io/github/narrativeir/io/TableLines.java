package io.github.narrativeir.io;

import io.github.narrativeir.model.Severity;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of a table, strictly and in bounded memory: a line ends at LF, CRLF or a lone CR;
 * a line longer than {@link TableImport#MAX_LINE_BYTES} bytes and a line that is not valid UTF-8
 * are located errors ({@code FILE:LINE:COLUMN}), thrown at once. Memory holds one line, so a device
 * or a pipe that never ends a line (such as {@code /dev/zero}) is stopped at the limit.
 */
final class TableLines implements Closeable {
  private final InputStream in;
  private final String source;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 10];
  private int lineNumber;
  private boolean skipLineFeed;
  private @Nullable CharsetDecoder decoder;

  TableLines(InputStream in, String source) {
    this.in = in;
    this.source = source;
  }

  /** The number (from 1) of the line {@link #next()} returned last. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next line without its line break, or null at the end of the table. */
  @Nullable String next() throws IOException {
    int length = 0;
    int ascii = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      byte b = buffer[position++];
      if (skipLineFeed) {
        skipLineFeed = false;
        if (b == '\n') {
          continue;
        }
      }
      any = true;
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        skipLineFeed = true;
        break;
      }
      if (length == line.length) {
        if (length >= TableImport.MAX_LINE_BYTES) {
          throw new ModelFormatException(
              List.of(
                  new Problem(
                      ProblemCode.LIMIT_TABLE_LINE,
                      Severity.ERROR,
                      source,
                      lineNumber + 1,
                      1,
                      "",
                      "line "
                          + (lineNumber + 1)
                          + " is longer than "
                          + TableImport.MAX_LINE_BYTES
                          + " bytes, the limit for one line of a table (is this a table? quoted fields may"
                          + " not span lines)")));
        }
        line = java.util.Arrays.copyOf(line, Math.min(TableImport.MAX_LINE_BYTES, length * 2));
      }
      line[length++] = b;
      ascii |= b;
    }
    lineNumber++;
    return ascii >= 0 ? new String(line, 0, length, StandardCharsets.ISO_8859_1) : decode(length);
  }

  /** Decodes a line holding bytes above 127 as UTF-8, strictly, locating the first bad byte. */
  private String decode(int length) throws ModelFormatException {
    if (decoder == null) {
      decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    decoder.reset();
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
    CharBuffer chars = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      int at = bytes.position();
      StringBuilder found = new StringBuilder();
      for (int i = at; i < Math.min(length, at + Math.max(1, result.length())); i++) {
        found
            .append(found.length() == 0 ? "" : " ")
            .append(String.format("0x%02X", line[i] & 0xFF));
      }
      throw new ModelFormatException(
          List.of(
              new Problem(
                  ProblemCode.ENCODING,
                  Severity.ERROR,
                  source,
                  lineNumber,
                  chars.position() + 1,
                  "",
                  "expected UTF-8 text, found the byte"
                      + (result.length() > 1 ? "s " : " ")
                      + found
                      + " (byte "
                      + (at + 1)
                      + " of the line); save the table as UTF-8")));
    }
    chars.flip();
    return chars.toString();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
