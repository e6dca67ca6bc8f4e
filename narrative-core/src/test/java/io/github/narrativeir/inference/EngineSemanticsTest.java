package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.InvalidModelException;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of MODEL.md's inference semantics, each on a tiny model built by hand. Actors
 * are PK and US (plus others where a test needs them), practices p, q and r.
 */
class EngineSemanticsTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  @Nested
  class Activation {
    @Test
    void order_isPriorityDescendingThenId() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  always("b", 1), always("z", 5), always("a", 1), always("m", -3), always("n", 0))
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts()))
          .containsExactly("z", "a", "b", "n", "m");
    }

    @Test
    void higherRankedConcept_activatesWhenItBecomesApplicable() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("high", 9).when(all("y")).build(),
                  concept("mid", 5).when(all("x")).build(),
                  concept("low", 0).addConstrues(construal("y", "x")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts()))
          .containsExactly("mid", "low", "high");
    }

    @Test
    void activeConcept_staysActive_whenLaterConceptOccludesItsTrigger() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x", "w"))
              .addConcepts(
                  concept("early", 5).when(all("x")).addPrescribes(of("p", "US")).build(),
                  concept("late", 1).addOccludes("x").build())
              .build();

      Inference result = ENGINE.infer(model);

      Episode e = episode(result, "PK", "s1");
      assertThat(ids(e.concepts())).containsExactly("early", "late");
      assertThat(ids(e.perceived())).containsExactly("w");
      assertThat(ids(e.occluded())).containsExactly("x");
      assertThat(result.predictions())
          .singleElement()
          .satisfies(p -> assertThat(ids(p.supporting())).containsExactly("early"));
    }

    @Test
    void activeConcept_staysActive_whenLaterConceptConstruesItsNoneAspect() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("early", 5).when(none("y")).build(),
                  concept("late", 1).addConstrues(construal("y")).build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.concepts())).containsExactly("early", "late");
      assertThat(ids(e.perceived())).containsExactly("x", "y");
    }
  }

  @Nested
  class Occlusion {
    @Test
    void occludedAspect_neverTriggers() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("hider", 5).addOccludes("x").build(),
                  concept("needsAll", 1).when(all("x")).build(),
                  concept("needsAny", 1).when(Trigger.builder().anyOf("x", "q").build()).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts())).containsExactly("hider");
    }

    @Test
    void occludedAspect_feedsNoConstrual() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x", "w"))
              .addConcepts(
                  concept("hider", 5).addOccludes("x").build(),
                  concept("lens", 1).addConstrues(construal("y", "x")).build(),
                  concept("reader", 0).when(all("y")).build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.concepts())).containsExactly("hider", "lens");
      assertThat(ids(e.perceived())).containsExactly("w");
    }

    @Test
    void occlusion_withdrawsWhatWasConstruedFromTheOccludedAspect() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x", "w"))
              .addConcepts(
                  concept("lens", 5).addConstrues(construal("y", "x"), construal("z", "y")).build(),
                  concept("hider", 1).addOccludes("x").build(),
                  concept("reader", 0).when(all("z")).build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.concepts())).containsExactly("lens", "hider");
      assertThat(ids(e.perceived())).containsExactly("w");
      assertThat(ids(e.occluded())).containsExactly("x");
    }

    @Test
    void occlusion_withdrawsCyclicConstruals() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x", "w"))
              .addConcepts(
                  concept("lens", 5)
                      .addConstrues(
                          construal("d1", "x"), construal("d2", "d1"), construal("d1", "d2"))
                      .build(),
                  concept("hider", 1).addOccludes("x").build(),
                  concept("reader", 0).when(Trigger.builder().anyOf("d1", "d2").build()).build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.concepts())).containsExactly("lens", "hider");
      assertThat(ids(e.perceived())).containsExactly("w");
    }

    @Test
    void occlusion_withdrawsCycleFedByAConstruedAspect() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("lens", 5)
                      .addConstrues(
                          construal("y", "x"),
                          construal("d1", "y"),
                          construal("d2", "d1"),
                          construal("d1", "d2"))
                      .build(),
                  concept("hider", 1).addOccludes("y").build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.perceived())).containsExactly("x");
      assertThat(ids(e.occluded())).isEmpty();
    }

    @Test
    void occlusion_keepsAspectThatHasAnotherDerivation() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x", "w"))
              .addConcepts(
                  concept("lens", 5)
                      .addConstrues(construal("y", "x"), construal("y", "w"), construal("z", "y"))
                      .build(),
                  concept("hider", 1).addOccludes("x").build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived()))
          .containsExactly("w", "y", "z");
    }

    @Test
    void occlusion_keepsBaseAspectThatWasAlsoConstrued() {
      Model model =
          model("x", "y")
              .addSituations(situation("s1", "2001", "x", "y"))
              .addConcepts(
                  concept("lens", 5).addConstrues(construal("y", "x")).build(),
                  concept("hider", 1).addOccludes("x").build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived())).containsExactly("y");
    }

    @Test
    void occludedList_isOccludedAspectsOfTheBaseOnly() {
      Model model =
          model("x", "w", "v")
              .addSituations(situation("s1", "2001", "x", "w"))
              .addConcepts(
                  concept("lens", 5).addConstrues(construal("y", "w")).build(),
                  concept("hider", 1).addOccludes("x", "y", "v").build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.occluded())).containsExactly("x");
      assertThat(ids(e.perceived())).containsExactly("w");
    }
  }

  @Nested
  class Construals {
    @Test
    void chain_isFollowed_whateverTheOrderOfTheConstruals() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("lens", 0).addConstrues(construal("z", "y"), construal("y", "x")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived()))
          .containsExactly("x", "y", "z");
    }

    @Test
    void construalsOfDifferentActiveConcepts_combine() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("second", 0).addConstrues(construal("z", "y")).build(),
                  concept("first", 5).addConstrues(construal("y", "x")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived()))
          .containsExactly("x", "y", "z");
    }

    @Test
    void construal_needsAllOfItsFromAspects() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(concept("lens", 0).addConstrues(construal("y", "x", "w")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived())).containsExactly("x");
    }

    @Test
    void construalWithEmptyFrom_addsItsAspect_whenItsConceptIsActive() {
      Model model =
          model("x", "q")
              .addSituations(situation("s1", "2001"))
              .addConcepts(
                  concept("active", 0).addConstrues(construal("e")).build(),
                  concept("inactive", 0).when(all("q")).addConstrues(construal("f")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived())).containsExactly("e");
    }

    @Test
    void construalOfInactiveConcept_addsNothing() {
      Model model =
          model("x", "q")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("inactive", 0).when(all("q")).addConstrues(construal("y", "x")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").perceived())).containsExactly("x");
    }

    @Test
    void occludedTo_isNeverAdded_norReported() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("lens", 5).addConstrues(construal("y", "x"), construal("z", "y")).build(),
                  concept("blocker", 1).addOccludes("y").build(),
                  concept("self", 0).addConstrues(construal("v", "x")).addOccludes("v").build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.concepts())).containsExactly("lens", "blocker", "self");
      assertThat(ids(e.perceived())).containsExactly("x");
      assertThat(ids(e.occluded())).isEmpty();
    }
  }

  @Nested
  class Triggers {
    @Test
    void all_needsEveryAspect() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x"), situation("s2", "2002", "x", "w"))
              .addConcepts(concept("c", 0).when(all("x", "w")).build())
              .build();

      Inference result = ENGINE.infer(model);

      assertThat(episode(result, "PK", "s1").concepts()).isEmpty();
      assertThat(ids(episode(result, "PK", "s2").concepts())).containsExactly("c");
    }

    @Test
    void any_needsOneOfItsAspects() {
      Model model =
          model("x", "q", "r")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("hit", 0).when(Trigger.builder().anyOf("q", "x").build()).build(),
                  concept("miss", 0).when(Trigger.builder().anyOf("q", "r").build()).build(),
                  concept("allButNotAny", 0)
                      .when(Trigger.builder().allOf("x").anyOf("q").build())
                      .build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts())).containsExactly("hit");
    }

    @Test
    void none_blocksWhenPerceived_andAllowsWhenAbsent() {
      Model model =
          model("x", "w")
              .addSituations(situation("s1", "2001", "x"), situation("s2", "2002", "w"))
              .addConcepts(concept("c", 0).when(none("x")).build())
              .build();

      Inference result = ENGINE.infer(model);

      assertThat(episode(result, "PK", "s1").concepts()).isEmpty();
      assertThat(ids(episode(result, "PK", "s2").concepts())).containsExactly("c");
    }

    @Test
    void none_seesConstruedAspects() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("lens", 5).addConstrues(construal("y", "x")).build(),
                  concept("c", 1).when(none("y")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts())).containsExactly("lens");
    }

    @Test
    void none_ignoresOccludedAspects() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("hider", 5).addOccludes("x").build(),
                  concept("c", 1).when(none("x")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts()))
          .containsExactly("hider", "c");
    }

    @Test
    void emptyTrigger_alwaysApplies_evenToASituationWithoutAspects() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001"))
              .addConcepts(concept("c", 0).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts())).containsExactly("c");
    }
  }

  @Nested
  class Highlights {
    @Test
    void highlighted_isHighlightsOfActiveConcepts_thatArePerceived() {
      Model model =
          model("x", "w", "v", "q")
              .addSituations(situation("s1", "2001", "x", "w", "v"))
              .addConcepts(
                  concept("lens", 5)
                      .addConstrues(construal("y", "x"))
                      .addHighlights("x", "y", "q", "v")
                      .build(),
                  concept("hider", 1).addOccludes("v").build(),
                  concept("inactive", 0).when(all("q")).addHighlights("w").build())
              .build();

      Episode e = episode(ENGINE.infer(model), "PK", "s1");

      assertThat(ids(e.highlighted())).containsExactly("x", "y");
    }
  }

  @Nested
  class Interaction {
    /** PK does p to US in s1 whenever it perceives x; US and PK react to that in s2. */
    private Model.Builder reacting() {
      return model("x", "w")
          .addSituations(situation("s2", "2002", "w"), situation("s1", "2001", "x"))
          .addConcepts(
              concept("pk.act", 5).when(all("x")).addPrescribes(of("p", "US")).build(),
              concept("pk.self", 1).when(all("did:PK:p:US")).build(),
              Concept.builder()
                  .id("us.react")
                  .holder("US")
                  .when(all("did:PK:p:US"))
                  .addPrescribes(of("q", "PK"))
                  .build());
    }

    @Test
    void predictions_becomeAspectsOfTheNextSituation_forEveryActor() {
      Inference result = ENGINE.infer(reacting().build());

      assertThat(ids(episode(result, "PK", "s1").perceived())).containsExactly("x");
      assertThat(episode(result, "US", "s1").concepts()).isEmpty();
      assertThat(ids(episode(result, "PK", "s2").perceived())).containsExactly("did:PK:p:US", "w");
      assertThat(ids(episode(result, "PK", "s2").concepts())).containsExactly("pk.self");
      assertThat(ids(episode(result, "US", "s2").perceived())).containsExactly("did:PK:p:US", "w");
      assertThat(ids(episode(result, "US", "s2").concepts())).containsExactly("us.react");
      assertThat(result.predictions())
          .extracting(p -> p.actor() + " " + p.practice() + " " + p.situation())
          .containsExactly("PK p s1", "US q s2");
    }

    @Test
    void predictionWithoutTarget_givesDash() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"), situation("s2", "2002"))
              .addConcepts(
                  concept("c", 0).when(all("x")).addPrescribes(Prescription.of("p")).build())
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s2").perceived()))
          .containsExactly("did:PK:p:-");
    }

    @Test
    void interactionOff_inOptions_addsNoInteractionAspects() {
      Inference result =
          ENGINE.infer(reacting().build(), InferenceOptions.defaults().withInteraction(false));

      assertThat(ids(episode(result, "PK", "s2").perceived())).containsExactly("w");
      assertThat(episode(result, "US", "s2").concepts()).isEmpty();
      assertThat(result.predictions()).extracting(Prediction::situation).containsExactly(sid("s1"));
    }

    @Test
    void interactionOff_inModel_addsNoInteractionAspects() {
      Model model = reacting().options(InferenceOptions.defaults().withInteraction(false)).build();

      Inference result = ENGINE.infer(model);

      assertThat(ids(episode(result, "US", "s2").perceived())).containsExactly("w");
      assertThat(result.options().interaction()).isFalse();
    }

    @Test
    void optionsPassedToInfer_overrideTheModels() {
      Model model = reacting().options(InferenceOptions.defaults().withInteraction(false)).build();

      Inference result = ENGINE.infer(model, InferenceOptions.defaults());

      assertThat(ids(episode(result, "US", "s2").concepts())).containsExactly("us.react");
    }

    @Test
    void onlyTheImmediatelyPreviousSituationFeeds() {
      Model model = reacting().addSituations(situation("s3", "2003", "w")).build();

      Inference result = ENGINE.infer(model);

      assertThat(ids(episode(result, "US", "s3").perceived())).containsExactly("did:US:q:PK", "w");
      assertThat(episode(result, "US", "s3").concepts()).isEmpty();
    }

    @Test
    void interactionAspect_canBeOccluded_andIsThenReportedOccluded() {
      Model model =
          reacting()
              .addConcepts(
                  Concept.builder()
                      .id("us.deny")
                      .holder("US")
                      .priority(9)
                      .addOccludes("did:PK:p:US")
                      .build())
              .build();

      Episode e = episode(ENGINE.infer(model), "US", "s2");

      assertThat(ids(e.concepts())).containsExactly("us.deny");
      assertThat(ids(e.occluded())).containsExactly("did:PK:p:US");
      assertThat(ids(e.perceived())).containsExactly("w");
    }
  }

  @Nested
  class Practices {
    @Test
    void weights_areSummedExactly_soAnExactTieIsNotPredicted() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("a", 0).addPrescribes(weighted("p", "US", "0.1")).build(),
                  concept("b", 0).addPrescribes(weighted("p", "US", "0.2")).build(),
                  concept("c", 0).addProscribes(weighted("p", "US", "0.3")).build())
              .build();

      Inference result = ENGINE.infer(model);

      assertThat(result.predictions()).isEmpty();
      Explanation why = result.explain(aid("PK"), pid("p"), Optional.of(aid("US")), sid("s1"));
      assertThat(why.predicted()).isFalse();
      assertThat(why.support()).isEqualByComparingTo("0.3");
      assertThat(why.opposition()).isEqualByComparingTo("0.3");
    }

    @Test
    void supportAboveOpposition_isPredicted_withExactSums() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("a", 0).addPrescribes(weighted("p", "US", "0.1")).build(),
                  concept("b", 0).addPrescribes(weighted("p", "US", "0.2")).build(),
                  concept("c", 0).addProscribes(weighted("p", "US", "0.29")).build())
              .build();

      assertThat(ENGINE.infer(model).predictions())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.support()).isEqualByComparingTo("0.3");
                assertThat(p.opposition()).isEqualByComparingTo("0.29");
              });
    }

    @Test
    void prediction_namesConceptsOnBothSides_sortedById() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("z", 5).addPrescribes(of("p", "US")).build(),
                  concept("m", 3).addProscribes(of("p", "US")).build(),
                  concept("a", 1).addPrescribes(of("p", "US")).build())
              .build();

      Prediction p = ENGINE.infer(model).predictions().get(0);

      assertThat(ids(p.concepts())).containsExactly("a", "m", "z");
      assertThat(ids(p.supporting())).containsExactly("a", "z");
      assertThat(ids(p.opposing())).containsExactly("m");
      assertThat(p.support()).isEqualByComparingTo("2");
      assertThat(p.opposition()).isEqualByComparingTo("1");
    }

    @Test
    void proscribedOnly_isNotPredicted() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(concept("c", 0).addProscribes(of("p", "US")).build())
              .build();

      assertThat(ENGINE.infer(model).predictions()).isEmpty();
    }

    @Test
    void inactiveConcepts_doNotWeigh() {
      Model model =
          model("x", "q")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("active", 0).addPrescribes(of("p", "US")).build(),
                  concept("inactive", 0)
                      .when(all("q"))
                      .addProscribes(weighted("p", "US", "5"))
                      .build())
              .build();

      assertThat(ENGINE.infer(model).predictions())
          .singleElement()
          .satisfies(p -> assertThat(p.opposition()).isEqualByComparingTo("0"));
    }

    @Test
    void targets_makeSeparatePredictions_absentTargetFirst() {
      Model model =
          model("x")
              .addActors(Actor.of("AF"))
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("c", 0)
                      .addPrescribes(
                          of("q", "US"), of("p", "US"), Prescription.of("p"), of("p", "AF"))
                      .addProscribes(of("p", "PK"))
                      .build())
              .build();

      assertThat(ENGINE.infer(model).predictions())
          .extracting(p -> p.practice() + "->" + p.target().map(ActorId::value).orElse("none"))
          .containsExactly("p->none", "p->AF", "p->US", "q->US");
    }

    @Test
    void sameEntryTwice_countsTwice() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  concept("twice", 0)
                      .addPrescribes(weighted("p", "US", "0.5"), weighted("p", "US", "0.5"))
                      .build(),
                  concept("against", 0).addProscribes(weighted("p", "US", "0.75")).build())
              .build();

      assertThat(ENGINE.infer(model).predictions())
          .singleElement()
          .satisfies(p -> assertThat(p.support()).isEqualByComparingTo("1"));
    }

    @Test
    void predictions_areSortedBySituationActorPracticeTarget() {
      Model model =
          model("x")
              .addActors(Actor.of("AF"))
              .addSituations(situation("late", "2002", "x"), situation("early", "2001", "x"))
              .addConcepts(
                  concept("pk", 0).addPrescribes(of("q", "US"), of("p", "US")).build(),
                  Concept.builder().id("af").holder("AF").addPrescribes(of("r", "US")).build())
              .options(InferenceOptions.defaults().withInteraction(false))
              .build();

      assertThat(ENGINE.infer(model).predictions())
          .extracting(p -> p.situation() + " " + p.actor() + " " + p.practice())
          .containsExactly(
              "early AF r", "early PK p", "early PK q", "late AF r", "late PK p", "late PK q");
    }
  }

  @Nested
  class Ordering {
    @Test
    void situations_areOrderedByFirstDay_thenById() {
      Model model =
          model("x")
              .addSituations(
                  situation("b", "2001", "x"),
                  situation("c", "2001-01-15", "x"),
                  situation("a", "2001-01", "x"),
                  situation("d", "2000-12", "x"),
                  situation("0", "2001-01-01", "x"))
              .addConcepts(always("c", 0))
              .build();

      Inference result = ENGINE.infer(model);

      assertThat(result.situations())
          .extracting(s -> s.id().value())
          .containsExactly("d", "0", "a", "b", "c");
      assertThat(result.episodes())
          .extracting(e -> e.situation().value())
          .containsExactly("d", "0", "a", "b", "c");
      assertThat(result.narratives().get(0).episodes())
          .extracting(e -> e.situation().value())
          .containsExactly("d", "0", "a", "b", "c");
    }

    @Test
    void episodes_areSortedBySituationThenActor_onlyForActorsWithConcepts() {
      Model model =
          Model.builder()
              .addActors(Actor.of("US"), Actor.of("PK"), Actor.of("IN"), Actor.of("AF"))
              .addAspects(Aspect.of("x", "x"))
              .addSituations(situation("s2", "2002", "x"), situation("s1", "2001", "x"))
              .addConcepts(
                  Concept.builder().id("u").holder("US").build(),
                  Concept.builder().id("a").holder("AF").build(),
                  Concept.builder().id("p").holder("PK").build())
              .build();

      Inference result = ENGINE.infer(model);

      assertThat(result.episodes())
          .extracting(e -> e.situation() + " " + e.actor())
          .containsExactly("s1 AF", "s1 PK", "s1 US", "s2 AF", "s2 PK", "s2 US");
      assertThat(result.episode(aid("IN"), sid("s1"))).isEmpty();
      assertThat(result.narratives())
          .extracting(n -> n.actor().value())
          .containsExactly("AF", "PK", "US");
    }
  }

  @Nested
  class Narrating {
    @Test
    void persistentConcepts_areThoseActiveTwiceOrMore_byCountThenId() {
      Model model =
          model("i", "j", "k")
              .addSituations(
                  situation("s1", "2001", "i", "k"),
                  situation("s2", "2002", "j", "k"),
                  situation("s3", "2003", "j"))
              .addConcepts(
                  always("x", 0),
                  concept("y", 0).when(all("k")).build(),
                  concept("a", 0).when(all("j")).build(),
                  concept("z", 0).when(all("i")).build())
              .build();

      Narrative n = ENGINE.infer(model).narratives().get(0);

      assertThat(ids(n.persistent())).containsExactly("x", "a", "y");
      assertThat(n.episodes())
          .extracting(e -> e.situation().value())
          .containsExactly("s1", "s2", "s3");
    }

    @Test
    void changes_listStoppedBeforeStarted_thenByPracticeAndTarget() {
      Model model =
          model("one", "two")
              .addSituations(situation("s2", "2002", "two"), situation("s1", "2001", "one"))
              .addConcepts(
                  concept("both", 0).addPrescribes(of("r", "US")).build(),
                  concept("first", 0)
                      .when(all("one"))
                      .addPrescribes(of("q", "US"), Prescription.of("q"))
                      .build(),
                  concept("second", 0)
                      .when(all("two"))
                      .addPrescribes(
                          of("p", "US"), of("r", "PK"), Prescription.of("p"), of("p", "PK"))
                      .build())
              .options(InferenceOptions.defaults().withInteraction(false))
              .build();

      Narrative n = ENGINE.infer(model).narratives().get(0);

      assertThat(n.changes())
          .containsExactly(
              change("q", null, "s2", ChangeKind.STOPPED),
              change("q", "US", "s2", ChangeKind.STOPPED),
              change("p", null, "s2", ChangeKind.STARTED),
              change("p", "PK", "s2", ChangeKind.STARTED),
              change("p", "US", "s2", ChangeKind.STARTED),
              change("r", "PK", "s2", ChangeKind.STARTED));
    }

    @Test
    void firstSituation_hasNoChanges() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(concept("c", 0).addPrescribes(of("p", "US")).build())
              .build();

      Inference result = ENGINE.infer(model);

      assertThat(result.predictions()).hasSize(1);
      assertThat(result.narratives().get(0).changes()).isEmpty();
    }

    @Test
    void changes_comparePreviousSituationInTimeOrder() {
      Model model =
          model("x")
              .addSituations(
                  situation("a3", "2003"), situation("b1", "2001", "x"), situation("c2", "2002"))
              .addConcepts(concept("c", 0).when(all("x")).addPrescribes(of("p", "US")).build())
              .options(InferenceOptions.defaults().withInteraction(false))
              .build();

      assertThat(ENGINE.infer(model).narratives().get(0).changes())
          .containsExactly(change("p", "US", "c2", ChangeKind.STOPPED));
    }
  }

  @Nested
  class Evaluating {
    /** PK does p to US in s1 and s2, and q to US in s2 only; no interaction. */
    private Model.Builder observed() {
      return model("one", "two")
          .addSituations(situation("s1", "2001", "one"), situation("s2", "2002", "two"))
          .addConcepts(
              concept("always", 0).addPrescribes(of("p", "US")).build(),
              concept("later", 0).when(all("two")).addPrescribes(of("q", "US")).build())
          .options(InferenceOptions.defaults().withInteraction(false));
    }

    @Test
    void plainObservationWithTarget_isExplainedByThatPrediction() {
      Observation hit = observation("PK", "p", "US", "s1", null);
      Observation otherTarget = observation("PK", "p", "PK", "s1", null);

      Evaluation e = evaluate(observed().addObservations(hit, otherTarget));

      assertThat(e.explainedObservations()).containsExactly(hit);
      assertThat(e.unexplained()).containsExactly(otherTarget);
    }

    @Test
    void plainObservationWithoutTarget_matchesAnyTarget() {
      Observation any = observation("PK", "q", null, "s2", null);
      Observation tooEarly = observation("PK", "q", null, "s1", null);

      Evaluation e = evaluate(observed().addObservations(any, tooEarly));

      assertThat(e.explainedObservations()).containsExactly(any);
      assertThat(e.unexplained()).containsExactly(tooEarly);
      assertThat(e.matchedPredictions())
          .extracting(p -> p.practice() + " " + p.situation())
          .containsExactly("q s2");
    }

    @Test
    void changeObservation_isExplainedByAChangeRecord_notByAPrediction() {
      Observation started = observation("PK", "q", "US", "s2", ChangeKind.STARTED);
      Observation startedAnyTarget = observation("PK", "q", null, "s2", ChangeKind.STARTED);
      Observation wrongKind = observation("PK", "q", "US", "s2", ChangeKind.STOPPED);
      Observation unchanged = observation("PK", "p", "US", "s2", ChangeKind.STARTED);
      Observation inFirstSituation = observation("PK", "p", "US", "s1", ChangeKind.STARTED);

      Evaluation e =
          evaluate(
              observed()
                  .addObservations(
                      started, startedAnyTarget, wrongKind, unchanged, inFirstSituation));

      assertThat(e.explainedObservations()).containsExactly(startedAnyTarget, started);
      assertThat(e.unexplained()).containsExactlyInAnyOrder(wrongKind, unchanged, inFirstSituation);
    }

    @Test
    void predictions_areMatchedByPlainObservationsOnly() {
      Observation changeOnly = observation("PK", "q", "US", "s2", ChangeKind.STARTED);
      Observation plain = observation("PK", "p", "US", "s2", null);

      Evaluation e = evaluate(observed().addObservations(changeOnly, plain));

      assertThat(e.predictions()).isEqualTo(3);
      assertThat(e.matched()).isEqualTo(1);
      assertThat(e.matchedPredictions())
          .extracting(p -> p.practice() + " " + p.situation())
          .containsExactly("p s2");
      assertThat(e.unmatched())
          .extracting(p -> p.practice() + " " + p.situation())
          .containsExactly("p s1", "q s2");
    }

    @Test
    void counts_addUp() {
      Evaluation e =
          evaluate(
              observed()
                  .addObservations(
                      observation("PK", "p", "US", "s1", null),
                      observation("PK", "p", "US", "s2", null),
                      observation("PK", "r", null, "s2", null)));

      assertThat(e.observations()).isEqualTo(3);
      assertThat(e.explained()).isEqualTo(2);
      assertThat(e.unexplained()).hasSize(1);
      assertThat(e.predictions()).isEqualTo(3);
      assertThat(e.matched()).isEqualTo(2);
      assertThat(e.unmatched()).hasSize(1);
    }

    @Test
    void unexplained_areSortedBySituationOrderActorPracticeTargetChange() {
      Model.Builder model =
          model("x")
              .addActors(Actor.of("AF"))
              .addSituations(situation("a-late", "2002"), situation("z-early", "2001"));
      List<Observation> sorted =
          List.of(
              observation("AF", "r", "US", "z-early", ChangeKind.STOPPED),
              observation("PK", "p", null, "z-early", null),
              observation("PK", "p", null, "z-early", ChangeKind.STARTED),
              observation("PK", "p", null, "z-early", ChangeKind.STOPPED),
              observation("PK", "p", "AF", "z-early", null),
              observation("PK", "p", "US", "z-early", ChangeKind.STARTED),
              observation("PK", "q", null, "z-early", null),
              observation("US", "p", null, "z-early", null),
              observation("AF", "p", null, "a-late", null));
      for (int i : new int[] {5, 8, 2, 0, 7, 3, 1, 6, 4}) {
        model.addObservations(sorted.get(i));
      }

      Evaluation e = evaluate(model);

      assertThat(e.unexplained()).containsExactlyElementsOf(sorted);
    }

    @Test
    void evaluation_isAbsentWithoutObservations() {
      assertThat(ENGINE.infer(observed().build()).evaluation()).isEmpty();
    }

    private Evaluation evaluate(Model.Builder model) {
      return ENGINE.infer(model.build()).evaluation().orElseThrow();
    }
  }

  @Nested
  class Validation {
    @Test
    void invalidModel_isRefused_withTheWholeReport() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(Concept.builder().id("c").holder("XX").build())
              .build();

      assertThatThrownBy(() -> ENGINE.infer(model))
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              e ->
                  assertThat(e.report().errors())
                      .singleElement()
                      .satisfies(
                          d -> {
                            assertThat(d.pointer()).isEqualTo("/concepts/0/holder");
                            assertThat(d.message()).contains("'XX'");
                          }));
      assertThatThrownBy(() -> ENGINE.prepare(model)).isInstanceOf(InvalidModelException.class);
    }

    @Test
    void undeclaredSituationAspect_isAnError() {
      Model model = model("x").addSituations(situation("s1", "2001", "y")).build();

      assertThatThrownBy(() -> ENGINE.infer(model, InferenceOptions.defaults()))
          .isInstanceOfSatisfying(
              InvalidModelException.class,
              e ->
                  assertThat(e.report().errors())
                      .extracting(d -> d.pointer())
                      .containsExactly("/situations/0/aspects/0"));
    }
  }

  @Nested
  class Explanations {
    /** lens construes y from x; act needs y and prescribes p to US; US reacts with q to PK. */
    private Inference explained() {
      return ENGINE.infer(
          model("x", "w", "zz")
              .addSituations(situation("s1", "2001", "x", "w"), situation("s2", "2002"))
              .addConcepts(
                  concept("lens", 5).addConstrues(construal("y", "x")).build(),
                  concept("act", 1).when(all("y")).addPrescribes(of("p", "US")).build(),
                  concept("hider", 3).addOccludes("w").build(),
                  concept("never", 0).when(all("zz", "x")).addPrescribes(of("r", "US")).build(),
                  concept("hidden", 0).when(all("w")).addProscribes(of("r", "US")).build(),
                  Concept.builder()
                      .id("react")
                      .holder("US")
                      .when(all("did:PK:p:US"))
                      .addPrescribes(of("q", "PK"))
                      .build())
              .build());
    }

    @Test
    void prediction_isExplainedByItsConcept_triggerAndConstrual() {
      Inference result = explained();
      Prediction p = prediction(result, "PK", "p");

      Explanation why = result.explain(p);

      assertThat(why.predicted()).isTrue();
      assertThat(why.prediction()).contains(p);
      ConceptReason reason = why.supporting().get(0);
      assertThat(reason.concept().id().value()).isEqualTo("act");
      assertThat(reason.allOf())
          .singleElement()
          .isInstanceOfSatisfying(
              Derivation.Construed.class,
              d -> {
                assertThat(d.aspect().value()).isEqualTo("y");
                assertThat(d.concept().value()).isEqualTo("lens");
                assertThat(d.from())
                    .containsExactly(
                        new Derivation.Given(
                            aspect("x"), sid("s1"), com.google.common.collect.ImmutableList.of()));
              });
      assertThat(why.render())
          .contains("act")
          .contains("y: construed by lens from [x]")
          .contains("x: holds in situation 's1'");
    }

    @Test
    void interactionPrediction_isExplainedByTheEarlierPrediction() {
      Inference result = explained();
      Prediction earlier = prediction(result, "PK", "p");

      Explanation why = result.explain(prediction(result, "US", "q"));

      assertThat(why.supporting().get(0).allOf())
          .containsExactly(new Derivation.Interaction(aspect("did:PK:p:US"), earlier));
      assertThat(why.render())
          .contains("react")
          .contains("did:PK:p:US")
          .contains("was predicted in situation 's1'");
    }

    @Test
    void practiceNotPredicted_listsInactiveConcepts_withWhatTheirTriggersLacked() {
      Inference result = explained();

      Explanation why = result.explain(aid("PK"), pid("r"), Optional.of(aid("US")), sid("s1"));

      assertThat(why.predicted()).isFalse();
      assertThat(why.supporting()).isEmpty();
      assertThat(why.inactive())
          .extracting(r -> r.concept().id().value())
          .containsExactly("hidden", "never");
      InactiveReason hidden = why.inactive().get(0);
      assertThat(hidden.prescribes()).isFalse();
      assertThat(ids(hidden.missingAll())).containsExactly("w");
      assertThat(ids(hidden.occluded())).containsExactly("w");
      InactiveReason never = why.inactive().get(1);
      assertThat(never.prescribes()).isTrue();
      assertThat(never.weight()).isEqualByComparingTo("1");
      assertThat(ids(never.missingAll())).containsExactly("zz");
      assertThat(never.occluded()).isEmpty();
      assertThat(why.render())
          .contains("not active: never")
          .contains("lacks 'all' aspects [zz]")
          .contains("occluded by an active concept: [w]");
    }

    @Test
    void givenAspect_withProvenance_explanationShowsItsSources_othersShowNone() {
      Situation s1 =
          Situation.builder()
              .id("s1")
              .from("2001")
              .addAspects("x", "w")
              .addProvenance(AspectSource.of("x", "events.csv, rule 'r': 3 rows"))
              .addProvenance(AspectSource.of("x", "press"))
              .build();
      Inference result =
          ENGINE.infer(
              model("x", "w")
                  .addSituations(s1)
                  .addConcepts(
                      concept("lens", 5).addConstrues(construal("y", "x")).build(),
                      concept("act", 1).when(all("y", "w")).addPrescribes(of("p", "US")).build())
                  .build());

      Explanation why = result.explain(prediction(result, "PK", "p"));

      assertThat(why.supporting().get(0).allOf())
          .anySatisfy(
              d ->
                  assertThat(d)
                      .isInstanceOfSatisfying(
                          Derivation.Construed.class,
                          c ->
                              assertThat(c.from())
                                  .containsExactly(
                                      new Derivation.Given(
                                          aspect("x"),
                                          sid("s1"),
                                          com.google.common.collect.ImmutableList.of(
                                              "events.csv, rule 'r': 3 rows", "press")))))
          .contains(
              new Derivation.Given(
                  aspect("w"), sid("s1"), com.google.common.collect.ImmutableList.of()));
      assertThat(why.render())
          .contains("x: holds in situation 's1' (source: events.csv, rule 'r': 3 rows; press)")
          .contains("w: holds in situation 's1'")
          .doesNotContain("w: holds in situation 's1' (source");
    }

    private Prediction prediction(Inference result, String actor, String practice) {
      return result.predictions().stream()
          .filter(p -> p.actor().value().equals(actor) && p.practice().value().equals(practice))
          .findFirst()
          .orElseThrow();
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Actors PK and US, practices p, q, r, and the aspects {@code aspects} declared. */
  @Nested
  class InputOrderAndExtremes {
    @Test
    void activation_ranksExtremePrioritiesByValue_withoutOverflow() {
      Model model =
          model("x")
              .addSituations(situation("s1", "2001", "x"))
              .addConcepts(
                  always("min", Integer.MIN_VALUE),
                  always("max", Integer.MAX_VALUE),
                  always("zero", 0))
              .build();

      assertThat(ids(episode(ENGINE.infer(model), "PK", "s1").concepts()))
          .containsExactly("max", "zero", "min");
    }

    @Test
    void evaluation_doesNotDependOnObservationOrder() {
      Observation p = observation("PK", "p", "US", "s1", null);
      Observation q = observation("PK", "q", "US", "s1", null);
      Model base =
          model()
              .addSituations(situation("s1", "2001"))
              .addConcepts(concept("c", 0).addPrescribes(of("p", "US"), of("q", "US")).build())
              .build();

      Evaluation forward =
          ENGINE
              .infer(Model.builder().from(base).addObservations(p, q).build())
              .evaluation()
              .orElseThrow();
      Evaluation backward =
          ENGINE
              .infer(Model.builder().from(base).addObservations(q, p).build())
              .evaluation()
              .orElseThrow();

      assertThat(backward).isEqualTo(forward);
      assertThat(forward.explainedObservations()).containsExactly(p, q);
    }

    @Test
    void explanation_doesNotDependOnTriggerOrConstrualOrder() {
      Model.Builder common = model("x", "y").addSituations(situation("s1", "2001", "x", "y"));
      Model written =
          Model.builder()
              .from(common.build())
              .addConcepts(
                  concept("c", 0)
                      .when(Trigger.builder().allOf("y", "x").build())
                      .addConstrues(construal("z", "y"), construal("z", "x"))
                      .addPrescribes(of("p", "US"))
                      .build(),
                  concept("d", -1).when(all("z")).addPrescribes(of("q", "US")).build())
              .build();
      Model reordered =
          Model.builder()
              .from(common.build())
              .addConcepts(
                  concept("c", 0)
                      .when(Trigger.builder().allOf("x", "y").build())
                      .addConstrues(construal("z", "x"), construal("z", "y"))
                      .addPrescribes(of("p", "US"))
                      .build(),
                  concept("d", -1).when(all("z")).addPrescribes(of("q", "US")).build())
              .build();

      Inference a = ENGINE.infer(written);
      Inference b = ENGINE.infer(reordered);

      for (int i = 0; i < a.predictions().size(); i++) {
        assertThat(b.explain(b.predictions().get(i)).render())
            .isEqualTo(a.explain(a.predictions().get(i)).render());
      }
      assertThat(a.explain(a.predictions().get(1)).render()).contains("z: construed by c from [x]");
    }
  }

  static Model.Builder model(String... aspects) {
    Model.Builder m =
        Model.builder()
            .addActors(Actor.of("PK"), Actor.of("US"))
            .addPractices(
                PracticeType.of("p", "p", PracticeMode.COOPERATION),
                PracticeType.of("q", "q", PracticeMode.COERCION),
                PracticeType.of("r", "r", PracticeMode.NEUTRAL));
    for (String a : aspects) {
      m.addAspects(Aspect.of(a, a));
    }
    return m;
  }

  static Situation situation(String id, String from, String... aspects) {
    return Situation.builder().id(id).from(from).addAspects(aspects).build();
  }

  /** A concept of PK. */
  static Concept.Builder concept(String id, int priority) {
    return Concept.builder().id(id).holder("PK").priority(priority);
  }

  static Concept always(String id, int priority) {
    return concept(id, priority).build();
  }

  static Trigger all(String... aspects) {
    return Trigger.builder().allOf(aspects).build();
  }

  static Trigger none(String... aspects) {
    return Trigger.builder().noneOf(aspects).build();
  }

  static Construal construal(String to, String... from) {
    return Construal.of(List.of(from), to);
  }

  static Prescription of(String practice, String target) {
    return Prescription.of(practice, target);
  }

  static Prescription weighted(String practice, String target, String weight) {
    return Prescription.builder().practice(practice).target(target).weight(weight).build();
  }

  static Observation observation(
      String actor, String practice, String target, String situation, ChangeKind change) {
    Observation.Builder o =
        Observation.builder().actor(actor).practice(practice).situation(situation);
    if (target != null) {
      o.target(target);
    }
    if (change != null) {
      o.change(change);
    }
    return o.build();
  }

  static PracticeChange change(String practice, String target, String situation, ChangeKind kind) {
    PracticeChange.Builder c =
        PracticeChange.builder()
            .actor(aid("PK"))
            .practice(pid(practice))
            .situation(sid(situation))
            .change(kind);
    if (target != null) {
      c.target(aid(target));
    }
    return c.build();
  }

  static Episode episode(Inference result, String actor, String situation) {
    return result.episode(aid(actor), sid(situation)).orElseThrow();
  }

  static List<String> ids(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  static ActorId aid(String id) {
    return ActorId.of(id);
  }

  static PracticeId pid(String id) {
    return PracticeId.of(id);
  }

  static SituationId sid(String id) {
    return SituationId.of(id);
  }

  static AspectId aspect(String id) {
    return AspectId.of(id);
  }
}
