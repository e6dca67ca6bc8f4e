package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Situation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CounterfactualsTest {
  @Test
  void withoutTheAlly_aidIsLostAndTheCoupSeenAgain() {
    CounterfactualResult r =
        Counterfactuals.run(
            AnalysisFixtures.aidForTransit(),
            Variation.builder().withoutConcepts("us.ally").build());

    assertThat(r.lost())
        .extracting(PracticeKeys::of)
        .containsExactly("US aid PK s2", "PK transit US s3", "US aid PK s4");
    // in s3 the US already sanctions: transit and aid alternate, so the ally sees no transit there
    assertThat(r.gained())
        .extracting(PracticeKeys::of)
        .containsExactly("US sanction PK s2", "US sanction PK s4");
    assertThat(r.newlyUnexplained()).extracting(o -> o.practice().value()).containsExactly("aid");
    assertThat(r.changedEpisodes())
        .extracting(c -> c.actor() + " " + c.situation())
        .containsExactly("US s2", "PK s3", "US s4");
  }

  @Test
  void withoutTheDemands_nothingStarts() {
    CounterfactualResult r =
        Counterfactuals.run(
            AnalysisFixtures.aidForTransit(),
            Variation.builder().withoutAspect("s1", "demands").build());

    assertThat(r.variant().predictions())
        .extracting(PracticeKeys::of)
        .containsExactly(
            "US sanction PK s1", "US sanction PK s2", "US sanction PK s3", "US sanction PK s4");
  }

  @Test
  void interactionOff_onlyTheDemandsDrivePakistan() {
    CounterfactualResult r =
        Counterfactuals.run(
            AnalysisFixtures.aidForTransit(), Variation.builder().interaction(false).build());

    assertThat(r.variant().predictions())
        .extracting(PracticeKeys::of)
        .contains("PK transit US s1")
        .doesNotContain("US aid PK s2");
  }

  @Test
  void unknownConceptOrUndeclaredAspect_rejected() {
    Model model = AnalysisFixtures.aidForTransit();

    assertThatThrownBy(
            () -> Counterfactuals.vary(model, Variation.builder().withoutConcepts("nope").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown concept 'nope'");
    assertThatThrownBy(
            () -> Counterfactuals.vary(model, Variation.builder().withAspect("s1", "nope").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aspect 'nope' is not declared in the model");
  }

  @Test
  void misspelledConceptSituationOrAspect_suggestsTheClosest() {
    Model model = AnalysisFixtures.aidForTransit();
    String concept = model.concepts().get(0).id().value();
    String situation = model.situations().get(0).id().value();
    String aspect = model.aspects().get(0).id().value();

    assertThatThrownBy(
            () ->
                Counterfactuals.vary(
                    model, Variation.builder().withoutConcepts(concept + "x").build()))
        .hasMessage("unknown concept '" + concept + "x'; did you mean '" + concept + "'?");
    assertThatThrownBy(
            () ->
                Counterfactuals.vary(
                    model, Variation.builder().withAspect(situation + "x", aspect).build()))
        .hasMessage("unknown situation '" + situation + "x'; did you mean '" + situation + "'?");
    assertThatThrownBy(
            () ->
                Counterfactuals.vary(
                    model, Variation.builder().withAspect(situation, aspect + "x").build()))
        .hasMessage(
            "aspect '"
                + aspect
                + "x' is not declared in the model; did you mean '"
                + aspect
                + "'?");
  }

  @Test
  void withoutAnAspect_itsProvenanceGoes_theOthersStay_andTheVariantIsValid() {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addAspects(Aspect.of("x", "x"), Aspect.of("y", "y"), Aspect.of("z", "z"))
            .addSituations(
                Situation.builder()
                    .id("s1")
                    .from("2001")
                    .addAspects("x", "y")
                    .addProvenance(AspectSource.of("x", "events.csv, rule 'r': 3 rows"))
                    .addProvenance(AspectSource.of("y", "press"))
                    .addProvenance(AspectSource.of("x", "a book"))
                    .build(),
                Situation.builder()
                    .id("s2")
                    .from("2002")
                    .addAspects("x")
                    .addProvenance(AspectSource.of("x", "press"))
                    .build())
            .build();

    Model varied =
        Counterfactuals.vary(
            model, Variation.builder().withoutAspect("s1", "x").withAspect("s1", "z").build());

    assertThat(varied.situations().get(0).aspects())
        .extracting(a -> a.value())
        .containsExactly("y", "z");
    assertThat(varied.situations().get(0).provenance())
        .containsExactly(AspectSource.of("y", "press"));
    assertThat(varied.situations().get(1)).isEqualTo(model.situations().get(1));
    assertThat(ModelValidator.validate(varied).isValid()).isTrue();
  }

  @Test
  void aspectRemovedAndAddedBack_losesItsProvenance() {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addAspects(Aspect.of("x", "x"))
            .addSituations(
                Situation.builder()
                    .id("s1")
                    .from("2001")
                    .addAspects("x")
                    .addProvenance(AspectSource.of("x", "events.csv, rule 'r': 3 rows"))
                    .build())
            .build();

    Model varied =
        Counterfactuals.vary(
            model, Variation.builder().withoutAspect("s1", "x").withAspect("s1", "x").build());

    assertThat(varied.situations().get(0).aspects())
        .extracting(a -> a.value())
        .containsExactly("x");
    assertThat(varied.situations().get(0).provenance()).isEmpty();
  }

  /** Models made from generated choices, which QuickTheories shrinks. */
  private static final Gen<Model> MODELS = RandomModels.models();

  /** Choices of what to vary: at most about 100 for a small model. */
  private static final Gen<Choices> CHOICES = Choices.gen(400);

  @Test
  void removingAspects_ofModelsWithProvenance_leavesAValidModelWithProvenanceOfItsAspectsOnly() {
    qt().withExamples(100)
        .withShrinkCycles(1000)
        .forAll(MODELS, CHOICES)
        .checkAssert(CounterfactualsTest::removingAspectsLeavesProvenanceOfItsAspects);
  }

  private static void removingAspectsLeavesProvenanceOfItsAspects(Model plain, Choices random) {
    List<Situation> sourced = new java.util.ArrayList<>();
    for (Situation s : plain.situations()) {
      Situation.Builder b =
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(s.from())
              .to(s.to())
              .aspects(s.aspects());
      s.aspects().forEach(a -> b.addProvenance(AspectSource.of(a, "source of " + a)));
      sourced.add(b.build());
    }
    Model model = Model.builder().from(plain).situations(sourced).build();
    Variation.Builder v = Variation.builder();
    for (Situation s : model.situations()) {
      s.aspects().stream()
          .filter(a -> random.nextInt(3) == 0)
          .forEach(a -> v.putWithoutAspects(s.id(), a));
    }

    Model varied = Counterfactuals.vary(model, v.build());

    assertThat(ModelValidator.validate(varied).errors())
        .isEqualTo(ModelValidator.validate(model).errors());
    for (Situation s : varied.situations()) {
      assertThat(s.provenance()).extracting(p -> p.aspect()).containsExactlyElementsOf(s.aspects());
    }
  }

  @Test
  void comparison_equalsRunningInferenceOnTheVariedModel() {
    qt().withExamples(200)
        .withShrinkCycles(1000)
        .forAll(MODELS, CHOICES)
        .checkAssert(CounterfactualsTest::comparisonEqualsInferenceOnTheVariedModel);
  }

  private static void comparisonEqualsInferenceOnTheVariedModel(Model model, Choices random) {
    Variation.Builder v = Variation.builder();
    model.concepts().stream()
        .map(Concept::id)
        .filter(c -> random.nextInt(4) == 0)
        .forEach(v::addWithoutConcepts);
    List<String> declared = model.aspects().stream().map(a -> a.id().value()).toList();
    for (Situation s : model.situations()) {
      s.aspects().stream()
          .filter(a -> random.nextInt(4) == 0)
          .forEach(a -> v.putWithoutAspects(s.id(), a));
      if (!declared.isEmpty() && random.nextBoolean()) {
        v.withAspect(s.id().value(), declared.get(random.nextInt(declared.size())));
      }
    }
    if (random.nextInt(4) == 0) {
      v.interaction(random.nextBoolean());
    }
    Variation variation = v.build();

    CounterfactualResult r = Counterfactuals.run(model, variation);

    Inference original = NarrativeEngine.create().infer(model);
    Inference variant = NarrativeEngine.create().infer(Counterfactuals.vary(model, variation));
    Set<String> before =
        original.predictions().stream().map(PracticeKeys::of).collect(Collectors.toSet());
    Set<String> after =
        variant.predictions().stream().map(PracticeKeys::of).collect(Collectors.toSet());
    assertThat(r.variant().predictions()).isEqualTo(variant.predictions());
    assertThat(r.lost())
        .extracting(PracticeKeys::of)
        .containsExactlyElementsOf(
            before.stream().filter(k -> !after.contains(k)).sorted(order(original)).toList());
    assertThat(r.gained())
        .extracting(PracticeKeys::of)
        .containsExactlyElementsOf(
            after.stream().filter(k -> !before.contains(k)).sorted(order(variant)).toList());
    assertThat(r.variant().evaluation()).isEqualTo(variant.evaluation());
  }

  private static java.util.Comparator<String> order(Inference result) {
    List<String> keys = result.predictions().stream().map(PracticeKeys::of).toList();
    return java.util.Comparator.comparingInt(keys::indexOf);
  }
}
