package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Situation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's bounds and strictness on hostile or broken input: every reader is bounded (the
 * mapping by the read limits, the table by its line length), bad table content is a located error,
 * and regular expressions and generated periods cannot run away.
 */
class TableImportLimitsTest {
  @TempDir Path temp;

  private static final String HEAD = "format: narrative-mapping/1\ntable: t.csv\n";
  private static final String STRIKES_RULE =
      "rules:\n  - {name: r, where: [{column: code, equals: s}], aspect: strikes}\n";
  private static final Model MODEL =
      Model.builder()
          .addActors(Actor.of("US"), Actor.of("PK"))
          .addAspects(Aspect.of("strikes", "strikes"))
          .addPractices(PracticeType.builder().id("strike").build())
          .addSituations(Situation.builder().id("a").from("2001").to("2001").build())
          .build();

  private Path mapping(String table, String mapping) throws IOException {
    Files.writeString(temp.resolve("t.csv"), table, StandardCharsets.UTF_8);
    Path file = temp.resolve("m.mapping.yaml");
    Files.writeString(file, mapping, StandardCharsets.UTF_8);
    return file;
  }

  private Path table() {
    return temp.resolve("t.csv");
  }

  // ----- bounded readers -----

  @Test
  void directoryAsMapping_isALocatedErrorSayingSo() {
    assertThatThrownBy(() -> TableImport.run(temp, MODEL))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(temp + ": expected a mapping file (narrative-mapping/1), found a directory");
  }

  @Test
  void directoryAsTable_isLocatedAtTheTableKey() throws Exception {
    Files.createDirectory(temp.resolve("d.csv"));
    Path m =
        mapping(
            "", "format: narrative-mapping/1\ntable: d.csv\ndate: {column: date}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, MODEL))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(
            m
                + ":2:8: expected a table (a CSV or TSV file) for 'table', found the"
                + " directory 'd.csv'");
  }

  @Test
  void mappingOverTheDocumentLimit_isRejectedBeforeParsing_andTheLimitIsTheCallers()
      throws Exception {
    Path m = mapping("date,code\n2001-06-01,s\n", HEAD + "date: {column: date}\n" + STRIKES_RULE);
    long size = Files.size(m);

    assertThat(
            TableImport.run(m, MODEL, ReadLimits.defaults().withMaxDocumentBytes(size))
                .model()
                .situations()
                .get(0)
                .aspects())
        .hasSize(1);
    assertThatThrownBy(
            () -> TableImport.run(m, MODEL, ReadLimits.defaults().withMaxDocumentBytes(size - 1)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            m
                + ": the mapping is "
                + size
                + " bytes long, over the limit maxDocumentBytes="
                + (size - 1)
                + "; raise it with ReadLimits.withMaxDocumentBytes(...)");
  }

  @Test
  void mappingReader_usesTheCallersNestingAndStringLimits() throws Exception {
    Path m = mapping("date,code\n2001-06-01,s\n", HEAD + "date: {column: date}\n" + STRIKES_RULE);

    assertThatThrownBy(
            () -> TableImport.run(m, MODEL, ReadLimits.defaults().withMaxNestingDepth(2)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("maxNestingDepth=2");
    assertThatThrownBy(
            () -> TableImport.run(m, MODEL, ReadLimits.defaults().withMaxStringLength(5)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("maxStringLength=5");
  }

  @Test
  void deviceAsMapping_isReadOnlyUpToTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).isTrue();

    assertThatThrownBy(
            () -> TableImport.run(zero, MODEL, ReadLimits.defaults().withMaxDocumentBytes(1 << 16)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            "/dev/zero: the mapping is more than 65536 bytes long, over the limit"
                + " maxDocumentBytes=65536; raise it with ReadLimits.withMaxDocumentBytes(...)");
  }

  @Test
  void deviceAsTable_stopsAtTheLineLimit() throws Exception {
    assumeThat(Files.exists(Path.of("/dev/zero"))).isTrue();
    Path m =
        mapping(
            "",
            "format: narrative-mapping/1\ntable: /dev/zero\ndate: {column: date}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, MODEL))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            "/dev/zero:1:1: line 1 is longer than 1048576 bytes, the limit for one line of a"
                + " table (is this a table? quoted fields may not span lines)");
  }

  @Test
  void lineOverTheLimit_isLocated_andALineAtTheLimitIsRead() throws Exception {
    String note = "x".repeat(TableImport.MAX_LINE_BYTES - "2001-06-01,s,".length());
    Path m =
        mapping(
            "date,code,note\n2001-06-01,s," + note + "\n2001-07-01,s," + note + "y\n",
            HEAD + "date: {column: date}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, MODEL))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(table() + ":3:1: line 3 is longer than 1048576 bytes");

    Files.writeString(table(), "date,code,note\n2001-06-01,s," + note + "\n");
    assertThat(TableImport.run(m, MODEL).notes()).contains(m + ": 1 rows read from t.csv");
  }

  // ----- bad table content, located -----

  @Test
  void invalidUtf8_isLocatedAtItsLineAndColumn_namingTheByte() throws Exception {
    Path m = mapping("", HEAD + "date: {column: date}\n" + STRIKES_RULE);
    Files.write(
        table(),
        concat(
            "date,code,note\n2001-06-01,s,caf\u00e9\n2001-06-02,s,é"
                .getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF, 'x', '\n'}));

    assertThatThrownBy(() -> TableImport.run(m, MODEL))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            table()
                + ":3:15: expected UTF-8 text, found the byte 0xFF (byte 16 of the line);"
                + " save the table as UTF-8");
  }

  @Test
  void wrongNumberOfFields_isLocatedForEveryRow() throws Exception {
    Path m =
        mapping(
            "date,code,note\n2001-06-01,s,ok\n2001-06-02,s\n2001-06-03,s,x,extra\n",
            HEAD + "date: {column: date}\n" + STRIKES_RULE);

    ModelFormatException e = catchFormat(m);

    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            table() + ":3:13: expected 3 fields (as the header has), found 2",
            table() + ":4:16: expected 3 fields (as the header has), found 4");
  }

  @Test
  void manyBadRows_stopAfterAHundredProblems_andTheErrorCountIsOfThoseFound() throws Exception {
    Path m =
        mapping(
            "date,code,note\n" + "2001-06-01,s\n".repeat(150),
            HEAD + "date: {column: date}\n" + STRIKES_RULE);

    ModelFormatException e = catchFormat(m);

    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).render())
        .isEqualTo(table() + ":101: stopped reading after 100 problems");
    assertThat(e.errorCount()).isEqualTo(100);
  }

  @Test
  void quotedFieldSpanningLines_isLocatedAtItsOpeningQuote() throws Exception {
    Path m =
        mapping(
            "date,code,note\n2001-06-01,s,\"first line\nsecond line\",x\n2001-06-02,s,\"a \"\"b\"\"\"\n",
            HEAD + "date: {column: date}\n" + STRIKES_RULE);

    ModelFormatException e = catchFormat(m);

    // the continuation line is a line of its own: its quote opens a field it does not close
    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            table()
                + ":2:14: expected a closing quote (\") before the end of the line, found none: a"
                + " quoted field may not span lines (write line breaks inside a field as spaces)",
            table()
                + ":3:12: expected a closing quote (\") before the end of the line, found none: a"
                + " quoted field may not span lines (write line breaks inside a field as spaces)");
  }

  @Test
  void loneCarriageReturns_endLines() throws Exception {
    Path m =
        mapping(
            "date,code\r2001-06-01,s\r2001-06-02,x,y\r",
            HEAD + "date: {column: date}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, MODEL))
        .hasMessage(table() + ":3:14: expected 2 fields (as the header has), found 3");
  }

  @Test
  void hugeCellToSum_isLocatedBeforeAnyArithmetic() throws Exception {
    String rule = "rules:\n  - {name: r, threshold: {sum: amount, atLeast: 1}, aspect: strikes}\n";
    Path m =
        mapping(
            "date,amount\n2001-06-01,4.5\n2001-06-02,1e999999999\n",
            HEAD + "date: {column: date}\n" + rule);

    assertThat(catchFormat(m))
        .hasMessage(
            table()
                + ":3:12: column 'amount': expected a number to sum"
                + " of at most 40 significant digits, between 1e-100 and 1e100 in size (and at most 100"
                + " characters), found '1e999999999'");

    Files.writeString(table(), "date,amount\n2001-06-01,-1e-999999\n");
    assertThat(catchFormat(m))
        .hasMessageContaining(":2:12: column 'amount': expected a number to sum of at most");

    // a zero is harmless whatever its exponent: it is zero
    Files.writeString(table(), "date,amount\n2001-06-01,0e-999999\n2001-06-02,1\n");
    assertThat(TableImport.run(m, MODEL).model().situations().get(0).provenance())
        .singleElement()
        .extracting(AspectSource::source)
        .isEqualTo("t.csv, rule 'r': 2 rows, sum of amount 1");

    Files.writeString(table(), "date,amount\n2001-06-01," + "9".repeat(5000) + "\n");
    assertThat(catchFormat(m))
        .hasMessageContaining("found '999999999")
        .hasMessageContaining("(5000 characters)'");
  }

  @Test
  void numbersWithinTheBounds_sumExactly() throws Exception {
    String rule =
        "rules:\n  - {name: r, threshold: {sum: amount, atLeast: 1e-100}, aspect: strikes}\n";
    Path m =
        mapping(
            "date,amount\n2001-06-01,1e100\n2001-06-02,1e-100\n2001-06-03,-0.5E+1\n",
            HEAD + "date: {column: date}\n" + rule);

    assertThat(TableImport.run(m, MODEL).model().situations().get(0).provenance())
        .singleElement()
        .extracting(AspectSource::source)
        .asString()
        .endsWith("3 rows, sum of amount " + "9".repeat(99) + "5." + "0".repeat(99) + "1");
  }

  @Test
  void hugeNumberInTheMapping_isALocatedError() throws Exception {
    Path m =
        mapping(
            "date,amount\n2001-06-01,4\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r, where: [{column: amount, atLeast: 1e999999999}], aspect: strikes}\n");

    assertThat(catchFormat(m))
        .hasMessage(
            m
                + ":5:49: expected a number of at most 40 significant digits,"
                + " between 1e-100 and 1e100 in size (and at most 100 characters), found 1e999999999 (at /rules/0/where/0/atLeast)");
  }

  @Test
  void hugeCellInAComparison_isNotANumber_soTheConditionFails() throws Exception {
    Path m =
        mapping(
            "date,amount\n2001-06-01,1e999999999\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r, where: [{column: amount, atLeast: 5}], aspect: strikes}\n");

    assertThat(TableImport.run(m, MODEL).notes())
        .anySatisfy(n -> assertThat(n).contains("0 rows selected"));
  }

  @Test
  void longDateCells_areMalformedDates_withoutRecursingThroughThem() throws Exception {
    String years = "2001-".repeat(150_000) + "2001";
    for (String precision : new String[] {"year", "fiscal-year", "day", "month"}) {
      Path m =
          mapping(
              "date,code\n" + years + ",s\n",
              HEAD + "date: {column: date, precision: " + precision + "}\n" + STRIKES_RULE);

      assertThat(catchFormat(m))
          .hasMessageStartingWith(
              table() + ":2:1: column 'date': malformed date" + " '2001-2001-2001-")
          .hasMessageContaining("(750004 characters)' (expected a");
    }
  }

  // ----- hangs -----

  @Test
  void catastrophicRegularExpression_givesUpWithinItsSteps_namingRuleRowAndExpression()
      throws Exception {
    Path m =
        mapping(
            "date,note\n2001-06-01,plain\n2001-06-02," + "a".repeat(200) + "b\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: bomb, where: [{column: note, matches: '^(.*a){12}$'}], aspect: strikes}\n");

    long start = System.nanoTime();
    ModelFormatException e = catchFormat(m);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(e)
        .hasMessage(
            table()
                + ":3:12: rule 'bomb': the regular expression '^(.*a){12}$' ("
                + m
                + ":5:50) gave up on column 'note' of this row: it took more than 1201000 steps; it"
                + " backtracks catastrophically, as a repeated group holding a repetition does ((.*a){12},"
                + " (a+)+): rewrite it without nested repetition");
  }

  @Test
  void regularExpressionRecursingTooDeep_isLocatedToo() throws Exception {
    Path m =
        mapping(
            "date,note\n2001-06-01," + "ab".repeat(200_000) + "\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: deep, where: [{column: note, matches: '^(a|b)*$'}], aspect: strikes}\n");

    assertThat(catchFormat(m))
        .hasMessageContaining(":2:12: rule 'deep': the regular expression")
        .hasMessageContaining("it recursed too deeply");
  }

  @Test
  void ordinaryRegularExpressions_matchLongCells() throws Exception {
    Path m =
        mapping(
            "date,note\n2001-06-01," + "x".repeat(100_000) + "strike\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r, where: [{column: note, matches: 'str(ike|uck)$'}], aspect: strikes}\n");

    assertThat(TableImport.run(m, MODEL).model().situations().get(0).aspects()).hasSize(1);
  }

  @Test
  void generatedPeriods_overTheLimit_fromTheRows_isLocatedAtPeriods_suggestingBounds()
      throws Exception {
    Path m =
        mapping(
            "date,code\n0001-01-01,s\n9999-12-31,s\n",
            HEAD + "date: {column: date}\nperiods: {every: month}\n" + STRIKES_RULE);

    long start = System.nanoTime();
    assertThat(catchFormat(m))
        .hasMessage(
            m
                + ":4:10: periods every month from 0001-01 to 9999-12"
                + " would generate 119988 situations, over the limit of 5000; bound them with 'from' and 'to'"
                + " (rows outside are counted, not dropped), or generate them every year");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void generatedPeriods_overTheLimit_fromBounds_isAnErrorBeforeTheTableIsRead() throws Exception {
    Path m =
        mapping(
            "date,code\n2001-01-01,s\n",
            HEAD
                + "date: {column: date}\nperiods: {every: year, from: '0001', to: '9999'}\n"
                + STRIKES_RULE);

    assertThat(catchFormat(m))
        .hasMessage(
            m
                + ":4:10: periods every year from 0001 to 9999 would"
                + " generate 9999 situations, over the limit of 5000; narrow 'from' and 'to' (at /periods)");
  }

  @Test
  void generatedPeriods_atTheLimit_areGenerated() throws Exception {
    Path m =
        mapping(
            "date,code\n2001-01-01,s\n",
            HEAD
                + "date: {column: date}\nperiods: {every: year, from: '2001', to: '7000'}\n"
                + STRIKES_RULE);

    assertThat(TableImport.run(m, MODEL).model().situations()).hasSize(1 + 5000);
  }

  private static ModelFormatException catchFormat(Path mapping) {
    try {
      TableImport.run(mapping, MODEL);
    } catch (ModelFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected a ModelFormatException");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
