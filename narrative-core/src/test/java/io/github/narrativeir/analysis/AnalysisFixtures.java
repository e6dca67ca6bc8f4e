package io.github.narrativeir.analysis;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;

/** A small two-state model in which transit and aid bring each other back. */
final class AnalysisFixtures {
  private AnalysisFixtures() {}

  static Model aidForTransit() {
    return Model.builder()
        .addActors(Actor.of("US"), Actor.of("PK"))
        .addAspects(
            Aspect.of("demands", "US demands"),
            Aspect.of("war", "War in Afghanistan"),
            Aspect.of("coup", "Military rule"))
        .addPractices(
            PracticeType.of("transit", "Permit transit", PracticeMode.COOPERATION),
            PracticeType.of("aid", "Aid", PracticeMode.COOPERATION),
            PracticeType.of("sanction", "Sanction", PracticeMode.COERCION))
        .addSituations(
            Situation.builder().id("s1").from("2001").addAspects("demands", "war", "coup").build(),
            Situation.builder().id("s2").from("2002").addAspects("war", "coup").build(),
            Situation.builder().id("s3").from("2003").addAspects("war", "coup").build(),
            Situation.builder().id("s4").from("2004").addAspects("war", "coup").build())
        .addConcepts(
            Concept.builder()
                .id("pk.first")
                .holder("PK")
                .priority(5)
                .when(Trigger.builder().allOf("demands").build())
                .addPrescribes(Prescription.of("transit", "US"))
                .build(),
            Concept.builder()
                .id("pk.rent")
                .holder("PK")
                .priority(3)
                .when(Trigger.builder().anyOf("did:US:aid:PK").build())
                .addPrescribes(Prescription.of("transit", "US"))
                .build(),
            Concept.builder()
                .id("us.ally")
                .holder("US")
                .priority(5)
                .when(Trigger.builder().anyOf("did:PK:transit:US").build())
                .addOccludes("coup")
                .addPrescribes(Prescription.of("aid", "PK"))
                .build(),
            Concept.builder()
                .id("us.democracy")
                .holder("US")
                .priority(1)
                .when(Trigger.builder().allOf("coup").build())
                .addPrescribes(Prescription.of("sanction", "PK"))
                .addProscribes(Prescription.of("aid", "PK"))
                .build())
        .addObservations(
            Observation.builder().actor("US").practice("aid").target("PK").situation("s2").build(),
            Observation.builder()
                .actor("US")
                .practice("sanction")
                .target("PK")
                .situation("s1")
                .build())
        .build();
  }
}
