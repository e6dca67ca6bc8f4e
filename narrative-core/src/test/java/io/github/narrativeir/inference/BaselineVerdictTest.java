package io.github.narrativeir.inference;

import static io.github.narrativeir.inference.EngineSemanticsTest.all;
import static io.github.narrativeir.inference.EngineSemanticsTest.concept;
import static io.github.narrativeir.inference.EngineSemanticsTest.model;
import static io.github.narrativeir.inference.EngineSemanticsTest.of;
import static io.github.narrativeir.inference.EngineSemanticsTest.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whether a model beats the baselines, and what it makes of each observation. PK's concept {@code
 * c} prescribes p to US whenever {@code x} holds; situations s1..s3 in that order.
 */
class BaselineVerdictTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static Model.Builder base() {
    return model("x")
        .addSituations(
            situation("s1", "2001"), situation("s2", "2002", "x"), situation("s3", "2003"))
        .addConcepts(concept("c", 0).when(all("x")).addPrescribes(of("p", "US")).build());
  }

  private static Observation plain(String situation, boolean occurred) {
    return Observation.builder()
        .actor("PK")
        .practice("p")
        .target("US")
        .situation(situation)
        .occurred(occurred)
        .build();
  }

  @Test
  void modelRightEverywhere_beatsEveryBaselineOnBalancedAccuracy() {
    // predicted only in s2: observed there, denied in s1 and s3
    Evaluation e =
        ENGINE
            .infer(
                base()
                    .addObservations(plain("s1", false), plain("s2", true), plain("s3", false))
                    .build())
            .evaluation()
            .orElseThrow();

    assertThat(e.scores().balancedAccuracy())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    // persistence says s2 did not happen (nothing observed in s1) and s3 did not (s2 observed: yes)
    assertThat(e.baseline(Baseline.PERSISTENCE).falsePositives()).isEqualTo(1);
    assertThat(e.beatsBaselinesOnBalancedAccuracy()).contains(true);
    assertThat(e.outcome(plain("s1", false))).isEqualTo(Outcome.TRUE_NEGATIVE);
    assertThat(e.outcome(plain("s2", true))).isEqualTo(Outcome.TRUE_POSITIVE);
  }

  @Test
  void tieWithABaseline_isNotBeatingIt() {
    // s1 denied and not predicted (TN), s3 observed and not predicted (FN): recall 0, spec 1 = 0.5,
    // exactly the 'all' and 'none' baselines' 0.5
    Evaluation e =
        ENGINE
            .infer(base().addObservations(plain("s1", false), plain("s3", true)).build())
            .evaluation()
            .orElseThrow();

    assertThat(e.scores().balancedAccuracy())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(e.baseline(Baseline.ALL).balancedAccuracy())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(e.beatsBaselinesOnBalancedAccuracy()).contains(false);
    assertThat(e.outcome(plain("s3", true))).isEqualTo(Outcome.FALSE_NEGATIVE);
    assertThat(e.falseNegatives()).containsExactly(plain("s3", true));
  }

  @Test
  void withoutNegativeEvidence_theObservationsCannotTell() {
    Evaluation e =
        ENGINE.infer(base().addObservations(plain("s2", true)).build()).evaluation().orElseThrow();

    assertThat(e.scores().specificity()).isEmpty();
    assertThat(e.scores().balancedAccuracy()).isEmpty();
    assertThat(e.beatsBaselinesOnBalancedAccuracy()).isEmpty();
    assertThat(e.beatsBaselinesOnChanges()).isEmpty();
  }

  @Test
  void explainedChange_beatsTheBaselinesOnChanges_andAnUnexplainedOneDoesNot() {
    Observation started =
        Observation.builder()
            .actor("PK")
            .practice("p")
            .target("US")
            .situation("s2")
            .change(ChangeKind.STARTED)
            .build();
    Observation wrong =
        Observation.builder()
            .actor("PK")
            .practice("p")
            .target("US")
            .situation("s3")
            .change(ChangeKind.STARTED)
            .build();

    Evaluation explained =
        ENGINE.infer(base().addObservations(started).build()).evaluation().orElseThrow();
    Evaluation unexplained =
        ENGINE.infer(base().addObservations(wrong).build()).evaluation().orElseThrow();

    assertThat(explained.beatsBaselinesOnChanges()).contains(true);
    assertThat(explained.outcome(started)).isEqualTo(Outcome.CHANGE_EXPLAINED);
    assertThat(unexplained.beatsBaselinesOnChanges()).contains(false);
    assertThat(unexplained.outcome(wrong)).isEqualTo(Outcome.CHANGE_UNEXPLAINED);
  }

  @Test
  void falsePositive_isListedAndItsExplanationNamesThePrediction() {
    Inference result = ENGINE.infer(base().addObservations(plain("s2", false)).build());
    Evaluation e = result.evaluation().orElseThrow();

    assertThat(e.falsePositives()).containsExactly(plain("s2", false));
    Explanation x = result.explain(result.predictions().get(0));
    assertThat(x.observations()).hasSize(1);
    assertThat(x.observations().get(0).outcome()).isEqualTo(Outcome.FALSE_POSITIVE);
    assertThat(x.observations().get(0).predictions()).containsExactly(result.predictions().get(0));
    assertThat(x.render())
        .contains("the sources say this did not happen")
        .contains("(false positive)")
        .contains("by [c]");
  }

  @Test
  void outcome_ofAnObservationNotEvaluated_isRejected() {
    Evaluation e =
        ENGINE.infer(base().addObservations(plain("s2", true)).build()).evaluation().orElseThrow();

    assertThatThrownBy(() -> e.outcome(plain("s1", true)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Optional.of(e.outcome(plain("s2", true)).explained())).contains(true);
  }
}
