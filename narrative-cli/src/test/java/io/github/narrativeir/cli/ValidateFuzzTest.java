package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of {@code narrative validate -}: whatever arrives on standard input, the
 * command exits 0 (valid) or 2 (invalid, with located problems on standard error), never 1, and
 * never prints a stack trace. Seeds are in {@code ValidateFuzzTestInputs}.
 */
class ValidateFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void validate(byte[] input) {
    NarrativeCliTest.Run run =
        NarrativeCliTest.run(new ByteArrayInputStream(input), "validate", "-");

    assertThat(run.exit()).as(run.err()).isIn(0, 2);
    assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ");
  }
}
