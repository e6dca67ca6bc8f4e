package io.github.narrativeir.testing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import org.junit.jupiter.api.Test;

/**
 * The {@code monte-carlo} family ({@link MonteCarlo}) over a generated model: parallel as
 * sequential. Moved from the core's {@code MonteCarloTest}, which holds the family's other tests,
 * because the core's tests cannot depend on this module.
 */
class MonteCarloGeneratedModelTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  @Test
  void parallel_equalsSequential() {
    Inference original =
        ENGINE.infer(
            WorkloadGenerator.generate(
                WorkloadSpec.builder()
                    .seed(3)
                    .actors(3)
                    .conceptsPerActor(8)
                    .situations(6)
                    .aspects(40)
                    .aspectsPerSituation(10)
                    .build()));
    Sensitivity.Builder b = Sensitivity.builder().monteCarlo(MonteCarlo.of(300, 5));

    SensitivityResult sequential = b.build().run(original);
    SensitivityResult parallel = b.parallel(true).build().run(original);

    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.variants()).isGreaterThan(300);
  }
}
