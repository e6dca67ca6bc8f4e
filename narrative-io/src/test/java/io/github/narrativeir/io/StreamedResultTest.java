package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A result written a chunk at a time is the same text as the one written whole, and the text is
 * handed over in chunks rather than at once.
 */
class StreamedResultTest {
  @TempDir Path temp;

  @Test
  void streamedResult_equalsTheWholeText_forGeneratedModels() {
    qt().withExamples(30)
        .forAll(RandomModels.models())
        .checkAssert(
            model -> {
              Inference result = NarrativeEngine.create().infer(model);
              StringWriter streamed = new StringWriter();
              try {
                ResultWriter.write(result, streamed);
              } catch (IOException e) {
                throw new AssertionError(e);
              }

              assertThat(streamed.toString()).isEqualTo(ResultWriter.toJson(result));
            });
  }

  @Test
  void largeResult_isHandedOverInChunks_andTheFileHoldsTheSameBytes() throws IOException {
    Inference result =
        NarrativeEngine.create()
            .infer(
                WorkloadGenerator.generate(
                    WorkloadSpec.builder()
                        .actors(6)
                        .conceptsPerActor(40)
                        .situations(30)
                        .aspects(120)
                        .build()));
    List<Integer> writes = new ArrayList<>();
    Writer counting =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            writes.add(len);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    ResultWriter.write(result, counting);
    Path file = temp.resolve("result.json");
    ResultWriter.write(result, file);

    String whole = ResultWriter.toJson(result);
    assertThat(whole.length()).isGreaterThan(4 * (64 << 10));
    assertThat(writes).hasSizeGreaterThan(3);
    assertThat(writes.stream().mapToInt(Integer::intValue).max().orElseThrow())
        .isLessThan(whole.length() / 2);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(whole);
  }
}
