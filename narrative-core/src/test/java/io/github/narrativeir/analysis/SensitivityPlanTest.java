package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.EditedModels;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A planned analysis ({@link Sensitivity.Plan}), its variants run one by one in any order, each
 * outcome carried as plain values and rebuilt, aggregates to what {@link Sensitivity#run} gives.
 */
class SensitivityPlanTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static Gen<Model> models() {
    return EditedModels.modelChoices()
        .map(c -> EditedModels.model(new EditedModels.Choices(c)))
        .describedAs(Model::toString);
  }

  @Test
  void outcomesInAnyOrder_aggregateToTheSequentialResult_withMonteCarlo() {
    qt().withExamples(80)
        .forAll(models(), integers().between(0, 1000))
        .checkAssert(
            (model, shuffle) -> {
              Inference original = ENGINE.infer(model);
              Sensitivity analysis =
                  Sensitivity.builder().monteCarlo(MonteCarlo.of(7, shuffle)).build();

              // the outcomes made by one plan, aggregated by another made from another inference
              Sensitivity.Plan runner = analysis.plan(original);
              List<VariantOutcome> outcomes = new ArrayList<>();
              IntStream.range(0, runner.variantCount())
                  .forEach(i -> outcomes.add(copy(runner.outcome(i))));
              Collections.shuffle(outcomes, new Random(shuffle));
              SensitivityResult planned = analysis.plan(ENGINE.infer(model)).result(outcomes);

              assertThat(planned).isEqualTo(analysis.run(original));
              assertThat(runner.variantCount()).isEqualTo(analysis.variantCount(original));
            });
  }

  @Test
  void result_refusesMissingDuplicateOrMisnamedOutcomes() {
    Inference original = ENGINE.infer(ComparisonFixtures.negatives());
    Sensitivity.Plan plan = Sensitivity.create().plan(original);
    List<VariantOutcome> all = new ArrayList<>();
    IntStream.range(0, plan.variantCount()).forEach(i -> all.add(plan.outcome(i)));

    assertThatThrownBy(() -> plan.result(all.subList(1, all.size())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no outcome of variant 0");
    List<VariantOutcome> twice = new ArrayList<>(all);
    twice.add(all.get(2));
    assertThatThrownBy(() -> plan.result(twice)).hasMessageContaining("two outcomes of variant 2");
    List<VariantOutcome> misnamed = new ArrayList<>(all);
    VariantOutcome first = all.get(0);
    misnamed.set(
        0,
        new VariantOutcome(
            0,
            "drop-concept:other",
            first.lost(),
            first.gained(),
            first.explained(),
            first.balancedAccuracy(),
            first.recall(),
            first.changesExplained(),
            first.recomputed(),
            first.reused()));
    assertThatThrownBy(() -> plan.result(misnamed))
        .hasMessageContaining("is named 'drop-concept:other'");
    assertThat(plan.variantName(0)).isEqualTo(first.name()).startsWith("drop-concept:");
  }

  /** The outcome rebuilt from its components, as it is when carried as data. */
  private static VariantOutcome copy(VariantOutcome o) {
    return new VariantOutcome(
        o.index(),
        o.name(),
        ImmutableList.copyOf(new ArrayList<>(o.lost())),
        ImmutableList.copyOf(o.gained()),
        ImmutableList.copyOf(new ArrayList<>(o.explained())),
        o.balancedAccuracy(),
        o.recall(),
        o.changesExplained(),
        o.recomputed(),
        o.reused());
  }
}
