package io.github.narrativeir.inference;

import static io.github.narrativeir.inference.EngineSemanticsTest.all;
import static io.github.narrativeir.inference.EngineSemanticsTest.concept;
import static io.github.narrativeir.inference.EngineSemanticsTest.of;
import static io.github.narrativeir.inference.EngineSemanticsTest.situation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md step 8 (evaluation v2), one rule at a time, on tiny models whose counts can be checked
 * by hand. The fixture: PK does p to US in s1 and s2 and q to US in s2 only (so q starts in s2);
 * nothing else is predicted. Actors PK, US and AF; practices p, q and r; no interaction.
 */
class EvaluationV2Test {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  /** Predicts (PK p US s1), (PK p US s2), (PK q US s2); q US starts in s2. */
  private static Model.Builder fixture() {
    return EngineSemanticsTest.model("one", "two")
        .addActors(Actor.of("AF"))
        .addSituations(situation("s1", "2001", "one"), situation("s2", "2002", "two"))
        .addConcepts(
            concept("always", 0).addPrescribes(of("p", "US")).build(),
            concept("later", 0).when(all("two")).addPrescribes(of("q", "US")).build())
        .options(InferenceOptions.defaults().withInteraction(false));
  }

  /** The fixture's actors and practices, with situations of its own and no concepts. */
  private static Model.Builder unpredicted(String... idFromPairs) {
    Model.Builder m = EngineSemanticsTest.model().addActors(Actor.of("AF"));
    for (int i = 0; i < idFromPairs.length; i += 2) {
      m.addSituations(situation(idFromPairs[i], idFromPairs[i + 1]));
    }
    return m;
  }

  private static Evaluation evaluate(Model.Builder model, Observation... observations) {
    Model built = model.addObservations(observations).build();
    assertThat(ModelValidator.validate(built).errors()).as("the model is valid").isEmpty();
    Evaluation e = ENGINE.infer(built).evaluation().orElseThrow();
    assertThat(Optional.of(e))
        .as("the reference engine agrees")
        .isEqualTo(ReferenceEngine.infer(built).evaluation());
    return e;
  }

  /** A plain observation that PK did {@code practice} ({@code target} may be null). */
  static Observation pos(String practice, String target, String situation) {
    return observation(practice, target, situation, true, null, null);
  }

  /** Negative evidence: PK is known not to have done {@code practice}. */
  static Observation neg(String practice, String target, String situation) {
    return observation(practice, target, situation, false, null, null);
  }

  static Observation observation(
      String practice,
      String target,
      String situation,
      Boolean occurred,
      ChangeKind change,
      String source) {
    Observation.Builder o =
        Observation.builder().actor("PK").practice(practice).situation(situation);
    if (target != null) {
      o.target(target);
    }
    if (occurred != null) {
      o.occurred(occurred);
    }
    if (change != null) {
      o.change(change);
    }
    if (source != null) {
      o.source(source);
    }
    return o.build();
  }

  /** TP, FN, TN, FP, changes, changes explained. */
  private static List<Integer> counts(Scores s) {
    return List.of(
        s.truePositives(),
        s.falseNegatives(),
        s.trueNegatives(),
        s.falsePositives(),
        s.changes(),
        s.changesExplained());
  }

  private static List<String> cells(List<Prediction> predictions) {
    return predictions.stream()
        .map(
            p ->
                p.practice()
                    + " "
                    + p.target().map(Object::toString).orElse("-")
                    + " "
                    + p.situation())
        .toList();
  }

  private static Scores scores(int tp, int fn, int tn, int fp) {
    return Scores.builder()
        .truePositives(tp)
        .falseNegatives(fn)
        .trueNegatives(tn)
        .falsePositives(fp)
        .changes(0)
        .changesExplained(0)
        .build();
  }

  @Nested
  class ConfusionMatrix {
    @Test
    void observedAndPredicted_isATruePositive() {
      Observation o = pos("p", "US", "s1");

      Evaluation e = evaluate(fixture(), o);

      assertThat(counts(e.scores())).containsExactly(1, 0, 0, 0, 0, 0);
      assertThat(e.explainedObservations()).containsExactly(o);
      assertThat(e.unexplained()).isEmpty();
    }

    @Test
    void observedButNotPredicted_isAFalseNegative() {
      Observation o = pos("q", "US", "s1");

      Evaluation e = evaluate(fixture(), o);

      assertThat(counts(e.scores())).containsExactly(0, 1, 0, 0, 0, 0);
      assertThat(e.unexplained()).containsExactly(o);
      assertThat(e.falseNegatives()).containsExactly(o);
      assertThat(e.falsePositives()).isEmpty();
    }

    @Test
    void knownNotToHaveOccurred_andNotPredicted_isATrueNegative() {
      Observation o = neg("q", "US", "s1");

      Evaluation e = evaluate(fixture(), o);

      assertThat(counts(e.scores())).containsExactly(0, 0, 1, 0, 0, 0);
      assertThat(e.explainedObservations()).containsExactly(o);
    }

    @Test
    void knownNotToHaveOccurred_butPredicted_isAFalsePositive() {
      Observation o = neg("p", "US", "s1");

      Evaluation e = evaluate(fixture(), o);

      assertThat(counts(e.scores())).containsExactly(0, 0, 0, 1, 0, 0);
      assertThat(e.unexplained()).containsExactly(o);
      assertThat(e.falsePositives()).containsExactly(o);
      assertThat(e.falseNegatives()).isEmpty();
    }

    @Test
    void targetlessNegative_againstATargetedPrediction_isAFalsePositive() {
      // "PK did not do p in s1" denies p to anyone, US included
      Observation o = neg("p", null, "s1");

      Evaluation e = evaluate(fixture(), o);

      assertThat(counts(e.scores())).containsExactly(0, 0, 0, 1, 0, 0);
      assertThat(e.unexplained()).containsExactly(o);
      assertThat(e.scores().unassessed()).hasValue(2);
    }

    @Test
    void negativeNamingAnotherTarget_isATrueNegative_andLeavesThePredictionUnassessed() {
      Observation o = neg("p", "AF", "s1");

      Evaluation e = evaluate(fixture(), o);

      assertThat(counts(e.scores())).containsExactly(0, 0, 1, 0, 0, 0);
      assertThat(e.scores().unassessed()).hasValue(3);
    }

    @Test
    void positiveNamingAnotherTarget_isAFalseNegative() {
      Evaluation e = evaluate(fixture(), pos("p", "AF", "s1"));

      assertThat(counts(e.scores())).containsExactly(0, 1, 0, 0, 0, 0);
      assertThat(e.matched()).isZero();
    }

    @Test
    void duplicates_ofOneObservation_areEachCounted() {
      Observation hit = pos("p", "US", "s1");
      Observation wrong = neg("q", null, "s2");

      Evaluation e = evaluate(fixture(), hit, hit, wrong, wrong, wrong);

      assertThat(e.observations()).isEqualTo(5);
      assertThat(counts(e.scores())).containsExactly(2, 0, 0, 3, 0, 0);
      assertThat(e.explainedObservations()).containsExactly(hit, hit);
      assertThat(e.unexplained()).containsExactly(wrong, wrong, wrong);
      assertThat(e.matched()).isEqualTo(1);
    }

    @Test
    void disagreeingSources_areBothScored_andThePositiveOneMatches() {
      Observation yes = observation("p", "US", "s1", true, null, "a");
      Observation no = observation("p", "US", "s1", false, null, "b");

      Evaluation e = evaluate(fixture(), no, yes);

      assertThat(counts(e.scores())).containsExactly(1, 0, 0, 1, 0, 0);
      assertThat(e.explainedObservations()).containsExactly(yes);
      assertThat(e.unexplained()).containsExactly(no);
      assertThat(cells(e.matchedPredictions())).containsExactly("p US s1");
      assertThat(e.scores().unassessed()).hasValue(2);
    }

    @Test
    void explainedAndUnexplained_partitionTheObservations() {
      Evaluation e =
          evaluate(
              fixture(),
              pos("p", "US", "s1"),
              pos("r", null, "s1"),
              neg("q", "US", "s1"),
              neg("q", "US", "s2"),
              observation("q", "US", "s2", null, ChangeKind.STARTED, null),
              observation("p", "US", "s2", null, ChangeKind.STOPPED, null));

      assertThat(e.observations()).isEqualTo(6);
      assertThat(counts(e.scores())).containsExactly(1, 1, 1, 1, 2, 1);
      assertThat(e.explained()).isEqualTo(3);
      assertThat(e.unexplained()).hasSize(3);
    }
  }

  @Nested
  class Changes {
    @Test
    void changeObservation_isNotCountedInTheConfusionMatrix() {
      Observation started = observation("q", "US", "s2", null, ChangeKind.STARTED, null);

      Evaluation e = evaluate(fixture(), started);

      assertThat(counts(e.scores())).containsExactly(0, 0, 0, 0, 1, 1);
      assertThat(e.explainedObservations()).containsExactly(started);
      assertThat(e.scores().recall()).isEmpty();
      assertThat(e.scores().specificity()).isEmpty();
    }

    @Test
    void changeObservation_sayingOccurredTrue_isTheSameObservation_andExplained() {
      Observation implicit = observation("q", "US", "s2", null, ChangeKind.STARTED, null);
      Observation explicit = observation("q", "US", "s2", true, ChangeKind.STARTED, null);

      Evaluation e = evaluate(fixture(), explicit);

      assertThat(explicit).isEqualTo(implicit);
      assertThat(explicit.occurred()).isTrue();
      assertThat(counts(e.scores())).containsExactly(0, 0, 0, 0, 1, 1);
    }

    @Test
    void unexplainedChange_isCountedButNotExplained_andNeitherMatchesNorAssesses() {
      Observation wrongKind = observation("q", "US", "s2", null, ChangeKind.STOPPED, null);

      Evaluation e = evaluate(fixture(), wrongKind);

      assertThat(counts(e.scores())).containsExactly(0, 0, 0, 0, 1, 0);
      assertThat(e.unexplained()).containsExactly(wrongKind);
      assertThat(e.falsePositives()).isEmpty();
      assertThat(e.falseNegatives()).isEmpty();
      assertThat(e.matched()).isZero();
      assertThat(e.scores().unassessed()).hasValue(3);
    }
  }

  @Nested
  class Predictions {
    @Test
    void matched_countsOnlyPredictionsMatchedByAPlainPositiveObservation() {
      Evaluation e =
          evaluate(
              fixture(),
              neg("p", "US", "s1"), // contradicts p s1: not a match
              observation("q", "US", "s2", null, ChangeKind.STARTED, null), // a change: no match
              pos("p", null, "s2")); // matches p US s2

      assertThat(e.predictions()).isEqualTo(3);
      assertThat(cells(e.matchedPredictions())).containsExactly("p US s2");
      assertThat(cells(e.unmatched())).containsExactly("p US s1", "q US s2");
    }

    @Test
    void targetlessPositive_matchesThePredictionOfEveryTarget() {
      Model.Builder model =
          fixture().addConcepts(concept("wide", 0).addPrescribes(of("p", "AF")).build());

      Evaluation e = evaluate(model, pos("p", null, "s1"));

      assertThat(counts(e.scores())).containsExactly(1, 0, 0, 0, 0, 0);
      assertThat(cells(e.matchedPredictions())).containsExactly("p AF s1", "p US s1");
    }

    @Test
    void unassessed_countsPredictionsThatNoPlainObservation_positiveOrNegative_matches() {
      Evaluation e =
          evaluate(
              fixture(),
              neg("p", "US", "s1"), // assesses p US s1
              observation("q", "US", "s2", null, ChangeKind.STARTED, null), // assesses nothing
              pos("q", "AF", "s2")); // another target: assesses nothing

      assertThat(e.scores().unassessed()).hasValue(2);
      assertThat(e.matched()).isZero();
    }

    @Test
    void unassessed_isZero_whenEveryPredictionIsSpokenTo() {
      Evaluation e =
          evaluate(fixture(), neg("p", null, "s1"), pos("p", "US", "s2"), neg("q", "US", "s2"));

      assertThat(e.scores().unassessed()).hasValue(0);
      assertThat(counts(e.scores())).containsExactly(1, 0, 0, 2, 0, 0);
    }
  }

  @Nested
  class Ratios {
    @Test
    void fromTheEngine_areExactRatiosOfTheCounts() {
      // TP 2 (p s1, p s2), FN 1 (r s1), TN 1 (q s1), FP 1 (q s2)
      Evaluation e =
          evaluate(
              fixture(),
              pos("p", "US", "s1"),
              pos("p", "US", "s2"),
              pos("r", null, "s1"),
              neg("q", null, "s1"),
              neg("q", "US", "s2"));

      Scores s = e.scores();
      assertThat(counts(s)).containsExactly(2, 1, 1, 1, 0, 0);
      assertThat(s.recall()).contains(new BigDecimal("0.6667"));
      assertThat(s.specificity()).contains(new BigDecimal("0.5000"));
      // (2/3 + 1/2) / 2 = 7/12 = 0.58333...
      assertThat(s.balancedAccuracy()).contains(new BigDecimal("0.5833"));
      assertThat(s.precision()).contains(new BigDecimal("0.6667"));
    }

    @Test
    void balancedAccuracy_isComputedExactly_notFromTheRoundedParts() {
      // recall 2/3, specificity 0: exactly 1/3 = 0.3333; from rounded parts 0.6667 / 2 = 0.33335,
      // which rounds half-even to 0.3334
      Evaluation e =
          evaluate(
              fixture(),
              pos("p", "US", "s1"),
              pos("q", "US", "s2"),
              pos("r", null, "s2"),
              neg("p", null, "s2"));

      Scores s = e.scores();
      assertThat(counts(s)).containsExactly(2, 1, 0, 1, 0, 0);
      assertThat(s.recall()).contains(new BigDecimal("0.6667"));
      assertThat(s.specificity()).contains(new BigDecimal("0.0000"));
      assertThat(s.balancedAccuracy()).contains(new BigDecimal("0.3333"));
    }

    @Test
    void precision_isNull_whenNothingObservedIsPredicted() {
      Evaluation e = evaluate(fixture(), pos("r", null, "s1"), neg("q", "US", "s1"));

      Scores s = e.scores();
      assertThat(counts(s)).containsExactly(0, 1, 1, 0, 0, 0);
      assertThat(s.precision()).isEmpty();
      assertThat(s.recall()).contains(new BigDecimal("0.0000"));
      assertThat(s.specificity()).contains(new BigDecimal("1.0000"));
      assertThat(s.balancedAccuracy()).contains(new BigDecimal("0.5000"));
    }

    @Test
    void specificityAndBalancedAccuracy_areNull_withoutNegativeEvidence() {
      Scores s = evaluate(fixture(), pos("p", "US", "s1"), pos("r", null, "s1")).scores();

      assertThat(s.recall()).contains(new BigDecimal("0.5000"));
      assertThat(s.precision()).contains(new BigDecimal("1.0000"));
      assertThat(s.specificity()).isEmpty();
      assertThat(s.balancedAccuracy()).isEmpty();
    }

    @Test
    void recallAndBalancedAccuracy_areNull_withoutPositiveObservations() {
      Scores s = evaluate(fixture(), neg("p", "US", "s1"), neg("r", null, "s1")).scores();

      assertThat(s.recall()).isEmpty();
      assertThat(s.specificity()).contains(new BigDecimal("0.5000"));
      assertThat(s.balancedAccuracy()).isEmpty();
      assertThat(s.precision()).contains(new BigDecimal("0.0000"));
    }

    @Test
    void everyRatio_isNull_withOnlyChangeObservations() {
      Scores s =
          evaluate(fixture(), observation("q", "US", "s2", null, ChangeKind.STARTED, null))
              .scores();

      assertThat(List.of(s.recall(), s.specificity(), s.balancedAccuracy(), s.precision()))
          .containsOnly(Optional.empty());
    }

    @Test
    void ratios_roundHalfEven_atTheFifthDecimal() {
      // 1/32 = 0.03125 -> 0.0312 (half-up would give 0.0313); 3/32 = 0.09375 -> 0.0938
      // (half-down would give 0.0937)
      assertThat(scores(1, 31, 0, 0).recall()).contains(new BigDecimal("0.0312"));
      assertThat(scores(3, 29, 0, 0).recall()).contains(new BigDecimal("0.0938"));
      assertThat(scores(0, 0, 1, 31).specificity()).contains(new BigDecimal("0.0312"));
      assertThat(scores(3, 0, 0, 29).precision()).contains(new BigDecimal("0.0938"));
      // balanced accuracy (0/1 + 1/16) / 2 = 1/32, and (1/16 + 4/16) / 2 = 5/32 = 0.15625
      assertThat(scores(0, 1, 1, 15).balancedAccuracy()).contains(new BigDecimal("0.0312"));
      assertThat(scores(1, 15, 4, 12).balancedAccuracy()).contains(new BigDecimal("0.1562"));
    }

    @Test
    void balancedAccuracy_roundsTheExactValue_inBothDirections() {
      // recall 2/3, specificity 0: exactly 1/3 -> 0.3333 (rounded parts: 0.33335 -> 0.3334)
      assertThat(scores(2, 1, 0, 5).balancedAccuracy()).contains(new BigDecimal("0.3333"));
      // recall 1/3, specificity 0: exactly 1/6 -> 0.1667 (rounded parts: 0.16665 -> 0.1666)
      assertThat(scores(1, 2, 0, 1).balancedAccuracy()).contains(new BigDecimal("0.1667"));
      // recall 1/7, specificity 1/9: exactly 8/63 = 0.12698.. -> 0.1270
      assertThat(scores(1, 6, 1, 8).balancedAccuracy()).contains(new BigDecimal("0.1270"));
    }

    @Test
    void ratios_haveFourDecimals_andBigCountsDoNotOverflow() {
      int max = Integer.MAX_VALUE;
      Scores s = scores(max, max, max, 1);

      assertThat(s.recall()).contains(new BigDecimal("0.5000"));
      assertThat(s.specificity()).contains(new BigDecimal("1.0000"));
      // (1/2 + (2^31-1)/2^31) / 2 = 0.74999999976.. -> 0.7500
      assertThat(s.balancedAccuracy()).contains(new BigDecimal("0.7500"));
      assertThat(s.precision()).contains(new BigDecimal("1.0000"));
      assertThat(scores(1, 2, 0, 0).recall().orElseThrow().scale()).isEqualTo(Scores.SCALE);
    }
  }

  @Nested
  class Baselines {
    @Test
    void allAndNone_scoreEveryPlainObservation() {
      Evaluation e =
          evaluate(
              fixture(),
              pos("p", "US", "s1"),
              pos("r", null, "s1"),
              neg("q", "US", "s1"),
              observation("q", "US", "s2", null, ChangeKind.STARTED, null));

      assertThat(counts(e.baseline(Baseline.ALL))).containsExactly(2, 0, 0, 1, 1, 0);
      assertThat(counts(e.baseline(Baseline.NONE))).containsExactly(0, 2, 1, 0, 1, 0);
      assertThat(e.baseline(Baseline.ALL).balancedAccuracy()).contains(new BigDecimal("0.5000"));
      assertThat(e.baseline(Baseline.NONE).balancedAccuracy()).contains(new BigDecimal("0.5000"));
      assertThat(e.baseline(Baseline.NONE).precision()).isEmpty();
    }

    @Test
    void baselines_explainNoChange_andLeaveUnassessedEmpty_inOrderAllNonePersistence() {
      Observation started = observation("q", "US", "s2", null, ChangeKind.STARTED, null);

      Evaluation e = evaluate(fixture(), started, started, pos("p", "US", "s1"));

      assertThat(e.baselines().keySet())
          .containsExactly(Baseline.ALL, Baseline.NONE, Baseline.PERSISTENCE);
      for (Scores b : e.baselines().values()) {
        assertThat(b.changes()).isEqualTo(2);
        assertThat(b.changesExplained()).isZero();
        assertThat(b.unassessed()).isEqualTo(OptionalInt.empty());
      }
      assertThat(e.scores().changesExplained()).isEqualTo(2);
      assertThat(e.scores().unassessed()).hasValue(2);
    }

    @Test
    void persistence_saysOccurred_whenTheSameCellWasObservedInThePreviousSituation() {
      Evaluation e =
          evaluate(
              fixture(),
              pos("p", "US", "s1"),
              pos("p", "US", "s2"), // TP
              neg("p", "US", "s2"), // FP
              pos("q", null, "s1"),
              pos("q", null, "s2")); // TP: absent matches absent

      // the two in s1 are in the first situation: FN
      assertThat(counts(e.baseline(Baseline.PERSISTENCE))).containsExactly(2, 2, 0, 1, 0, 0);
    }

    @Test
    void persistence_usesExactTargetEquality() {
      Evaluation e =
          evaluate(
              fixture(),
              pos("p", "US", "s1"),
              pos("p", null, "s2"), // absent is not US: FN
              neg("p", null, "s2"), // TN
              pos("p", "AF", "s2"), // FN
              pos("q", null, "s1"),
              pos("q", "US", "s2"), // US is not absent: FN
              neg("q", "AF", "s2")); // TN

      assertThat(counts(e.baseline(Baseline.PERSISTENCE))).containsExactly(0, 5, 2, 0, 0, 0);
    }

    @Test
    void persistence_countsOnlyPlainPositiveObservationsBefore() {
      Evaluation e =
          evaluate(
              fixture(),
              neg("p", "US", "s1"),
              pos("p", "US", "s2"), // a negative before: FN
              observation("r", "US", "s1", null, ChangeKind.STARTED, null),
              pos("r", "US", "s2")); // a change before: FN

      // the negative in s1 is a true negative (first situation)
      assertThat(counts(e.baseline(Baseline.PERSISTENCE))).containsExactly(0, 2, 1, 0, 1, 0);
    }

    @Test
    void persistence_looksOnlyOneSituationBack() {
      Evaluation e =
          evaluate(
              unpredicted("s1", "2001", "s2", "2002", "s3", "2003"),
              pos("p", "US", "s1"),
              pos("p", "US", "s3")); // s2 says nothing: FN

      assertThat(counts(e.baseline(Baseline.PERSISTENCE))).containsExactly(0, 2, 0, 0, 0, 0);
    }

    @Test
    void persistence_followsSituationOrder_tiesOnStartBrokenById() {
      // b (2001) and a (2001-01-01) start on the same day, so a comes first: b is declared first
      // and has the coarser date, which must not matter
      Model.Builder model = unpredicted("b", "2001", "a", "2001-01-01", "c", "2001-01-02");

      Evaluation e = evaluate(model, pos("p", "US", "a"), pos("p", "US", "c"));

      // a is first (FN); c follows b, which says nothing (FN)
      assertThat(counts(e.baseline(Baseline.PERSISTENCE))).containsExactly(0, 2, 0, 0, 0, 0);

      Evaluation e2 =
          evaluate(
              unpredicted("b", "2001", "a", "2001-01-01", "c", "2001-01-02"),
              pos("p", "US", "b"),
              pos("p", "US", "c"));

      // b follows a, which says nothing (FN); c follows b (TP)
      assertThat(counts(e2.baseline(Baseline.PERSISTENCE))).containsExactly(1, 1, 0, 0, 0, 0);
    }

    @Test
    void persistence_acrossATie_inTheOtherDirection() {
      // z (2001-01) and y (2001) tie; y comes first, so x (2002) follows z, not y
      Model.Builder model = unpredicted("z", "2001-01", "x", "2002", "y", "2001");

      Evaluation e = evaluate(model, pos("p", null, "y"), pos("p", null, "x"));

      // y first: FN; x after z, which says nothing: FN
      assertThat(counts(e.baseline(Baseline.PERSISTENCE))).containsExactly(0, 2, 0, 0, 0, 0);
    }
  }

  @Nested
  class Order {
    @Test
    void unexplained_sortsByTargetBeforeOccurred() {
      // occurred is the last of MODEL.md's keys: target AF before US whatever occurred says
      Observation fnToAf = pos("p", "AF", "s1");
      Observation fpToUs = neg("p", "US", "s1");
      Observation fpToAnyone = neg("p", null, "s1");
      Observation fnOfR = pos("r", null, "s1");

      Evaluation e = evaluate(fixture(), fnOfR, fpToUs, fnToAf, fpToAnyone);

      assertThat(e.unexplained()).containsExactly(fpToAnyone, fnToAf, fpToUs, fnOfR);
    }

    @Test
    void observationOrder_putsOccurredFalseFirst_thenSourceAbsentFirst() {
      Model model = fixture().build();
      CompiledModel compiled = new CompiledModel(model, ModelValidator.validate(model));
      List<Observation> sorted =
          List.of(
              observation("p", "US", "s1", false, null, "z"),
              observation("p", "US", "s1", true, null, null),
              observation("p", "US", "s1", null, ChangeKind.STARTED, "z"),
              observation("p", "US", "s1", false, ChangeKind.STOPPED, null),
              observation("p", "US", "s1", false, ChangeKind.STOPPED, "a"),
              observation("p", "US", "s1", true, ChangeKind.STOPPED, null),
              observation("p", "US", "s1", true, ChangeKind.STOPPED, "a"),
              observation("p", "US", "s1", true, ChangeKind.STOPPED, "b"),
              observation("p", "US", "s2", false, null, null));
      List<Observation> shuffled = new ArrayList<>(sorted);
      Collections.reverse(shuffled);

      shuffled.sort(Evaluations.observationOrder(compiled));

      assertThat(shuffled).containsExactlyElementsOf(sorted);
    }

    @Test
    void explained_areSortedLikeUnexplained() {
      Observation tnOfR = neg("r", null, "s1");
      Observation tpToAnyone = pos("p", null, "s1");
      Observation tnToAf = neg("p", "AF", "s1");
      Observation tpLater = pos("p", "US", "s2");

      Evaluation e = evaluate(fixture(), tpLater, tnOfR, tnToAf, tpToAnyone);

      assertThat(e.explainedObservations()).containsExactly(tpToAnyone, tnToAf, tnOfR, tpLater);
    }
  }

  @Nested
  class Verdict {
    @Test
    void beatsBaselines_whenBalancedAccuracyIsHigherThanEach() {
      Evaluation e = evaluate(fixture(), pos("p", "US", "s1"), neg("q", "US", "s1"));

      assertThat(e.scores().balancedAccuracy()).contains(new BigDecimal("1.0000"));
      assertThat(e.beatsBaselinesOnBalancedAccuracy()).contains(true);
      assertThat(e.beatsBaselinesOnChanges()).isEmpty();
    }

    @Test
    void doesNotBeatBaselines_whenOnlyEqual() {
      // model: TP 1, FP 1 = the "all" baseline exactly
      Evaluation e = evaluate(fixture(), pos("p", "US", "s1"), neg("q", "US", "s2"));

      assertThat(e.scores().balancedAccuracy()).contains(new BigDecimal("0.5000"));
      assertThat(e.beatsBaselinesOnBalancedAccuracy()).contains(false);
    }

    @Test
    void cannotTell_withoutNegativeEvidence() {
      Evaluation e = evaluate(fixture(), pos("p", "US", "s1"));

      assertThat(e.beatsBaselinesOnBalancedAccuracy()).isEmpty();
    }

    @Test
    void changes_beatBaselinesOnlyWhenOneIsExplained() {
      Evaluation explained =
          evaluate(fixture(), observation("q", "US", "s2", null, ChangeKind.STARTED, null));
      Evaluation missed =
          evaluate(fixture(), observation("q", "US", "s2", null, ChangeKind.STOPPED, null));

      assertThat(explained.beatsBaselinesOnChanges()).contains(true);
      assertThat(missed.beatsBaselinesOnChanges()).contains(false);
    }
  }
}
