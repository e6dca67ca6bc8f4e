package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published conformance cases of MODEL.md: the engine's result equals the expected one. */
class ConformanceTest {
  @ParameterizedTest
  @ValueSource(strings = {"frontline.yaml", "random-42.json", "negatives.yaml"})
  void engineResult_equalsPublishedResult(String file) throws Exception {
    Model model;
    try (java.io.InputStream in = getClass().getResourceAsStream("/conformance/" + file)) {
      model = ModelReader.create().read(file, in).model();
    }
    JsonNode expected =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(resource(resultFile(file)));

    String written = ResultWriter.toJson(NarrativeEngine.create().infer(model));
    JsonNode actual = new com.fasterxml.jackson.databind.ObjectMapper().readTree(written);

    assertThat(normalized(actual).toPrettyString())
        .isEqualTo(normalized(expected).toPrettyString());
    assertThat(keyOrder(actual)).isEqualTo(keyOrder(expected));
    assertThat(written).isEqualTo(resource(resultFile(file)));
  }

  private static String resultFile(String file) {
    return file.substring(0, file.lastIndexOf('.')) + ".result.json";
  }

  static String resource(String name) throws java.io.IOException {
    try (java.io.InputStream in =
        ConformanceTest.class.getResourceAsStream("/conformance/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Re-reads fractional numbers as stripped decimals, so that numbers compare by value. */
  static JsonNode normalized(JsonNode node) {
    if (node.isNumber() && !node.isIntegralNumber()) {
      return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(
          node.decimalValue().stripTrailingZeros());
    }
    if (node.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode copy =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), normalized(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy =
          com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> copy.add(normalized(n)));
      return copy;
    }
    return node;
  }

  static List<String> keyOrder(JsonNode node) {
    List<String> keys = new ArrayList<>();
    collect(node, "", keys);
    return keys;
  }

  private static void collect(JsonNode node, String path, List<String> keys) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        keys.add(path + "/" + e.getKey());
        collect(e.getValue(), path + "/" + e.getKey(), keys);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, keys);
      }
    }
  }
}
