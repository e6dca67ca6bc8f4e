package io.github.narrativeir.io;

import static io.github.narrativeir.io.DiscoveryFixtures.conformance;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of {@code narrative-discovery/1}: the resource and {@code docs/} hold the same
 * bytes; everything the writer produces is valid (every actor with plain observations of the
 * conformance models, both modes, tight and loose bounds, and a search stopped early); outputs
 * broken in the ways a consumer would trip over are not. The best solution written as a concept set
 * obeys {@code narrative-concepts/1}'s schema.
 */
class DiscoverySchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-discovery-1.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = schema(RESOURCE);
  private static final Schema CONCEPTS = schema(ConceptSetSchemaTest.RESOURCE);

  private static Schema schema(String resource) {
    try (InputStream in = DiscoverySchemaTest.class.getResourceAsStream(resource)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> errors(JsonNode output) {
    return SCHEMA.validate(output);
  }

  @Test
  void docsCopy_isTheResource() throws IOException {
    Path docs = SchemaTest.repositoryRoot().resolve("docs/narrative-discovery-1.schema.json");
    try (InputStream in = DiscoverySchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(Files.readString(docs, UTF_8)).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }

  /** Every actor of {@code model} with a plain observation. */
  private static Set<String> observed(Model model) {
    Set<String> actors = new TreeSet<>();
    for (Observation o : model.observations()) {
      if (o.change().isEmpty()) {
        actors.add(o.actor().value());
      }
    }
    return actors;
  }

  @ParameterizedTest
  @EnumSource(Discovery.Mode.class)
  void writtenOutputsOfTheConformanceModels_andTheirBestAsConceptSets_areValid(Discovery.Mode mode)
      throws IOException {
    for (String name : List.of("frontline", "negatives")) {
      Model model = conformance(name);
      for (String actor : observed(model)) {
        for (int[] bounds : new int[][] {{0, 0, 1}, {1, 0, 2}, {2, 1, 4}}) {
          DiscoveryResult result =
              Discovery.builder(ActorId.of(actor))
                  .mode(mode)
                  .maxAll(bounds[0])
                  .maxNone(bounds[1])
                  .maxConcepts(bounds[2])
                  .top(3)
                  .build()
                  .run(model);
          String what = name + " " + actor + " " + List.of(bounds[0], bounds[1], bounds[2]);

          assertThat(errors(JSON.readTree(DiscoveryWriter.toJson(result)))).as(what).isEmpty();
          JsonNode set =
              JSON.readTree(
                  ModelWriter.toText(DiscoveryWriter.bestAsConceptSet(result), Format.JSON));
          assertThat(CONCEPTS.validate(set)).as(what).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = DiscoveryResult.Stop.class,
      names = {"TIME_LIMIT", "CANCELLED"})
  void outputOfASearchStoppedEarly_isValid(DiscoveryResult.Stop stop) throws IOException {
    DiscoveryResult result =
        DiscoveryFixtures.discover(conformance("negatives"), "US", Discovery.Mode.ADD, 4);
    String json = DiscoveryWriter.toJson(DiscoveryFixtures.stopped(result, stop));

    assertThat(json).contains("\"stop\": \"" + stop.token() + "\",\n    \"exhaustive\": false,");
    assertThat(errors(JSON.readTree(json))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a wrong format tag",
        "an unknown mode",
        "maxAll above its range",
        "maxConcepts 0",
        "an unknown stop",
        "exhaustive though stopped by the time limit",
        "not exhaustive though complete",
        "undetermined observations though exhaustive",
        "exact ties from a search stopped early",
        "a tie count of 0",
        "no solution",
        "a rank of 0",
        "a concept id not of a discovered concept",
        "a canonical text without its target",
        "three none literals",
        "a prescription without its target key",
        "neededFor missing",
        "an observation without its change key",
        "a ratio above 1",
        "a ratio as a string",
        "two baselines",
        "an unknown baseline",
        "the elapsed time",
        "an unknown key in the scores"
      })
  void brokenOutput_isInvalid(String breakage) throws IOException {
    DiscoveryResult result =
        DiscoveryFixtures.discover(conformance("negatives"), "US", Discovery.Mode.REPLACE, 4);
    ObjectNode output = (ObjectNode) JSON.readTree(DiscoveryWriter.toJson(result));
    assertThat(errors(output)).isEmpty();
    ObjectNode search = (ObjectNode) output.get("search");
    ObjectNode solution = (ObjectNode) output.get("solutions").get(0);
    ObjectNode concept = (ObjectNode) solution.get("concepts").get(0);
    ObjectNode scores = (ObjectNode) solution.get("scores");
    switch (breakage) {
      case "a wrong format tag" -> output.put("format", "narrative-result/1");
      case "an unknown mode" -> output.put("mode", "merge");
      case "maxAll above its range" -> ((ObjectNode) output.get("bounds")).put("maxAll", 4);
      case "maxConcepts 0" -> ((ObjectNode) output.get("bounds")).put("maxConcepts", 0);
      case "an unknown stop" -> search.put("stop", "done");
      case "exhaustive though stopped by the time limit" -> search.put("stop", "time-limit");
      case "not exhaustive though complete" -> search.put("exhaustive", false);
      case "undetermined observations though exhaustive" ->
          ((ArrayNode) output.get("undetermined")).add(output.get("unexplainable").get(0));
      case "exact ties from a search stopped early" -> {
        search.put("stop", "cancelled");
        search.put("exhaustive", false);
      }
      case "a tie count of 0" -> ((ObjectNode) output.get("ties")).put("count", 0);
      case "no solution" -> output.putArray("solutions");
      case "a rank of 0" -> solution.put("rank", 0);
      case "a concept id not of a discovered concept" -> concept.put("id", "us.hunt");
      case "a canonical text without its target" -> concept.put("canonical", "safe-haven||aid");
      case "three none literals" ->
          ((ArrayNode) concept.get("when").get("none")).add("a").add("b").add("c");
      case "a prescription without its target key" ->
          ((ObjectNode) concept.get("prescribes")).remove("target");
      case "neededFor missing" -> concept.remove("neededFor");
      case "an observation without its change key" ->
          ((ObjectNode) output.get("unexplainable").get(0)).remove("change");
      case "a ratio above 1" -> scores.put("recall", 1.5);
      case "a ratio as a string" -> scores.put("recall", "0.8");
      case "two baselines" -> ((ArrayNode) solution.get("baselines")).remove(2);
      case "an unknown baseline" ->
          ((ObjectNode) solution.get("baselines").get(0)).put("name", "random");
      case "the elapsed time" -> search.put("elapsed", 0.25);
      case "an unknown key in the scores" -> scores.put("f1", 0.5);
      default -> throw new IllegalArgumentException(breakage);
    }

    assertThat(errors(output)).as(breakage).isNotEmpty();
  }

  @Test
  void everyGoldenOutput_isValid() throws IOException {
    try (Stream<Path> files = Files.list(DiscoveryWriterTest.GOLDEN)) {
      List<Path> golden = files.filter(f -> f.toString().endsWith(".discovery.json")).toList();
      assertThat(golden).isNotEmpty();
      for (Path file : golden) {
        assertThat(errors(JSON.readTree(file.toFile()))).as(file.toString()).isEmpty();
      }
    }
  }
}
