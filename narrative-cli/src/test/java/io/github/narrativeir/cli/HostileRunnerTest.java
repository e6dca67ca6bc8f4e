package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.cli.HostileRunner.Case;
import io.github.narrativeir.cli.HostileRunner.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness of the hostile-input suites: one child JVM per batch, each case's outcome. */
class HostileRunnerTest {
  @TempDir Path temp;

  @Test
  void batch_reportsEachCasesExitAndOutput_andFeedsStandardInput() throws Exception {
    Path model = temp.resolve("bad.yaml");
    Files.writeString(model, "format: narrative-model/1\nactors: [\n", StandardCharsets.UTF_8);
    Path valid = Path.of(NarrativeCliTest.resource("frontline.yaml"));

    Map<String, Outcome> outcomes =
        HostileRunner.run(
            List.of(
                Case.of("missing file", "validate", temp.resolve("nope.yaml").toString()),
                Case.of("syntax error", "validate", model.toString()),
                Case.of("valid from stdin", "validate", "-").withStdin(valid)));

    assertThat(outcomes.keySet())
        .containsExactly("missing file", "syntax error", "valid from stdin");
    outcomes.get("missing file").assertCleanUserError("nope.yaml").assertWithin(10);
    outcomes.get("syntax error").assertCleanUserError("bad.yaml:3:1:");
    assertThat(outcomes.get("valid from stdin").exit()).isZero();
    assertThat(outcomes.get("valid from stdin").out()).contains("valid");
  }

  @Test
  void outcome_withATrace_failsItsAssertion() {
    Outcome traced =
        new Outcome("t", 1, 5, "", "narrative: internal error\n\tat io.github.X.y(X.java:1)\n");
    Outcome named = new Outcome("n", 2, 5, "", "f.yaml:1:1: java.lang.NumberFormatException: x\n");

    assertThatThrownBy(traced::assertNoTrace).hasMessageContaining("no stack frame");
    assertThatThrownBy(() -> named.assertCleanUserError("f.yaml:1:1"))
        .hasMessageContaining("no Java exception or error class name");
    assertThatThrownBy(() -> traced.assertCleanResourceError("internal error"))
        .hasMessageContaining("exactly one line");
  }
}
