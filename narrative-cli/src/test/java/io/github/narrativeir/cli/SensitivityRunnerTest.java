package io.github.narrativeir.cli;

import static io.github.narrativeir.cli.NarrativeCliTest.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * A {@link SensitivityRunner} given to {@link NarrativeCli#run} runs {@code narrative
 * sensitivity}'s analysis, once, after the command's own reading and checks; its result is what the
 * command writes; other commands never call it.
 */
class SensitivityRunnerTest {
  /** Delegates to {@link SensitivityRunner#LOCAL} and records what it was given. */
  private static final class Recording implements SensitivityRunner {
    final List<Sensitivity> analyses = new ArrayList<>();
    final List<Inference> originals = new ArrayList<>();

    @Override
    public SensitivityResult run(Sensitivity analysis, Inference original, IntConsumer done) {
      analyses.add(analysis);
      originals.add(original);
      return LOCAL.run(analysis, original, done);
    }

    @Override
    public boolean commandShowsProgress() {
      return false;
    }
  }

  private static String[] run(SensitivityRunner runner, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        NarrativeCli.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            runner);
    return new String[] {String.valueOf(exit), out.toString(UTF_8), err.toString(UTF_8)};
  }

  @Test
  void sensitivity_runsTheAnalysisThroughTheRunner_once_andWritesItsResult() {
    Recording runner = new Recording();
    String[] args = {
      "sensitivity",
      resource("frontline.yaml"),
      "--family",
      "weight",
      "--samples",
      "7",
      "--seed",
      "3",
      "--no-interaction",
      "--format",
      "json"
    };

    String[] viaRunner = run(runner, args);
    String[] local = run(SensitivityRunner.LOCAL, args);

    assertThat(viaRunner[0]).as(viaRunner[2]).isEqualTo("0");
    assertThat(viaRunner[1]).startsWith("{").isEqualTo(local[1]);
    assertThat(runner.analyses).hasSize(1);
    assertThat(runner.analyses.get(0).monteCarlo()).get().extracting(m -> m.samples()).isEqualTo(7);
    assertThat(runner.originals.get(0).options().interaction()).isFalse(); // the options applied
  }

  @Test
  void aRefusedAnalysis_neverReachesTheRunner_andOtherCommandsIgnoreIt() {
    Recording runner = new Recording();

    String[] refused =
        run(runner, "sensitivity", resource("frontline.yaml"), "--max-variants", "1");
    String[] infer = run(runner, "infer", resource("frontline.yaml"), "--format", "json");

    assertThat(refused[0]).isEqualTo("2");
    assertThat(refused[2]).contains("--max-variants");
    assertThat(infer[0]).isEqualTo("0");
    assertThat(runner.analyses).isEmpty();
  }
}
