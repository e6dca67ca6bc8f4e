package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a document: its bytes decoded, the same way whatever they were read from (a file, a
 * pipe, standard input). Documents are Unicode: UTF-8 (with or without a byte order mark), or
 * UTF-16 or UTF-32, told by a byte order mark or, without one, by the zero bytes of the first
 * characters (as RFC 4627 tells JSON encodings apart). Decoding is strict: a malformed byte
 * sequence is reported at its line and column.
 *
 * <p>Lines and columns are counted the same way for every message: a line ends at LF, CR or CR LF;
 * a column counts characters (Unicode code points) from 1, a tab counting as one, so that they
 * match what an editor shows for the decoded text, not the bytes.
 */
final class DocumentText {
  /** A malformed byte sequence, located. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Malformed(int line, int column, String message) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
    }

    @Override
    public String getMessage() {
      return checkNotNull(super.getMessage()); // always given
    }
  }

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private DocumentText() {}

  /** The encoding of {@code content}, and how many bytes its byte order mark takes. */
  record Encoding(Charset charset, int bom) {}

  static Encoding encoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return new Encoding(UTF_32BE, 4);
    }
    if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return new Encoding(UTF_32LE, 4);
    }
    if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 4) {
      boolean z0 = b[0] == 0;
      boolean z1 = b[1] == 0;
      boolean z2 = b[2] == 0;
      boolean z3 = b[3] == 0;
      if (z0 && z1 && z2 && !z3) {
        return new Encoding(UTF_32BE, 0);
      }
      if (!z0 && z1 && z2 && z3) {
        return new Encoding(UTF_32LE, 0);
      }
      if (z0 && !z1 && z2 && !z3) {
        return new Encoding(StandardCharsets.UTF_16BE, 0);
      }
      if (!z0 && z1 && !z2 && z3) {
        return new Encoding(StandardCharsets.UTF_16LE, 0);
      }
    }
    return new Encoding(StandardCharsets.UTF_8, 0);
  }

  /**
   * The decoded text of {@code content}, without its byte order mark.
   *
   * @throws Malformed at the first malformed or unmappable byte sequence
   */
  static String decode(byte[] content) throws Malformed {
    Encoding encoding = encoding(content);
    CharsetDecoder decoder =
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, encoding.bom(), content.length - encoding.bom());
    CharBuffer out =
        CharBuffer.allocate(
            (int)
                Math.min(
                    Integer.MAX_VALUE - 8,
                    (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      StringBuilder bytes = new StringBuilder();
      for (int i = 0; i < Math.max(1, result.length()) && at + i < content.length; i++) {
        bytes.append(i == 0 ? "" : " ").append(String.format("0x%02X", content[at + i] & 0xFF));
      }
      out.flip();
      int[] where = position(out, out.limit(), false);
      throw new Malformed(
          where[0],
          where[1],
          "the document is not valid "
              + encoding.charset().name()
              + ": "
              + (result.isMalformed() ? "malformed" : "unmappable")
              + (result.length() > 1 ? " bytes " : " byte ")
              + bytes
              + " at byte offset "
              + at
              + "; model files are Unicode text (UTF-8, UTF-16 or UTF-32)");
    }
    out.flip();
    return out.toString();
  }

  /**
   * The line and column (from 1, column in code points) of the character at {@code end} of {@code
   * text}; with {@code yaml}, NEL, LS and PS end lines too (as YAML 1.1 reads them).
   */
  static int[] position(CharSequence text, int end, boolean yaml) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))
          || (yaml && (c == '\u0085' || c == '\u2028' || c == '\u2029'))) {
        line++;
        column = 1;
      } else if (c == '\r'
          || Character.isLowSurrogate(c)
              && i > 0
              && Character.isHighSurrogate(text.charAt(i - 1))) {
        continue; // CR of CR LF, second half of a pair
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
