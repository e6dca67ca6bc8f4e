package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table of a million rows imports in a JVM whose heap is far smaller than the table. */
class LargeTableImportTest {
  @TempDir Path temp;

  @Test
  void millionRowTable_importsIn32MbHeap_streaming() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                javaBin,
                "-Xmx32m",
                "-cp",
                TestClassPath.get(),
                LargeTableImport.class.getName(),
                temp.toString(),
                "1000000")
            .redirectErrorStream(true)
            .start();
    boolean finished = p.waitFor(180, TimeUnit.SECONDS);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      p.destroyForcibly();
    }

    assertThat(finished).as("the child JVM finished").isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError");
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(temp.resolve("events.csv"))
        .satisfies(
            f ->
                assertThat(java.nio.file.Files.size(f))
                    .as("the table is larger than the heap")
                    .isGreaterThan(32L << 20));
    assertThat(output)
        .contains("1000000 rows read from events.csv")
        .contains("generated 30 situations (every year): 1990 to 2019")
        .contains("situations 30, observations 60");
  }
}
