package io.github.narrativeir.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.io.TableImport;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzzing of the import (Jazzer): of the mapping reader (the bytes are a mapping,
 * next to a valid table) and of the table reader (the bytes are a table, under a fixed mapping that
 * dates, matches, compares and sums). Whatever the bytes, the import either returns a model or
 * throws {@link ModelFormatException} whose errors name the mapping or the table, with a message;
 * nothing else may escape (no other exception, no error, no hang past Jazzer's timeout). Without
 * {@code JAZZER_FUZZ=1} the tests replay their seed inputs (in {@code
 * src/test/resources/.../TableImportFuzzTestInputs}) as regression tests; with it they fuzz for the
 * duration given.
 */
class TableImportFuzzTest {
  private static final Path DIR;
  private static final Model MODEL;

  /** Small limits keep each run fast: the mapping reader's limits are the caller's. */
  private static final ReadLimits LIMITS =
      ReadLimits.defaults().withMaxDocumentBytes(1 << 16).withMaxStringLength(1 << 12);

  private static final String TABLE_MAPPING =
      "format: narrative-mapping/1\n"
          + "table: fuzz.csv\n"
          + "date: {column: date, precision: day}\n"
          + "rules:\n"
          + "  - name: strikes\n"
          + "    where: [{column: actor, in: [USA, US]}, {column: note, matches: '^(.*a){3}$'}]\n"
          + "    aspect: drone-campaign\n"
          + "  - name: aid\n"
          + "    where: [{column: amount, atLeast: 0.5}]\n"
          + "    threshold: {sum: amount, atLeast: 100}\n"
          + "    observation: {actor: US, practice: aid, target: PK}\n";

  static {
    try {
      DIR = Files.createTempDirectory("table-import-fuzz");
      DIR.toFile().deleteOnExit();
      try (InputStream model = TableImportFuzzTest.class.getResourceAsStream("/import/model.yaml");
          InputStream events =
              TableImportFuzzTest.class.getResourceAsStream("/import/events.csv")) {
        MODEL = ModelReader.create().read("model.yaml", model).model();
        Files.write(DIR.resolve("events.csv"), events.readAllBytes());
      }
      Files.writeString(DIR.resolve("table.mapping.yaml"), TABLE_MAPPING, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "3s")
  void mapping(byte[] input) throws IOException {
    fuzzMapping(input);
  }

  static void fuzzMapping(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    if (text.contains("/dev") || text.contains("/proc") || text.contains("/sys")) {
      return; // a mapping may name any file as its table; the fuzzer must not read a terminal
    }
    Path mapping = DIR.resolve("fuzz.mapping.yaml");
    Files.write(mapping, input);
    run(mapping, Set.of());
  }

  @FuzzTest(maxDuration = "3s")
  void table(byte[] input) throws IOException {
    fuzzTable(input);
  }

  static void fuzzTable(byte[] input) throws IOException {
    Path table = DIR.resolve("fuzz.csv");
    Files.write(table, input);
    Path mapping = DIR.resolve("table.mapping.yaml");
    run(mapping, Set.of(mapping.toString(), table.toString()));
  }

  private static void run(Path mapping, Set<String> sources) throws IOException {
    try {
      TableImport.Result r = TableImport.run(mapping, MODEL, LIMITS);
      assertThat(r.notes()).isNotEmpty();
    } catch (ModelFormatException e) {
      List<Problem> errors = e.errors();
      assertThat(errors).isNotEmpty();
      for (Problem p : errors) {
        assertThat(p.message()).isNotBlank();
        assertThat(p.line()).isNotNegative();
        assertThat(p.message().length()).as("a short message").isLessThan(2000);
        // the mapping or the table (a fuzzed mapping may name any table: then only not blank)
        if (sources.isEmpty()) {
          assertThat(p.source()).isNotBlank();
        } else {
          assertThat(p.source()).isIn(sources);
        }
      }
    }
  }
}
