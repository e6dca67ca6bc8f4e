package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.generators.RandomModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * {@link Model}'s lookups by id find every element and nothing else, whatever order the model was
 * built in, and leave the model's value (equality, hashing, text) as it was.
 */
class ModelLookupsTest {
  private static final Gen<Model> MODELS = RandomModels.models();
  private static final Gen<Choices> CHOICES =
      Choices.gen(200); // more than shuffling a small model reads

  private static QuickTheory theory(int examples) {
    return qt().withExamples(examples).withShrinkCycles(1000);
  }

  @Test
  void lookups_findEveryElementByItsId() {
    theory(200)
        .forAll(MODELS)
        .checkAssert(
            model -> {
              assertFindsEach(model.actors(), Actor::id, model::actor);
              assertFindsEach(model.aspects(), Aspect::id, model::aspect);
              assertFindsEach(model.practices(), PracticeType::id, model::practice);
              assertFindsEach(model.situations(), Situation::id, model::situation);
              assertFindsEach(model.concepts(), Concept::id, model::concept);
            });
  }

  @Test
  void lookups_ofIdsTheModelDoesNotHave_areEmpty() {
    theory(200)
        .forAll(MODELS)
        .checkAssert(
            model -> {
              // RandomModels never makes these ids
              assertThat(model.actor(ActorId.of("nobody"))).isEmpty();
              assertThat(model.aspect(AspectId.of("nothing"))).isEmpty();
              assertThat(model.practice(PracticeId.of("no-practice"))).isEmpty();
              assertThat(model.situation(SituationId.of("never"))).isEmpty();
              assertThat(model.concept(ConceptId.of("no.concept"))).isEmpty();
            });
  }

  @Test
  void lookups_answerTheSame_forTheModelBuiltInAnyOrder() {
    theory(200)
        .forAll(MODELS, CHOICES)
        .checkAssert(
            (model, random) -> {
              Model shuffled =
                  Model.builder()
                      .from(model)
                      .actors(shuffled(model.actors(), random))
                      .aspects(shuffled(model.aspects(), random))
                      .practices(shuffled(model.practices(), random))
                      .situations(shuffled(model.situations(), random))
                      .concepts(shuffled(model.concepts(), random))
                      .build();

              assertSameAnswers(model.actors(), Actor::id, model::actor, shuffled::actor);
              assertSameAnswers(model.aspects(), Aspect::id, model::aspect, shuffled::aspect);
              assertSameAnswers(
                  model.practices(), PracticeType::id, model::practice, shuffled::practice);
              assertSameAnswers(
                  model.situations(), Situation::id, model::situation, shuffled::situation);
              assertSameAnswers(model.concepts(), Concept::id, model::concept, shuffled::concept);
            });
  }

  @Test
  void lookups_doNotChangeTheModelsEqualityHashOrText() {
    Model model = RandomModels.model(new java.util.Random(3L));
    Model twin = Model.builder().from(model).build();
    String text = model.toString();
    int hash = model.hashCode();

    model.actors().forEach(a -> model.actor(a.id()));
    model.concepts().forEach(c -> model.concept(c.id()));

    assertThat(model.toString()).isEqualTo(text);
    assertThat(model.hashCode()).isEqualTo(hash);
    new EqualsTester()
        .addEqualityGroup(model, twin, Model.builder().from(model).build())
        .addEqualityGroup(Model.builder().from(model).name("other").build())
        .testEquals();
  }

  @Test
  void lookup_ofADuplicateId_returnsTheFirstInListOrder() {
    Actor first = Actor.builder().id("PK").name("Pakistan").build();
    Actor second = Actor.builder().id("PK").name("Pakistan again").build();
    Model model = Model.builder().addActors(first, Actor.of("US"), second).build();

    assertThat(model.actor(ActorId.of("PK"))).containsSame(first);
    assertThat(model.actor(ActorId.of("US"))).map(Actor::name).contains("US");
  }

  @Test
  void lookup_ofNull_isRejected() {
    Model model = Model.builder().build();

    assertThatThrownBy(() -> model.actor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> model.situation(null)).isInstanceOf(NullPointerException.class);
  }

  private static <I, T> void assertFindsEach(
      List<T> elements, Function<T, I> id, Function<I, Optional<T>> lookup) {
    for (T e : elements) {
      assertThat(lookup.apply(id.apply(e))).containsSame(e);
    }
  }

  private static <I, T> void assertSameAnswers(
      List<T> elements,
      Function<T, I> id,
      Function<I, Optional<T>> expected,
      Function<I, Optional<T>> actual) {
    for (T e : elements) {
      assertThat(actual.apply(id.apply(e))).isEqualTo(expected.apply(id.apply(e)));
    }
  }

  private static <T> List<T> shuffled(List<T> list, Choices random) {
    List<T> copy = new ArrayList<>(list);
    random.shuffle(copy);
    return copy;
  }
}
