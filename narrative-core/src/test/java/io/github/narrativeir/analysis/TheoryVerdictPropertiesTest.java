package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Verdicts on random observations of the {@code negatives} case, with random readings drawn from a
 * pool of concepts: each verdict agrees with the strict comparison of the scores it names, a tie
 * never counts as beating, and the comparison's baselines account for every theory once.
 */
class TheoryVerdictPropertiesTest {
  private static final String[][] CELLS = {
    {"PK", "transit", "US"},
    {"US", "aid", "PK"},
    {"US", "aid", null},
    {"US", "strike", "PK"},
    {"US", "strike", null}
  };
  private static final String[] SITUATIONS = {"s1", "s2", "s3", "s3b"};

  /** Candidate concepts; a reading is a subset of them. */
  private static final List<Concept> POOL = pool();

  private static List<Concept> pool() {
    List<Concept> pool = new ArrayList<>(ComparisonFixtures.bargain());
    pool.add(
        Concept.builder()
            .id("pk.ally")
            .holder("PK")
            .when(Trigger.builder().anyOf("attack", "safe-haven").build())
            .addPrescribes(Prescription.of("transit", "US"))
            .build());
    pool.add(
        Concept.builder()
            .id("us.late")
            .holder("US")
            .when(Trigger.builder().allOf("safe-haven").build())
            .addPrescribes(Prescription.of("aid", "PK"), Prescription.of("strike", "PK"))
            .build());
    pool.add(
        Concept.builder()
            .id("us.always")
            .holder("US")
            .addPrescribes(Prescription.of("strike", "PK"))
            .build());
    pool.add(
        Concept.builder()
            .id("us.restraint")
            .holder("US")
            .priority(3)
            .when(Trigger.builder().allOf("deal").build())
            .addProscribes(Prescription.of("strike", "PK"), Prescription.of("aid", "PK"))
            .build());
    return List.copyOf(pool);
  }

  /** An observation drawn from a number: cell, situation, and positive, negative or a change. */
  private static Observation observation(int code) {
    String[] cell = CELLS[code % CELLS.length];
    String situation = SITUATIONS[(code / CELLS.length) % SITUATIONS.length];
    int kind = code / (CELLS.length * SITUATIONS.length) % 4; // 0, 1 positive; 2 negative; 3 change
    Observation.Builder b =
        Observation.builder().actor(cell[0]).practice(cell[1]).situation(situation);
    if (cell[2] != null) {
      b.target(cell[2]);
    }
    if (kind == 2) {
      b.occurred(false);
    } else if (kind == 3) {
      b.change(code % 2 == 0 ? ChangeKind.STARTED : ChangeKind.STOPPED);
    }
    return b.build();
  }

  private static Gen<List<Observation>> observations() {
    return lists()
        .of(integers().between(0, CELLS.length * SITUATIONS.length * 4 - 1))
        .ofSizeBetween(1, 12)
        .map(
            codes -> {
              Set<Observation> set = new LinkedHashSet<>();
              codes.forEach(c -> set.add(observation(c)));
              return List.copyOf(set);
            });
  }

  private static Gen<List<Concept>> reading() {
    return lists()
        .of(booleans().all())
        .ofSize(POOL.size())
        .map(
            picks -> {
              List<Concept> concepts = new ArrayList<>();
              for (int i = 0; i < picks.size(); i++) {
                if (picks.get(i)) {
                  concepts.add(POOL.get(i));
                }
              }
              return concepts;
            });
  }

  private static TheoryComparison compare(
      List<Observation> observations, List<Concept> first, List<Concept> second) {
    Model base = ComparisonFixtures.negatives();
    Map<String, Model> theories = new LinkedHashMap<>();
    theories.put("first", Model.builder().from(base).concepts(first).build());
    theories.put("second", Model.builder().from(base).concepts(second).build());
    return TheoryComparison.of(theories, observations);
  }

  @Test
  void verdict_agreesWithTheStrictComparisonOfTheScoresItNames() {
    qt().withFixedSeed(20260413L)
        .withExamples(300)
        .forAll(observations(), reading(), reading())
        .checkAssert(
            (observations, first, second) -> {
              TheoryComparison c = compare(observations, first, second);
              boolean positives = observations.stream().anyMatch(Observation::isPlainPositive);
              boolean negatives = observations.stream().anyMatch(Observation::isPlainNegative);
              boolean changes = observations.stream().anyMatch(o -> o.change().isPresent());
              for (TheoryVerdict v : c.verdicts()) {
                Scores model = c.scores(v.theory());
                Map<Baseline, Scores> baselines = c.baselines(v.theory());
                assertThat(v.beatsBaselinesOnBalancedAccuracy().isPresent())
                    .as("balanced accuracy decided for %s", observations)
                    .isEqualTo(positives && negatives);
                if (positives && negatives) {
                  BigDecimal ba = model.balancedAccuracy().orElseThrow();
                  List<Baseline> atLeastAsGood = new ArrayList<>();
                  baselines.forEach(
                      (b, s) -> {
                        if (s.balancedAccuracy().orElseThrow().compareTo(ba) >= 0) {
                          atLeastAsGood.add(b);
                        }
                      });
                  assertThat(v.beatsBaselinesOnBalancedAccuracy())
                      .contains(atLeastAsGood.isEmpty());
                  assertThat(v.notBeatenOnBalancedAccuracy()).isEqualTo(atLeastAsGood);
                  assertThat(v.summary())
                      .startsWith(
                          atLeastAsGood.isEmpty()
                              ? "beats every baseline on balanced accuracy ("
                              : "does not beat " + atLeastAsGood.get(0).token());
                } else {
                  assertThat(v.summary()).startsWith("cannot tell on balanced accuracy: ");
                }
                assertThat(v.beatsBaselinesOnChanges().isPresent()).isEqualTo(changes);
                if (changes) {
                  assertThat(v.beatsBaselinesOnChanges()).contains(model.changesExplained() > 0);
                  assertThat(v.summary())
                      .contains(
                          model.changesExplained() > 0
                              ? "on changes explained (" + model.changesExplained() + " > 0)"
                              : "does not beat all, none or persistence on changes explained (0 <= 0)");
                } else {
                  assertThat(v.summary())
                      .endsWith("cannot tell on changes explained: no change observation");
                }
              }
            });
  }

  @Test
  void baselines_accountForEveryTheoryOncePerBaseline_withItsOwnScores() {
    qt().withFixedSeed(7L)
        .withExamples(100)
        .forAll(observations(), reading(), reading())
        .checkAssert(
            (observations, first, second) -> {
              TheoryComparison c = compare(observations, first, second);
              for (Baseline b : Baseline.values()) {
                List<String> holders = new ArrayList<>();
                c.baselines().stream()
                    .filter(e -> e.baseline() == b)
                    .forEach(
                        e -> {
                          holders.addAll(e.theories());
                          e.theories()
                              .forEach(
                                  t -> assertThat(c.baselines(t).get(b)).isEqualTo(e.scores()));
                        });
                assertThat(holders).containsExactlyElementsOf(c.theories());
              }
              // both readings share one model's situations: the baselines cannot differ
              assertThat(c.baselinesAgree()).isTrue();
              assertThat(c.baselines()).hasSize(Baseline.values().length);
            });
  }
}
