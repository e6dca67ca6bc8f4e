package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DependenceTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  @Test
  void aidInTheFourthSituation_needsTheWholeLoopAcrossBothStates() {
    Inference result = ENGINE.infer(AnalysisFixtures.aidForTransit());
    Prediction aid =
        result.predictions().stream()
            .filter(p -> PracticeKeys.of(p).equals("US aid PK s4"))
            .findFirst()
            .orElseThrow();

    PredictionDependence d = Dependence.of(result, aid, 3);

    assertThat(d.needed())
        .extracting(ConceptId::value)
        .containsExactly("pk.first", "pk.rent", "us.ally");
    assertThat(d.minimalSufficient()).hasSize(1);
    assertThat(d.minimalSufficient().get(0))
        .extracting(ConceptId::value)
        .containsExactly("pk.first", "pk.rent", "us.ally");
  }

  @Test
  void report_countsTheCostAndReusesEpisodes() {
    DependenceReport report = Dependence.analyze(ENGINE.infer(AnalysisFixtures.aidForTransit()), 2);

    assertThat(report.dependences())
        .hasSize(ENGINE.infer(AnalysisFixtures.aidForTransit()).predictions().size());
    assertThat(report.variants()).isPositive();
    assertThat(report.episodesReused()).isPositive();
  }

  /**
   * Needed concepts and minimal sufficient sets agree with brute force by full inference, on models
   * made from generated choices, which QuickTheories shrinks.
   */
  @Test
  void dependence_agreesWithBruteForceCounterfactuals() {
    qt().withExamples(40)
        .withShrinkCycles(200)
        .forAll(RandomModels.models())
        .checkAssert(DependenceTest::agreesWithBruteForce);
  }

  private static void agreesWithBruteForce(Model model) {
    Inference result = ENGINE.infer(model);
    int bound = 2;

    DependenceReport report = Dependence.analyze(result, bound);

    for (PredictionDependence d : report.dependences()) {
      String key = PracticeKeys.of(d.prediction());
      List<ConceptId> candidates = candidates(result, d.prediction());
      Set<ConceptId> needed = new TreeSet<>();
      for (ConceptId c : candidates) {
        if (!predicts(keep(model, c, false), key)) {
          needed.add(c);
        }
      }
      assertThat(d.needed()).as("needed for %s", key).containsExactlyElementsOf(needed);
      List<Set<ConceptId>> minimal = new ArrayList<>();
      for (int size = 0; size <= bound; size++) {
        for (List<ConceptId> set : Dependence.combinations(candidates, size)) {
          Set<ConceptId> s = new TreeSet<>(set);
          if (minimal.stream().noneMatch(s::containsAll) && predicts(only(model, s), key)) {
            minimal.add(s);
          }
        }
      }
      assertThat(
              d.minimalSufficient().stream().map(x -> (Set<ConceptId>) new TreeSet<>(x)).toList())
          .as("minimal sufficient sets for %s", key)
          .containsExactlyInAnyOrderElementsOf(minimal);
    }
  }

  private static List<ConceptId> candidates(Inference result, Prediction p) {
    TreeSet<ConceptId> c = new TreeSet<>();
    for (Situation s : result.situations()) {
      for (Episode e : result.episodes()) {
        if (e.situation().equals(s.id())) {
          c.addAll(e.concepts());
        }
      }
      if (s.id().equals(p.situation())) {
        break;
      }
    }
    return new ArrayList<>(c);
  }

  private static Model keep(Model model, ConceptId without, boolean unused) {
    return Model.builder()
        .from(model)
        .concepts(model.concepts().stream().filter(c -> !c.id().equals(without)).toList())
        .build();
  }

  private static Model only(Model model, Set<ConceptId> kept) {
    return Model.builder()
        .from(model)
        .concepts(model.concepts().stream().filter(c -> kept.contains(c.id())).toList())
        .build();
  }

  private static boolean predicts(Model model, String key) {
    return ENGINE.infer(model).predictions().stream()
        .map(PracticeKeys::of)
        .collect(Collectors.toSet())
        .contains(key);
  }

  /** The bound checked before any work is never below the variants the analysis runs. */
  @Test
  void variantBound_neverBelowTheVariantsRun_andProgressCountsEachPrediction() {
    qt().withExamples(60)
        .forAll(RandomModels.models(), integers().between(0, 3))
        .checkAssert(
            (model, maxSetSize) -> {
              Inference result = ENGINE.infer(model);
              List<Integer> progress = new ArrayList<>();

              DependenceReport report = Dependence.analyze(result, maxSetSize, progress::add);

              assertThat(Dependence.variantBound(result, result.predictions(), maxSetSize))
                  .isGreaterThanOrEqualTo(report.variants());
              assertThat(progress)
                  .containsExactlyElementsOf(
                      java.util.stream.IntStream.rangeClosed(1, result.predictions().size())
                          .boxed()
                          .toList());
              assertThat(report).isEqualTo(Dependence.analyze(result, maxSetSize));
            });
  }

  @Test
  void variantBound_countsCandidatesAndSetsPerSituation_andSaturates() {
    Inference result = ENGINE.infer(AnalysisFixtures.aidForTransit());
    long zero = Dependence.variantBound(result, result.predictions(), 0);
    long one = Dependence.variantBound(result, result.predictions(), 1);

    assertThat(Dependence.variantBound(result, List.of(), 3)).isZero();
    // Size 0 adds one variant per situation, size 1 one per candidate: as many as "needed" runs.
    assertThat(one - zero)
        .isEqualTo(
            zero - result.predictions().stream().map(Prediction::situation).distinct().count());
    assertThat(Dependence.variantBound(result, result.predictions(), Integer.MAX_VALUE))
        .isGreaterThan(one)
        .isLessThan(Long.MAX_VALUE);
  }
}
