package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.ModelEdit.Entry;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code monte-carlo} family ({@link MonteCarlo}): the specification's defaults and checks, the
 * generator and the order of its draws as documented, reproducibility (same seed, same edits and
 * result; another seed, other edits; the other families make no difference), how often tie-breaks
 * give each order, and its place in the analysis. The published bytes are checked in {@code
 * narrative-io}'s {@code MonteCarloWriterTest}; that every sample's incremental rerun is inference
 * on the edited model, in {@link MonteCarloPropertiesTest}. The tests over generated models are in
 * {@code narrative-testing} (the core's tests cannot depend on it): parallel as sequential in
 * {@code MonteCarloGeneratedModelTest}, how often each perturbation happens over many samples in
 * {@code MonteCarloPerturbationRatesTest}.
 */
class MonteCarloTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static Inference negatives() {
    return ENGINE.infer(ComparisonFixtures.negatives());
  }

  /** The edits of samples 1 to {@code spec.samples()}, drawn as the analysis draws them. */
  private static List<ModelEdit> edits(MonteCarlo spec, Inference original) {
    return MonteCarloFamily.of(spec, original).variants().stream()
        .map(v -> v.edit().orElseThrow())
        .toList();
  }

  private static Model withConcepts(Concept... concepts) {
    return Model.builder().from(ComparisonFixtures.negatives()).concepts(List.of(concepts)).build();
  }

  // --- the specification

  @Test
  void of_givesTheDocumentedDefaults() {
    MonteCarlo spec = MonteCarlo.of(1000, 42);

    assertThat(spec.samples()).isEqualTo(1000);
    assertThat(spec.seed()).isEqualTo(42);
    assertThat(spec.weightFactor()).isEqualTo(new BigDecimal("2"));
    assertThat(spec.conceptDropProbability()).isEqualTo(new BigDecimal("0.1"));
    assertThat(spec.aspectDropProbability()).isEqualTo(new BigDecimal("0.1"));
    assertThat(spec.breakTies()).isTrue();
    assertThat(MonteCarlo.MAX_SAMPLES).isEqualTo(1_000_000);
    assertThat(MonteCarlo.GENERATOR).isEqualTo("java.util.SplittableRandom");
  }

  @Test
  void equalParameters_makeEqualSpecifications_whateverTheirTrailingZeros() {
    new EqualsTester()
        .addEqualityGroup(
            MonteCarlo.of(10, 1),
            MonteCarlo.builder()
                .samples(10)
                .seed(1)
                .weightFactor(new BigDecimal("2.000"))
                .conceptDropProbability(new BigDecimal("0.1000"))
                .aspectDropProbability(new BigDecimal("0.10"))
                .build())
        .addEqualityGroup(MonteCarlo.of(10, 2))
        .addEqualityGroup(MonteCarlo.of(11, 1))
        .addEqualityGroup(MonteCarlo.builder().samples(10).seed(1).breakTies(false).build())
        .addEqualityGroup(
            MonteCarlo.builder().samples(10).seed(1).weightFactor(BigDecimal.ONE).build())
        .testEquals();
    assertThat(
            MonteCarlo.builder()
                .samples(1)
                .seed(0)
                .weightFactor(new BigDecimal("1E+1"))
                .build()
                .weightFactor()
                .toPlainString())
        .isEqualTo("10");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "samples | 0 | samples must be between 1 and 1000000, but is 0",
        "samples | -5 | samples must be between 1 and 1000000, but is -5",
        "samples | 1000001 | samples must be between 1 and 1000000, but is 1000001",
        "weightFactor | 0.5 | weightFactor must be between 1 and 10 with at most 3 decimals, but is 0.5",
        "weightFactor | 10.001 | weightFactor must be between 1 and 10 with at most 3 decimals, but is 10.001",
        "weightFactor | 1.0005 | weightFactor must be between 1 and 10 with at most 3 decimals, but is 1.0005",
        "conceptDropProbability | -0.1 | conceptDropProbability must be between 0 and 1 with at most 4 decimals, but is -0.1",
        "conceptDropProbability | 1.5 | conceptDropProbability must be between 0 and 1 with at most 4 decimals, but is 1.5",
        "conceptDropProbability | 0.12345 | conceptDropProbability must be between 0 and 1 with at most 4 decimals, but is 0.12345",
        "aspectDropProbability | -1 | aspectDropProbability must be between 0 and 1 with at most 4 decimals, but is -1",
        "aspectDropProbability | 1.0001 | aspectDropProbability must be between 0 and 1 with at most 4 decimals, but is 1.0001",
      })
  void parameterOutOfRange_isRejected_namingItsRangeAndValue(
      String parameter, String value, String message) {
    MonteCarlo.Builder b = MonteCarlo.builder().samples(1).seed(0);
    switch (parameter) {
      case "samples" -> b.samples(Integer.parseInt(value));
      case "weightFactor" -> b.weightFactor(new BigDecimal(value));
      case "conceptDropProbability" -> b.conceptDropProbability(new BigDecimal(value));
      case "aspectDropProbability" -> b.aspectDropProbability(new BigDecimal(value));
      default -> throw new IllegalArgumentException(parameter);
    }

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void boundsThemselves_areAccepted() {
    MonteCarlo most =
        MonteCarlo.builder()
            .samples(MonteCarlo.MAX_SAMPLES)
            .seed(Long.MIN_VALUE)
            .weightFactor(BigDecimal.TEN)
            .conceptDropProbability(BigDecimal.ONE)
            .aspectDropProbability(new BigDecimal("0.9999"))
            .build();
    MonteCarlo least =
        MonteCarlo.builder()
            .samples(1)
            .seed(Long.MAX_VALUE)
            .weightFactor(new BigDecimal("1.001"))
            .conceptDropProbability(BigDecimal.ZERO)
            .aspectDropProbability(new BigDecimal("0.0001"))
            .build();

    assertThat(most.samples()).isEqualTo(1_000_000);
    assertThat(least.weightFactor()).isEqualTo(new BigDecimal("1.001"));
    assertThatThrownBy(() -> MonteCarlo.of(0, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("samples must be between 1 and 1000000, but is 0");
  }

  @Test
  void missingSamplesOrSeed_isNamed() {
    assertThatThrownBy(() -> MonteCarlo.builder().seed(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("samples");
    assertThatThrownBy(() -> MonteCarlo.builder().samples(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("seed");
  }

  // --- the generator

  @Test
  void sampleSeed_isTheIthValueOfSplittableRandomNextLong() {
    for (long seed : new long[] {0, 42, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
      SplittableRandom root = new SplittableRandom(seed);
      for (int i = 1; i <= 1000; i++) {
        assertThat(MonteCarloFamily.sampleSeed(seed, i))
            .as("seed %s, sample %s", seed, i)
            .isEqualTo(root.nextLong());
      }
    }
  }

  @Test
  void factor_isLogUniformBetweenHalfAndDouble_roundedToThreeDecimals() {
    assertThat(MonteCarloFamily.factor(2, 0)).isEqualTo(new BigDecimal("0.500"));
    assertThat(MonteCarloFamily.factor(2, 0.25)).isEqualTo(new BigDecimal("0.707"));
    assertThat(MonteCarloFamily.factor(2, 0.5)).isEqualTo(new BigDecimal("1.000"));
    assertThat(MonteCarloFamily.factor(2, 0.75)).isEqualTo(new BigDecimal("1.414"));
    assertThat(MonteCarloFamily.factor(2, Math.nextDown(1.0))).isEqualTo(new BigDecimal("2.000"));
    assertThat(MonteCarloFamily.factor(10, 0)).isEqualTo(new BigDecimal("0.100"));
    assertThat(MonteCarloFamily.factor(10, Math.nextDown(1.0))).isEqualTo(new BigDecimal("10.000"));
    assertThat(MonteCarloFamily.factor(1, 0.3)).isEqualTo(new BigDecimal("1.000"));
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 100_000; k++) {
      BigDecimal f = MonteCarloFamily.factor(2, random.nextDouble());
      assertThat(f.scale()).isEqualTo(3);
      assertThat(f).isBetween(new BigDecimal("0.5"), new BigDecimal("2"));
    }
  }

  /**
   * Samples 1 to 50 of seed 42 on a small model are what the documented algorithm gives, redone
   * here draw by draw with {@link SplittableRandom}: concepts in id order, aspects by situation
   * then id, entries in the weight family's order, then one Fisher-Yates shuffle per priority level
   * (none for a level of one concept). The bytes are pinned in {@code narrative-io}.
   */
  @Test
  void sample_drawsInTheDocumentedOrder() {
    Model model =
        withConcepts(
            Concept.builder()
                .id("us.b")
                .holder("US")
                .priority(1)
                .addPrescribes(
                    Prescription.builder().practice("aid").target("PK").weight("0.5").build())
                .build(),
            Concept.builder()
                .id("us.a")
                .holder("US")
                .priority(1)
                .addProscribes(Prescription.of("strike", "PK"))
                .addPrescribes(Prescription.of("strike"))
                .build(),
            Concept.builder().id("pk.x").holder("PK").build());
    Inference original = ENGINE.infer(model);
    MonteCarlo spec =
        MonteCarlo.builder()
            .samples(50)
            .seed(42)
            .conceptDropProbability(new BigDecimal("0.3"))
            .aspectDropProbability(new BigDecimal("0.25"))
            .build();
    for (int i = 1; i <= 50; i++) {
      SplittableRandom r = new SplittableRandom(MonteCarloFamily.sampleSeed(42, i));
      ModelEdit.Builder expected = ModelEdit.builder();
      List<String> dropped = new ArrayList<>();
      for (String c : List.of("pk.x", "us.a", "us.b")) {
        if (r.nextInt(10_000) < 3000) {
          dropped.add(c);
          expected.addDroppedConcepts(ConceptId.of(c));
        }
      }
      for (Situation s : original.situations()) {
        for (AspectId a : s.aspects().stream().sorted().toList()) {
          if (r.nextInt(10_000) < 2500) {
            expected.putRemovedAspects(s.id(), a);
          }
        }
      }
      // us.a prescribes strike (-), us.a proscribes strike/PK, us.b prescribes aid/PK
      List<Object[]> entries =
          List.of(
              new Object[] {"us.a", ModelEdit.Side.PRESCRIBES, BigDecimal.ONE},
              new Object[] {"us.a", ModelEdit.Side.PROSCRIBES, BigDecimal.ONE},
              new Object[] {"us.b", ModelEdit.Side.PRESCRIBES, new BigDecimal("0.5")});
      for (Object[] e : entries) {
        BigDecimal f =
            new BigDecimal(StrictMath.pow(2, 2 * r.nextDouble() - 1))
                .setScale(3, RoundingMode.HALF_EVEN);
        if (f.compareTo(BigDecimal.ONE) != 0 && !dropped.contains((String) e[0])) {
          expected.putWeights(
              new Entry(ConceptId.of((String) e[0]), (ModelEdit.Side) e[1], 0),
              ((BigDecimal) e[2]).multiply(f));
        }
      }
      // PK: one level of one concept, no draw; US: one level {us.a, us.b}, one draw
      if (r.nextInt(2) == 0) {
        expected.putRankOrders(
            ActorId.of("US"), ImmutableList.of(ConceptId.of("us.b"), ConceptId.of("us.a")));
      }

      assertThat(MonteCarloFamily.sample(spec, original, i))
          .as("sample %s", i)
          .isEqualTo(expected.build());
    }
  }

  // --- reproducibility

  @Test
  void sameSeed_givesTheSameEditsAndTheSameResult() {
    Inference original = negatives();
    MonteCarlo spec = MonteCarlo.of(200, 42);

    assertThat(edits(spec, original)).isEqualTo(edits(MonteCarlo.of(200, 42), original));
    assertThat(Sensitivity.builder().monteCarlo(spec).build().run(original))
        .isEqualTo(
            Sensitivity.builder().monteCarlo(MonteCarlo.of(200, 42)).build().run(negatives()));
  }

  @Test
  void differentSeeds_giveDifferentEdits() {
    Inference original = negatives();

    List<ModelEdit> a = edits(MonteCarlo.of(100, 42), original);
    List<ModelEdit> b = edits(MonteCarlo.of(100, 43), original);

    assertThat(a).isNotEqualTo(b);
    long same = IntStream.range(0, 100).filter(i -> a.get(i).equals(b.get(i))).count();
    assertThat(same).isLessThan(10);
  }

  @Test
  void samples_areTheFirstOfLongerRuns_whateverTheNumberOfSamples() {
    Inference original = negatives();

    assertThat(edits(MonteCarlo.of(300, 9), original).subList(0, 100))
        .isEqualTo(edits(MonteCarlo.of(100, 9), original));
  }

  @Test
  void monteCarloSamples_doNotDependOnTheOtherFamilies() {
    Inference original = negatives();
    MonteCarlo spec = MonteCarlo.of(100, 11);

    SensitivityResult alone =
        Sensitivity.builder().families(List.of()).monteCarlo(spec).build().run(original);
    SensitivityResult withAll = Sensitivity.builder().monteCarlo(spec).build().run(original);

    UnaryOperator<List<String>> mc =
        names -> names.stream().filter(n -> n.startsWith("monte-carlo:")).toList();
    for (int i = 0; i < alone.predictions().size(); i++) {
      assertThat(mc.apply(withAll.predictions().get(i).lostIn()))
          .isEqualTo(alone.predictions().get(i).lostIn());
    }
    for (int j = 0; j < alone.observations().size(); j++) {
      assertThat(mc.apply(withAll.observations().get(j).flippedIn()))
          .isEqualTo(alone.observations().get(j).flippedIn());
    }
  }

  @Test
  void changingOneParameter_leavesTheOtherPerturbationsOfEachSampleAsTheyWere() {
    Inference original = negatives();
    List<ModelEdit> all = edits(MonteCarlo.of(200, 8), original);
    List<ModelEdit> noDrops =
        edits(
            MonteCarlo.builder()
                .samples(200)
                .seed(8)
                .conceptDropProbability(BigDecimal.ZERO)
                .weightFactor(new BigDecimal("3"))
                .build(),
            original);

    for (int i = 0; i < 200; i++) {
      assertThat(noDrops.get(i).droppedConcepts()).isEmpty();
      assertThat(noDrops.get(i).removedAspects()).isEqualTo(all.get(i).removedAspects());
      assertThat(noDrops.get(i).rankOrders()).isEqualTo(all.get(i).rankOrders());
    }
  }

  // --- how often (each perturbation over a generated model: MonteCarloPerturbationRatesTest,
  // in narrative-testing)

  @Test
  void tieBreaks_giveEveryOrderOfEqualPrioritiesAboutEquallyOften_andKeepThePriorityLevels() {
    Model model =
        withConcepts(
            Concept.builder().id("us.top").holder("US").priority(5).build(),
            Concept.builder().id("us.a").holder("US").build(),
            Concept.builder().id("us.b").holder("US").build(),
            Concept.builder().id("us.c").holder("US").build(),
            Concept.builder().id("us.low").holder("US").priority(-1).build(),
            Concept.builder().id("pk.a").holder("PK").priority(2).build(),
            Concept.builder().id("pk.b").holder("PK").priority(2).build());
    Inference original = ENGINE.infer(model);
    int samples = 6000;
    Map<List<ConceptId>, Integer> us = new HashMap<>();
    int pkSwapped = 0;

    for (ModelEdit edit :
        edits(
            MonteCarlo.builder()
                .samples(samples)
                .seed(99)
                .conceptDropProbability(BigDecimal.ZERO)
                .aspectDropProbability(BigDecimal.ZERO)
                .build(),
            original)) {
      List<ConceptId> order =
          edit.rankOrders()
              .getOrDefault(
                  ActorId.of("US"),
                  ImmutableList.of(
                      ConceptId.of("us.top"),
                      ConceptId.of("us.a"),
                      ConceptId.of("us.b"),
                      ConceptId.of("us.c"),
                      ConceptId.of("us.low")));
      us.merge(order, 1, Integer::sum);
      pkSwapped += edit.rankOrders().containsKey(ActorId.of("PK")) ? 1 : 0;
      assertThat(order.get(0)).isEqualTo(ConceptId.of("us.top"));
      assertThat(order.get(4)).isEqualTo(ConceptId.of("us.low"));
    }

    assertThat(us).hasSize(6);
    assertThat(us.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
    assertThat(pkSwapped).isBetween(2800, 3200);
  }

  @Test
  void tieBreaksOff_keepEveryPriority() {
    Model model =
        withConcepts(
            Concept.builder().id("us.a").holder("US").build(),
            Concept.builder().id("us.b").holder("US").build());

    assertThat(
            edits(
                MonteCarlo.builder().samples(100).seed(1).breakTies(false).build(),
                ENGINE.infer(model)))
        .allSatisfy(e -> assertThat(e.rankOrders()).isEmpty());
  }

  // --- in the analysis

  @Test
  void family_comesAfterTheExhaustiveOnes_andNamesItsSamplesFromOne() {
    MonteCarlo spec = MonteCarlo.of(30, 42);
    Sensitivity s = Sensitivity.builder().monteCarlo(spec).build();
    Inference original = negatives();

    SensitivityResult r = s.run(original);

    assertThat(s.monteCarlo()).contains(spec);
    assertThat(Sensitivity.create().monteCarlo()).isEmpty();
    assertThat(s.variantCount(original)).isEqualTo(22 + 30);
    assertThat(r.families())
        .containsExactly(
            new FamilyCount("drop-concept", 3),
            new FamilyCount("drop-aspect", 6),
            new FamilyCount("add-aspect", 4),
            new FamilyCount("weight", 8),
            new FamilyCount("swap-rank", 1),
            new FamilyCount("monte-carlo", 30, Optional.of(spec)));
    assertThat(MonteCarloFamily.of(spec, original).variants())
        .extracting(Variant::name)
        .startsWith("monte-carlo:1", "monte-carlo:2")
        .endsWith("monte-carlo:30")
        .hasSize(30);
    List<String> lost = r.predictions().stream().flatMap(p -> p.lostIn().stream()).toList();
    assertThat(lost).anyMatch(n -> n.startsWith("monte-carlo:"));
    // within each list, the exhaustive families' variants come first
    for (PredictionHolds p : r.predictions()) {
      int firstMc =
          IntStream.range(0, p.lostIn().size())
              .filter(i -> p.lostIn().get(i).startsWith("monte-carlo:"))
              .findFirst()
              .orElse(p.lostIn().size());
      assertThat(p.lostIn().subList(firstMc, p.lostIn().size()))
          .allMatch(n -> n.startsWith("monte-carlo:"));
    }
  }

  @Test
  void neutralParameters_changeNothing() {
    Inference original = negatives();
    MonteCarlo neutral =
        MonteCarlo.builder()
            .samples(25)
            .seed(1)
            .weightFactor(BigDecimal.ONE)
            .conceptDropProbability(BigDecimal.ZERO)
            .aspectDropProbability(BigDecimal.ZERO)
            .breakTies(false)
            .build();

    SensitivityResult r =
        Sensitivity.builder().families(List.of()).monteCarlo(neutral).build().run(original);

    assertThat(edits(neutral, original)).allMatch(ModelEdit::isEmpty);
    assertThat(r.predictions())
        .allSatisfy(
            p -> {
              assertThat(p.holds()).contains(new BigDecimal("1.0000"));
              assertThat(p.lostIn()).isEmpty();
            });
    assertThat(r.gained()).isEmpty();
    assertThat(r.observations()).allSatisfy(o -> assertThat(o.flippedIn()).isEmpty());
    assertThat(r.balancedAccuracy().min()).isEqualTo(r.balancedAccuracy().original());
    assertThat(r.balancedAccuracy().max()).isEqualTo(r.balancedAccuracy().original());
  }

  @Test
  void modelWithoutConcepts_drawsOnlyAspectDrops_andRunsEverySample() {
    Model model = withConcepts();
    Inference original = ENGINE.infer(model);
    MonteCarlo spec =
        MonteCarlo.builder()
            .samples(40)
            .seed(3)
            .aspectDropProbability(new BigDecimal("0.5"))
            .build();

    SensitivityResult r =
        Sensitivity.builder().families(List.of()).monteCarlo(spec).build().run(original);

    assertThat(r.families()).containsExactly(new FamilyCount("monte-carlo", 40, Optional.of(spec)));
    assertThat(r.predictions()).isEmpty();
    List<ModelEdit> edits = edits(spec, original);
    assertThat(edits)
        .allSatisfy(
            e -> {
              assertThat(e.droppedConcepts()).isEmpty();
              assertThat(e.weights()).isEmpty();
              assertThat(e.rankOrders()).isEmpty();
            });
    assertThat(edits).anyMatch(e -> !e.removedAspects().isEmpty());
  }

  @Test
  void modelWithConceptsButNoEntries_reweighsNothing() {
    Model model =
        withConcepts(
            Concept.builder().id("us.a").holder("US").build(),
            Concept.builder().id("us.b").holder("US").build());

    assertThat(edits(MonteCarlo.of(50, 2), ENGINE.infer(model)))
        .allSatisfy(e -> assertThat(e.weights()).isEmpty());
  }

  @Test
  void weights_areMultipliedExactly_andLeftOutForConceptsLeftOut() {
    Inference original = negatives();
    Map<Entry, BigDecimal> weights = new HashMap<>();
    Families.entries(original.model())
        .forEach(i -> weights.put(i.entry(), i.prescription().weight()));

    for (ModelEdit e : edits(MonteCarlo.of(300, 4), original)) {
      e.weights()
          .forEach(
              (entry, w) -> {
                assertThat(e.droppedConcepts()).doesNotContain(entry.concept());
                BigDecimal factor = w.divide(weights.get(entry));
                assertThat(factor.setScale(3))
                    .isEqualTo(factor.setScale(3, RoundingMode.UNNECESSARY));
                assertThat(factor)
                    .isBetween(new BigDecimal("0.5"), new BigDecimal("2"))
                    .isNotEqualByComparingTo("1");
              });
    }
  }

  @Test
  void builder_isSafeToReuse_andTheLastSpecificationWins() {
    Sensitivity.Builder b = Sensitivity.builder().monteCarlo(MonteCarlo.of(5, 1));
    Sensitivity first = b.build();

    Sensitivity second = b.monteCarlo(MonteCarlo.of(7, 2)).build();

    assertThat(first.monteCarlo()).contains(MonteCarlo.of(5, 1));
    assertThat(second.monteCarlo()).contains(MonteCarlo.of(7, 2));
  }

  @Test
  void familyCount_mustCountTheSamples() {
    assertThatThrownBy(() -> new FamilyCount("monte-carlo", 3, Optional.of(MonteCarlo.of(4, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family 'monte-carlo' has 3 variants but 4 samples");
    assertThatThrownBy(() -> new FamilyCount("weight", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family 'weight' has a negative number of variants: -1");
  }
}
