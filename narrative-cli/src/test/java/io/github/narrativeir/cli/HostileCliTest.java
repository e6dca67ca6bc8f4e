package io.github.narrativeir.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.HostileRunner.Case;
import io.github.narrativeir.cli.HostileRunner.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against hostile input in a 256 MB heap, a few cases in 32 MB (issue 14):
 * generate's caps, resource exhaustion turned into one line, "did you mean" at scale, depends' work
 * bound and output files that are links, devices, unwritable or long. One child JVM runs the whole
 * batch.
 */
class HostileCliTest {
  @TempDir static Path temp;

  private static Map<String, Outcome> outcomes;
  private static Path big;
  private static Path out;

  @BeforeAll
  static void runTheBatch() throws Exception {
    Path holders = Files.writeString(temp.resolve("holders.json"), unknownHolders(10_000), UTF_8);
    Path aspects =
        Files.writeString(temp.resolve("aspects.json"), misspelledAspects(16_000), UTF_8);
    Path deep =
        Files.writeString(
            temp.resolve("deep.json"), "[".repeat(300_000) + "]".repeat(300_000), UTF_8);
    Path generated = temp.resolve("generated.json");
    big = temp.resolve("big");
    Files.createDirectories(big);
    out = temp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("real.json"), "old", UTF_8);
    Files.createSymbolicLink(out.resolve("link.json"), Path.of("real.json"));
    Path plain = Files.writeString(out.resolve("plain"), "a file, not a directory", UTF_8);
    Path wide = Files.writeString(temp.resolve("wide.json"), manyAspects(100), UTF_8);

    outcomes = new HashMap<>();
    outcomes.putAll(
        HostileRunner.run(
            List.of(
                Case.of("generate actors", "generate", "--actors", "1000000"),
                Case.of("generate infinity", "generate", "--construals", "Infinity"),
                Case.of(
                    "generate over the heap",
                    "generate",
                    "--actors",
                    "100000",
                    "--concepts",
                    "100"),
                Case.of("generate default", "generate", "-o", generated.toString()),
                Case.of(
                    "generate 30x200x100",
                    "generate",
                    "--actors",
                    "30",
                    "--concepts",
                    "200",
                    "--situations",
                    "100",
                    "-o",
                    big.resolve("model.json").toString()),
                // its JSON result is 216 MB of text: streamed, it fits a 256 MB heap
                Case.of(
                    "infer json streamed",
                    "infer",
                    big.resolve("model.json").toString(),
                    "-f",
                    "json",
                    "-o",
                    "/dev/null"),
                Case.of(
                    "generate 5x100x200",
                    "generate",
                    "--actors",
                    "5",
                    "--concepts",
                    "100",
                    "--situations",
                    "200",
                    "-o",
                    temp.resolve("reports.json").toString()),
                Case.of(
                    "stack overflow",
                    "validate",
                    deep.toString(),
                    "--max-nesting-depth",
                    "1000000"),
                Case.of("unknown holders", "validate", holders.toString()),
                Case.of("misspelled aspects", "validate", aspects.toString()),
                Case.of("depends default", "depends", generated.toString()),
                Case.of("output symlink", "generate", "-o", out.resolve("link.json").toString()),
                Case.of("output dev null", "generate", "-o", "/dev/null"),
                Case.of(
                    "output under a file", "generate", "-o", plain.resolve("m.json").toString()),
                Case.of(
                    "output long name", "generate", "-o", out.resolve("n".repeat(250)).toString()),
                // about 10^10 triggers of 3 all and 2 none literals over 100 aspects
                Case.of(
                    "discover widest bounds",
                    "discover",
                    wide.toString(),
                    "--actor",
                    "US",
                    "--max-all",
                    "3",
                    "--max-none",
                    "2",
                    "-o",
                    out.resolve("US.discovered.yaml").toString()))));
    // In a heap of 32 MB: a report larger than the heap (reports are streamed), and an inference
    // that does not fit (resource exhaustion turned into one line).
    outcomes.putAll(
        HostileRunner.run(
            List.of(
                Case.of(
                    "html larger than the heap",
                    "infer",
                    temp.resolve("reports.json").toString(),
                    "-f",
                    "html",
                    "-o",
                    temp.resolve("report.html").toString()),
                Case.of(
                    "infer out of memory",
                    "infer",
                    big.resolve("model.json").toString(),
                    "-f",
                    "html",
                    "-o",
                    big.resolve("report.html").toString())),
            SMALL_HEAP));
  }

  private static final String SMALL_HEAP = "-Xmx32m";

  @Test
  void htmlReportLargerThanTheHeap_isStreamed_andWrittenWhole() throws IOException {
    Outcome o = outcomes.get("html larger than the heap").assertNoTrace().assertWithin(40);
    assertThat(o.exit()).as(o.err()).isZero();
    Path report = temp.resolve("report.html");
    // 46 MB of HTML, more than the whole heap
    assertThat(Files.size(report)).isGreaterThan(32L << 20);
    String html = Files.readString(report, UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void generate_optionsOutOfRange_exitTwoNamingTheOption() {
    outcomes
        .get("generate actors")
        .assertCleanUserError("--actors must be from 1 to 100000")
        .assertWithin(5);
    outcomes
        .get("generate infinity")
        .assertCleanUserError("--construals must be a number from 0 to 100")
        .assertWithin(5);
    outcomes
        .get("generate over the heap")
        .assertCleanUserError("that fit this Java heap")
        .assertWithin(5);
    assertThat(outcomes.get("generate default").exit()).isZero();
    assertThat(outcomes.get("generate 30x200x100").exit()).isZero();
  }

  @Test
  void largeJsonResult_isStreamed_andFitsTheHeap() {
    Outcome o = outcomes.get("infer json streamed").assertNoTrace().assertWithin(40);
    assertThat(o.exit()).as(o.err()).isZero();
  }

  @Test
  void outOfMemory_oneLineExitOne_andNoFileLeft() throws IOException {
    Outcome o = outcomes.get("infer out of memory");
    // The generated model has a few validation warnings; the error itself is one line after them.
    Outcome withoutWarnings =
        new Outcome(
            o.name(),
            o.exit(),
            o.millis(),
            o.out(),
            o.err()
                .lines()
                .filter(l -> !l.contains(": warning: "))
                .map(l -> l + "\n")
                .reduce("", String::concat));
    withoutWarnings.assertCleanResourceError("narrative infer: out of memory").assertWithin(40);
    o.assertNoTrace();
    assertThat(o.err()).contains("-Xmx");
    try (Stream<Path> files = Files.list(big)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("model.json");
    }
  }

  @Test
  void stackOverflow_oneLine_orALimitTheReaderEnforces() {
    Outcome o = outcomes.get("stack overflow").assertWithin(20);
    if (o.exit() == 1) {
      o.assertCleanResourceError("out of stack");
    } else {
      o.assertCleanUserError("nesting");
    }
  }

  @Test
  void didYouMean_atScale_fast() {
    // The harness keeps the first 64 KiB of standard error.
    outcomes
        .get("unknown holders")
        .assertCleanUserError("did you mean 'actor-00000'?")
        .assertWithin(15);
    outcomes
        .get("misspelled aspects")
        .assertCleanUserError("did you mean 'aspect-00000'?")
        .assertWithin(15);
  }

  @Test
  void depends_onTheDefaultGeneratedModel_refusedQuicklyWithWhatToDo() {
    outcomes
        .get("depends default")
        .assertCleanUserError("more than --max-reruns 20000")
        .assertWithin(15);
  }

  @Test
  void output_symlinkFollowed_devNullWrittenNotReplaced() throws IOException {
    assertThat(outcomes.get("output symlink").exit()).isZero();
    assertThat(Files.isSymbolicLink(out.resolve("link.json"))).isTrue();
    assertThat(Files.readString(out.resolve("real.json"))).startsWith("{");
    Outcome devNull = outcomes.get("output dev null");
    assertThat(devNull.exit()).as(devNull.err()).isZero();
    assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
  }

  @Test
  void output_failure_saysWhy_namingTheFile() {
    outcomes
        .get("output under a file")
        .assertCleanUserError("m.json: cannot write: Not a directory")
        .assertWithin(5);
  }

  @Test
  void output_longName_written_noTemporaryFileLeft() throws IOException {
    Outcome o = outcomes.get("output long name");
    assertThat(o.exit()).as(o.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("real.json", "link.json", "plain", "n".repeat(250));
    }
  }

  @Test
  void discover_boundsTooWide_refusedBeforeAnyTriggerIsMade_oneLineNamingTheOptions_noFileLeft() {
    // 101 literal aspects at 3 / 2: some 834 million triggers, far beyond what a 256 MB heap (or
    // any search) holds; refused from their count, before the heap is touched
    Outcome o = outcomes.get("discover widest bounds").assertNoTrace().assertWithin(60);

    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err().strip())
        .startsWith("narrative discover: the bounds (maxAll 3, maxNone 2) allow about ")
        .endsWith("lower maxAll or maxNone (--max-all, --max-none)")
        .doesNotContain("\n");
    assertThat(out.resolve("US.discovered.yaml")).doesNotExist();
  }

  /** A model of one actor observed once in a situation of {@code n} aspects. */
  private static String manyAspects(int n) {
    List<String> declared = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      declared.add(String.format("{\"id\":\"aspect-%03d\"}", i));
      given.add(String.format("\"aspect-%03d\"", i));
    }
    return "{\"format\":\"narrative-model/1\",\"actors\":[{\"id\":\"US\"}],"
        + "\"practices\":[{\"id\":\"strike\"}],\"aspects\":["
        + String.join(",", declared)
        + "],\"situations\":[{\"id\":\"s\",\"from\":\"2001\",\"aspects\":["
        + String.join(",", given)
        + "]}],\"concepts\":[],"
        + "\"observations\":[{\"actor\":\"US\",\"practice\":\"strike\",\"situation\":\"s\"}]}";
  }

  private static String unknownHolders(int n) {
    List<String> actors = new ArrayList<>();
    List<String> concepts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      actors.add(String.format("{\"id\":\"actor-%05d\"}", i));
      concepts.add(
          String.format(
              "{\"id\":\"c%05d\",\"holder\":\"actr-%05d\",\"when\":{\"any\":[\"a\"]},"
                  + "\"prescribes\":[{\"practice\":\"strike\"}]}",
              i, i));
    }
    return "{\"format\":\"narrative-model/1\",\"actors\":["
        + String.join(",", actors)
        + "],\"practices\":[{\"id\":\"strike\"}],\"aspects\":[{\"id\":\"a\"}],"
        + "\"situations\":[{\"id\":\"s\",\"from\":\"2001\"}],\"concepts\":["
        + String.join(",", concepts)
        + "]}";
  }

  private static String misspelledAspects(int n) {
    List<String> declared = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      declared.add(String.format("{\"id\":\"aspect-%05d\"}", i));
      used.add(String.format("\"aspcet-%05d\"", i));
    }
    return "{\"format\":\"narrative-model/1\",\"actors\":[{\"id\":\"US\"}],"
        + "\"practices\":[{\"id\":\"strike\"}],\"aspects\":["
        + String.join(",", declared)
        + "],\"situations\":[{\"id\":\"s\",\"from\":\"2001\",\"aspects\":["
        + String.join(",", used)
        + "]}],\"concepts\":[]}";
  }
}
