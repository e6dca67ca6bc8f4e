package io.github.narrativeir.io;

import static io.github.narrativeir.io.DiscoveryFixtures.conformance;
import static io.github.narrativeir.io.DiscoveryFixtures.discover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.internal.AtomicFiles;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSets;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DiscoveryWriter}: {@code narrative-discovery/1} byte for byte against golden files in
 * {@code src/test/resources/discovery/}, the scores and baselines exactly as {@code
 * narrative-result/1} writes them for the model with the solution, reproducible bytes, and the best
 * solution as a concept set that reads back and combines.
 *
 * <p>To regenerate the golden files after an intended change, run {@code mvn -B -q test -pl
 * narrative-io -am -Dtest=DiscoveryWriterTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnarrative.updateGolden=true}, then review the diff before committing it.
 */
class DiscoveryWriterTest {
  static final Path GOLDEN =
      Path.of(System.getProperty("basedir", ""))
          .toAbsolutePath()
          .resolve("src/test/resources/discovery");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  /** The golden cases: model, actor, mode, most concepts. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("frontline", "PK", Discovery.Mode.REPLACE, 2),
        Arguments.of("frontline", "PK", Discovery.Mode.ADD, 4),
        Arguments.of("frontline", "US", Discovery.Mode.ADD, 4),
        Arguments.of("negatives", "US", Discovery.Mode.REPLACE, 4));
  }

  static String name(String model, String actor, Discovery.Mode mode, int maxConcepts) {
    return model + "-" + actor + "-" + mode.token() + "-" + maxConcepts;
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("cases")
  void json_equalsGoldenFile(String model, String actor, Discovery.Mode mode, int maxConcepts)
      throws IOException {
    String actual = DiscoveryWriter.toJson(discover(conformance(model), actor, mode, maxConcepts));
    Path golden = GOLDEN.resolve(name(model, actor, mode, maxConcepts) + ".discovery.json");

    if (Boolean.getBoolean("narrative.updateGolden")) {
      AtomicFiles.write(golden, actual.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(golden)
        .as("golden file %s; regenerate with -Dnarrative.updateGolden=true", golden)
        .exists();
    assertThat(actual)
        .as("differs from %s; if intended, regenerate with -Dnarrative.updateGolden=true", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void json_leadsWithTheBoundsTheSearchAndTheTies_inMODELsKeyOrder() {
    String json =
        DiscoveryWriter.toJson(discover(conformance("frontline"), "PK", Discovery.Mode.REPLACE, 2));

    assertThat(json)
        .startsWith(
            "{\n  \"format\": \"narrative-discovery/1\",\n  \"actor\": \"PK\",\n  \"mode\": \"replace\",\n"
                + "  \"bounds\": {\n    \"maxAll\": 2,\n    \"maxNone\": 1,\n    \"maxConcepts\": 2\n  },\n"
                + "  \"search\": {\n    \"stop\": \"complete\",\n    \"exhaustive\": true,\n")
        .contains("  \"ties\": {\n    \"count\": 4,\n    \"exact\": true\n  },\n")
        .contains("\"canonical\": \"taliban-regime||transit|US\",")
        .contains("\"when\": {\n            \"all\": [],\n            \"none\": []\n          },")
        .endsWith("  \"unexplainable\": [],\n  \"undetermined\": []\n}\n")
        .doesNotContain("elapsed");
  }

  @Test
  void json_isTheSameBytes_whateverTheSearchTook() {
    DiscoveryResult result = discover(conformance("negatives"), "US", Discovery.Mode.REPLACE, 4);

    String fast = DiscoveryWriter.toJson(DiscoveryFixtures.elapsed(result, Duration.ofMillis(3)));
    String slow = DiscoveryWriter.toJson(DiscoveryFixtures.elapsed(result, Duration.ofMinutes(7)));

    assertThat(slow).isEqualTo(fast).isEqualTo(DiscoveryWriter.toJson(result));
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("cases")
  void scoresAndBaselines_areNarrativeResultsOfTheModelWithEachSolution(
      String name, String actor, Discovery.Mode mode, int maxConcepts) throws IOException {
    Model model = conformance(name);
    DiscoveryResult result = discover(model, actor, mode, maxConcepts);
    JsonNode written = JSON.readTree(DiscoveryWriter.toJson(result));

    JsonNode original =
        JSON.readTree(ResultWriter.toJson(NarrativeEngine.create().infer(model))).get("evaluation");
    assertThat(written.get("original").get("scores")).isEqualTo(original.get("scores"));
    assertThat(written.get("original").get("baselines")).isEqualTo(original.get("baselines"));
    assertThat(written.get("original").get("explained")).isEqualTo(original.get("explained"));
    for (int i = 0; i < result.solutions().size(); i++) {
      Inference with = NarrativeEngine.create().infer(withSolution(model, result, i));
      JsonNode evaluation = JSON.readTree(ResultWriter.toJson(with)).get("evaluation");
      JsonNode solution = written.get("solutions").get(i);

      assertThat(solution.get("rank").asInt()).isEqualTo(i + 1);
      assertThat(solution.get("scores"))
          .as("solution %s", i + 1)
          .isEqualTo(evaluation.get("scores"));
      assertThat(solution.get("baselines")).isEqualTo(evaluation.get("baselines"));
      assertThat(solution.get("explained")).isEqualTo(evaluation.get("explained"));
    }
  }

  /** The model with solution {@code i} added to the actor's concepts, or in their place. */
  static Model withSolution(Model model, DiscoveryResult result, int i) {
    List<Concept> concepts =
        model.concepts().stream()
            .filter(c -> result.mode() == Discovery.Mode.ADD || !c.holder().equals(result.actor()))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    concepts.addAll(result.solutions().get(i).concepts());
    return Model.builder().from(model).concepts(concepts).build();
  }

  @Test
  void write_toAWriterAndAFile_givesTheTextOfToJson() throws IOException {
    DiscoveryResult result = discover(conformance("frontline"), "US", Discovery.Mode.ADD, 4);
    StringWriter out = new StringWriter();
    Path file = temp.resolve("sub").resolve("found.json");

    DiscoveryWriter.write(result, out);
    DiscoveryWriter.write(result, file);

    assertThat(out.toString()).isEqualTo(DiscoveryWriter.toJson(result));
    assertThat(file).hasContent(DiscoveryWriter.toJson(result));
  }

  @Test
  void bestAsConceptSet_holdsTheBestsConcepts_namedAsHypothesesWithoutEvidence() {
    DiscoveryResult result = discover(conformance("frontline"), "PK", Discovery.Mode.REPLACE, 2);

    ConceptSet set = DiscoveryWriter.bestAsConceptSet(result);

    assertThat(set.name())
        .hasValue(
            "Concepts of PK found by discovery (replace mode): hypotheses found from the"
                + " observations, without evidence; look for them in PK's discourse");
    assertThat(set.concepts()).isEqualTo(result.best().concepts());
    assertThat(set.concepts())
        .extracting(c -> c.id().value())
        .containsExactly("PK.discovered.1", "PK.discovered.2");
    assertThat(set.concepts())
        .allSatisfy(
            c -> {
              assertThat(c.evidence()).isEmpty();
              assertThat(c.label())
                  .startsWith(
                      "Hypothesis found by discovery, no evidence yet; needed to explain: ");
            });
    assertThat(set.actors()).isEmpty();
    assertThat(set.aspects()).isEmpty();
    assertThat(set.practices()).isEmpty();
  }

  @Test
  void writeBest_yamlOrJsonByExtension_readsBackAsTheSameSet_andCombinesWithTheModel()
      throws IOException {
    Model model = conformance("frontline");
    DiscoveryResult result = discover(model, "US", Discovery.Mode.ADD, 4);
    Path yaml = temp.resolve("US.discovered.concepts.yaml");
    Path json = temp.resolve("US.discovered.concepts.json");
    Path other = temp.resolve("US.discovered");

    DiscoveryWriter.writeBest(result, yaml);
    DiscoveryWriter.writeBest(result, json);
    DiscoveryWriter.writeBest(result, other);

    ConceptSet expected = DiscoveryWriter.bestAsConceptSet(result);
    assertThat(Files.readString(yaml)).startsWith("format: \"narrative-concepts/1\"\n");
    assertThat(Files.readString(json)).startsWith("{\n  \"format\": \"narrative-concepts/1\",\n");
    assertThat(other).hasContent(Files.readString(yaml));
    for (Path file : List.of(yaml, json)) {
      assertThat(ModelReader.create().readConceptSet(file)).isEqualTo(expected);
    }
    Model combined = ConceptSets.compose(model, List.of(ModelReader.create().readConceptSet(yaml)));
    assertThat(NarrativeEngine.create().infer(combined).evaluation().orElseThrow().explained())
        .isEqualTo(result.best().explained())
        .isEqualTo(5);
  }

  @Test
  void writeBest_ofAnEmptyBest_writesAValidEmptyConceptSet() throws IOException {
    DiscoveryResult result = discover(conformance("frontline"), "PK", Discovery.Mode.ADD, 4);
    Path file = temp.resolve("PK.discovered.concepts.yaml");

    DiscoveryWriter.writeBest(result, file);

    assertThat(result.best().concepts()).isEmpty();
    assertThat(Files.readString(file)).endsWith("concepts: []\n");
    assertThat(ModelReader.create().readConceptSet(file).concepts()).isEmpty();
  }
}
