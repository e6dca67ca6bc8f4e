package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.ModelEdit.Entry;
import io.github.narrativeir.inference.ModelEdit.Side;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Inference#rerun(ModelEdit)} on the conformance case {@code negatives}: it recomputes only
 * the episodes an edit can reach, equals inference on the edited model, and refuses edits that do
 * not fit the model.
 */
class EditedRunTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  /** The conformance case {@code negatives.yaml}: 4 situations, 2 actors, 8 episodes. */
  static Model negatives() {
    return Model.builder()
        .addActors(Actor.of("US"), Actor.of("PK"))
        .addAspects(
            Aspect.of("attack", "An attack"),
            Aspect.of("safe-haven", "Safe haven"),
            Aspect.of("deal", "A deal"))
        .addPractices(
            PracticeType.of("transit", "Transit", PracticeMode.COOPERATION),
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
            Situation.builder()
                .id("s3b")
                .from("2004")
                .addAspects("safe-haven", "deal")
                .addProvenance(AspectSource.of("deal", "a treaty"))
                .build())
        .addConcepts(
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
                    Prescription.builder().practice("strike").target("PK").weight("0.75").build())
                .addProscribes(
                    Prescription.builder().practice("aid").target("PK").weight("0.5").build())
                .build())
        .addObservations(
            Observation.builder()
                .actor("PK")
                .practice("transit")
                .target("US")
                .situation("s2")
                .build(),
            Observation.builder()
                .actor("US")
                .practice("aid")
                .target("PK")
                .situation("s2")
                .occurred(false)
                .build(),
            Observation.builder()
                .actor("US")
                .practice("strike")
                .target("PK")
                .situation("s3")
                .change(ChangeKind.STARTED)
                .build())
        .build();
  }

  private static EditedRun rerun(Model model, ModelEdit edit) {
    Inference original = ENGINE.infer(model);
    EditedRun run = original.rerun(edit);
    Inference expected = ENGINE.infer(edit.applyTo(model), original.options());
    assertThat(run.predictions()).isEqualTo(expected.predictions());
    assertThat(run.evaluation()).isEqualTo(expected.evaluation());
    return run;
  }

  private static ModelEdit edit(Consumer<ModelEdit.Builder> parts) {
    ModelEdit.Builder b = ModelEdit.builder();
    parts.accept(b);
    return b.build();
  }

  @Test
  void aspectRemovedFromTheLastSituation_recomputesOnlyTheEpisodeOfTheActorThatMentionsIt() {
    EditedRun run =
        rerun(
            negatives(),
            edit(b -> b.putRemovedAspects(SituationId.of("s3b"), AspectId.of("deal"))));

    // s3b comes last; of its two episodes only PK's concepts mention 'deal'
    assertThat(run.episodesRecomputed()).isEqualTo(1);
    assertThat(run.episodesReused()).isEqualTo(7);
  }

  @Test
  void aspectAddedToTheFirstSituation_recomputesWhatItsPredictionsReach() {
    EditedRun run =
        rerun(
            negatives(),
            edit(b -> b.putAddedAspects(SituationId.of("s1"), AspectId.of("safe-haven"))));

    // US in s1 (strikes now), then nothing else: strikes feed no concept
    assertThat(run.episodesRecomputed()).isEqualTo(1);
    assertThat(run.predictions()).hasSize(ENGINE.infer(negatives()).predictions().size() + 1);
  }

  @Test
  void weightChanged_sumsAgainOnlyTheEpisodesInWhichItsConceptIsActive() {
    Entry strike = new Entry(ConceptId.of("us.hunt"), Side.PRESCRIBES, 0);

    EditedRun run = rerun(negatives(), edit(b -> b.putWeights(strike, new BigDecimal("0.375"))));

    // us.hunt is active in s3 and s3b only
    assertThat(run.episodesRecomputed()).isEqualTo(2);
    assertThat(run.predictions())
        .filteredOn(p -> p.practice().value().equals("strike"))
        .extracting(Prediction::support)
        .containsOnly(new BigDecimal("0.375"));
  }

  @Test
  void rankOrderChanged_recomputesOnlyThatActorsEpisodesInWhichAnExchangedConceptIsActive() {
    ModelEdit swap =
        edit(
            b ->
                b.putRankOrders(
                    ActorId.of("US"),
                    ImmutableList.of(ConceptId.of("us.reward"), ConceptId.of("us.hunt"))));
    Inference original = ENGINE.infer(negatives());
    long withEither =
        original.episodes().stream()
            .filter(e -> e.actor().equals(ActorId.of("US")))
            .filter(
                e ->
                    e.concepts().contains(ConceptId.of("us.hunt"))
                        || e.concepts().contains(ConceptId.of("us.reward")))
            .count();

    EditedRun run = rerun(negatives(), swap);

    // US's episodes in which neither is active activate the same concepts in the same order;
    // its predictions stay the same, so PK's are reused too
    assertThat(withEither).isBetween(1L, 3L);
    assertThat(run.episodesRecomputed()).isEqualTo((int) withEither);
    assertThat(swap.applyTo(negatives()).concepts())
        .extracting(Concept::priority)
        .containsExactly(0, 1, 0);
  }

  @Test
  void rankOrderUnchanged_recomputesNothing_andAnOrderGivesTheEnginesPredictions() {
    Inference original = ENGINE.infer(negatives());
    ModelEdit same =
        edit(
            b ->
                b.putRankOrders(
                    ActorId.of("US"),
                    ImmutableList.of(ConceptId.of("us.hunt"), ConceptId.of("us.reward"))));
    // whichever the model's order is, giving it again changes no concept's place
    ImmutableList<ConceptId> modelOrder =
        original.model().concepts().stream()
            .filter(c -> c.holder().equals(ActorId.of("US")))
            .sorted(
                java.util.Comparator.comparing((Concept c) -> -c.priority())
                    .thenComparing(Concept::id))
            .map(Concept::id)
            .collect(ImmutableList.toImmutableList());
    ModelEdit unchanged = edit(b -> b.putRankOrders(ActorId.of("US"), modelOrder));

    assertThat(rerun(negatives(), unchanged).episodesRecomputed()).isZero();
    assertThat(rerun(negatives(), same).predictions()).isEqualTo(original.predictions());
  }

  @Test
  void conceptLeftOut_recomputesFromTheFirstSituationItIsActiveIn() {
    EditedRun run = rerun(negatives(), edit(b -> b.addDroppedConcepts(ConceptId.of("us.hunt"))));

    assertThat(run.episodesRecomputed()).isEqualTo(2);
    assertThat(run.evaluation().orElseThrow().scores().changesExplained()).isZero();
  }

  @Test
  void everyPartAtOnce_equalsInferenceOnTheEditedModel() {
    rerun(
        negatives(),
        edit(
            b ->
                b.addDroppedConcepts(ConceptId.of("us.reward"))
                    .putRemovedAspects(SituationId.of("s2"), AspectId.of("attack"))
                    .putAddedAspects(SituationId.of("s3"), AspectId.of("deal"))
                    .putWeights(
                        new Entry(ConceptId.of("us.hunt"), Side.PROSCRIBES, 0), BigDecimal.ONE)
                    .putRankOrders(
                        ActorId.of("US"),
                        ImmutableList.of(ConceptId.of("us.hunt"), ConceptId.of("us.reward")))));
  }

  @Test
  void interactionOff_isTheOriginalInferencesOption() {
    Model model = negatives();
    Inference original = ENGINE.infer(model, InferenceOptions.defaults().withInteraction(false));
    ModelEdit edit = edit(b -> b.putRemovedAspects(SituationId.of("s1"), AspectId.of("deal")));

    EditedRun run = original.rerun(edit);

    assertThat(run.predictions())
        .isEqualTo(ENGINE.infer(edit.applyTo(model), original.options()).predictions());
    assertThat(run.predictions()).noneMatch(p -> p.practice().value().equals("aid"));
  }

  @Test
  void weightHalvedBeyondTheBoundsOfAModelFile_isStillRunExactly() {
    BigDecimal tiny = new BigDecimal("0.00000000000000000000000000000001"); // 32 decimals
    Model model =
        Model.builder()
            .from(negatives())
            .concepts(
                negatives().concepts().stream()
                    .map(
                        c ->
                            c.id().value().equals("us.hunt")
                                ? Concept.builder()
                                    .from(c)
                                    .proscribes(
                                        java.util.List.of(
                                            Prescription.builder()
                                                .practice("strike")
                                                .target("PK")
                                                .weight(tiny)
                                                .build()))
                                    .build()
                                : c)
                    .toList())
            .build();
    Entry proscription = new Entry(ConceptId.of("us.hunt"), Side.PROSCRIBES, 0);
    ModelEdit halve = edit(b -> b.putWeights(proscription, tiny.divide(BigDecimal.valueOf(2))));

    EditedRun run = ENGINE.infer(model).rerun(halve);

    assertThat(run.predictions())
        .filteredOn(p -> p.practice().value().equals("strike"))
        .extracting(Prediction::opposition)
        .containsOnly(new BigDecimal("5E-33"));
    assertThatThrownBy(() -> halve.applyTo(model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits after the decimal point");
  }

  @Test
  void applyTo_keepsTheOrderOfAspects_andDropsTheProvenanceOfARemovedOne() {
    Model edited =
        edit(b ->
                b.putRemovedAspects(SituationId.of("s3b"), AspectId.of("deal"))
                    .putAddedAspects(SituationId.of("s3b"), AspectId.of("attack")))
            .applyTo(negatives());

    Situation s3b = edited.situations().get(3);
    assertThat(s3b.aspects()).containsExactly(AspectId.of("safe-haven"), AspectId.of("attack"));
    assertThat(s3b.provenance()).isEmpty();
    assertThat(ModelEdit.none().applyTo(negatives())).isEqualTo(negatives());
  }

  @Test
  void weights_areNormalizedLikeAPrescriptions() {
    Entry e = new Entry(ConceptId.of("us.hunt"), Side.PRESCRIBES, 0);

    assertThat(edit(b -> b.putWeights(e, new BigDecimal("1.50"))).weights().get(e))
        .isEqualTo(new BigDecimal("1.5"));
    assertThat(edit(b -> b.putWeights(e, new BigDecimal("2E+1"))).weights().get(e))
        .isEqualTo(new BigDecimal("20"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown concept 'us.nothing'",
        "unknown situation 's9'",
        "situation 's1' has no aspect 'attack' to remove",
        "aspect 'did:PK:transit:US' is not declared in the model",
        "situation 's2' already has aspect 'attack'",
        "concept 'us.hunt' has no proscribes entry 1 (it has 1)",
        "actor 'AF' holds no concepts to reorder",
        "the rank order of 'US' must list each of its concepts once: [us.hunt] (its concepts: [us.hunt, us.reward])"
      })
  void editThatDoesNotFitTheModel_isRefusedWithAMessageNamingThePart(String message) {
    ModelEdit edit =
        switch (message.substring(0, 12)) {
          case "unknown conc" -> edit(b -> b.addDroppedConcepts(ConceptId.of("us.nothing")));
          case "unknown situ" ->
              edit(b -> b.putRemovedAspects(SituationId.of("s9"), AspectId.of("deal")));
          case "situation 's" ->
              message.contains("remove")
                  ? edit(b -> b.putRemovedAspects(SituationId.of("s1"), AspectId.of("attack")))
                  : edit(b -> b.putAddedAspects(SituationId.of("s2"), AspectId.of("attack")));
          case "aspect 'did:" ->
              edit(b -> b.putAddedAspects(SituationId.of("s1"), AspectId.of("did:PK:transit:US")));
          case "concept 'us." ->
              edit(
                  b ->
                      b.putWeights(
                          new Entry(ConceptId.of("us.hunt"), Side.PROSCRIBES, 1), BigDecimal.ONE));
          case "actor 'AF' h" -> edit(b -> b.putRankOrders(ActorId.of("AF"), ImmutableList.of()));
          default ->
              edit(
                  b ->
                      b.putRankOrders(ActorId.of("US"), ImmutableList.of(ConceptId.of("us.hunt"))));
        };
    Inference original = ENGINE.infer(negatives());

    assertThatThrownBy(() -> original.rerun(edit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> edit.applyTo(negatives()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void editThatContradictsItself_isRefusedWhenBuilt() {
    Entry e = new Entry(ConceptId.of("us.hunt"), Side.PRESCRIBES, 0);

    assertThatThrownBy(() -> edit(b -> b.putWeights(e, BigDecimal.ZERO)))
        .hasMessage(
            "the weight 0 of Entry[concept=us.hunt, side=prescribes, index=0] is not positive");
    assertThatThrownBy(
            () ->
                edit(
                    b ->
                        b.putRemovedAspects(SituationId.of("s1"), AspectId.of("deal"))
                            .putAddedAspects(SituationId.of("s1"), AspectId.of("deal"))))
        .hasMessage("aspects [deal] are both removed from and added to situation 's1'");
    assertThatThrownBy(
            () ->
                edit(
                    b ->
                        b.putRankOrders(
                            ActorId.of("US"),
                            ImmutableList.of(ConceptId.of("us.hunt"), ConceptId.of("us.hunt")))))
        .hasMessage("the rank order of 'US' names a concept twice: [us.hunt, us.hunt]");
    assertThatThrownBy(() -> new Entry(ConceptId.of("us.hunt"), Side.PRESCRIBES, -1))
        .hasMessage("entry index -1 is negative");
  }
}
