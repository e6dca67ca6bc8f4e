package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.narrativeir.io.internal.CsvLines;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Reading a table's lines: the same lines as {@link BufferedReader#readLine} (LF, CRLF and lone CR
 * end a line), in bounded memory and strict UTF-8; and finding a quoted field a line leaves open.
 */
class TableLinesTest {
  /**
   * Text from pieces likely to matter: line breaks of every kind, quotes, delimiters, non-ASCII.
   */
  private static final String[] PIECES = {
    "a", "0", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "é", "\u20ac", "\uD83D\uDE00"
  };

  private static Gen<String> texts(int maxPieces) {
    return lists()
        .of(integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, maxPieces)
        .map(
            indexes -> {
              StringBuilder sb = new StringBuilder();
              indexes.forEach(i -> sb.append(PIECES[i]));
              return sb.toString();
            });
  }

  @Test
  void lines_areThoseOfBufferedReader_withTheirNumbers() {
    qt().withExamples(2000)
        .forAll(texts(30))
        .checkAssert(
            text -> {
              List<String> expected = new ArrayList<>();
              try (BufferedReader in = new BufferedReader(new StringReader(text))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  expected.add(line);
                }
                List<String> actual = new ArrayList<>();
                TableLines lines =
                    new TableLines(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
                for (String line = lines.next(); line != null; line = lines.next()) {
                  actual.add(line);
                  assertThat(lines.lineNumber()).isEqualTo(actual.size());
                }
                assertThat(actual).isEqualTo(expected);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void unclosedQuote_isWhereTheCharacterByCharacterReadingEndsInsideQuotes() {
    qt().withExamples(2000)
        .forAll(texts(20).map(t -> t.replace("\n", "").replace("\r", "")))
        .checkAssert(line -> assertThat(CsvLines.unclosedQuote(line)).isEqualTo(reference(line)));
  }

  @Test
  void unclosedQuote_examples() {
    assertThat(CsvLines.unclosedQuote("a,b,c")).isEqualTo(-1);
    assertThat(CsvLines.unclosedQuote("a,\"b, c\",\"say \"\"hi\"\"\"")).isEqualTo(-1);
    assertThat(CsvLines.unclosedQuote("a,\"b")).isEqualTo(2);
    assertThat(CsvLines.unclosedQuote("a,\"say \"\"hi")).isEqualTo(2);
    assertThat(CsvLines.unclosedQuote("a,\"b\",c\"d")).isEqualTo(7);
  }

  /** RFC 4180 quoting one character at a time (as CsvLinesTest): where the open quote began. */
  private static int reference(String line) {
    boolean quoted = false;
    int opened = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
        opened = i;
      }
    }
    return quoted ? opened : -1;
  }
}
