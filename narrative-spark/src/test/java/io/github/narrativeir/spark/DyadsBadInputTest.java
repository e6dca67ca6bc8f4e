package io.github.narrativeir.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to the dyads job is reported by file, line and column, never by a stack trace, and one
 * bad dyad does not lose the others.
 */
class DyadsBadInputTest {
  @Test
  void aColumnTheMappingNames_missingFromTheTable_isLocatedInTheTemplate(@TempDir Path dir) {
    Path mapping = Fixtures.path("dyad-missing-column.mapping.yaml");
    LocalSpark.session(); // the command runs in the test's session (and leaves it running)
    Commands.Run run =
        Commands.spark(
            "dyads",
            "--events",
            Fixtures.path("events.csv").toString(),
            "--mapping",
            mapping.toString(),
            "--concepts",
            Fixtures.path("dyad.concepts.yaml").toString(),
            "--out",
            dir.resolve("out").toString(),
            "--master",
            "local[1]");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(mapping + ":19:")
        .contains("'RootCode'")
        .contains(mapping + ": 1 error")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMalformedRowAndAnInvalidDyad_areLocated_andTheOtherDyadsAreWritten_partitionedByDyad(
      @TempDir Path dir) throws Exception {
    Path events = Fixtures.path("events-bad.csv");
    Path out = dir.resolve("out");
    LocalSpark.session(); // the command runs in the test's session (and leaves it running)
    Commands.Run run =
        Commands.spark(
            "dyads",
            "--events",
            events.toString(),
            "--mapping",
            Fixtures.path("dyad.mapping.yaml").toString(),
            "--concepts",
            Fixtures.path("dyad.concepts.yaml").toString(),
            "--out",
            out.toString(),
            "--format",
            "json",
            "--master",
            "local[2]");

    long lines = Files.readAllLines(events).size();
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    // the short row, by line (the next to last), and the dyads whose actor code is no actor id
    assertThat(run.err())
        .contains(events + ":" + (lines - 1) + ":1: expected 5 fields (as the header has)")
        .contains("(dyad U S -> PAK)")
        .contains("(dyad PAK -> U S)")
        .contains("4 dyads, 2 written, 2 failed; 1 malformed rows left out")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(out.resolve("predictions/self=USA/other=PAK")).isDirectory();
    assertThat(out.resolve("predictions/self=PAK/other=USA")).isDirectory();
    assertThat(out.resolve("problems")).isDirectory();
    // each dataset partitioned by dyad, one file per dyad; the failed dyads have no partition
    assertThat(out.resolve("changes/self=USA/other=PAK")).isDirectory();
    assertThat(out.resolve("episodes/self=PAK/other=USA")).isDirectory();
    assertThat(out.resolve("evaluations/self=USA/other=PAK")).isDirectory();
    assertThat(out.resolve("predictions/self=U S")).doesNotExist();
    try (Stream<Path> parts = Files.list(out.resolve("predictions/self=USA/other=PAK"))) {
      assertThat(parts.filter(p -> p.toString().endsWith(".json"))).hasSize(1);
    }
    // written to a temporary beside it and renamed: nothing else is left in the directory
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out");
    }

    DyadResults results =
        NarrativeSpark.dyads(
            LocalSpark.session(),
            DyadsJob.builder()
                .events(events.toString())
                .mapping(Fixtures.path("dyad.mapping.yaml"))
                .concepts(Fixtures.path("dyad.concepts.yaml"))
                .build());
    List<Row> problems = results.problems().orderBy("line").collectAsList();
    assertThat(problems).extracting(r -> r.<String>getAs("file")).contains(events.toString());
    Row invalid = results.results().filter("self = 'U S' and other = 'PAK'").first();
    assertThat(invalid.<String>getAs("result")).isNull();
    assertThat(invalid.<Integer>getAs("problemCount")).isPositive();
  }
}
