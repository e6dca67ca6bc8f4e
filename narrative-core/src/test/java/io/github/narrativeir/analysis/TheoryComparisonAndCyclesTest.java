package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TheoryComparisonAndCyclesTest {
  @Test
  void comparison_tellsWhichTheoryExplainsWhichObservation() {
    Model narrative = AnalysisFixtures.aidForTransit();
    Model rival =
        Model.builder()
            .from(narrative)
            .concepts(
                List.of(
                    Concept.builder()
                        .id("us.always-sanction")
                        .holder("US")
                        .addPrescribes(Prescription.of("sanction", "PK"))
                        .build()))
            .build();
    Map<String, Model> theories = new LinkedHashMap<>();
    theories.put("narrative", narrative);
    theories.put("rival", rival);
    List<Observation> observations = narrative.observations();

    TheoryComparison c = TheoryComparison.of(theories, observations);

    assertThat(c.theories()).containsExactly("narrative", "rival");
    Observation aid = observations.get(0);
    Observation sanction = observations.get(1);
    assertThat(c.explaining(aid)).containsExactly("narrative");
    assertThat(c.explaining(sanction)).containsExactly("narrative", "rival");
    assertThat(c.evaluation("rival").explained()).isEqualTo(1);
    assertThat(c.evaluation("rival").unmatched()).hasSize(3);
  }

  @Test
  void comparison_withoutTheories_rejected() {
    assertThatThrownBy(() -> TheoryComparison.of(Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no theory to compare");
  }

  @Test
  void cycles_transitAndAidBringEachOtherBack() {
    var result = NarrativeEngine.create().infer(AnalysisFixtures.aidForTransit());

    List<PracticeCycle> cycles = PracticeCycles.find(result);

    assertThat(cycles).hasSize(1);
    assertThat(cycles.get(0).practices()).containsExactly("PK transit US", "US aid PK");
    assertThat(cycles.get(0).links())
        .extracting(
            l -> PracticeKeys.of(l.from()) + " -[" + l.concept() + "]-> " + PracticeKeys.of(l.to()))
        .containsExactly(
            "PK transit US s1 -[us.ally]-> US aid PK s2",
            "US aid PK s2 -[pk.rent]-> PK transit US s3",
            "PK transit US s3 -[us.ally]-> US aid PK s4");
  }

  @Test
  void cycles_noneWithoutInteraction() {
    Model model =
        Model.builder()
            .from(AnalysisFixtures.aidForTransit())
            .options(AnalysisFixtures.aidForTransit().options().withInteraction(false))
            .build();

    assertThat(PracticeCycles.find(NarrativeEngine.create().infer(model))).isEmpty();
    assertThat(PracticeCycles.links(NarrativeEngine.create().infer(model))).isEmpty();
  }
}
