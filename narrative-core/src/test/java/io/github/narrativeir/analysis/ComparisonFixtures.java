package io.github.narrativeir.analysis;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance case {@code negatives.yaml} (five observed practices, four the sources say did
 * not happen, one observed start) with three readings of it:
 *
 * <ul>
 *   <li>{@code bargain}, the case's own concepts: balanced accuracy 0.55, below {@code persistence}
 *       (0.7); explains the one change;
 *   <li>{@code hunter}: predicts transit, aid and strikes once the attack or the safe haven is
 *       there; balanced accuracy 0.875 (recall 1, specificity 0.75); explains the change;
 *   <li>{@code transit-only}: predicts transit after the attack only; balanced accuracy 0.7,
 *       exactly {@code persistence}'s (a tie, which does not beat it); explains no change.
 * </ul>
 */
final class ComparisonFixtures {
  private ComparisonFixtures() {}

  static Model negatives() {
    return Model.builder()
        .addActors(Actor.of("US"), Actor.of("PK"))
        .addAspects(
            Aspect.of("attack", "An attack on the US"),
            Aspect.of("safe-haven", "Militants shelter across the border"),
            Aspect.of("deal", "A deal is on offer"))
        .addPractices(
            PracticeType.of("transit", "Permit transit", PracticeMode.COOPERATION),
            PracticeType.of("aid", "Aid", PracticeMode.COOPERATION),
            PracticeType.of("strike", "Strike", PracticeMode.COERCION))
        .addSituations(
            Situation.builder().id("s1").from("2000").to("2001-08").addAspects("deal").build(),
            Situation.builder()
                .id("s2")
                .from("2001-09")
                .to("2003")
                .addAspects("attack", "deal")
                .build(),
            Situation.builder().id("s3").from("2004").addAspects("safe-haven").build(),
            Situation.builder().id("s3b").from("2004").addAspects("safe-haven", "deal").build())
        .concepts(bargain())
        .addObservations(
            negative("PK", "transit", "US", "s1"),
            positive("PK", "transit", "US", "s2"),
            negative("US", "aid", "PK", "s2"),
            positive("US", "aid", "PK", "s3"),
            negative("US", "aid", null, "s3b"),
            positive("US", "aid", "PK", "s3b"),
            negative("US", "strike", null, "s1"),
            positive("US", "strike", "PK", "s3b"),
            Observation.builder()
                .actor("US")
                .practice("strike")
                .target("PK")
                .situation("s3")
                .change(ChangeKind.STARTED)
                .build(),
            positive("PK", "transit", "US", "s3"))
        .build();
  }

  /** The three readings, in the order bargain, hunter, transit-only. */
  static Map<String, Model> readings() {
    Map<String, Model> theories = new LinkedHashMap<>();
    theories.put("bargain", negatives());
    theories.put("hunter", Model.builder().from(negatives()).concepts(hunter()).build());
    theories.put("transit-only", Model.builder().from(negatives()).concepts(transitOnly()).build());
    return theories;
  }

  static List<Concept> bargain() {
    return List.of(
        Concept.builder()
            .id("pk.bargain")
            .holder("PK")
            .when(Trigger.builder().allOf("deal").build())
            .addPrescribes(Prescription.of("transit", "US"))
            .build(),
        Concept.builder()
            .id("us.reward")
            .holder("US")
            .when(Trigger.builder().anyOf("did:PK:transit:US").build())
            .addPrescribes(Prescription.of("aid", "PK"))
            .build(),
        Concept.builder()
            .id("us.hunt")
            .holder("US")
            .when(Trigger.builder().allOf("safe-haven").build())
            .addPrescribes(
                Prescription.builder()
                    .practice("strike")
                    .target("PK")
                    .weight(new BigDecimal("0.75"))
                    .build())
            .addProscribes(
                Prescription.builder()
                    .practice("aid")
                    .target("PK")
                    .weight(new BigDecimal("0.5"))
                    .build())
            .build());
  }

  static List<Concept> hunter() {
    return List.of(
        Concept.builder()
            .id("pk.ally")
            .holder("PK")
            .when(Trigger.builder().anyOf("attack", "safe-haven").build())
            .addPrescribes(Prescription.of("transit", "US"))
            .build(),
        Concept.builder()
            .id("us.late")
            .holder("US")
            .when(Trigger.builder().allOf("safe-haven").build())
            .addPrescribes(Prescription.of("aid", "PK"), Prescription.of("strike", "PK"))
            .build());
  }

  static List<Concept> transitOnly() {
    return List.of(
        Concept.builder()
            .id("pk.ally")
            .holder("PK")
            .when(Trigger.builder().anyOf("attack", "safe-haven").build())
            .addPrescribes(Prescription.of("transit", "US"))
            .build());
  }

  static Observation positive(String actor, String practice, String target, String situation) {
    return observation(actor, practice, target, situation).build();
  }

  static Observation negative(String actor, String practice, String target, String situation) {
    return observation(actor, practice, target, situation).occurred(false).build();
  }

  private static Observation.Builder observation(
      String actor, String practice, String target, String situation) {
    Observation.Builder b =
        Observation.builder().actor(actor).practice(practice).situation(situation);
    return target == null ? b : b.target(target);
  }
}
