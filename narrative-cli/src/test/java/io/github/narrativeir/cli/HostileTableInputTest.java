package io.github.narrativeir.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.HostileRunner.Case;
import io.github.narrativeir.cli.HostileRunner.Outcome;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code narrative import} against hostile mappings and tables, through the real command in a child
 * JVM with a 256 MB heap ({@link HostileRunner}): devices, pipes and directories as mappings and
 * tables, a 150 MB line, invalid UTF-8, rows with the wrong number of fields, a quoted field
 * spanning lines, a huge cell to sum, a regular expression that backtracks catastrophically,
 * periods from year 1 to 9999, a mapping over the size limit and the {@code --max-*} options. Each
 * must end within seconds with exit 2 and its file and line, and no trace.
 */
class HostileTableInputTest {
  @TempDir static Path temp;

  private static Path model;
  private static Map<String, Outcome> outcomes;
  private static final List<Thread> writers = new ArrayList<>();

  private static final String HEAD = "format: narrative-mapping/1\n";
  private static final String RULE =
      "rules:\n  - {name: r, where: [{column: code, equals: s}], aspect: strikes}\n";

  @BeforeAll
  static void runTheBatch() throws Exception {
    model =
        write(
            "model.yaml",
            "format: narrative-model/1\nactors: [{id: US}, {id: PK}]\n"
                + "aspects: [{id: strikes, label: strikes}]\npractices: [{id: strike}]\n"
                + "situations: [{id: a, from: 2001, to: 2001}]\nconcepts: []\n");
    List<Case> cases = new ArrayList<>();

    cases.add(importing("zero as mapping", Path.of("/dev/zero")));
    cases.add(
        importing(
            "zero as table",
            mapping("zero.mapping.yaml", "/dev/zero", "date: {column: date}\n" + RULE)));

    Path bigLine = temp.resolve("big-line.csv");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bigLine), 1 << 20)) {
      out.write("date,code,note\n2001-06-01,s,".getBytes(UTF_8));
      byte[] chunk = "x".repeat(1 << 20).getBytes(UTF_8);
      for (int i = 0; i < 150; i++) {
        out.write(chunk);
      }
      out.write('\n');
    }
    cases.add(
        importing(
            "150 MB line",
            mapping("big-line.mapping.yaml", "big-line.csv", "date: {column: date}\n" + RULE)));

    Path utf8 = temp.resolve("bad-utf8.csv");
    Files.write(
        utf8,
        concat(
            "date,code,note\n2001-06-01,s,caf\u00e9\n2001-06-02,s,x".getBytes(UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}));
    cases.add(
        importing(
            "invalid UTF-8",
            mapping("bad-utf8.mapping.yaml", "bad-utf8.csv", "date: {column: date}\n" + RULE)));

    write("fields.csv", "date,code,note\n2001-06-01,s,x\n2001-06-02,s\n");
    cases.add(
        importing(
            "too few fields",
            mapping("fields.mapping.yaml", "fields.csv", "date: {column: date}\n" + RULE)));

    write("quoted.csv", "date,code,note\n2001-06-01,s,\"one\ntwo\"\n");
    cases.add(
        importing(
            "quoted field spanning lines",
            mapping("quoted.mapping.yaml", "quoted.csv", "date: {column: date}\n" + RULE)));

    write("sum.csv", "date,amount\n2001-06-01,1\n2001-06-02,1e999999999\n");
    cases.add(
        importing(
            "huge cell to sum",
            mapping(
                "sum.mapping.yaml",
                "sum.csv",
                "date: {column: date}\n"
                    + "rules:\n  - {name: r, threshold: {sum: amount, atLeast: 1}, aspect: strikes}\n")));

    write("bomb.csv", "date,note\n2001-06-01," + "a".repeat(200) + "b\n");
    cases.add(
        importing(
            "regex bomb",
            mapping(
                "bomb.mapping.yaml",
                "bomb.csv",
                "date: {column: date}\n"
                    + "rules:\n  - {name: bomb, where: [{column: note, matches: '^(.*a){12}$'}], aspect: strikes}\n")));

    write("long-date.csv", "date,code\n" + "2001-".repeat(150_000) + "2001,s\n");
    cases.add(
        importing(
            "long list of years",
            mapping(
                "long-date.mapping.yaml",
                "long-date.csv",
                "date: {column: date, precision: year}\n" + RULE)));

    write("years.csv", "date,code\n0001-01-01,s\n9999-12-31,s\n");
    cases.add(
        importing(
            "periods 0001 to 9999",
            mapping(
                "years.mapping.yaml",
                "years.csv",
                "date: {column: date}\nperiods: {every: month}\n" + RULE)));

    Files.createDirectories(temp.resolve("a-directory"));
    cases.add(importing("directory as mapping", temp.resolve("a-directory")));
    cases.add(
        importing(
            "directory as table",
            mapping("dir.mapping.yaml", "a-directory", "date: {column: date}\n" + RULE)));

    Path huge = temp.resolve("huge.mapping.yaml");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {
      out.write((HEAD + "table: fields.csv\ndate: {column: date}\n" + RULE + "# ").getBytes(UTF_8));
      byte[] chunk = "#".repeat(1 << 20).getBytes(UTF_8);
      for (int i = 0; i < 17; i++) {
        out.write(chunk);
      }
    }
    cases.add(importing("huge mapping", huge));
    Path small = mapping("small.mapping.yaml", "fields.csv", "date: {column: date}\n" + RULE);
    cases.add(
        Case.of(
            "max document bytes",
            "import",
            small.toString(),
            "--into",
            model.toString(),
            "--max-document-bytes",
            "100"));
    cases.add(
        Case.of(
            "max nesting depth",
            "import",
            small.toString(),
            "--into",
            model.toString(),
            "--max-nesting-depth",
            "3"));

    if (mkfifo("mapping.fifo") && mkfifo("table.fifo")) {
      feedZeros(temp.resolve("mapping.fifo"));
      feedZeros(temp.resolve("table.fifo"));
      cases.add(importing("pipe as mapping", temp.resolve("mapping.fifo")));
      cases.add(
          importing(
              "pipe as table",
              mapping("fifo.mapping.yaml", "table.fifo", "date: {column: date}\n" + RULE)));
    }

    outcomes = HostileRunner.run(cases);
    writers.forEach(Thread::interrupt);
  }

  @Test
  void devicesAndPipes_areReadOnlyUpToTheLimits() {
    outcomes
        .get("zero as mapping")
        .assertCleanUserError("/dev/zero: the mapping is more than 16777216 bytes long")
        .assertWithin(5);
    outcomes
        .get("zero as table")
        .assertCleanUserError("/dev/zero:1:1: line 1 is longer than 1048576 bytes")
        .assertWithin(5);
    if (outcomes.containsKey("pipe as mapping")) {
      outcomes
          .get("pipe as mapping")
          .assertCleanUserError(temp.resolve("mapping.fifo") + ": the mapping is more than")
          .assertWithin(5);
      outcomes
          .get("pipe as table")
          .assertCleanUserError(temp.resolve("table.fifo") + ":1:1: line 1 is longer")
          .assertWithin(5);
    }
  }

  @Test
  void aLineOf150Mb_stopsAtTheLineLimit() {
    outcomes
        .get("150 MB line")
        .assertCleanUserError(
            temp.resolve("big-line.csv") + ":2:1: line 2 is longer than 1048576 bytes")
        .assertWithin(5);
  }

  @Test
  void badTableContent_isLocated() {
    outcomes
        .get("invalid UTF-8")
        .assertCleanUserError(
            temp.resolve("bad-utf8.csv") + ":3:15: expected UTF-8 text, found the byte 0xC3")
        .assertWithin(5);
    outcomes
        .get("too few fields")
        .assertCleanUserError(
            temp.resolve("fields.csv") + ":3:13: expected 3 fields (as the header has), found 2")
        .assertWithin(5);
    outcomes
        .get("quoted field spanning lines")
        .assertCleanUserError(temp.resolve("quoted.csv") + ":2:14: expected a closing quote")
        .assertWithin(5);
    outcomes
        .get("huge cell to sum")
        .assertCleanUserError(
            temp.resolve("sum.csv") + ":3:12: column 'amount': expected a number to sum")
        .assertWithin(5);
  }

  @Test
  void runawayRegularExpressionsAndPeriods_stopWithALocatedError() {
    outcomes
        .get("regex bomb")
        .assertCleanUserError(
            temp.resolve("bomb.csv") + ":2:12: rule 'bomb': the regular expression '^(.*a){12}$'")
        .assertWithin(5);
    outcomes
        .get("long list of years")
        .assertCleanUserError(temp.resolve("long-date.csv") + ":2:1: column 'date': malformed date")
        .assertWithin(5);
    outcomes
        .get("periods 0001 to 9999")
        .assertCleanUserError(
            temp.resolve("years.mapping.yaml")
                + ":4:10: periods every month from 0001-01 to 9999-12 would generate 119988 situations, over the limit of 5000")
        .assertWithin(5);
  }

  @Test
  void directoriesAndHugeMappings_areCleanErrors_andTheReadLimitsApplyToMappings() {
    outcomes
        .get("directory as mapping")
        .assertCleanUserError(temp.resolve("a-directory") + ": expected a mapping file")
        .assertWithin(5);
    outcomes
        .get("directory as table")
        .assertCleanUserError(temp.resolve("dir.mapping.yaml") + ":2:8: expected a table")
        .assertWithin(5);
    outcomes
        .get("huge mapping")
        .assertCleanUserError(temp.resolve("huge.mapping.yaml") + ": the mapping is ")
        .assertWithin(5);
    outcomes
        .get("max document bytes")
        .assertCleanUserError("over the limit maxDocumentBytes=100")
        .assertWithin(5);
    outcomes.get("max nesting depth").assertCleanUserError("maxNestingDepth=3").assertWithin(5);
  }

  private static Case importing(String name, Path mapping) {
    return Case.of(name, "import", mapping.toString(), "--into", model.toString());
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, UTF_8);
  }

  private static Path mapping(String name, String table, String rest) throws IOException {
    return write(name, HEAD + "table: " + table + "\n" + rest);
  }

  private static boolean mkfifo(String name) {
    try {
      Process p =
          new ProcessBuilder("mkfifo", temp.resolve(name).toString())
              .redirectErrorStream(true)
              .start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false; // no mkfifo here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A daemon writes zeros into the pipe for as long as a reader reads it: an endless stream. */
  private static void feedZeros(Path fifo) {
    Thread t =
        new Thread(
            () -> {
              byte[] zeros = new byte[1 << 16];
              try (OutputStream out = new FileOutputStream(fifo.toFile())) {
                while (!Thread.currentThread().isInterrupted()) {
                  out.write(zeros);
                }
              } catch (IOException e) {
                // the reader closed the pipe: done
              }
            },
            "zeros into " + fifo.getFileName());
    t.setDaemon(true);
    t.start();
    writers.add(t);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void everyCaseRan() {
    assertThat(outcomes)
        .containsKeys("zero as mapping", "150 MB line", "regex bomb", "huge mapping");
    if (Files.exists(temp.resolve("table.fifo"))) {
      assertThat(outcomes).containsKeys("pipe as mapping", "pipe as table");
    }
  }
}
