package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.NarrativeEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One reader, the writers and the engine shared by many threads give the single-thread result. */
class ReaderWriterConcurrencyTest {
  @Test
  void sharedReaderAndWriters_manyThreads_identicalOutput() throws Exception {
    byte[] yaml;
    try (var in = getClass().getResourceAsStream("/conformance/frontline.yaml")) {
      yaml = in.readAllBytes();
    }
    ModelReader reader = ModelReader.create();
    String expected = run(reader, yaml);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> outputs = new ArrayList<>();
                  for (int i = 0; i < 40; i++) {
                    outputs.add(run(reader, yaml));
                  }
                  return outputs;
                }));
      }
      start.countDown();
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).allSatisfy(o -> assertThat(o).isEqualTo(expected));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String run(ModelReader reader, byte[] yaml) throws Exception {
    var model = reader.read("frontline.yaml", yaml, Format.YAML).model();
    String written =
        ModelWriter.toText(model, Format.JSON) + ModelWriter.toText(model, Format.YAML);
    var again =
        reader
            .read(
                "again.json",
                ModelWriter.toText(model, Format.JSON).getBytes(StandardCharsets.UTF_8),
                Format.JSON)
            .model();
    return written + ResultWriter.toJson(NarrativeEngine.create().infer(again));
  }
}
