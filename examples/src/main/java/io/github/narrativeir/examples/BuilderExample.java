package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
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

/**
 * A small model built with the Java builder API: Pakistan's "Pakistan first" decision after 9/11
 * and the US treating it as a frontline ally, linked by interaction.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests package && mvn -B -q -pl examples exec:java \
 *     -Dexec.mainClass=io.github.narrativeir.examples.BuilderExample
 * }</pre>
 */
public final class BuilderExample {
  private BuilderExample() {}

  /**
   * Builds the model, runs it and prints every prediction with its explanation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Model model = model();
    ModelValidator.validate(model).warnings().forEach(w -> System.err.println(w.render()));
    Inference result = NarrativeEngine.create().infer(model);
    for (Prediction p : result.predictions()) {
      System.out.println(result.explain(p).render());
    }
    result
        .evaluation()
        .ifPresent(
            e ->
                System.out.println(
                    e.explained() + " of " + e.observations() + " observations explained"));
  }

  /** The model. */
  static Model model() {
    return Model.builder()
        .name("Pakistan first, and a frontline ally")
        .addActors(
            Actor.builder().id("US").name("United States").build(),
            Actor.builder().id("PK").name("Pakistan").build())
        .addAspects(
            Aspect.of(
                "us-demands", "The US demands overflight, logistics and a break with the Taliban"),
            Aspect.of("taliban-regime", "The Taliban rule Afghanistan"))
        .addPractices(
            PracticeType.of(
                "permit-transit", "Permit transit to Afghanistan", PracticeMode.COOPERATION),
            PracticeType.of("aid", "Aid and reimbursements", PracticeMode.COOPERATION))
        .addSituations(
            Situation.builder()
                .id("before")
                .label("Before 9/11")
                .from("1999-10")
                .to("2001-09")
                .addAspects("taliban-regime")
                .build(),
            Situation.builder()
                .id("after")
                .label("After 9/11")
                .from("2001-09-11")
                .to("2003")
                .addAspects("us-demands", "taliban-regime")
                .build(),
            Situation.builder()
                .id("later")
                .label("The middle 2000s")
                .from("2004")
                .to("2008")
                .addAspects("taliban-regime")
                .build())
        .addConcepts(
            Concept.builder()
                .id("pk.pakistan-first")
                .holder("PK")
                .priority(8)
                .label("Pakistan first")
                .when(Trigger.builder().allOf("us-demands").build())
                .addPrescribes(Prescription.of("permit-transit", "US"))
                .addEvidence(
                    Evidence.builder()
                        .speaker("Pervez Musharraf")
                        .date("2001-09-19")
                        .source("Address to the nation")
                        .quote("First of all is the security of the country and external threat.")
                        .url("https://issuhub.com/view/index?id=23563&pageIndex=622")
                        .build())
                .build(),
            Concept.builder()
                .id("us.frontline-ally")
                .holder("US")
                .priority(5)
                .label("Pakistan as frontline ally")
                .when(Trigger.builder().anyOf("did:PK:permit-transit:US").build())
                .addPrescribes(Prescription.of("aid", "PK"))
                .build())
        .addObservations(
            Observation.builder()
                .actor("PK")
                .practice("permit-transit")
                .target("US")
                .situation("after")
                .source("The 9/11 Commission Report, pp. 330–331")
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
}
