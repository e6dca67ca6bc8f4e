package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The result written through Jackson's generator, with its episodes, predictions and changes laid
 * out as raw bytes, is byte for byte the text the library wrote before from a tree of maps by hand
 * ({@link ResultTreeOracle} and {@link TreeJsonOracle}), to a string, a writer and a stream.
 */
class ResultBytesTest {
  @Test
  void anyResult_isWrittenExactlyAsBefore_toEveryKindOfTarget() {
    qt().withExamples(150)
        .forAll(RandomModels.models())
        .checkAssert(model -> assertWrittenAsBefore(NarrativeEngine.create().infer(model)));
  }

  @Test
  void largeResult_withArraysLongerThanAChunk_isWrittenExactlyAsBefore() {
    // 600 aspects a situation and interaction: perceived arrays of several chunks (32 KiB) each
    Model model =
        WorkloadGenerator.generate(
            WorkloadSpec.builder()
                .seed(3)
                .actors(6)
                .conceptsPerActor(40)
                .situations(12)
                .aspects(2000)
                .aspectsPerSituation(600)
                .build());

    assertWrittenAsBefore(NarrativeEngine.create().infer(model));
  }

  @Test
  void resultOfAModelWithoutInteractionAspectsOrConstruals_isWrittenExactlyAsBefore() {
    Model model =
        WorkloadGenerator.generate(
            WorkloadSpec.builder()
                .seed(5)
                .actors(3)
                .conceptsPerActor(10)
                .situations(4)
                .interactionDensity(0)
                .construalDensity(0)
                .build());

    assertWrittenAsBefore(NarrativeEngine.create().infer(model));
  }

  private static void assertWrittenAsBefore(Inference result) {
    String expected = TreeJsonOracle.write(ResultTreeOracle.of(result));

    assertThat(ResultWriter.toJson(result)).isEqualTo(expected);
    StringWriter text = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try {
      ResultWriter.write(result, text);
      ResultWriter.write(result, bytes);
      Writer writer = new OutputStreamWriter(encoded, StandardCharsets.UTF_8);
      ResultWriter.write(result, writer);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(text.toString()).isEqualTo(expected);
    assertThat(bytes.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    assertThat(encoded.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
  }
}
