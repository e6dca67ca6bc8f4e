package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.narrativeir.inference.EditedModels;
import io.github.narrativeir.inference.EditedRun;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Monte-Carlo samples on random models (decoded from integer choices, so counterexamples shrink)
 * with random specifications: each sample's incremental rerun equals a full inference of the
 * explicitly edited model ({@link ModelEdit#applyTo}); and the parallel analysis equals the
 * sequential one.
 */
class MonteCarloPropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static Gen<Model> models() {
    return EditedModels.modelChoices()
        .map(c -> EditedModels.model(new EditedModels.Choices(c)))
        .describedAs(Model::toString);
  }

  /** Specifications of {@code samples} samples, any seed, and any distribution in range. */
  private static Gen<MonteCarlo> specs(int samples) {
    Gen<BigDecimal> probabilities =
        integers().between(0, 10_000).map(p -> BigDecimal.valueOf(p, 4));
    return longs()
        .all()
        .zip(
            integers().between(1000, 10_000),
            probabilities,
            probabilities,
            booleans().all(),
            (seed, factor, concept, aspect, ties) ->
                MonteCarlo.builder()
                    .samples(samples)
                    .seed(seed)
                    .weightFactor(BigDecimal.valueOf(factor, 3))
                    .conceptDropProbability(concept)
                    .aspectDropProbability(aspect)
                    .breakTies(ties)
                    .build())
        .describedAs(MonteCarlo::toString);
  }

  @Test
  void everySample_rerunEqualsInferenceOnTheEditedModel() {
    qt().withExamples(250)
        .withShrinkCycles(500)
        .forAll(models(), specs(4))
        .checkAssert(
            (model, spec) -> {
              Inference original = ENGINE.infer(model);
              for (Variant v : MonteCarloFamily.of(spec, original).variants()) {
                ModelEdit edit = v.edit().orElseThrow();
                Model edited = edit.applyTo(model);
                assertThat(ModelValidator.validate(edited).errors()).as("%s valid", v).isEmpty();
                Inference expected = ENGINE.infer(edited, original.options());

                EditedRun run = original.rerun(edit);

                assertThat(run.predictions())
                    .as("%s predictions", v)
                    .isEqualTo(expected.predictions());
                assertThat(run.changes())
                    .as("%s changes", v)
                    .isEqualTo(
                        expected.narratives().stream().flatMap(n -> n.changes().stream()).toList());
                assertThat(run.evaluation())
                    .as("%s evaluation", v)
                    .isEqualTo(expected.evaluation());
              }
            });
  }

  @Test
  void parallelMonteCarlo_equalsSequential() {
    qt().withExamples(40)
        .forAll(models(), specs(16))
        .checkAssert(
            (model, spec) -> {
              Inference original = ENGINE.infer(model);
              Sensitivity.Builder b = Sensitivity.builder().monteCarlo(spec);

              assertThat(b.parallel(true).build().run(original))
                  .isEqualTo(b.parallel(false).build().run(original));
            });
  }
}
