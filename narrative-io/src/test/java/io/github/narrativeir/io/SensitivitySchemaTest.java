package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of {@code narrative-sensitivity/1}: the resource and {@code docs/} hold the same
 * bytes, the published conformance outputs, the pinned {@code monte-carlo} output and everything
 * the writer produces are valid (including the undefined values of a model without observations and
 * of a run without variants), and outputs broken in the ways a consumer would trip over are not.
 */
class SensitivitySchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-sensitivity-1.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree());

  private static JsonNode schemaTree() {
    try (InputStream in = SensitivitySchemaTest.class.getResourceAsStream(RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode conformance(String name) throws IOException {
    try (InputStream in = SensitivitySchemaTest.class.getResourceAsStream("/conformance/" + name)) {
      return JSON.readTree(in);
    }
  }

  private static List<Error> errors(JsonNode output) {
    return SCHEMA.validate(output);
  }

  @Test
  void docsCopy_isTheResource() throws IOException {
    Path docs = SchemaTest.repositoryRoot().resolve("docs/narrative-sensitivity-1.schema.json");
    try (InputStream in = SensitivitySchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(Files.readString(docs, UTF_8)).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"frontline.sensitivity.json", "negatives.sensitivity.json"})
  void publishedConformanceOutputs_areValid(String name) throws IOException {
    assertThat(errors(conformance(name))).isEmpty();
  }

  @Test
  void shiftBoundaryOutput_isValid() throws IOException {
    try (InputStream in =
        SensitivitySchemaTest.class.getResourceAsStream("/shift/with-data.sensitivity.json")) {
      assertThat(errors(JSON.readTree(in))).isEmpty();
    }
  }

  @Test
  void writtenOutputsOfGeneratedModels_areValid() {
    qt().withExamples(25)
        .forAll(RandomModels.models())
        .checkAssert(
            model -> {
              String written =
                  SensitivityWriter.toJson(
                      Sensitivity.create().run(NarrativeEngine.create().infer(model)));

              assertThat(errors(readTree(written))).isEmpty();
            });
  }

  @Test
  void pinnedMonteCarloOutput_andWrittenMonteCarloOutputsOfGeneratedModels_areValid()
      throws IOException {
    assertThat(errors(JSON.readTree(MonteCarloWriterTest.pinned()))).isEmpty();
    qt().withExamples(10)
        .forAll(RandomModels.models(), longs().all())
        .checkAssert(
            (model, seed) -> {
              MonteCarlo spec =
                  MonteCarlo.builder()
                      .samples(5)
                      .seed(seed)
                      .weightFactor(MonteCarlo.MAX_WEIGHT_FACTOR)
                      .conceptDropProbability(BigDecimal.ONE)
                      .aspectDropProbability(BigDecimal.ZERO)
                      .build();
              String written =
                  SensitivityWriter.toJson(
                      Sensitivity.builder()
                          .monteCarlo(spec)
                          .build()
                          .run(NarrativeEngine.create().infer(model)));

              assertThat(errors(readTree(written))).isEmpty();
            });
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writtenOutputsWithUndefinedValues_areValid() throws IOException {
    Model model = SensitivityWriterTest.negatives();
    Model unobserved = Model.builder().from(model).observations(List.of()).build();
    String noObservations =
        SensitivityWriter.toJson(
            Sensitivity.create().run(NarrativeEngine.create().infer(unobserved)));
    String noVariants =
        SensitivityWriter.toJson(
            Sensitivity.builder()
                .families(List.<SensitivityFamily>of())
                .build()
                .run(NarrativeEngine.create().infer(model)));

    assertThat(errors(JSON.readTree(noObservations))).isEmpty();
    assertThat(errors(JSON.readTree(noVariants))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a share above 1",
        "a share as a string",
        "flippedIn missing",
        "a negative variant count",
        "a family name in capitals",
        "a variant name without its family",
        "an empty gainedIn",
        "changes explained as a decimal",
        "a score range without its median",
        "an unknown key in the scores",
        "a wrong format tag"
      })
  void brokenNegativesOutput_isInvalid(String breakage) throws IOException {
    ObjectNode output = (ObjectNode) conformance("negatives.sensitivity.json");
    ObjectNode prediction = (ObjectNode) output.get("predictions").get(0);
    ObjectNode scores = (ObjectNode) output.get("scores");
    switch (breakage) {
      case "a share above 1" -> prediction.put("holds", 1.5);
      case "a share as a string" -> prediction.put("holds", "0.9091");
      case "flippedIn missing" ->
          ((ObjectNode) output.get("observations").get(0)).remove("flippedIn");
      case "a negative variant count" ->
          ((ObjectNode) output.get("families").get(0)).put("variants", -1);
      case "a family name in capitals" ->
          ((ObjectNode) output.get("families").get(0)).put("name", "DROP");
      case "a variant name without its family" ->
          ((ArrayNode) prediction.get("lostIn")).add("pk.bargain");
      case "an empty gainedIn" -> ((ObjectNode) output.get("gained").get(0)).putArray("gainedIn");
      case "changes explained as a decimal" ->
          ((ObjectNode) scores.get("changesExplained")).put("max", 0.5);
      case "a score range without its median" ->
          ((ObjectNode) scores.get("recall")).remove("median");
      case "an unknown key in the scores" -> scores.set("precision", NullNode.instance);
      case "a wrong format tag" -> output.put("format", "narrative-result/1");
      default -> throw new IllegalArgumentException(breakage);
    }

    assertThat(errors(output)).as(breakage).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a monte-carlo family without its seed",
        "a monte-carlo family without its generator",
        "another generator",
        "a seed as a string",
        "a fractional seed",
        "a drop probability above 1",
        "a weight factor below 1",
        "breakTies as a string",
        "a monte-carlo family without variants",
        "a seed on an exhaustive family",
        "an unknown key on the monte-carlo family"
      })
  void brokenMonteCarloOutput_isInvalid(String breakage) throws IOException {
    ObjectNode output = (ObjectNode) JSON.readTree(MonteCarloWriterTest.pinned());
    ObjectNode monteCarlo = (ObjectNode) output.get("families").get(5);
    assertThat(errors(output)).isEmpty();
    switch (breakage) {
      case "a monte-carlo family without its seed" -> monteCarlo.remove("seed");
      case "a monte-carlo family without its generator" -> monteCarlo.remove("generator");
      case "another generator" -> monteCarlo.put("generator", "java.util.Random");
      case "a seed as a string" -> monteCarlo.put("seed", "42");
      case "a fractional seed" -> monteCarlo.put("seed", 4.2);
      case "a drop probability above 1" -> monteCarlo.put("conceptDropProbability", 1.5);
      case "a weight factor below 1" -> monteCarlo.put("weightFactor", 0.5);
      case "breakTies as a string" -> monteCarlo.put("breakTies", "true");
      case "a monte-carlo family without variants" -> monteCarlo.put("variants", 0);
      case "a seed on an exhaustive family" ->
          ((ObjectNode) output.get("families").get(0)).put("seed", 42);
      case "an unknown key on the monte-carlo family" -> monteCarlo.put("samples", 20);
      default -> throw new IllegalArgumentException(breakage);
    }

    assertThat(errors(output)).as(breakage).isNotEmpty();
  }
}
