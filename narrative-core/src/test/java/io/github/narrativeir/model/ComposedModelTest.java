package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ComposedModelTest {
  private static final Model CASE =
      Model.builder()
          .addActors(Actor.of("US"), Actor.of("PK"))
          .addSituations(Situation.builder().id("s1").from("2001").build())
          .addConcepts(Concept.builder().id("us.own").holder("US").build())
          .build();

  private static final ConceptSet SAME_PK =
      ConceptSet.builder().addActors(Actor.of("PK")).addActors(Actor.of("IN")).build();

  private static final ConceptSet OTHER_PK =
      ConceptSet.builder()
          .addActors(Actor.builder().id("PK").name("Islamic Republic of Pakistan").build())
          .addConcepts(Concept.builder().id("us.own").holder("PK").build())
          .build();

  @Test
  void identicalRedefinition_isKeptOnce_andIsNoRedefinition() {
    ComposedModel composed = ComposedModel.compose(CASE, List.of(SAME_PK));

    assertThat(composed.redefinitions()).isEmpty();
    assertThat(composed.model().actors())
        .extracting(a -> a.id().value())
        .containsExactly("US", "PK", "IN");
  }

  @Test
  void differentRedefinition_namesBothDefinitions_andKeepsTheFirst() {
    ComposedModel composed = ComposedModel.compose(CASE, List.of(SAME_PK, OTHER_PK));

    assertThat(composed.redefinitions())
        .containsExactly(
            Redefinition.of(
                "actor", "PK", Definition.inBase("/actors/1"), Definition.inSet(1, "/actors/0")),
            Redefinition.of(
                "concept",
                "us.own",
                Definition.inBase("/concepts/0"),
                Definition.inSet(1, "/concepts/0")));
    assertThat(composed.model().actors().get(1)).isEqualTo(Actor.of("PK"));
  }

  @Test
  void replaceConcepts_dropsTheModelsConcepts_soTheirIdsAreFree() {
    ComposedModel composed = ComposedModel.replaceConcepts(CASE, List.of(OTHER_PK));

    assertThat(composed.redefinitions()).extracting(Redefinition::kind).containsExactly("actor");
    assertThat(composed.model().concepts()).containsExactly(OTHER_PK.concepts().get(0));
    assertThat(composed.definitionOf("/concepts/0/holder"))
        .isEqualTo(Definition.inSet(0, "/concepts/0/holder"));
  }

  @Test
  void definitionOf_locatesAnElementOfASet_andAValueInIt() {
    ComposedModel composed = ComposedModel.compose(CASE, List.of(SAME_PK));

    assertThat(composed.definitionOf("/actors/2")).isEqualTo(Definition.inSet(0, "/actors/1"));
    assertThat(composed.definitionOf("/actors/2/name"))
        .isEqualTo(Definition.inSet(0, "/actors/1/name"));
    assertThat(composed.definitionOf("/actors/1")).isEqualTo(Definition.inBase("/actors/1"));
  }

  @Test
  void definitionOf_leavesAnythingElseInTheBase_unchanged() {
    ComposedModel composed = ComposedModel.compose(CASE, List.of(SAME_PK));

    for (String pointer :
        List.of(
            "",
            "/situations/0/from",
            "/actors",
            "/actors/9",
            "/actors/x",
            "/actors/99999999999",
            "/name")) {
      assertThat(composed.definitionOf(pointer)).as(pointer).isEqualTo(Definition.inBase(pointer));
    }
  }

  @Test
  void conceptSets_reportTheSameRedefinitions_setBySet() {
    ConceptSet named = ConceptSet.builder().from(OTHER_PK).name("other").build();

    assertThat(ConceptSets.compose(CASE, List.of()).actors()).isEqualTo(CASE.actors());
    assertThatThrownBy(() -> ConceptSets.compose(CASE, List.of(named, OTHER_PK)))
        .isInstanceOf(InvalidModelException.class)
        .extracting(e -> ((InvalidModelException) e).report().render())
        .isEqualTo(
            "error: /actors: actor 'PK' in concept set 'other' is defined differently elsewhere;"
                + " an id defined twice must be defined identically\n"
                + "error: /concepts: concept 'us.own' in concept set 'other' is defined differently"
                + " elsewhere; an id defined twice must be defined identically\n"
                + "error: /actors: actor 'PK' in concept set 1 is defined differently elsewhere; an"
                + " id defined twice must be defined identically\n"
                + "error: /concepts: concept 'us.own' in concept set 1 is defined differently"
                + " elsewhere; an id defined twice must be defined identically");
  }

  /**
   * Against a fold written out here: the model's actors as they are, then each set's actors whose
   * id is new; a redefinition for each later actor that differs from the first of its id; and each
   * actor of the result is the one its definition points to.
   */
  @Test
  void compose_isTheFoldByIdOfItsSets() {
    qt().withFixedSeed(19L)
        .withExamples(500)
        .forAll(actors(), lists().of(actors()).ofSizeBetween(0, 4))
        .checkAssert(
            (base, sets) -> {
              Model model = Model.builder().actors(base).build();
              List<ConceptSet> conceptSets = new ArrayList<>();
              sets.forEach(s -> conceptSets.add(ConceptSet.builder().actors(s).build()));

              ComposedModel composed = ComposedModel.compose(model, conceptSets);

              List<Actor> expected = new ArrayList<>(base);
              Map<String, Actor> first = new HashMap<>();
              Map<String, Definition> firstAt = new HashMap<>();
              for (int i = 0; i < base.size(); i++) {
                first.putIfAbsent(base.get(i).id().value(), base.get(i));
                firstAt.putIfAbsent(base.get(i).id().value(), Definition.inBase("/actors/" + i));
              }
              List<Redefinition> redefinitions = new ArrayList<>();
              for (int s = 0; s < sets.size(); s++) {
                for (int i = 0; i < sets.get(s).size(); i++) {
                  Actor a = sets.get(s).get(i);
                  String id = a.id().value();
                  if (!first.containsKey(id)) {
                    first.put(id, a);
                    firstAt.put(id, Definition.inSet(s, "/actors/" + i));
                    expected.add(a);
                  } else if (!first.get(id).equals(a)) {
                    redefinitions.add(
                        Redefinition.of(
                            "actor", id, firstAt.get(id), Definition.inSet(s, "/actors/" + i)));
                  }
                }
              }
              assertThat(composed.model().actors()).isEqualTo(expected);
              assertThat(composed.redefinitions()).isEqualTo(redefinitions);
              for (int i = 0; i < expected.size(); i++) {
                Definition d = composed.definitionOf("/actors/" + i);
                List<Actor> source = d.set().isPresent() ? sets.get(d.set().getAsInt()) : base;
                int index = Integer.parseInt(d.pointer().substring("/actors/".length()));
                assertThat(source.get(index)).isEqualTo(expected.get(i));
              }
              assertThat(composed.definitionOf("/actors/" + expected.size()).set())
                  .isEqualTo(OptionalInt.empty());
            });
  }

  /** Lists of actors drawn from three ids and two names, so that ids recur, alike or not. */
  private static Gen<List<Actor>> actors() {
    Gen<Actor> actor =
        integers()
            .between(0, 2)
            .zip(
                integers().between(0, 1),
                (id, name) -> Actor.builder().id("A" + id).name("name " + name).build());
    return lists().of(actor).ofSizeBetween(0, 4);
  }
}
