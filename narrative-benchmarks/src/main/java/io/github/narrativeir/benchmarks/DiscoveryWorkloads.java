package io.github.narrativeir.benchmarks;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Discovery's benchmark input, the size issue 16 names: an actor {@code A} observed in 6 situations
 * over 15 aspects with 3 practice/target pairs, three concepts of its own, and an actor {@code B}
 * whose three concepts react to what {@code A} did (so interaction couples the situations).
 * Observations: one per pair and situation for {@code A} (occurred or not, drawn), a change for
 * each pair where the draws switch, and one per situation for {@code B}.
 */
final class DiscoveryWorkloads {
  static final int SITUATIONS = 6;
  static final int ASPECTS = 15;

  private DiscoveryWorkloads() {}

  static Model model(long seed) {
    Random random = new Random(seed);
    ActorId a = ActorId.of("A");
    ActorId b = ActorId.of("B");
    List<String> aspects = new ArrayList<>();
    for (int i = 0; i < ASPECTS; i++) {
      aspects.add(String.format("x%02d", i));
    }
    String[][] pairs = {{"aid", "B"}, {"pressure", "B"}, {"talk", null}};
    Model.Builder model =
        Model.builder()
            .name("discovery benchmark " + seed)
            .addActors(Actor.builder().id(a).build(), Actor.builder().id(b).build());
    for (String p : new String[] {"aid", "pressure", "talk", "reward"}) {
      model.addPractices(PracticeType.builder().id(PracticeId.of(p)).build());
    }
    for (String x : aspects) {
      model.addAspects(Aspect.builder().id(AspectId.of(x)).build());
    }
    List<SituationId> situations = new ArrayList<>();
    for (int s = 0; s < SITUATIONS; s++) {
      TreeSet<AspectId> given = new TreeSet<>();
      while (given.size() < 6) {
        given.add(AspectId.of(aspects.get(random.nextInt(ASPECTS))));
      }
      SituationId id = SituationId.of("s" + s);
      situations.add(id);
      model.addSituations(
          Situation.builder()
              .id(id)
              .from(PartialDate.ofYear(2000 + s))
              .addAllAspects(given)
              .build());
    }
    // A's own concepts: used in add mode, replaced in replace mode
    for (int c = 0; c < 3; c++) {
      String[] pair = pairs[c];
      model.addConcepts(
          Concept.builder()
              .id(ConceptId.of("A.own" + c))
              .holder(a)
              .priority(c)
              .when(Trigger.builder().allOf(aspects.get(random.nextInt(ASPECTS))).build())
              .addConstrues(
                  Construal.builder()
                      .addFrom(AspectId.of(aspects.get(random.nextInt(ASPECTS))))
                      .to(AspectId.of(aspects.get(random.nextInt(ASPECTS))))
                      .build())
              .addOccludes(AspectId.of(aspects.get(random.nextInt(ASPECTS))))
              .addPrescribes(prescription(pair))
              .build());
    }
    // B reacts to what A did
    for (int c = 0; c < 3; c++) {
      String[] pair = pairs[c];
      String did = "did:A:" + pair[0] + ":" + (pair[1] == null ? "-" : pair[1]);
      model.addConcepts(
          Concept.builder()
              .id(ConceptId.of("B.react" + c))
              .holder(b)
              .when(Trigger.builder().allOf(did).build())
              .addPrescribes(Prescription.of(c == 1 ? "pressure" : "reward", "A"))
              .build());
    }
    for (int s = 0; s < SITUATIONS; s++) {
      for (String[] pair : pairs) {
        boolean occurred = random.nextInt(3) > 0;
        model.addObservations(observation(a, pair, situations.get(s)).occurred(occurred).build());
      }
      model.addObservations(
          Observation.builder()
              .actor(b)
              .practice(PracticeId.of(random.nextBoolean() ? "reward" : "pressure"))
              .target(Optional.of(a))
              .situation(situations.get(s))
              .build());
    }
    model.addObservations(
        observation(a, pairs[0], situations.get(3)).change(ChangeKind.STARTED).build(),
        observation(a, pairs[2], situations.get(4)).change(ChangeKind.STOPPED).build());
    return model.build();
  }

  private static Prescription prescription(String[] pair) {
    return pair[1] == null ? Prescription.of(pair[0]) : Prescription.of(pair[0], pair[1]);
  }

  private static Observation.Builder observation(ActorId a, String[] pair, SituationId s) {
    Observation.Builder o =
        Observation.builder().actor(a).practice(PracticeId.of(pair[0])).situation(s);
    if (pair[1] != null) {
      o.target(Optional.of(ActorId.of(pair[1])));
    }
    return o;
  }
}
