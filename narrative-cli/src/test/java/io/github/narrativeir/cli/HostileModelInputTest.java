package io.github.narrativeir.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.HostileRunner.Case;
import io.github.narrativeir.cli.HostileRunner.Outcome;
import java.nio.charset.Charset;
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
 * Hostile model documents through the real command, in a child JVM with a 256 MB heap: devices,
 * pipes and FIFOs, directories, lists as large as the limits allow, out-of-range limits, extreme
 * weights, control characters, line ends and encodings, and the concept sets a model includes. Each
 * must end with exit 2 and the file (and line, where there is one), never a trace, within a few
 * seconds; one batch in one JVM keeps the class fast.
 */
class HostileModelInputTest {
  private static final String MODEL =
      "format: narrative-model/1\nactors: [{id: PK}]\npractices: [{id: aid}]\n"
          + "aspects: [{id: a}]\nsituations: [{id: s1, from: 2001, aspects: [a]}]\n"
          + "concepts: [{id: c1, holder: PK}]\n";

  @TempDir static Path temp;
  private static Map<String, Outcome> outcomes;
  private static boolean fifos;

  private static Path write(String name, String text) throws Exception {
    return Files.writeString(temp.resolve(name), text, UTF_8);
  }

  private static Path write(String name, byte[] bytes) throws Exception {
    return Files.write(temp.resolve(name), bytes);
  }

  private static boolean mkfifo(Path file) {
    try {
      Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  @BeforeAll
  static void runTheBatch() throws Exception {
    List<Case> cases = new ArrayList<>();
    Path model = write("model.yaml", MODEL);
    Path dir = Files.createDirectory(temp.resolve("dir.yaml"));

    // devices and endless streams: read only up to the limit
    if (Files.exists(Path.of("/dev/zero"))) {
      cases.add(Case.of("device as model", "validate", "/dev/zero"));
      cases.add(
          Case.of("device as concepts", "validate", model.toString(), "--concepts", "/dev/zero"));
      cases.add(Case.of("device on stdin", "validate", "-").withStdin(Path.of("/dev/zero")));
    }
    // FIFOs: included, refused without blocking; as the model, read up to the limit
    fifos = mkfifo(temp.resolve("pipe.yaml")) && mkfifo(temp.resolve("model-pipe.yaml"));
    if (fifos) {
      Path includesPipe = write("includes-pipe.yaml", MODEL + "include: [pipe.yaml]\n");
      cases.add(Case.of("fifo included", "validate", includesPipe.toString()));
      cases.add(Case.of("fifo as model", "validate", temp.resolve("model-pipe.yaml").toString()));
    }
    // directories
    cases.add(Case.of("directory as model", "validate", dir.toString()));
    cases.add(
        Case.of(
            "directory as concepts", "validate", model.toString(), "--concepts", dir.toString()));
    Path includesDir = write("includes-dir.yaml", MODEL + "include: [dir.yaml]\n");
    cases.add(Case.of("directory included", "validate", includesDir.toString()));
    // missing files name themselves, not the model
    cases.add(
        Case.of(
            "missing concepts",
            "validate",
            model.toString(),
            "--concepts",
            temp.resolve("nope.concepts.yaml").toString()));
    cases.add(
        Case.of(
            "missing theory",
            "compare",
            model.toString(),
            "--theory",
            "rival=" + temp.resolve("rival.concepts.yaml")));
    // sizes: a list of 900,000 ones (1.8 MB); as many bad values as the limit allows; a valid
    // model of 100,000 aspects
    write(
        "ones.json", "{\"format\": \"narrative-model/1\", \"x\": [" + "1,".repeat(900_000) + "1]}");
    cases.add(Case.of("900000 ones", "validate", temp.resolve("ones.json").toString()));
    write(
        "bad-actors.json",
        "{\"format\": \"narrative-model/1\", \"actors\": [" + "1,".repeat(249_980) + "1]}");
    cases.add(Case.of("249981 bad actors", "validate", temp.resolve("bad-actors.json").toString()));
    StringBuilder aspects =
        new StringBuilder(MODEL.replace("aspects: [{id: a}]\n", "") + "aspects:\n- {id: a}\n");
    for (int i = 0; i < 100_000; i++) {
      aspects.append("- {id: x").append(i).append("}\n");
    }
    cases.add(
        Case.of(
            "100000 aspects", "validate", write("aspects.yaml", aspects.toString()).toString()));
    // limits out of range, and at the top of their range
    cases.add(
        Case.of("nesting 1000000", "validate", model.toString(), "--max-nesting-depth", "1000000"));
    cases.add(
        Case.of(
            "string length max int",
            "validate",
            model.toString(),
            "--max-string-length",
            "2147483647"));
    cases.add(Case.of("values 0", "validate", model.toString(), "--max-values", "0"));
    cases.add(
        Case.of(
            "string length top",
            "validate",
            model.toString(),
            "--max-string-length",
            "1073741824"));
    String deep = "[".repeat(990) + "]".repeat(990);
    Path deepFile = write("deep.json", "{\"format\": \"narrative-model/1\", \"x\": " + deep + "}");
    cases.add(
        Case.of(
            "nesting 1000 deep 990",
            "validate",
            deepFile.toString(),
            "--max-nesting-depth",
            "1000"));
    // weights
    String weighted =
        MODEL.replace("holder: PK}", "holder: PK, prescribes: [{practice: aid, weight: W}]}");
    String[][] weights = {
      {"big", "1e1000000"},
      {"overflow", "1e999999999"},
      {"tiny", "1e-999999999"},
      {"digits", "0." + "7".repeat(60_000)}
    };
    for (String[] w : weights) {
      cases.add(
          Case.of(
              "weight " + w[0],
              "infer",
              write("weight-" + w[0] + ".yaml", weighted.replace("W", w[1])).toString(),
              "-f",
              "json"));
    }
    // control characters, line ends, encodings
    write("nul.yaml", MODEL + "name: x\nlabel: 'abcdefghijklmn\0op'\n");
    cases.add(Case.of("nul byte", "validate", temp.resolve("nul.yaml").toString()));
    write("cr.yaml", MODEL.replace("holder: PK", "holder: PQ").replace("\n", "\r"));
    cases.add(Case.of("lone CR", "validate", temp.resolve("cr.yaml").toString()));
    byte[] head = (MODEL + "name: 'éééééééééé").getBytes(UTF_8);
    byte[] bad = java.util.Arrays.copyOf(head, head.length + 3);
    bad[head.length] = (byte) 0xFF;
    bad[head.length + 1] = '\'';
    bad[head.length + 2] = '\n';
    cases.add(Case.of("bad UTF-8 on stdin", "validate", "-").withStdin(write("bad-utf8", bad)));
    String json =
        "{\"format\": \"narrative-model/1\", \"actors\": [{\"id\": \"PK\"}],"
            + " \"situations\": [{\"id\": \"s1\", \"from\": \"2001\"}], \"concepts\": []}";
    cases.add(
        Case.of("UTF-16 JSON on stdin", "validate", "-")
            .withStdin(write("utf16", ("\uFEFF" + json).getBytes(Charset.forName("UTF-16LE")))));
    cases.add(
        Case.of(
            "UTF-32 YAML",
            "validate",
            write("utf32.yaml", ("\uFEFF" + MODEL).getBytes(Charset.forName("UTF-32BE")))
                .toString()));
    // composition
    Path set =
        write(
            "pk.concepts.yaml",
            "format: narrative-concepts/1\n"
                + "concepts: [{id: pk.giver, holder: PK, when: {any: [a]}, prescribes: [{practice: aid}]}]\n");
    Path includesSet = write("includes-set.yaml", MODEL + "include: [pk.concepts.yaml]\n");
    cases.add(
        Case.of(
            "concepts the model includes",
            "infer",
            includesSet.toString(),
            "--concepts",
            set.toString(),
            "-f",
            "json"));
    write("notes.txt", "This is a long note. ".repeat(2000) + "\n");
    cases.add(
        Case.of(
            "text file included",
            "validate",
            write("includes-notes.yaml", MODEL + "include: [notes.txt]\n").toString()));
    Path twice =
        write(
            "twice.concepts.yaml",
            "format: narrative-concepts/1\n"
                + "actors: [{id: IN, name: India}, {id: IN, name: Bharat}]\nconcepts: []\n");
    cases.add(
        Case.of(
            "duplicate in one set", "validate", model.toString(), "--concepts", twice.toString()));

    Process writer = null;
    if (fifos) {
      // feeds the FIFO given as the model more than the document limit; stopped when read enough
      writer =
          new ProcessBuilder(
                  "sh",
                  "-c",
                  "head -c 20000000 /dev/zero > '" + temp.resolve("model-pipe.yaml") + "'")
              .start();
    }
    try {
      outcomes = HostileRunner.run(cases);
    } finally {
      if (writer != null) {
        writer.destroyForcibly();
      }
    }
  }

  private static Outcome outcome(String name) {
    return outcomes.get(name).assertNoTrace().assertWithin(10);
  }

  @Test
  void devicesAndStreams_areReadOnlyUpToTheLimit() {
    if (outcomes.containsKey("device as model")) {
      outcome("device as model")
          .assertCleanUserError(
              "/dev/zero: the document is more than 16777216 bytes long, over the limit maxDocumentBytes");
      outcome("device as concepts").assertCleanUserError("/dev/zero: the document is more than");
      outcome("device on stdin").assertCleanUserError("<stdin>: the document is more than");
    }
    if (fifos) {
      outcome("fifo as model").assertCleanUserError("model-pipe.yaml: the document is more than");
      outcome("fifo included")
          .assertCleanUserError(
              "includes-pipe.yaml:7:11: cannot include 'pipe.yaml': not a regular file");
    }
  }

  @Test
  void directoriesAndMissingFiles_areNamedForWhatTheyAre() {
    outcome("directory as model").assertCleanUserError("dir.yaml: cannot read: is a directory");
    outcome("directory as concepts").assertCleanUserError("dir.yaml: cannot read: is a directory");
    outcome("directory included")
        .assertCleanUserError("includes-dir.yaml:7:11: cannot include 'dir.yaml': is a directory");
    Outcome concepts =
        outcome("missing concepts").assertCleanUserError("nope.concepts.yaml: no such file");
    assertThat(concepts.err()).doesNotContain("model.yaml: no such file");
    Outcome theory =
        outcome("missing theory").assertCleanUserError("rival.concepts.yaml: no such file");
    assertThat(theory.err()).doesNotContain("model.yaml: no such file");
  }

  @Test
  void everyDefaultLimit_fitsTheHeap() {
    outcome("900000 ones")
        .assertCleanUserError("ones.json:1:")
        .assertCleanUserError("over the limit maxValues=250000");
    // the first 1000 problems and a count of the rest (the harness keeps 64 KiB of the output)
    outcome("249981 bad actors").assertCleanUserError("bad-actors.json:1:44: expected an actor");
    Outcome valid = outcomes.get("100000 aspects").assertNoTrace().assertWithin(15);
    assertThat(valid.exit()).as(valid.err()).isZero();
  }

  @Test
  void limits_outOfRange_areRefused_andTheTopOfTheRangeWorks() {
    outcome("nesting 1000000")
        .assertCleanUserError(
            "--max-nesting-depth 1000000 is out of range: it must be between 1 and 1000");
    outcome("string length max int")
        .assertCleanUserError(
            "--max-string-length 2147483647 is out of range: it must be between 1 and 1073741824");
    outcome("values 0").assertCleanUserError("--max-values 0 is out of range");
    assertThat(outcome("string length top").exit()).isZero();
    outcome("nesting 1000 deep 990")
        .assertCleanUserError("deep.json:1:")
        .assertCleanUserError("unknown field 'x'");
  }

  @Test
  void extremeWeights_areLocatedErrors_fast_withShortMessages() {
    for (String w : List.of("big", "overflow", "tiny", "digits")) {
      Outcome o =
          outcomes
              .get("weight " + w)
              .assertNoTrace()
              .assertWithin(5)
              .assertCleanUserError("weight-" + w + ".yaml:6:");
      assertThat(o.err()).as(w).hasSizeLessThan(600);
    }
  }

  @Test
  void controlCharacters_lineEnds_andEncodings_areLocatedOrRead() {
    outcome("nul byte").assertCleanUserError("nul.yaml:8:23: control character U+0000");
    outcome("lone CR").assertCleanUserError("cr.yaml:6:");
    outcome("bad UTF-8 on stdin")
        .assertCleanUserError("<stdin>:7:18: the document is not valid UTF-8: malformed byte 0xFF");
    assertThat(outcome("UTF-16 JSON on stdin").exit()).isZero();
    assertThat(outcome("UTF-32 YAML").exit()).isZero();
  }

  @Test
  void composition_keepsReplacingSets_andQuotesExcerpts() {
    Outcome replaced = outcome("concepts the model includes");
    assertThat(replaced.exit()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("pk.giver");
    Outcome notes =
        outcome("text file included")
            .assertCleanUserError(
                "notes.txt:1:1: expected a concept set (a mapping), found the string 'This is a long note.");
    assertThat(notes.err()).hasSizeLessThan(600);
    outcome("duplicate in one set")
        .assertCleanUserError(
            "twice.concepts.yaml:2:33: actor 'IN' is defined twice in this file, differently");
  }
}
