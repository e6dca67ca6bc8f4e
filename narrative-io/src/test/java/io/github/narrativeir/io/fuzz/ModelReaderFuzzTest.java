package io.github.narrativeir.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.Problem;

/**
 * Coverage-guided fuzzing of the model readers (Jazzer). Whatever the bytes, reading either returns
 * a model or throws {@link ModelFormatException} with at least one located error; nothing else may
 * escape. Without {@code JAZZER_FUZZ=1} the tests replay their seed inputs (in {@code
 * src/test/resources/.../ModelReaderFuzzTestInputs}) as regression tests; with it they fuzz for the
 * duration given.
 */
class ModelReaderFuzzTest {
  private static final ModelReader READER = ModelReader.create();

  @FuzzTest(maxDuration = "3s")
  void yaml(byte[] input) {
    read(input, Format.YAML);
  }

  @FuzzTest(maxDuration = "3s")
  void json(byte[] input) {
    read(input, Format.JSON);
  }

  static void read(byte[] input, Format format) {
    try {
      READER.read("fuzz", input, format);
    } catch (ModelFormatException e) {
      assertThat(e.errors()).isNotEmpty();
      for (Problem p : e.errors()) {
        assertThat(p.message()).isNotBlank();
        assertThat(p.source()).isEqualTo("fuzz");
      }
    }
  }
}
