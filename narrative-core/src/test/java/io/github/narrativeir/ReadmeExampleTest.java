package io.github.narrativeir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedding example of README.md, from outside the library's packages, kept true. */
class ReadmeExampleTest {
  static Model readmeModel() {
    return Model.builder()
        .addActors(
            Actor.builder().id("US").name("United States").build(),
            Actor.builder().id("PK").name("Pakistan").build())
        .addAspects(
            Aspect.of("terror-attack", "A terrorist attack on the US"),
            Aspect.of("taliban-regime", "The Taliban rule Afghanistan"))
        .addPractices(
            PracticeType.of("transit", "Permit transit", PracticeMode.COOPERATION),
            PracticeType.of("aid", "Aid and reimbursements", PracticeMode.COOPERATION))
        .addSituations(
            Situation.builder()
                .id("before")
                .from("2000")
                .to("2001-09")
                .addAspects("taliban-regime")
                .build(),
            Situation.builder()
                .id("after")
                .from("2001-09-11")
                .to("2003")
                .addAspects("terror-attack", "taliban-regime")
                .build(),
            Situation.builder()
                .id("later")
                .from("2004")
                .to("2008")
                .addAspects("taliban-regime")
                .build())
        .addConcepts(
            Concept.builder()
                .id("pk.pakistan-first")
                .holder("PK")
                .priority(8)
                .label("Pakistan's own interests come first")
                .when(Trigger.builder().allOf("terror-attack").build())
                .addPrescribes(Prescription.of("transit", "US"))
                .addEvidence(
                    Evidence.builder()
                        .source("Musharraf, address to the nation")
                        .date("2001-09-19")
                        .quote("Pakistan's security and interests come first")
                        .paraphrase(true)
                        .build())
                .build(),
            Concept.builder()
                .id("us.frontline-ally")
                .holder("US")
                .priority(5)
                .when(Trigger.builder().anyOf("did:PK:transit:US").build())
                .addPrescribes(Prescription.of("aid", "PK"))
                .build())
        .addObservations(
            Observation.builder()
                .actor("PK")
                .practice("transit")
                .target("US")
                .situation("after")
                .source("Operation Enduring Freedom logistics")
                .build(),
            Observation.builder()
                .actor("US")
                .practice("aid")
                .target("PK")
                .situation("later")
                .source("CRS: Coalition Support Funds")
                .build())
        .build();
  }

  @Test
  void readmeExample_predictsAndExplainsBothObservedPractices() {
    Model model = readmeModel();
    assertThat(ModelValidator.validate(model).diagnostics()).isEmpty();

    Inference result = NarrativeEngine.create().infer(model);

    assertThat(result.predictions())
        .extracting(
            p ->
                p.actor()
                    + " "
                    + p.practice()
                    + " "
                    + p.target().orElseThrow()
                    + " "
                    + p.situation())
        .containsExactly("PK transit US after", "US aid PK later");
    String explanations =
        result.predictions().stream()
            .map(p -> result.explain(p).render())
            .collect(Collectors.joining());
    assertThat(explanations)
        .contains(
            "US aid -> PK in situation 'later': predicted (support 1.0 > opposition 0.0)\n"
                + "  for: us.frontline-ally (priority 5), weight 1.0, activated 1st\n"
                + "    needs one of its 'any' aspects:\n"
                + "      did:PK:transit:US: PK transit -> US was predicted in situation 'after'"
                + " (support 1.0 > opposition 0.0; [pk.pakistan-first])\n")
        .contains(
            "evidence: Musharraf, address to the nation, 2001-09-19: (paraphrase)"
                + " Pakistan's security and interests come first");
    assertThat(result.evaluation().orElseThrow().explained()).isEqualTo(2);
    assertThat(result.evaluation().orElseThrow().observations()).isEqualTo(2);
  }
}
