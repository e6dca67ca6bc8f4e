package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Sensitivity} on the conformance case {@code negatives} and on small variations of it: the
 * families' variants, names and orders, the edge cases (no observations, no variants, undefined
 * scores), progress, cancellation, and that variants are run incrementally. The published output is
 * checked byte for byte in {@code narrative-io}'s {@code SensitivityConformanceTest}.
 */
class SensitivityTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static Inference negatives() {
    return ENGINE.infer(ComparisonFixtures.negatives());
  }

  private static List<String> names(SensitivityFamily family, Inference original) {
    return Families.of(family, original).variants().stream().map(Variant::name).toList();
  }

  private static Optional<BigDecimal> decimal(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void negatives_givesThePublishedCountsSharesAndScores() {
    SensitivityResult r = Sensitivity.create().run(negatives());

    assertThat(r.families())
        .containsExactly(
            new FamilyCount("drop-concept", 3),
            new FamilyCount("drop-aspect", 6),
            new FamilyCount("add-aspect", 4),
            new FamilyCount("weight", 8),
            new FamilyCount("swap-rank", 1));
    assertThat(r.variants()).isEqualTo(22);
    PredictionHolds aidInS3 = r.predictions().get(3);
    assertThat(aidInS3.holds()).isEqualTo(decimal("0.7727"));
    assertThat(aidInS3.lostIn())
        .containsExactly(
            "drop-concept:pk.bargain",
            "drop-concept:us.reward",
            "drop-aspect:s2/deal",
            "halve-weight:us.reward/prescribes/aid/PK",
            "double-weight:us.hunt/proscribes/aid/PK");
    assertThat(r.balancedAccuracy())
        .isEqualTo(
            new ScoreRange(
                decimal("0.5500"), decimal("0.3500"), decimal("0.5500"), decimal("0.8000")));
    assertThat(r.changesExplained())
        .isEqualTo(new ScoreRange(decimal("1"), decimal("0"), decimal("1"), decimal("1")));
  }

  @Test
  void families_nameTheirVariantsAsTheTableSays_inItsOrder() {
    Inference original = negatives();

    assertThat(names(SensitivityFamily.DROP_CONCEPT, original))
        .containsExactly(
            "drop-concept:pk.bargain", "drop-concept:us.hunt", "drop-concept:us.reward");
    assertThat(names(SensitivityFamily.DROP_ASPECT, original))
        .containsExactly(
            "drop-aspect:s1/deal",
            "drop-aspect:s2/attack",
            "drop-aspect:s2/deal",
            "drop-aspect:s3/safe-haven",
            "drop-aspect:s3b/deal",
            "drop-aspect:s3b/safe-haven");
    // only aspects of the situation before or after, and only those the situation lacks
    assertThat(names(SensitivityFamily.ADD_ASPECT, original))
        .containsExactly(
            "add-aspect:s1/attack",
            "add-aspect:s2/safe-haven",
            "add-aspect:s3/attack",
            "add-aspect:s3/deal");
    assertThat(names(SensitivityFamily.WEIGHT, original))
        .containsExactly(
            "halve-weight:pk.bargain/prescribes/transit/US",
            "halve-weight:us.hunt/prescribes/strike/PK",
            "halve-weight:us.hunt/proscribes/aid/PK",
            "halve-weight:us.reward/prescribes/aid/PK",
            "double-weight:pk.bargain/prescribes/transit/US",
            "double-weight:us.hunt/prescribes/strike/PK",
            "double-weight:us.hunt/proscribes/aid/PK",
            "double-weight:us.reward/prescribes/aid/PK");
    // PK holds one concept: no pair to swap
    assertThat(names(SensitivityFamily.SWAP_RANK, original))
        .containsExactly("swap-rank:us.hunt/us.reward");
  }

  @Test
  void weightFamily_ordersEntriesByPracticeAndTargetNoneFirst_andKeepsDuplicateEntriesApart() {
    Model model =
        withConcepts(
            Concept.builder()
                .id("us.mixed")
                .holder("US")
                .addPrescribes(
                    Prescription.builder().practice("strike").target("PK").weight("0.3").build(),
                    Prescription.of("aid", "PK"),
                    Prescription.of("strike"),
                    Prescription.builder().practice("aid").target("PK").weight("0.5").build())
                .build());
    Inference original = ENGINE.infer(model);

    Family weight = Families.of(SensitivityFamily.WEIGHT, original);

    assertThat(weight.variants())
        .extracting(Variant::name)
        .containsExactly(
            "halve-weight:us.mixed/prescribes/aid/PK",
            "halve-weight:us.mixed/prescribes/aid/PK",
            "halve-weight:us.mixed/prescribes/strike/-",
            "halve-weight:us.mixed/prescribes/strike/PK",
            "double-weight:us.mixed/prescribes/aid/PK",
            "double-weight:us.mixed/prescribes/aid/PK",
            "double-weight:us.mixed/prescribes/strike/-",
            "double-weight:us.mixed/prescribes/strike/PK");
    // each duplicate entry is halved on its own, exactly
    assertThat(weight.variants().subList(0, 4))
        .extracting(v -> v.edit().orElseThrow().weights().values().iterator().next())
        .containsExactly(
            new BigDecimal("0.5"),
            new BigDecimal("0.25"),
            new BigDecimal("0.5"),
            new BigDecimal("0.15"));
    assertThat(weight.variants().get(7).edit().orElseThrow().weights().values())
        .containsExactly(new BigDecimal("0.6"));
  }

  @Test
  void swapRank_exchangesAdjacentConceptsFromTheTop_keepingEveryOtherRank() {
    Model model =
        withConcepts(
            Concept.builder().id("us.c").holder("US").priority(5).build(),
            Concept.builder().id("us.a").holder("US").priority(1).build(),
            Concept.builder().id("us.b").holder("US").priority(1).build(),
            Concept.builder().id("pk.only").holder("PK").build());
    Inference original = ENGINE.infer(model);

    Family swap = Families.of(SensitivityFamily.SWAP_RANK, original);

    assertThat(swap.variants())
        .extracting(Variant::name)
        .containsExactly("swap-rank:us.c/us.a", "swap-rank:us.a/us.b");
    assertThat(swap.variants().get(1).edit().orElseThrow().applyTo(model).concepts())
        .extracting(c -> c.id() + "=" + c.priority())
        .containsExactly("us.c=2", "us.a=0", "us.b=1", "pk.only=0");
  }

  @Test
  void modelWithoutObservations_hasSharesButNoObservationsAndNoScores() {
    Model model =
        Model.builder().from(ComparisonFixtures.negatives()).observations(List.of()).build();

    SensitivityResult r = Sensitivity.create().run(ENGINE.infer(model));

    assertThat(r.predictions()).hasSize(7);
    assertThat(r.predictions().get(0).holds()).isEqualTo(decimal("0.9091"));
    assertThat(r.observations()).isEmpty();
    ScoreRange nothing =
        new ScoreRange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(List.of(r.balancedAccuracy(), r.recall(), r.changesExplained()))
        .containsOnly(nothing);
  }

  @Test
  void familyWithoutVariants_isListedWithNone() {
    Model model =
        withConcepts(
            Concept.builder()
                .id("us.watch")
                .holder("US")
                .when(Trigger.builder().allOf("safe-haven").build())
                .build());

    SensitivityResult r = Sensitivity.create().run(ENGINE.infer(model));

    assertThat(r.families())
        .containsExactly(
            new FamilyCount("drop-concept", 1),
            new FamilyCount("drop-aspect", 6),
            new FamilyCount("add-aspect", 4),
            new FamilyCount("weight", 0),
            new FamilyCount("swap-rank", 0));
  }

  @Test
  void noVariantAtAll_leavesSharesAndSpreadsUndefined_butKeepsTheOriginalScores() {
    Model model =
        Model.builder()
            .from(ComparisonFixtures.negatives())
            .situations(
                List.of(
                    Situation.builder().id("s1").from("2000").build(),
                    Situation.builder().id("s2").from("2001").build(),
                    Situation.builder().id("s3").from("2002").build(),
                    Situation.builder().id("s3b").from("2003").build()))
            .concepts(
                List.of(
                    Concept.builder()
                        .id("us.always")
                        .holder("US")
                        .addPrescribes(Prescription.of("aid", "PK"))
                        .build()))
            .build();
    Inference original = ENGINE.infer(model);

    SensitivityResult r =
        Sensitivity.builder()
            .families(
                SensitivityFamily.DROP_ASPECT,
                SensitivityFamily.ADD_ASPECT,
                SensitivityFamily.SWAP_RANK)
            .build()
            .run(original);

    assertThat(r.variants()).isZero();
    assertThat(r.predictions())
        .hasSize(4)
        .allMatch(p -> p.holds().isEmpty() && p.lostIn().isEmpty());
    assertThat(r.gained()).isEmpty();
    assertThat(r.observations()).allMatch(o -> o.flippedIn().isEmpty());
    assertThat(r.recall().original()).isEqualTo(decimal("0.4000"));
    assertThat(r.recall().min()).isEmpty();
    assertThat(r.recall().median()).isEmpty();
    assertThat(r.recall().max()).isEmpty();
  }

  @Test
  void spread_leavesOutVariantsInWhichTheScoreIsUndefined() {
    Inference original = negatives();
    Model onlyPositive =
        Model.builder()
            .from(ComparisonFixtures.negatives())
            .observations(
                ComparisonFixtures.negatives().observations().stream()
                    .filter(Observation::occurred)
                    .toList())
            .build();
    Family family =
        new Family(
            "replaced",
            com.google.common.collect.ImmutableList.of(
                Variant.replacing("replaced:no-negative-evidence", onlyPositive),
                Variant.replacing("replaced:same", ComparisonFixtures.negatives())));

    SensitivityResult r = Sensitivity.run(original, List.of(family), false, done -> {});

    // without negative evidence balanced accuracy is undefined: only the second variant counts
    assertThat(r.balancedAccuracy())
        .isEqualTo(
            new ScoreRange(
                decimal("0.5500"), decimal("0.5500"), decimal("0.5500"), decimal("0.5500")));
    assertThat(r.recall().min()).isEqualTo(decimal("0.6000"));
    assertThat(r.families()).containsExactly(new FamilyCount("replaced", 2));
    // a replacement is run in full: every one of its episodes is recomputed
    assertThat(r.episodesRecomputed()).isEqualTo(2L * original.episodes().size());
    // a negative observation the replacement lacks counts as not explained there
    assertThat(r.observations().get(1).flippedIn())
        .containsExactly("replaced:no-negative-evidence");
  }

  @Test
  void lowerMedian_ofAnEvenNumberOfValues_isTheLowerMiddleOne() {
    Inference original = negatives();
    Model fewer =
        Model.builder()
            .from(ComparisonFixtures.negatives())
            .concepts(ComparisonFixtures.negatives().concepts().subList(0, 1))
            .build();
    Family family =
        new Family(
            "replaced",
            com.google.common.collect.ImmutableList.of(
                Variant.replacing("replaced:fewer", fewer),
                Variant.replacing("replaced:same", ComparisonFixtures.negatives())));

    SensitivityResult r = Sensitivity.run(original, List.of(family), false, done -> {});

    assertThat(r.changesExplained())
        .isEqualTo(new ScoreRange(decimal("1"), decimal("0"), decimal("0"), decimal("1")));
  }

  @Test
  void interactionOff_isTheOriginalInferencesOption() {
    Inference original =
        ENGINE.infer(
            ComparisonFixtures.negatives(), InferenceOptions.defaults().withInteraction(false));

    SensitivityResult r =
        Sensitivity.builder().families(SensitivityFamily.DROP_ASPECT).build().run(original);

    // without interaction, US aid never follows PK transit, so nothing is lost that needs it
    assertThat(r.predictions()).noneMatch(p -> p.prediction().practice().value().equals("aid"));
    assertThat(r.predictions().get(0).lostIn()).containsExactly("drop-aspect:s1/deal");
  }

  @Test
  void variants_areRunIncrementally() {
    Inference original = negatives();

    SensitivityResult r = Sensitivity.create().run(original);

    assertThat(r.episodesRecomputed() + r.episodesReused())
        .isEqualTo((long) r.variants() * original.episodes().size());
    assertThat(r.episodesReused()).isGreaterThan(r.episodesRecomputed());
  }

  @Test
  void builder_runsTheFamiliesInTheTablesOrder_whateverTheOrderGiven() {
    Sensitivity s =
        Sensitivity.builder()
            .families(SensitivityFamily.SWAP_RANK, SensitivityFamily.DROP_CONCEPT)
            .build();

    SensitivityResult r = s.run(negatives());

    assertThat(s.families())
        .containsExactly(SensitivityFamily.DROP_CONCEPT, SensitivityFamily.SWAP_RANK);
    assertThat(r.families())
        .extracting(FamilyCount::name)
        .containsExactly("drop-concept", "swap-rank");
    assertThat(s.variantCount(negatives())).isEqualTo(4);
    assertThat(Sensitivity.builder().families(List.of()).build().run(negatives()).families())
        .isEmpty();
  }

  @Test
  void progress_isToldEachVariantDone_inOrder_evenInParallel() {
    for (boolean parallel : new boolean[] {false, true}) {
      List<Integer> done = new ArrayList<>();

      Sensitivity.builder().parallel(parallel).build().run(negatives(), done::add);

      assertThat(done)
          .as("parallel %s", parallel)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 22).boxed().toList());
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void interruptedThread_cancelsTheAnalysis_andStaysInterrupted(boolean parallel) {
    Sensitivity s = Sensitivity.builder().parallel(parallel).build();
    Inference original = negatives();
    try {
      assertThatThrownBy(
              () ->
                  s.run(
                      original,
                      done -> {
                        if (done == 3) {
                          Thread.currentThread().interrupt();
                        }
                      }))
          .isInstanceOf(CancellationException.class)
          .hasMessage("sensitivity analysis interrupted after 3 of 22 variants");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void parse_givesTheFamilyOfEachToken_andListsTheAllowedOnesForAnUnknownName() {
    for (SensitivityFamily f : SensitivityFamily.values()) {
      assertThat(SensitivityFamily.parse(f.token())).isSameAs(f);
    }
    assertThatThrownBy(() -> SensitivityFamily.parse("drop-concepts"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown sensitivity family 'drop-concepts'; did you mean 'drop-concept'?"
                + " (allowed: drop-concept, drop-aspect, add-aspect, weight, swap-rank)");
    assertThatThrownBy(() -> SensitivityFamily.parse("monte-carlo"))
        .hasMessage(
            "unknown sensitivity family 'monte-carlo'"
                + " (allowed: drop-concept, drop-aspect, add-aspect, weight, swap-rank)");
  }

  private static Model withConcepts(Concept... concepts) {
    return Model.builder().from(ComparisonFixtures.negatives()).concepts(List.of(concepts)).build();
  }
}
