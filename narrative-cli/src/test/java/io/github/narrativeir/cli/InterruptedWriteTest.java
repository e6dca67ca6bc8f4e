package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write stopped by a termination signal (what Ctrl-C and {@code kill} send) leaves either no file
 * or the whole file, and no temporary file, whenever the signal lands.
 */
class InterruptedWriteTest {
  @TempDir Path temp;

  private Process narrative(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                NarrativeCli.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  @Test
  void terminatedWhileWritingAResult_leavesNoTemporaryFileAndNoHalfFile() throws Exception {
    Path model = temp.resolve("model.json");
    Process generate =
        narrative(
            "generate",
            "--actors",
            "20",
            "--concepts",
            "150",
            "--situations",
            "80",
            "-o",
            model.toString());
    assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(generate.exitValue()).isZero();
    Path result = temp.resolve("result.json");

    // the signal lands at different points of reading, inference and writing
    for (long delay : new long[] {700, 1400, 2100, 2800}) {
      Files.deleteIfExists(result);
      Process infer = narrative("infer", model.toString(), "-f", "json", "-o", result.toString());
      Thread.sleep(delay);
      infer.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
      assertThat(infer.waitFor(60, TimeUnit.SECONDS)).isTrue();

      try (Stream<Path> files = Files.list(temp)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("after a signal %d ms in", delay)
            .noneMatch(n -> n.endsWith(".tmp"));
      }
      if (Files.exists(result)) {
        // finished before the signal: then the file is whole
        String text = Files.readString(result);
        assertThat(text).startsWith("{\n  \"format\": \"narrative-result/1\"").endsWith("}\n");
      }
    }
  }

  @Test
  void terminatedDuringASensitivityAnalysis_leavesNoFile() throws Exception {
    Path model = temp.resolve("model.json");
    Process generate =
        narrative(
            "generate",
            "--actors",
            "8",
            "--concepts",
            "10",
            "--situations",
            "20",
            "-o",
            model.toString());
    assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(generate.exitValue()).isZero();
    Path result = temp.resolve("sensitivity.json");

    // about 2,000 variants: the signal lands while the model is read or the variants run
    for (long delay : new long[] {1000, 2500}) {
      Files.deleteIfExists(result);
      Process sensitivity =
          narrative("sensitivity", model.toString(), "-f", "json", "-o", result.toString());
      Thread.sleep(delay);
      sensitivity.destroy();
      assertThat(sensitivity.waitFor(60, TimeUnit.SECONDS)).isTrue();

      try (Stream<Path> files = Files.list(temp)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("after a signal %d ms in", delay)
            .noneMatch(n -> n.endsWith(".tmp"));
      }
      if (Files.exists(result)) {
        // finished before the signal: then the file is whole
        assertThat(Files.readString(result))
            .startsWith("{\n  \"format\": \"narrative-sensitivity/1\"")
            .endsWith("}\n");
      }
    }
  }

  @Test
  void terminatedDuringADiscovery_leavesNoConceptSetFile() throws Exception {
    // the widest bounds on random-42: over a million candidates, several seconds of search
    String model = NarrativeCliTest.resource("random-42.json");
    Path concepts = temp.resolve("A0.discovered.concepts.yaml");

    for (long delay : new long[] {1000, 2500}) {
      Files.deleteIfExists(concepts);
      Process discover =
          narrative(
              "discover",
              model,
              "--actor",
              "A0",
              "--max-all",
              "3",
              "--max-none",
              "2",
              "--max-concepts",
              "9",
              "-o",
              concepts.toString());
      Thread.sleep(delay);
      discover.destroy();
      assertThat(discover.waitFor(60, TimeUnit.SECONDS)).isTrue();

      try (Stream<Path> files = Files.list(temp)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("after a signal %d ms in", delay)
            .noneMatch(n -> n.endsWith(".tmp"));
      }
      if (Files.exists(concepts)) {
        // finished before the signal: then the file is whole
        assertThat(Files.readString(concepts))
            .startsWith("format: \"narrative-concepts/1\"\n")
            .contains("\nconcepts:");
      }
    }
  }
}
