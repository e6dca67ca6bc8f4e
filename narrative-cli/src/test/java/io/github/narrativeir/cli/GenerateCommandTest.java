package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.NarrativeCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code narrative generate}: every numeric option in its range, the whole within the heap. */
class GenerateCommandTest {
  @TempDir Path temp;

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--actors, 1000000, '--actors must be from 1 to 100000, not 1000000'",
    "--actors, 0, '--actors must be from 1 to 100000, not 0'",
    "--concepts, -1, '--concepts must be from 0 to 100000, not -1'",
    "--situations, 200000, '--situations must be from 1 to 107988, not 200000'",
    "--aspects, 0, '--aspects must be from 1 to 1000000, not 0'",
    "--aspects-per-situation, 201, '--aspects-per-situation must be from 0 to 200, not 201'",
    "--practices, 0, '--practices must be from 1 to 100000, not 0'",
    "--trigger-size, 1001, '--trigger-size must be from 0 to 1000, not 1001'",
    "--construals, Infinity, '--construals must be a number from 0 to 100, not Infinity'",
    "--construals, NaN, '--construals must be a number from 0 to 100, not NaN'",
    "--construals, -0.5, '--construals must be a number from 0 to 100, not -0.5'",
    "--occlusions, 1.5, '--occlusions must be a number from 0 to 1, not 1.5'",
    "--proscriptions, -Infinity, '--proscriptions must be a number from 0 to 1, not -Infinity'",
    "--interaction, 2, '--interaction must be a number from 0 to 1, not 2.0'",
  })
  void outOfRange_exitsTwoNamingTheOptionAndItsRange(String option, String value, String message) {
    Path out = temp.resolve("m.json");

    Run run = NarrativeCliTest.run("generate", option, value, "-o", out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("narrative generate: " + message + "\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void notAnInteger_exitsTwo() {
    Run run = NarrativeCliTest.run("generate", "--actors", "99999999999");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'99999999999' is not an int");
  }

  @Test
  void tooLargeForTheHeap_refusedWithItsSize_beforeAnyWork() {
    long allowed = Runtime.getRuntime().maxMemory() / GenerateCommand.HEAP_BYTES_PER_VALUE;
    // Concepts per actor so that the model has about twice the values the heap allows.
    long concepts = Math.min(100_000, allowed * 2 / (100_000L * 16) + 1);
    long start = System.nanoTime();

    Run run =
        NarrativeCliTest.run(
            "generate", "--actors", "100000", "--concepts", Long.toString(concepts));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("narrative generate: a model of 100000 actors x " + concepts + " concepts")
        .contains("values, more than the")
        .contains("that fit this Java heap");
    assertThat(run.out()).isEmpty();
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void estimate_growsWithEverySize() {
    GenerateCommand g = new GenerateCommand();
    g.actors = 4;
    g.concepts = 20;
    g.situations = 10;
    g.aspects = 200;
    g.aspectsPerSituation = 30;
    g.practices = 10;
    g.triggerSize = 2;
    g.construals = 1;
    double base = g.estimatedValues();
    g.construals = 2;
    assertThat(g.estimatedValues()).isGreaterThan(base);
    g.triggerSize = 10;
    double more = g.estimatedValues();
    assertThat(more).isGreaterThan(base);
    g.actors = 100_000;
    g.concepts = 100_000;
    assertThat(g.estimatedValues()).isGreaterThan(1e10);
  }

  @Test
  void defaults_stillGenerateTheSameModel() throws Exception {
    Path out = temp.resolve("m.json");

    Run run = NarrativeCliTest.run("generate", "-o", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(Files.readString(out))
        .contains("\"name\": \"generated: seed 1, 4 actors x 20 concepts, 10 situations\"");
  }
}
