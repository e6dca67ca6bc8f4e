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
  void rivalReadings_neitherRealismNorLiberalismExplainsTalibanAidOrAllFiveSeedPractices()
      throws Exception {
    TheoryComparison results = RivalReadings.run();

    for (String reading : List.of("realist", "liberal")) {
      List<String> explained = explained(results.results().get(reading));
      assertThat(explained)
          .as(reading)
          .doesNotContain("PK aid-taliban AFG-TALIBAN mid-2000s");
    }
    assertThat(explained(results.results().get("narratives")))
        .containsAll(MusharrafEra.SEED.stream().flatMap(p -> p.observations().stream()).toList());
    assertThat(explained(results.results().get("realist")))
        .doesNotContain("PK press-kashmir-with-us US mid-2000s stopped");
    assertThat(explained(results.results().get("liberal")))
        .doesNotContain("US aid PK post-9-11", "PK nuclear-for-missiles DPRK post-coup");
  }

  @Test
  void builderExample_explainsBothObservations() {
    Evaluation e = NarrativeEngine.create().infer(BuilderExample.model()).evaluation().orElseThrow();

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
            .read(ExampleFiles.model("agreed-framework.yaml")).model();

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
