package io.github.narrativeir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rival readings, the builder example and the custom case keep their results. */
class OtherExamplesTest {
  @Test
  void rivalReadings_comparisonEqualsGoldenFile() throws Exception {
    Golden.assertMatches("rival-readings.txt", RivalReadings.comparison(RivalReadings.run()));
  }

  @Test
  void rivalReadings_theHonestComparison() throws Exception {
    TheoryComparison results = RivalReadings.run();

    assertThat(explained(results.results().get("realist")))
        .as(
            "the Realist reading, written with the same tools, explains what the narratives explain")
        .containsExactlyInAnyOrderElementsOf(explained(results.results().get("narratives")));
    assertThat(explained(results.results().get("liberal")))
        .doesNotContain(
            "US sanction PK dprk-exposed",
            "US sanction PK khan-exposed",
            "US strike-in-pakistan PK khan-exposed",
            "PK aid-taliban AFG-TALIBAN civilian-transition",
            "PK nuclear-for-missiles DPRK khan-exposed stopped");
  }

  @Test
  void rivalReadings_haveNoTies_andCiteEveryWeightOtherThanTheDefault() throws Exception {
    TheoryComparison results = RivalReadings.run();

    for (String reading : List.of("narratives", "realist", "liberal")) {
      Inference result = results.results().get(reading);
      java.util.Map<io.github.narrativeir.model.ConceptId, io.github.narrativeir.model.Concept>
          concepts = new java.util.HashMap<>();
      result.model().concepts().forEach(c -> concepts.put(c.id(), c));
      for (io.github.narrativeir.inference.Episode e : result.episodes()) {
        java.util.Map<String, java.math.BigDecimal[]> sums = new java.util.TreeMap<>();
        for (io.github.narrativeir.model.ConceptId id : e.concepts()) {
          io.github.narrativeir.model.Concept c = concepts.get(id);
          c.prescribes().forEach(p -> add(sums, p, 0));
          c.proscribes().forEach(p -> add(sums, p, 1));
        }
        sums.forEach(
            (practice, s) ->
                assertThat(s[0].signum() > 0 && s[0].compareTo(s[1]) == 0)
                    .as("%s: %s in %s is a tie", reading, practice, e.situation())
                    .isFalse());
      }
      for (io.github.narrativeir.model.Concept c : result.model().concepts()) {
        boolean weighted =
            java.util.stream.Stream.concat(c.prescribes().stream(), c.proscribes().stream())
                .anyMatch(p -> p.weight().compareTo(java.math.BigDecimal.ONE) != 0);
        if (weighted) {
          assertThat(c.evidence())
              .as("%s: %s", reading, c.id())
              .anySatisfy(ev -> assertThat(ev.source()).contains("weight"));
        }
      }
    }
  }

  @Test
  void rivalReadings_useTheSameToolsAsTheNarratives() throws Exception {
    TheoryComparison results = RivalReadings.run();

    assertThat(results.results().get("realist").model().concepts())
        .anySatisfy(c -> assertThat(c.occludes()).isNotEmpty());
    assertThat(results.results().get("liberal").model().concepts())
        .anySatisfy(c -> assertThat(c.construes()).isNotEmpty());
  }

  private static void add(
      java.util.Map<String, java.math.BigDecimal[]> sums,
      io.github.narrativeir.model.Prescription p,
      int side) {
    java.math.BigDecimal[] s =
        sums.computeIfAbsent(
            p.practice() + p.target().map(t -> " " + t).orElse(""),
            k -> new java.math.BigDecimal[] {java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
    s[side] = s[side].add(p.weight());
  }

  @Test
  void builderExample_explainsBothObservations() {
    Evaluation e =
        NarrativeEngine.create().infer(BuilderExample.model()).evaluation().orElseThrow();

    assertThat(e.explained()).isEqualTo(2);
    assertThat(e.unmatched()).isEmpty();
  }

  @Test
  void customCase_withItsConceptSet_explainsEveryObservation() throws Exception {
    Inference result = CustomCase.infer();
    Evaluation e = result.evaluation().orElseThrow();

    assertThat(result.model().concepts()).hasSize(4);
    assertThat(e.explained()).isEqualTo(e.observations());
    assertThat(e.unmatched())
        .extracting(p -> p.actor() + " " + p.practice() + " " + p.situation())
        .containsExactly("US pressure withdrawal");
  }

  @Test
  void hawkishReading_isFoundByServiceLoader_andRunsOnTheAgreedFrameworkCase() throws Exception {
    io.github.narrativeir.model.ConceptSet hawkish =
        io.github.narrativeir.model.ConceptSets.provided().get("hawkish");
    io.github.narrativeir.model.Model base =
        io.github.narrativeir.io.ModelReader.create()
            .read(ExampleFiles.model("agreed-framework.yaml"))
            .model();

    Inference result =
        NarrativeEngine.create()
            .infer(io.github.narrativeir.model.ConceptSets.replaceConcepts(base, List.of(hawkish)));

    assertThat(hawkish).isNotNull();
    assertThat(result.predictions())
        .extracting(p -> p.actor() + " " + p.practice() + " " + p.situation())
        .contains("US pressure agreed-framework", "DPRK leave-npt after-9-11");
  }

  private static List<String> explained(Inference result) {
    return result.evaluation().orElseThrow().explainedObservations().stream()
        .map(MusharrafEra::key)
        .collect(Collectors.toList());
  }
}
