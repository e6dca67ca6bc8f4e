package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents (over the size limit, deeply nested, one long value, a billion laughs) fail
 * within a second each, with a message naming the limit, in a JVM with a 256 MB heap.
 */
class SmallHeapLimitsTest {
  @Test
  void hostileDocuments_failFastWithTheLimitNamed_in256MbHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java, "-Xmx256m", "-cp", TestClassPath.get(), SmallHeapLimits.class.getName())
            .redirectErrorStream(true)
            .start();
    boolean finished = p.waitFor(120, TimeUnit.SECONDS);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      p.destroyForcibly();
    }

    assertThat(finished).as("the child JVM finished").isTrue();
    assertThat(output).doesNotContain("OutOfMemoryError", "READ WITHOUT ERROR");
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output.lines().toList()).hasSize(10);
    for (String line :
        List.of(
            "over the size limit",
            "deep nesting",
            "long run without spaces",
            "long quoted string",
            "billion laughs")) {
      assertThat(output).contains(line + "\t");
    }
  }
}
