package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * The engine against {@link ReferenceEngine} and against itself on shuffled input, on random valid
 * models made from generated choices ({@link RandomModels#models()}), which QuickTheories shrinks
 * to a small model; the weights and orders the properties pick also come from generated choices,
 * which shrink to the first palette entry and to no reordering.
 */
class EnginePropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();
  private static final NarrativeEngine PARALLEL = NarrativeEngine.builder().parallelism(4).build();
  private static final Gen<Model> MODELS = RandomModels.models();

  /** Choices for reweighing and shuffling a model: more than either reads. */
  private static final Gen<Choices> CHOICES = Choices.gen(RandomModels.SMALL_CHOICES);

  /**
   * A theory of {@code examples} tries whose counterexample is shrunk for a few seconds at most.
   */
  private static QuickTheory theory(int examples) {
    return qt().withExamples(examples).withShrinkCycles(1000);
  }

  @Test
  void randomModel_isValid() {
    theory(300)
        .forAll(MODELS)
        .checkAssert(model -> assertThat(ModelValidator.validate(model).errors()).isEmpty());
  }

  @Test
  void engine_equalsReference_withModelOptions() {
    theory(1000)
        .forAll(MODELS)
        .checkAssert(
            model -> assertSameAsReference(ENGINE.infer(model), ReferenceEngine.infer(model)));
  }

  @Test
  void engine_equalsReference_withInteractionOverridden() {
    theory(400)
        .forAll(MODELS, booleans().all())
        .checkAssert(
            (model, interaction) -> {
              InferenceOptions options = InferenceOptions.defaults().withInteraction(interaction);
              assertSameAsReference(
                  ENGINE.infer(model, options), ReferenceEngine.infer(model, options));
            });
  }

  /**
   * Weight palettes for the tally's two paths: weights that fit in {@code long}s at a common scale
   * (including negative scales, as {@code 1000} becomes {@code 1E+3}), and weights that do not, so
   * that sums are taken in {@code BigDecimal}.
   */
  private static final List<List<String>> WEIGHT_PALETTES =
      List.of(
          List.of("1000", "0.5", "2", "20"),
          List.of("0.1", "0.2", "0.3", "0.000001", "7"),
          List.of("1E+20", "0.000000000000000000001", "3", "0.5"),
          List.of("9223372036854775807", "9223372036854775806", "1", "0.25"),
          List.of("123456789012345678901234567890.123456789", "1", "2.5"));

  @Test
  void engine_equalsReference_withExtremeWeights() {
    theory(300).forAll(MODELS, CHOICES).checkAssert(EnginePropertiesTest::equalsReferenceReweighed);
  }

  private static void equalsReferenceReweighed(Model model, Choices random) {
    List<String> palette = WEIGHT_PALETTES.get(random.nextInt(WEIGHT_PALETTES.size()));
    List<Concept> concepts = new ArrayList<>();
    for (Concept c : model.concepts()) {
      concepts.add(
          Concept.builder()
              .from(c)
              .prescribes(reweighed(c.prescribes(), palette, random))
              .proscribes(reweighed(c.proscribes(), palette, random))
              .build());
    }
    Model reweighed = Model.builder().from(model).concepts(concepts).build();
    assertSameAsReference(ENGINE.infer(reweighed), ReferenceEngine.infer(reweighed));
    assertSameAsReference(PARALLEL.infer(reweighed), ReferenceEngine.infer(reweighed));
  }

  private static List<Prescription> reweighed(
      List<Prescription> entries, List<String> palette, Choices random) {
    List<Prescription> out = new ArrayList<>();
    for (Prescription p : entries) {
      out.add(
          Prescription.builder()
              .from(p)
              .weight(palette.get(random.nextInt(palette.size())))
              .build());
    }
    return out;
  }

  @Test
  void engine_ignoresInputOrder_ofEveryList() {
    theory(1000).forAll(MODELS, CHOICES).checkAssert(EnginePropertiesTest::ignoresInputOrder);
  }

  private static void ignoresInputOrder(Model model, Choices random) {
    Model shuffled = shuffled(model, random);
    Inference expected = ENGINE.infer(model);
    Inference actual = ENGINE.infer(shuffled);

    assertThat(actual.episodes()).isEqualTo(expected.episodes());
    assertThat(actual.predictions()).isEqualTo(expected.predictions());
    assertThat(actual.narratives()).isEqualTo(expected.narratives());
    assertThat(actual.evaluation()).isEqualTo(expected.evaluation());
    for (int i = 0; i < expected.predictions().size(); i++) {
      assertThat(actual.explain(actual.predictions().get(i)).render())
          .isEqualTo(expected.explain(expected.predictions().get(i)).render());
    }
  }

  @Test
  void explanations_agreeWithPredictions_andAreWellFounded() {
    theory(300)
        .forAll(MODELS)
        .checkAssert(EnginePropertiesTest::explanationsAgreeAndAreWellFounded);
  }

  private static void explanationsAgreeAndAreWellFounded(Model model) {
    Inference result = ENGINE.infer(model);
    for (Prediction p : result.predictions()) {
      Explanation why = result.explain(p);

      assertThat(why.prediction()).contains(p);
      assertThat(why.support()).isEqualByComparingTo(p.support());
      assertThat(why.opposition()).isEqualByComparingTo(p.opposition());
      assertThat(why.supporting())
          .extracting(r -> r.concept().id())
          .containsExactlyElementsOf(p.supporting());
      assertThat(why.opposing())
          .extracting(r -> r.concept().id())
          .containsExactlyElementsOf(p.opposing());
      Episode episode = result.episode(p.actor(), p.situation()).orElseThrow();
      for (ConceptReason reason : why.supporting()) {
        assertThat(episode.concepts().get(reason.activation() - 1))
            .isEqualTo(reason.concept().id());
        assertThat(reason.allOf())
            .extracting(Derivation::aspect)
            .containsExactlyElementsOf(
                com.google.common.collect.ImmutableSortedSet.copyOf(
                    reason.concept().when().allOf()));
        reason.allOf().forEach(d -> assertWellFounded(result, episode, d));
        reason.anyOf().forEach(d -> assertWellFounded(result, episode, d));
      }
      assertThat(why.render()).contains(p.supporting().first().value());
    }
  }

  @Test
  void explanations_ofUnpredictedPractices_showWhyEachConceptIsInactive() {
    theory(300).forAll(MODELS).checkAssert(EnginePropertiesTest::explanationsShowInactiveConcepts);
  }

  private static void explanationsShowInactiveConcepts(Model model) {
    Inference result = ENGINE.infer(model);
    for (Episode episode : result.episodes()) {
      for (Concept c : model.concepts()) {
        if (!c.holder().equals(episode.actor())) {
          continue;
        }
        for (Prescription named : c.prescribes()) {
          Explanation why =
              result.explain(
                  episode.actor(), named.practice(), named.target(), episode.situation());
          boolean predicted =
              result.predictions().stream()
                  .anyMatch(
                      p ->
                          p.actor().equals(episode.actor())
                              && p.situation().equals(episode.situation())
                              && p.practice().equals(named.practice())
                              && p.target().equals(named.target()));
          assertThat(why.predicted()).isEqualTo(predicted);
          assertThat(why.support().compareTo(why.opposition()) > 0).isEqualTo(predicted);
          boolean active = episode.concepts().contains(c.id());
          assertThat(why.inactive().stream().anyMatch(r -> r.concept().equals(c)))
              .isEqualTo(!active);
          for (InactiveReason r : why.inactive()) {
            assertThat(episode.concepts()).doesNotContain(r.concept().id());
            assertThat(
                    r.missingAll().isEmpty()
                        && r.missingAny().isEmpty()
                        && r.presentNone().isEmpty())
                .as("an inactive concept's trigger fails on something")
                .isFalse();
          }
          assertThat(why.render()).isNotBlank();
        }
      }
    }
  }

  /** Given aspects hold in the situation, interaction ones come from the situation before. */
  private static void assertWellFounded(Inference result, Episode episode, Derivation d) {
    if (d instanceof Derivation.Given given) {
      assertThat(given.situation()).isEqualTo(episode.situation());
      Situation s =
          result.situations().stream()
              .filter(x -> x.id().equals(episode.situation()))
              .findFirst()
              .orElseThrow();
      assertThat(s.aspects()).contains(given.aspect());
    } else if (d instanceof Derivation.Interaction interaction) {
      Prediction earlier = interaction.prediction();
      assertThat(result.predictions()).contains(earlier);
      int here = indexOf(result, episode.situation());
      assertThat(indexOf(result, earlier.situation())).isEqualTo(here - 1);
      assertThat(interaction.aspect().value())
          .isEqualTo(
              "did:"
                  + earlier.actor()
                  + ":"
                  + earlier.practice()
                  + ":"
                  + earlier.target().map(Object::toString).orElse("-"));
    } else {
      Derivation.Construed construed = (Derivation.Construed) d;
      assertThat(episode.concepts()).contains(construed.concept());
      Concept by =
          result.model().concepts().stream()
              .filter(c -> c.id().equals(construed.concept()))
              .findFirst()
              .orElseThrow();
      assertThat(by.construes()).contains(construed.construal());
      assertThat(construed.construal().to()).isEqualTo(construed.aspect());
      assertThat(construed.from())
          .extracting(Derivation::aspect)
          .containsExactlyElementsOf(
              com.google.common.collect.ImmutableSortedSet.copyOf(construed.construal().from()));
      construed.from().forEach(f -> assertWellFounded(result, episode, f));
    }
  }

  private static int indexOf(Inference result, SituationId situation) {
    for (int i = 0; i < result.situations().size(); i++) {
      if (result.situations().get(i).id().equals(situation)) {
        return i;
      }
    }
    throw new AssertionError("no situation " + situation);
  }

  private static void assertSameAsReference(Inference actual, ReferenceEngine.Result expected) {
    assertThat(actual.episodes()).as("episodes").isEqualTo(expected.episodes());
    assertThat(actual.predictions()).as("predictions").isEqualTo(expected.predictions());
    assertThat(actual.narratives()).as("narratives").isEqualTo(expected.narratives());
    assertThat(actual.evaluation()).as("evaluation").isEqualTo(expected.evaluation());
  }

  /** The same model with every list, and every list inside its elements, in another order. */
  static Model shuffled(Model model, Choices random) {
    List<Situation> situations = new ArrayList<>();
    for (Situation s : model.situations()) {
      situations.add(
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(s.from())
              .to(s.to())
              .aspects(shuffle(s.aspects(), random))
              .build());
    }
    List<Concept> concepts = new ArrayList<>();
    for (Concept c : model.concepts()) {
      List<Construal> construes = new ArrayList<>();
      for (Construal k : c.construes()) {
        construes.add(Construal.builder().from(shuffle(k.from(), random)).to(k.to()).build());
      }
      concepts.add(
          Concept.builder()
              .from(c)
              .when(
                  Trigger.builder()
                      .addAllAllOf(shuffle(c.when().allOf(), random))
                      .addAllAnyOf(shuffle(c.when().anyOf(), random))
                      .addAllNoneOf(shuffle(c.when().noneOf(), random))
                      .build())
              .construes(shuffle(construes, random))
              .highlights(shuffle(c.highlights(), random))
              .occludes(shuffle(c.occludes(), random))
              .prescribes(shuffle(c.prescribes(), random))
              .proscribes(shuffle(c.proscribes(), random))
              .build());
    }
    return Model.builder()
        .from(model)
        .actors(shuffle(model.actors(), random))
        .aspects(shuffle(model.aspects(), random))
        .practices(shuffle(model.practices(), random))
        .situations(shuffle(situations, random))
        .concepts(shuffle(concepts, random))
        .observations(shuffle(model.observations(), random))
        .build();
  }

  private static <T> List<T> shuffle(Collection<T> items, Choices random) {
    List<T> list = new ArrayList<>(items);
    random.shuffle(list);
    return list;
  }
}
