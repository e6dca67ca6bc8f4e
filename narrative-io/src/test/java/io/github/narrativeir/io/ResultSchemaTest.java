package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.NarrativeEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of {@code narrative-result/1}: the resource and {@code docs/} hold the same
 * bytes, every published conformance result and every result the writer produces is valid, and
 * results broken in the ways a consumer would trip over are not.
 */
class ResultSchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-result-1.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaTree());

  private static JsonNode schemaTree() {
    try (InputStream in = ResultSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode conformance(String name) throws IOException {
    try (InputStream in = ResultSchemaTest.class.getResourceAsStream("/conformance/" + name)) {
      return JSON.readTree(in);
    }
  }

  private static List<Error> errors(JsonNode result) {
    return SCHEMA.validate(result);
  }

  @Test
  void docsCopy_isTheResource() throws IOException {
    Path docs = SchemaTest.repositoryRoot().resolve("docs/narrative-result-1.schema.json");
    try (InputStream in = ResultSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(Files.readString(docs, UTF_8)).isEqualTo(new String(in.readAllBytes(), UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"frontline.result.json", "random-42.result.json", "negatives.result.json"})
  void publishedConformanceResults_areValid(String name) throws IOException {
    assertThat(errors(conformance(name))).isEmpty();
  }

  @Test
  void writtenResultsOfGeneratedModels_areValid() {
    qt().withExamples(60)
        .forAll(RandomModels.models())
        .checkAssert(
            model -> {
              String written = ResultWriter.toJson(NarrativeEngine.create().infer(model));

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "occurred missing on an unexplained item",
        "occurred as a string",
        "a ratio above 1",
        "a negative count",
        "baselines out of order",
        "a fourth baseline",
        "unassessed missing",
        "a baseline's scores without precision",
        "an unknown key in the scores"
      })
  void brokenNegativesResult_isInvalid(String breakage) throws IOException {
    ObjectNode result = (ObjectNode) conformance("negatives.result.json");
    ObjectNode evaluation = (ObjectNode) result.get("evaluation");
    ObjectNode scores = (ObjectNode) evaluation.get("scores");
    ArrayNode baselines = (ArrayNode) evaluation.get("baselines");
    switch (breakage) {
      case "occurred missing on an unexplained item" ->
          ((ObjectNode) evaluation.get("unexplained").get(0)).remove("occurred");
      case "occurred as a string" ->
          ((ObjectNode) evaluation.get("unexplained").get(0)).put("occurred", "false");
      case "a ratio above 1" -> scores.put("recall", 1.5);
      case "a negative count" -> scores.put("falsePositives", -1);
      case "baselines out of order" -> {
        JsonNode all = baselines.remove(0);
        baselines.add(all);
      }
      case "a fourth baseline" -> baselines.add(baselines.get(0).deepCopy());
      case "unassessed missing" -> scores.remove("unassessed");
      case "a baseline's scores without precision" ->
          ((ObjectNode) baselines.get(1).get("scores")).remove("precision");
      case "an unknown key in the scores" -> scores.set("accuracy", NullNode.instance);
      default -> throw new IllegalArgumentException(breakage);
    }

    assertThat(errors(result)).as(breakage).isNotEmpty();
  }
}
