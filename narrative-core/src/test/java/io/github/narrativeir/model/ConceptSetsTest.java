package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptSetsTest {
  private static final Model CASE =
      Model.builder()
          .addActors(Actor.of("US"), Actor.of("PK"))
          .addPractices(PracticeType.of("aid", "Aid", PracticeMode.COOPERATION))
          .addSituations(Situation.builder().id("s1").from("2001").build())
          .addConcepts(Concept.builder().id("us.own").holder("US").build())
          .build();

  private static final ConceptSet READING =
      ConceptSet.builder()
          .name("reading")
          .addActors(Actor.of("PK"))
          .addPractices(PracticeType.of("strike", "Strike", PracticeMode.COERCION))
          .addConcepts(
              Concept.builder()
                  .id("us.strike")
                  .holder("US")
                  .addPrescribes(Prescription.of("strike", "PK"))
                  .build())
          .build();

  @Test
  void replaceConcepts_swapsTheConcepts_andMergesIdenticalDefinitions() {
    Model model = ConceptSets.replaceConcepts(CASE, List.of(READING));

    assertThat(model.concepts()).extracting(c -> c.id().value()).containsExactly("us.strike");
    assertThat(model.actors()).extracting(a -> a.id().value()).containsExactly("US", "PK");
    assertThat(model.practices()).extracting(p -> p.id().value()).containsExactly("aid", "strike");
    assertThat(ModelValidator.validate(model).isValid()).isTrue();
  }

  @Test
  void compose_keepsTheModelsConcepts() {
    assertThat(ConceptSets.compose(CASE, List.of(READING)).concepts())
        .extracting(c -> c.id().value())
        .containsExactly("us.own", "us.strike");
  }

  @Test
  void conflictingDefinitions_areReportedTogether() {
    ConceptSet other =
        ConceptSet.builder()
            .name("other")
            .addActors(Actor.builder().id("PK").name("Islamic Republic of Pakistan").build())
            .addConcepts(Concept.builder().id("us.strike").holder("PK").build())
            .build();

    assertThatThrownBy(() -> ConceptSets.replaceConcepts(CASE, List.of(READING, other)))
        .isInstanceOf(InvalidModelException.class)
        .satisfies(
            e ->
                assertThat(((InvalidModelException) e).report().errors())
                    .extracting(Diagnostic::message)
                    .containsExactly(
                        "actor 'PK' in concept set 'other' is defined differently elsewhere; an id defined"
                            + " twice must be defined identically",
                        "concept 'us.strike' in concept set 'other' is defined differently elsewhere; an id"
                            + " defined twice must be defined identically"));
  }

  @Test
  void provided_isEmptyWithoutProvidersOnTheClassPath() {
    assertThat(ConceptSets.provided()).isEmpty();
  }
}
