package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.narrativeir.inference.ObservedModels.Case;
import io.github.narrativeir.inference.ObservedModels.Recipe;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Evaluation v2 (MODEL.md step 8) on generated models whose observations include negative evidence,
 * targetless observations of targeted predictions, disagreeing sources, duplicates and situations
 * that tie on their start ({@link ObservedModels}): the engine against {@link ReferenceEngine}, and
 * properties that hold whatever the reference says. QuickTheories shrinks a counterexample to few,
 * simple observations.
 */
class EvaluationPropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();
  private static final NarrativeEngine PARALLEL = NarrativeEngine.builder().parallelism(2).build();
  private static final Gen<Case> CASES = ObservedModels.cases(12);

  /**
   * A theory of {@code examples} tries whose counterexample is shrunk for a few seconds at most.
   */
  private static QuickTheory theory(int examples) {
    return qt().withExamples(examples).withShrinkCycles(1000);
  }

  @Test
  void engine_equalsReference_onModelsWithNegativeEvidence() {
    theory(400)
        .forAll(CASES)
        .checkAssert(
            c -> {
              Model model = c.model();
              assertThat(ModelValidator.validate(model).errors()).as("valid").isEmpty();
              ReferenceEngine.Result expected = ReferenceEngine.infer(model);
              for (Inference actual : List.of(ENGINE.infer(model), PARALLEL.infer(model))) {
                assertThat(actual.predictions())
                    .as("predictions")
                    .isEqualTo(expected.predictions());
                assertThat(actual.narratives()).as("narratives").isEqualTo(expected.narratives());
                assertThat(actual.evaluation()).as("evaluation").isEqualTo(expected.evaluation());
                Evaluation a = actual.evaluation().orElse(null);
                Evaluation b = expected.evaluation().orElse(null);
                if (a != null) {
                  // equal objects, but say which part differs first when they do not
                  assertThat(a.unexplained()).as("unexplained").isEqualTo(b.unexplained());
                  assertThat(a.scores()).as("scores").isEqualTo(b.scores());
                  assertThat(a.baselines()).as("baselines").isEqualTo(b.baselines());
                  assertThat(ratios(a.scores())).as("ratios").isEqualTo(ratios(b.scores()));
                }
              }
            });
  }

  @Test
  void evaluation_doesNotDependOnTheOrderOfObservationsOrSituations() {
    theory(200)
        .forAll(CASES)
        .checkAssert(
            c -> {
              Model model = c.model();
              List<Observation> reversed = new ArrayList<>(model.observations());
              Collections.reverse(reversed);
              List<Situation> situations = new ArrayList<>(model.situations());
              Collections.reverse(situations);
              Model reordered =
                  Model.builder().from(model).observations(reversed).situations(situations).build();

              assertThat(ENGINE.infer(reordered).evaluation())
                  .isEqualTo(ENGINE.infer(model).evaluation());
            });
  }

  @Test
  void scores_agreeWithTheObservations_andTheBaselinesWithTheirDefinitions() {
    theory(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              List<Observation> observations = c.model().observations();
              Optional<Evaluation> evaluation = ENGINE.infer(c.model()).evaluation();
              assertThat(evaluation.isPresent()).isEqualTo(!observations.isEmpty());
              if (evaluation.isEmpty()) {
                return;
              }
              Evaluation e = evaluation.get();
              long positives = observations.stream().filter(Observation::isPlainPositive).count();
              long negatives = observations.stream().filter(Observation::isPlainNegative).count();
              long changes = observations.stream().filter(o -> o.change().isPresent()).count();
              Scores s = e.scores();
              assertThat(s.truePositives() + s.falseNegatives()).isEqualTo(positives);
              assertThat(s.trueNegatives() + s.falsePositives()).isEqualTo(negatives);
              assertThat(s.changes()).isEqualTo(changes);
              assertThat(e.falsePositives()).hasSize(s.falsePositives());
              assertThat(e.falseNegatives()).hasSize(s.falseNegatives());
              assertThat(s.unassessed()).isPresent();
              assertThat(s.unassessed().getAsInt()).isLessThanOrEqualTo(e.unmatched().size());
              for (Prediction p : e.matchedPredictions()) {
                assertThat(observations)
                    .anyMatch(o -> o.isPlainPositive() && Evaluations.matches(o, p));
              }
              for (Prediction p : e.unmatched()) {
                assertThat(observations)
                    .noneMatch(o -> o.isPlainPositive() && Evaluations.matches(o, p));
              }
              assertThat(
                      List.of(
                          e.baseline(Baseline.ALL).truePositives(),
                          e.baseline(Baseline.ALL).falsePositives(),
                          e.baseline(Baseline.NONE).falseNegatives(),
                          e.baseline(Baseline.NONE).trueNegatives()))
                  .containsExactly(
                      (int) positives, (int) negatives, (int) positives, (int) negatives);
              Scores persistence = e.baseline(Baseline.PERSISTENCE);
              assertThat(persistence.truePositives() + persistence.falseNegatives())
                  .isEqualTo(positives);
              assertThat(persistence.trueNegatives() + persistence.falsePositives())
                  .isEqualTo(negatives);
              for (Scores b : e.baselines().values()) {
                assertThat(b.changes()).isEqualTo(changes);
                assertThat(b.changesExplained()).isZero();
                assertThat(b.unassessed()).isEmpty();
              }
            });
  }

  @Test
  void flippingOccurred_movesAPlainObservationAcrossTheConfusionMatrix() {
    theory(200)
        .forAll(CASES, integers().between(0, 63))
        .checkAssert(
            (c, pick) -> {
              List<Observation> observations = new ArrayList<>(c.model().observations());
              List<Integer> plain = new ArrayList<>();
              for (int i = 0; i < observations.size(); i++) {
                if (observations.get(i).change().isEmpty()) {
                  plain.add(i);
                }
              }
              if (plain.isEmpty()) {
                return;
              }
              int i = plain.get(pick % plain.size());
              Observation o = observations.get(i);
              observations.set(i, Observation.builder().from(o).occurred(!o.occurred()).build());
              Scores before = ENGINE.infer(c.model()).evaluation().orElseThrow().scores();
              Scores after =
                  ENGINE
                      .infer(Model.builder().from(c.model()).observations(observations).build())
                      .evaluation()
                      .orElseThrow()
                      .scores();

              // TP <-> FP (predicted), FN <-> TN (not predicted)
              int tp = after.truePositives() - before.truePositives();
              int fp = after.falsePositives() - before.falsePositives();
              int fn = after.falseNegatives() - before.falseNegatives();
              int tn = after.trueNegatives() - before.trueNegatives();
              assertThat(tp + fp).isZero();
              assertThat(fn + tn).isZero();
              assertThat(Math.abs(tp) + Math.abs(fn)).isEqualTo(1);
              assertThat(o.occurred() ? tp + fn : fp + tn).isEqualTo(-1);
            });
  }

  /** Counts, small or near the limit of an int. */
  private static Gen<Integer> counts() {
    return integers()
        .between(0, 40)
        .mix(integers().between(Integer.MAX_VALUE - 3, Integer.MAX_VALUE), 10);
  }

  @Test
  void ratios_areTheExactFractions_roundedHalfEvenToFourDecimals() {
    theory(2000)
        .forAll(counts(), counts(), counts(), counts())
        .checkAssert(
            (tp, fn, tn, fp) -> {
              Scores s =
                  Scores.builder()
                      .truePositives(tp)
                      .falseNegatives(fn)
                      .trueNegatives(tn)
                      .falsePositives(fp)
                      .changes(0)
                      .changesExplained(0)
                      .build();
              BigInteger p = BigInteger.valueOf((long) tp + fn);
              BigInteger n = BigInteger.valueOf((long) tn + fp);
              BigInteger tpb = BigInteger.valueOf(tp);
              BigInteger tnb = BigInteger.valueOf(tn);
              assertThat(s.recall()).isEqualTo(rounded(tpb, p));
              assertThat(s.specificity()).isEqualTo(rounded(tnb, n));
              assertThat(s.precision()).isEqualTo(rounded(tpb, BigInteger.valueOf((long) tp + fp)));
              // (tp/p + tn/n) / 2 = (tp*n + tn*p) / (2*p*n)
              assertThat(s.balancedAccuracy())
                  .isEqualTo(
                      p.signum() == 0 || n.signum() == 0
                          ? Optional.empty()
                          : rounded(
                              tpb.multiply(n).add(tnb.multiply(p)),
                              BigInteger.TWO.multiply(p).multiply(n)));
            });
  }

  /**
   * {@code a / b} rounded half-even to 4 decimals, in integers: q = floor(a * 10^4 / b), rounded up
   * when the remainder is more than half of b, or exactly half and q is odd.
   */
  static Optional<BigDecimal> rounded(BigInteger a, BigInteger b) {
    if (b.signum() == 0) {
      return Optional.empty();
    }
    BigInteger[] qr = a.multiply(BigInteger.TEN.pow(4)).divideAndRemainder(b);
    int half = qr[1].shiftLeft(1).compareTo(b);
    BigInteger q = qr[0];
    if (half > 0 || half == 0 && q.testBit(0)) {
      q = q.add(BigInteger.ONE);
    }
    return Optional.of(new BigDecimal(q, 4));
  }

  private static List<Optional<BigDecimal>> ratios(Scores s) {
    return List.of(s.recall(), s.specificity(), s.balancedAccuracy(), s.precision());
  }

  /**
   * The generator makes what the properties above need, often enough: negative evidence that a
   * prediction contradicts (also without a target), disagreeing sources, duplicates, changes said
   * to have occurred, situations that tie on their start, and persistence across such a tie.
   */
  @Test
  void generator_coversTheCasesEvaluationV2IsAbout() {
    Random random = new Random(13);
    int targetlessFalsePositives = 0;
    int disagreements = 0;
    int duplicates = 0;
    long explicitChanges = 0;
    int ties = 0;
    int persistenceAcrossTies = 0;
    int negativesOfPredictions = 0;
    for (int n = 0; n < 200; n++) {
      List<Integer> dates = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        dates.add(random.nextInt(ObservedModels.DATES.size()));
      }
      List<Recipe> recipes = new ArrayList<>();
      for (int i = random.nextInt(13); i > 0; i--) {
        recipes.add(
            new Recipe(
                random.nextInt(6),
                random.nextInt(64),
                random.nextInt(3),
                random.nextInt(2),
                random.nextInt(3)));
      }
      Case c = ObservedModels.build(random.nextLong(), dates, recipes);
      Model model = c.model();
      assertThat(ModelValidator.validate(model).errors()).as("%s", c).isEmpty();
      Inference result = ENGINE.infer(model);
      List<Observation> obs = model.observations();
      for (int i = 0; i < obs.size(); i++) {
        Observation o = obs.get(i);
        if (o.isPlainNegative()
            && result.predictions().stream().anyMatch(p -> Evaluations.matches(o, p))) {
          negativesOfPredictions++;
          if (o.target().isEmpty()
              && result.predictions().stream()
                  .anyMatch(p -> Evaluations.matches(o, p) && p.target().isPresent())) {
            targetlessFalsePositives++;
          }
        }
        for (int j = 0; j < i; j++) {
          Observation e = obs.get(j);
          if (e.equals(o)) {
            duplicates++;
          }
          if (o.change().isEmpty()
              && e.change().isEmpty()
              && o.occurred() != e.occurred()
              && o.actor().equals(e.actor())
              && o.practice().equals(e.practice())
              && o.situation().equals(e.situation())
              && o.target().equals(e.target())) {
            disagreements++;
          }
        }
      }
      explicitChanges +=
          c.recipes().stream()
              .filter(r -> r.kind() == ObservedModels.CHANGE && r.occurred() == 1)
              .count();
      List<Situation> ordered = new ArrayList<>(model.situations());
      ordered.sort(
          Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id));
      for (int i = 1; i < ordered.size(); i++) {
        Situation before = ordered.get(i - 1);
        Situation here = ordered.get(i);
        if (!before.from().start().equals(here.from().start())) {
          continue;
        }
        ties++;
        for (Observation o : obs) {
          if (o.isPlainPositive()
              && o.situation().equals(before.id())
              && obs.stream()
                  .anyMatch(
                      x ->
                          x.change().isEmpty()
                              && x.situation().equals(here.id())
                              && x.actor().equals(o.actor())
                              && x.practice().equals(o.practice())
                              && x.target().equals(o.target()))) {
            persistenceAcrossTies++;
          }
        }
      }
    }

    assertThat(negativesOfPredictions).as("false positives").isGreaterThan(20);
    assertThat(targetlessFalsePositives).as("targetless false positives").isGreaterThan(5);
    assertThat(disagreements).as("disagreeing sources").isGreaterThan(10);
    assertThat(duplicates).as("duplicates").isGreaterThan(10);
    assertThat(explicitChanges).as("changes saying occurred: true").isGreaterThan(10);
    assertThat(ties).as("situations tied on their start").isGreaterThan(50);
    assertThat(persistenceAcrossTies).as("persistence across a tie").isGreaterThan(5);
  }
}
