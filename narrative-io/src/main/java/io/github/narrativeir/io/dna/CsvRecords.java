package io.github.narrativeir.io.dna;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.model.Severity;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of a semicolon-separated UTF-8 file as DNA exports statements: fields separated by
 * {@code ;}, a field in double quotes may hold {@code ;} and line breaks (and {@code ""} for a
 * quote), a record ends at a line break outside quotes. Read one record at a time, each at most
 * {@link #MAX_RECORD_CHARS} characters, so that memory does not grow with the file. Each field
 * keeps the line and column (in characters, from 1) where it begins.
 */
final class CsvRecords implements Closeable {
  /** The longest record, in characters (4 Mi): a longer one is an error, located. */
  static final int MAX_RECORD_CHARS = 4 << 20;

  /** One record: its fields, and where each begins. */
  record Record(List<String> fields, int[] lines, int[] columns) {
    int line() {
      return lines[0];
    }
  }

  private final PushbackReader in;
  private final String source;
  private int line = 1;
  private int column;
  private boolean first = true;

  CsvRecords(InputStream stream, String source) {
    this.in =
        new PushbackReader(
            new BufferedReader(
                new InputStreamReader(
                    stream,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16),
            1);
    this.source = source;
  }

  /**
   * The next record that is not blank, or null at the end of the file.
   *
   * @throws ModelFormatException if a quoted field is not closed before the end of the file, a
   *     record is longer than {@link #MAX_RECORD_CHARS}, or the bytes are not UTF-8 (located)
   */
  @Nullable Record next() throws IOException {
    while (true) {
      Record r = record();
      if (r == null) {
        return null;
      }
      if (r.fields().size() > 1 || !r.fields().get(0).isBlank()) {
        return r;
      }
    }
  }

  private @Nullable Record record() throws IOException {
    List<String> fields = new ArrayList<>();
    List<int[]> at = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int fieldLine = line;
    int fieldColumn = column + 1;
    int quoteLine = 0;
    int quoteColumn = 0;
    boolean quoted = false;
    boolean any = false;
    long chars = 0;
    while (true) {
      int c = read();
      if (c < 0) {
        if (quoted) {
          throw problem(
              ProblemCode.SYNTAX,
              quoteLine,
              quoteColumn,
              "expected a closing quote (\") for the field opened here, found the end of the file");
        }
        if (!any) {
          return null;
        }
        fields.add(field.toString());
        at.add(new int[] {fieldLine, fieldColumn});
        return record(fields, at);
      }
      any = true;
      if (++chars > MAX_RECORD_CHARS) {
        throw problem(
            ProblemCode.LIMIT_TABLE_LINE,
            at.isEmpty() ? fieldLine : at.get(0)[0],
            0,
            "a record longer than "
                + MAX_RECORD_CHARS
                + " characters: DNA's statement export holds one statement per record");
      }
      if (quoted) {
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            unread(d);
            quoted = false;
          }
        } else {
          field.append((char) c);
        }
        continue;
      }
      if (c == '"' && field.length() == 0) {
        quoted = true;
        quoteLine = line;
        quoteColumn = column;
      } else if (c == ';') {
        fields.add(field.toString());
        at.add(new int[] {fieldLine, fieldColumn});
        field.setLength(0);
        fieldLine = line;
        fieldColumn = column + 1;
      } else if (c == '\n') {
        fields.add(field.toString());
        at.add(new int[] {fieldLine, fieldColumn});
        return record(fields, at);
      } else {
        field.append((char) c);
      }
    }
  }

  private static Record record(List<String> fields, List<int[]> at) {
    int[] lines = new int[at.size()];
    int[] columns = new int[at.size()];
    for (int i = 0; i < at.size(); i++) {
      lines[i] = at.get(i)[0];
      columns[i] = at.get(i)[1];
    }
    return new Record(List.copyOf(fields), lines, columns);
  }

  /**
   * The next character, line ends made {@code \n} (CR LF and CR too), a byte order mark at the
   * start skipped; line and column follow it.
   */
  private int read() throws IOException {
    int c;
    try {
      c = in.read();
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = in.read();
        }
      }
      if (c == '\r') {
        int d = in.read();
        if (d != '\n' && d >= 0) {
          in.unread(d);
        }
        c = '\n';
      }
    } catch (CharacterCodingException e) {
      throw problem(
          ProblemCode.ENCODING,
          line,
          column + 1,
          "expected UTF-8 text (as DNA exports it), found bytes that are not UTF-8");
    }
    if (c == '\n') {
      line++;
      column = 0;
    } else if (c >= 0 && !Character.isLowSurrogate((char) c)) {
      column++;
    }
    return c;
  }

  private void unread(int c) throws IOException {
    if (c < 0) {
      return;
    }
    if (c == '\n') {
      line--; // only ever after a closing quote: the record ends there
      in.unread('\n');
      return;
    }
    in.unread(c);
    if (!Character.isLowSurrogate((char) c)) {
      column--;
    }
  }

  private ModelFormatException problem(ProblemCode code, int line, int column, String message) {
    return new ModelFormatException(
        List.of(new Problem(code, Severity.ERROR, source, line, column, "", message)));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
