package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import java.io.InputStream;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published sensitivity conformance cases of MODEL.md ({@code NAME.sensitivity.json}, all five
 * exhaustive families): the analysis, written by {@link SensitivityWriter}, equals the expected
 * output as a tree of numbers equal by value, in key order, and byte for byte; sequentially, in
 * parallel, and streamed to a writer.
 */
class SensitivityConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Inference infer(String file) throws Exception {
    try (InputStream in =
        SensitivityConformanceTest.class.getResourceAsStream("/conformance/" + file)) {
      Model model = ModelReader.create().read(file, in).model();
      return NarrativeEngine.create().infer(model);
    }
  }

  private static String expectedFile(String file) {
    return file.substring(0, file.lastIndexOf('.')) + ".sensitivity.json";
  }

  @ParameterizedTest
  @ValueSource(strings = {"frontline.yaml", "negatives.yaml"})
  void sensitivity_equalsPublishedResult(String file) throws Exception {
    String expectedText = ConformanceTest.resource(expectedFile(file));
    JsonNode expected = JSON.readTree(expectedText);

    String written = SensitivityWriter.toJson(Sensitivity.create().run(infer(file)));
    JsonNode actual = JSON.readTree(written);

    assertThat(ConformanceTest.normalized(actual).toPrettyString())
        .isEqualTo(ConformanceTest.normalized(expected).toPrettyString());
    assertThat(ConformanceTest.keyOrder(actual)).isEqualTo(ConformanceTest.keyOrder(expected));
    assertThat(written).isEqualTo(expectedText);
  }

  @ParameterizedTest
  @ValueSource(strings = {"frontline.yaml", "negatives.yaml"})
  void parallelAndStreamed_giveTheSameBytes(String file) throws Exception {
    Inference original = infer(file);
    SensitivityResult sequential = Sensitivity.create().run(original);

    SensitivityResult parallel = Sensitivity.builder().parallel(true).build().run(original);
    StringWriter streamed = new StringWriter();
    SensitivityWriter.write(parallel, streamed);

    assertThat(parallel).isEqualTo(sequential);
    assertThat(streamed.toString()).isEqualTo(ConformanceTest.resource(expectedFile(file)));
  }
}
