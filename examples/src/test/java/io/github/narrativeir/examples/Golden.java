package io.github.narrativeir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the examples' printed output, under {@code src/test/resources/golden}. Run with
 * {@code -Dnarrative.updateGolden=true} to rewrite them after an intended change, then review the
 * diff: a change to the engine that alters the argument shows up there.
 */
final class Golden {
  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("narrative.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as(
            "%s differs from the golden file %s; if the change is intended, regenerate with"
                + " -Dnarrative.updateGolden=true and review the diff",
            name, file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
