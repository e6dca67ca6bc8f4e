package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The public types of sensitivity analysis (with the {@link MonteCarlo} specification) reject null
 * and compare by value.
 */
class SensitivityValueTypesTest {
  private static final Inference NEGATIVES =
      NarrativeEngine.create().infer(ComparisonFixtures.negatives());

  private static NullPointerTester tester() {
    Prediction prediction = NEGATIVES.predictions().get(0);
    Observation observation = NEGATIVES.model().observations().get(0);
    ScoreRange none =
        new ScoreRange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    return new NullPointerTester()
        .setDefault(Inference.class, NEGATIVES)
        .setDefault(Prediction.class, prediction)
        .setDefault(Observation.class, observation)
        .setDefault(ActorId.class, ActorId.of("US"))
        .setDefault(PracticeId.class, PracticeId.of("aid"))
        .setDefault(SituationId.class, SituationId.of("s1"))
        .setDefault(ConceptId.class, ConceptId.of("us.hunt"))
        .setDefault(AspectId.class, AspectId.of("deal"))
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(ModelEdit.Side.class, ModelEdit.Side.PRESCRIBES)
        .setDefault(
            ModelEdit.Entry.class,
            new ModelEdit.Entry(ConceptId.of("us.hunt"), ModelEdit.Side.PRESCRIBES, 0))
        .setDefault(ScoreRange.class, none)
        .setDefault(ModelEdit.class, ModelEdit.none())
        .setDefault(MonteCarlo.class, MonteCarlo.of(1, 0))
        .setDefault(io.github.narrativeir.model.Model.class, ComparisonFixtures.negatives())
        .setDefault(String.class, "x");
  }

  @Test
  void publicConstructorsAndMethods_rejectNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            SensitivityResult.class,
            FamilyCount.class,
            PredictionHolds.class,
            GainedPrediction.class,
            ObservationFlips.class,
            ScoreRange.class,
            ModelVariant.class)) {
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicStaticMethods(Sensitivity.class);
    tester.testAllPublicStaticMethods(SensitivityFamily.class);
    tester.testAllPublicStaticMethods(MonteCarlo.class);
    tester.testAllPublicInstanceMethods(MonteCarlo.builder());
    tester.testAllPublicInstanceMethods(Sensitivity.create());
    tester.testAllPublicInstanceMethods(Sensitivity.builder());
    tester.testAllPublicInstanceMethods(NEGATIVES.rerun(ModelEdit.none()));
    tester.testAllPublicInstanceMethods(ModelEdit.builder());
    tester.testAllPublicConstructors(ModelEdit.Entry.class);
  }

  @Test
  void results_compareByValue() {
    Optional<BigDecimal> half = Optional.of(new BigDecimal("0.5"));
    new EqualsTester()
        .addEqualityGroup(new FamilyCount("weight", 2), new FamilyCount("weight", 2))
        .addEqualityGroup(new FamilyCount("weight", 3))
        .addEqualityGroup(
            new FamilyCount("monte-carlo", 3, Optional.of(MonteCarlo.of(3, 42))),
            new FamilyCount("monte-carlo", 3, Optional.of(MonteCarlo.of(3, 42))))
        .addEqualityGroup(new FamilyCount("monte-carlo", 3, Optional.of(MonteCarlo.of(3, 43))))
        .addEqualityGroup(new FamilyCount("monte-carlo", 3))
        .addEqualityGroup(
            new ScoreRange(half, half, half, half), new ScoreRange(half, half, half, half))
        .addEqualityGroup(new ScoreRange(half, Optional.empty(), half, half))
        .testEquals();
    assertThat(Sensitivity.create().run(NEGATIVES)).isEqualTo(Sensitivity.create().run(NEGATIVES));
  }

  @Test
  void builder_isSafeToReuse() {
    Sensitivity.Builder builder = Sensitivity.builder().families(SensitivityFamily.WEIGHT);
    Sensitivity weight = builder.build();

    Sensitivity parallel = builder.parallel(true).build();

    assertThat(weight.isParallel()).isFalse();
    assertThat(parallel.isParallel()).isTrue();
    assertThat(parallel.families()).containsExactly(SensitivityFamily.WEIGHT);
    assertThat(Sensitivity.create().families())
        .containsExactlyElementsOf(List.of(SensitivityFamily.values()));
    assertThat(ImmutableList.copyOf(Sensitivity.create().families())).hasSize(5);
  }
}
