package io.github.narrativeir.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dyads job on a table of 3,000 events and 20 directed dyads: for any one dyad, its output is
 * what {@code narrative import} and {@code narrative infer} give on that dyad alone, with the
 * templates bound to it by hand.
 */
class DyadsJobTest {
  private static DyadResults results;

  @BeforeAll
  static void runJob() throws Exception {
    results =
        NarrativeSpark.dyads(
            LocalSpark.session(),
            DyadsJob.builder()
                .events(Fixtures.path("events.csv").toString())
                .mapping(Fixtures.path("dyad.mapping.yaml"))
                .concepts(Fixtures.path("dyad.concepts.yaml"))
                .build());
  }

  @ParameterizedTest
  @CsvSource({"USA,PAK", "PAK,USA", "IND,PAK", "PAK,IND", "CHN,RUS"})
  void oneDyad_isNarrativeImportAndInferOnThatDyadAlone(
      String self, String other, @TempDir Path dir) throws Exception {
    String expected = importAndInfer(self, other, dir);

    List<Row> rows =
        results
            .results()
            .filter("self = '" + self + "' and other = '" + other + "'")
            .collectAsList();

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<Integer>getAs("problemCount")).isZero();
    assertThat(rows.get(0).<String>getAs("result")).isEqualTo(expected);
    // the predictions dataset: one row per prediction, narrative-result/1's fields and order
    JsonNode json = new ObjectMapper().readTree(expected);
    List<String> fromJson = new ArrayList<>();
    json.get("predictions")
        .forEach(
            p ->
                fromJson.add(
                    String.join(
                        "|",
                        p.get("actor").asText(),
                        p.get("practice").asText(),
                        p.get("target").isNull() ? "null" : p.get("target").asText(),
                        p.get("situation").asText(),
                        p.get("support").toString(),
                        p.get("opposition").toString(),
                        p.get("concepts").toString().replace("\"", ""))));
    List<String> fromSpark = new ArrayList<>();
    results
        .predictions()
        .filter("self = '" + self + "' and other = '" + other + "'")
        .orderBy("index")
        .collectAsList()
        .forEach(
            r ->
                fromSpark.add(
                    String.join(
                        "|",
                        r.<String>getAs("actor"),
                        r.<String>getAs("practice"),
                        String.valueOf(r.<String>getAs("target")),
                        r.<String>getAs("situation"),
                        r.<String>getAs("support"),
                        r.<String>getAs("opposition"),
                        r.getList(r.fieldIndex("concepts")).toString().replace(" ", ""))));
    assertThat(fromSpark).isNotEmpty().isEqualTo(fromJson);
    long changes = 0;
    for (JsonNode n : json.get("narratives")) {
      changes += n.get("changes").size();
    }
    assertThat(
            results.changes().filter("self = '" + self + "' and other = '" + other + "'").count())
        .isEqualTo(changes);
    assertThat(
            results
                .evaluations()
                .filter("self = '" + self + "' and other = '" + other + "'")
                .count())
        .isEqualTo(json.has("evaluation") && !json.get("evaluation").isNull() ? 1 : 0);
  }

  @Test
  void everyDirectedDyadOfTheTable_once() throws Exception {
    Set<String> dyads = new HashSet<>();
    try (Stream<String> lines = Files.lines(Fixtures.path("events.csv"))) {
      lines.skip(1).map(l -> l.split(",")).forEach(f -> dyads.add(f[1] + "->" + f[2]));
    }
    Set<String> fromSpark = new HashSet<>();
    results
        .results()
        .collectAsList()
        .forEach(r -> fromSpark.add(r.getString(0) + "->" + r.getString(1)));

    assertThat(fromSpark).hasSize(20).isEqualTo(dyads);
    assertThat(results.results().filter("problemCount > 0").count()).isZero();
    assertThat(results.problems().count()).isZero();
  }

  @Test
  void bind_isWhatTheJobRunsForOneDyad_andRefusesAnActorThatIsNoId(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("USA-PAK.concepts.yaml");
    Commands.Run run =
        Commands.spark(
            "bind",
            Fixtures.path("dyad.concepts.yaml").toString(),
            "--self",
            "USA",
            "--other",
            "PAK",
            "-o",
            out.toString());
    Commands.Run bad =
        Commands.spark(
            "bind",
            Fixtures.path("dyad.mapping.yaml").toString(),
            "--self",
            "U S",
            "--other",
            "PAK");

    assertThat(run.exit()).as(run.err()).isZero();
    String bound = Files.readString(out);
    assertThat(bound)
        .contains("holder: USA")
        .contains("target: PAK")
        .contains("did:PAK:cooperate:USA")
        .contains("id: self.retaliation") // ids that merely contain the word stay
        .doesNotContain("holder: SELF");
    assertThat(bound.lines().count())
        .isEqualTo(Files.readString(Fixtures.path("dyad.concepts.yaml")).lines().count());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("narrative-spark bind: ").contains("U S");
  }

  /**
   * What {@code narrative import} with the templates bound to the dyad by hand, then {@code
   * narrative infer --format json}, print: the dyad alone, on the single-machine commands.
   */
  static String importAndInfer(String self, String other, Path dir) throws Exception {
    Files.copy(Fixtures.path("events.csv"), dir.resolve("events.csv"));
    String mapping =
        Files.readString(Fixtures.path("dyad.mapping.yaml"))
            .replace("\"SELF\"", "\"" + self + "\"")
            .replace("\"OTHER\"", "\"" + other + "\"");
    String concepts =
        Files.readString(Fixtures.path("dyad.concepts.yaml"))
            .replace("holder: SELF", "holder: " + self)
            .replace("holder: OTHER", "holder: " + other)
            .replace("target: OTHER", "target: " + other)
            .replace("target: SELF", "target: " + self)
            .replace("did:OTHER:cooperate:SELF", "did:" + other + ":cooperate:" + self)
            .replace("did:SELF:use-force:OTHER", "did:" + self + ":use-force:" + other);
    Files.writeString(dir.resolve("dyad.mapping.yaml"), mapping, UTF_8);
    Files.writeString(dir.resolve("dyad.concepts.yaml"), concepts, UTF_8);
    Files.writeString(
        dir.resolve("base.yaml"),
        "format: narrative-model/1\nactors: [{id: "
            + self
            + "}, {id: "
            + other
            + "}]\nsituations: []\nconcepts: []\n",
        UTF_8);
    Commands.Run imported =
        Commands.narrative(
            "import", dir.resolve("dyad.mapping.yaml").toString(),
            "--into", dir.resolve("base.yaml").toString(),
            "--concepts", dir.resolve("dyad.concepts.yaml").toString(),
            "-o", dir.resolve("model.yaml").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    Commands.Run inferred =
        Commands.narrative("infer", dir.resolve("model.yaml").toString(), "--format", "json");
    assertThat(inferred.exit()).as(inferred.err()).isZero();
    return inferred.out();
  }
}
