package io.github.narrativeir.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Splitting CSV and TSV lines into fields. */
class CsvLinesTest {
  @Test
  void plainFields_keepLeadingZerosAndEmptyFields() {
    assertThat(CsvLines.split("2004-06-17,USA,016,,", ','))
        .containsExactly("2004-06-17", "USA", "016", "", "");
    assertThat(CsvLines.split("", ',')).containsExactly("");
    assertThat(CsvLines.split("a\tb,c", '\t')).containsExactly("a", "b,c");
  }

  @Test
  void quotedFields_mayHoldTheDelimiterAndDoubledQuotes() {
    assertThat(CsvLines.split("1,\"first strike, Nek Muhammad\",x", ','))
        .containsExactly("1", "first strike, Nek Muhammad", "x");
    assertThat(CsvLines.split("\"say \"\"no\"\"\",2", ',')).containsExactly("say \"no\"", "2");
    assertThat(CsvLines.split("ab\"c,d\"e,f", ',')).containsExactly("abc,de", "f");
  }

  @Test
  void columnOf_pointsAtTheFieldsFirstCharacter_skippingQuotedDelimiters() {
    String line = "2004,\"a, b\",016";

    assertThat(CsvLines.columnOf(line, 0, ',')).isEqualTo(1);
    assertThat(CsvLines.columnOf(line, 1, ',')).isEqualTo(6);
    assertThat(CsvLines.columnOf(line, 2, ',')).isEqualTo(13);
    assertThat(CsvLines.columnOf(line, 5, ',')).isEqualTo(line.length() + 1);
  }

  private static final String CHARS = "a0,\" \t";

  /** Lines of at most 40 of {@link #CHARS}, which shrink to shorter lines of a's. */
  private static Gen<String> lines() {
    return lists()
        .of(integers().between(0, CHARS.length() - 1))
        .ofSizeBetween(0, 40)
        .map(
            picks -> {
              StringBuilder line = new StringBuilder();
              picks.forEach(i -> line.append(CHARS.charAt(i)));
              return line.toString();
            });
  }

  @Test
  void split_equalsTheCharacterByCharacterReading() {
    qt().withExamples(2000)
        .forAll(lines())
        .checkAssert(
            line -> {
              assertThat(CsvLines.split(line, ',')).isEqualTo(reference(line, ','));
              assertThat(CsvLines.split(line, '\t')).isEqualTo(reference(line, '\t'));
            });
  }

  /** RFC 4180 quoting, one character at a time. */
  private static List<String> reference(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
