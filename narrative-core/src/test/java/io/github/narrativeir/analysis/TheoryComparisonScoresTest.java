package io.github.narrativeir.analysis;

import static io.github.narrativeir.analysis.ComparisonFixtures.negative;
import static io.github.narrativeir.analysis.ComparisonFixtures.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scores, baselines and verdicts of rival theories on observations with negative evidence. */
class TheoryComparisonScoresTest {
  private static TheoryComparison readings() {
    Map<String, Model> theories = ComparisonFixtures.readings();
    return TheoryComparison.of(theories, theories.get("bargain").observations());
  }

  @Test
  void scores_ofEachTheory_areItsEvaluations_andTheConformanceCaseKeepsItsPublishedScores() {
    TheoryComparison c = readings();

    Scores bargain = c.scores("bargain");
    assertThat(
            List.of(
                bargain.truePositives(),
                bargain.falseNegatives(),
                bargain.trueNegatives(),
                bargain.falsePositives(),
                bargain.changes(),
                bargain.changesExplained(),
                bargain.unassessed().getAsInt()))
        .containsExactly(3, 2, 2, 2, 1, 1, 2);
    assertThat(bargain.balancedAccuracy()).contains(new BigDecimal("0.5500"));
    Scores hunter = c.scores("hunter");
    assertThat(
            List.of(
                hunter.truePositives(),
                hunter.falseNegatives(),
                hunter.trueNegatives(),
                hunter.falsePositives(),
                hunter.changesExplained()))
        .containsExactly(5, 0, 3, 1, 1);
    assertThat(hunter.balancedAccuracy()).contains(new BigDecimal("0.8750"));
    assertThat(c.scores("transit-only").balancedAccuracy()).contains(new BigDecimal("0.7000"));
    for (String theory : c.theories()) {
      assertThat(c.scores(theory)).isEqualTo(c.evaluation(theory).scores());
    }
  }

  @Test
  void baselines_sameSituations_oneEntryPerBaselineHoldingForEveryTheory() {
    TheoryComparison c = readings();

    assertThat(c.baselinesAgree()).isTrue();
    assertThat(c.baselines())
        .extracting(BaselineScores::baseline)
        .containsExactly(Baseline.ALL, Baseline.NONE, Baseline.PERSISTENCE);
    assertThat(c.baselines())
        .allSatisfy(
            b -> assertThat(b.theories()).containsExactly("bargain", "hunter", "transit-only"));
    assertThat(c.baselines())
        .extracting(b -> b.scores().balancedAccuracy().orElseThrow())
        .containsExactly(
            new BigDecimal("0.5000"), new BigDecimal("0.5000"), new BigDecimal("0.7000"));
    assertThat(c.baselines().get(2).scores())
        .isEqualTo(c.baselines("hunter").get(Baseline.PERSISTENCE));
    assertThat(c.baselines().get(0).scores().unassessed()).isEmpty();
  }

  @Test
  void verdicts_oneBeatsEveryBaseline_oneFallsBelowPersistence_oneTiesIt() {
    TheoryComparison c = readings();

    TheoryVerdict hunter = c.verdict("hunter");
    assertThat(hunter.beatsBaselinesOnBalancedAccuracy()).contains(true);
    assertThat(hunter.beatsBaselinesOnChanges()).contains(true);
    assertThat(hunter.notBeatenOnBalancedAccuracy()).isEmpty();
    assertThat(hunter.summary())
        .isEqualTo(
            "beats every baseline on balanced accuracy (0.875 > 0.7) and on changes explained (1 > 0)");

    TheoryVerdict bargain = c.verdict("bargain");
    assertThat(bargain.beatsBaselinesOnBalancedAccuracy()).contains(false);
    assertThat(bargain.notBeatenOnBalancedAccuracy()).containsExactly(Baseline.PERSISTENCE);
    assertThat(bargain.beatsBaselinesOnChanges()).contains(true);
    assertThat(bargain.summary())
        .isEqualTo(
            "does not beat persistence on balanced accuracy (0.55 <= 0.7);"
                + " beats every baseline on changes explained (1 > 0)");

    TheoryVerdict tie = c.verdict("transit-only");
    assertThat(tie.beatsBaselinesOnBalancedAccuracy()).as("a tie does not beat").contains(false);
    assertThat(tie.notBeatenOnBalancedAccuracy()).containsExactly(Baseline.PERSISTENCE);
    assertThat(tie.beatsBaselinesOnChanges()).contains(false);
    assertThat(tie.notBeatenOnChanges())
        .containsExactly(Baseline.ALL, Baseline.NONE, Baseline.PERSISTENCE);
    assertThat(tie.summary())
        .isEqualTo(
            "does not beat persistence on balanced accuracy (0.7 <= 0.7);"
                + " does not beat all, none or persistence on changes explained (0 <= 0)");

    assertThat(c.verdicts())
        .extracting(TheoryVerdict::theory)
        .containsExactly("bargain", "hunter", "transit-only");
  }

  @Test
  void verdict_belowSeveralBaselines_namesEachWithItsScore() {
    Model nothing =
        Model.builder().from(ComparisonFixtures.negatives()).concepts(List.of()).build();

    TheoryComparison c =
        TheoryComparison.of(
            Map.of("nothing", nothing), ComparisonFixtures.negatives().observations());

    TheoryVerdict v = c.verdict("nothing");
    assertThat(v.notBeatenOnBalancedAccuracy())
        .containsExactly(Baseline.ALL, Baseline.NONE, Baseline.PERSISTENCE);
    assertThat(v.summary())
        .startsWith(
            "does not beat all, none or persistence on balanced accuracy (0.5 <= 0.5 and 0.7);");
  }

  @Test
  void verdict_noNegativeEvidence_noChange_cannotTell() {
    List<Observation> positives =
        List.of(positive("PK", "transit", "US", "s2"), positive("US", "aid", "PK", "s3"));

    TheoryComparison c = TheoryComparison.of(ComparisonFixtures.readings(), positives);

    TheoryVerdict v = c.verdict("hunter");
    assertThat(v.beatsBaselinesOnBalancedAccuracy()).isEmpty();
    assertThat(v.beatsBaselinesOnChanges()).isEmpty();
    assertThat(v.notBeatenOnBalancedAccuracy()).isEmpty();
    assertThat(v.notBeatenOnChanges()).isEmpty();
    assertThat(v.summary())
        .isEqualTo(
            "cannot tell on balanced accuracy: no negative evidence (no observation says a"
                + " practice did not happen); cannot tell on changes explained: no change observation");
  }

  @Test
  void verdict_onlyNegativeEvidence_cannotTellForLackOfObservedPractices() {
    TheoryComparison c =
        TheoryComparison.of(
            ComparisonFixtures.readings(), List.of(negative("PK", "transit", "US", "s1")));

    assertThat(c.verdict("hunter").summary())
        .startsWith("cannot tell on balanced accuracy: no observation says a practice happened;");
  }

  @Test
  void baselines_theoriesOrderingSituationsDifferently_eachJudgedAgainstItsOwn() {
    // the same case, but this reading dates s3 after s3b: persistence looks at other situations
    Model base = ComparisonFixtures.negatives();
    Model reordered =
        Model.builder()
            .from(base)
            .situations(
                List.of(
                    base.situations().get(0),
                    base.situations().get(1),
                    Situation.builder().id("s3").from("2005").addAspects("safe-haven").build(),
                    base.situations().get(3)))
            .concepts(ComparisonFixtures.hunter())
            .build();
    Map<String, Model> theories = new LinkedHashMap<>();
    theories.put("bargain", base);
    theories.put("hunter-late", reordered);
    theories.put(
        "hunter", Model.builder().from(base).concepts(ComparisonFixtures.hunter()).build());

    TheoryComparison c = TheoryComparison.of(theories, base.observations());

    assertThat(c.baselinesAgree()).isFalse();
    assertThat(c.baselines())
        .extracting(b -> b.baseline() + " " + b.theories())
        .containsExactly(
            "all [bargain, hunter-late, hunter]",
            "none [bargain, hunter-late, hunter]",
            "persistence [bargain, hunter]",
            "persistence [hunter-late]");
    assertThat(c.baselines("hunter-late").get(Baseline.PERSISTENCE))
        .isNotEqualTo(c.baselines("hunter").get(Baseline.PERSISTENCE))
        .isEqualTo(c.baselines().get(3).scores());
    assertThat(c.verdict("hunter-late").evaluation()).isEqualTo(c.evaluation("hunter-late"));
  }

  @Test
  void verdict_unknownTheory_rejected() {
    assertThatThrownBy(() -> readings().verdict("marxist"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown theory 'marxist'");
  }

  @Test
  void verdict_isTheEvaluationsDecision() {
    TheoryComparison c = readings();

    for (String theory : c.theories()) {
      assertThat(c.verdict(theory).beatsBaselinesOnBalancedAccuracy())
          .isEqualTo(c.evaluation(theory).beatsBaselinesOnBalancedAccuracy());
      assertThat(c.verdict(theory).beatsBaselinesOnChanges())
          .isEqualTo(c.evaluation(theory).beatsBaselinesOnChanges());
    }
    assertThat(Optional.of(true)).isEqualTo(c.verdict("hunter").beatsBaselinesOnChanges());
  }
}
