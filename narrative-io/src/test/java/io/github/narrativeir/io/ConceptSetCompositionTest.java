package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Model;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model read with its concepts replaced by concept sets (narrative-concepts/1). */
class ConceptSetCompositionTest {
  private static final ModelReader READER = ModelReader.create();

  static Path file(String name) {
    try {
      return Path.of(ConceptSetCompositionTest.class.getResource("/compose/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void conceptSets_replaceTheModelsConcepts_andMergeTheirPractices() throws Exception {
    Model model =
        READER
            .read(
                file("base.yaml"),
                List.of(file("realist.concepts.yaml"), file("extra.concepts.yaml")))
            .model();

    assertThat(model.concepts())
        .extracting(c -> c.id().value())
        .containsExactly("pk.balance-india", "us.self-help", "pk.aid-for-transit");
    assertThat(model.practices()).extracting(p -> p.id().value()).endsWith("balance");
    assertThat(model.situations()).hasSize(3);
    assertThat(model.observations()).hasSize(5);
    assertThat(NarrativeEngine.create().infer(model).predictions())
        .extracting(Prediction::practice)
        .extracting(p -> p.value())
        .contains("balance", "strike");
  }

  @Test
  void identicalDefinitionInTwoFiles_isMergedOnce() throws Exception {
    // extra.concepts.yaml repeats the model's actor PK exactly as the model defines it
    Model model = READER.read(file("base.yaml"), List.of(file("extra.concepts.yaml"))).model();

    assertThat(model.actors()).extracting(a -> a.id().value()).containsExactly("US", "PK", "TB");
  }

  @Test
  void noConceptSets_readsTheModelAsItIs() throws Exception {
    assertThat(READER.read(file("base.yaml"), List.of()).model())
        .isEqualTo(READER.read(file("base.yaml")).model());
  }

  @Test
  void conflictsAndErrorsInASet_areLocatedInTheSetFile() {
    Path set = file("invalid/conflicting.concepts.yaml");

    assertThatThrownBy(() -> READER.read(file("base.yaml"), List.of(set)))
        .isInstanceOf(ModelFormatException.class)
        .extracting(
            e -> ((ModelFormatException) e).problems().stream().map(Problem::render).toList())
        .asList()
        .containsExactly(
            set
                + ":3:5: actor 'PK' is defined differently in "
                + file("base.yaml")
                + ":5:5; an id defined in two files must be defined identically (at /actors/0)",
            set
                + ":6:13: concept 'pk.x': holder 'PKK' is not a declared actor; did you mean 'PK'?"
                + " (at /concepts/0/holder)",
            set
                + ":8:11: cannot include 'other.concepts.yaml': no such file ("
                + set.getParent().resolve("other.concepts.yaml")
                + ") (at /include/0)");
  }

  @Test
  void modelGivenAsConceptSet_isRejected() {
    assertThatThrownBy(() -> READER.read(file("base.yaml"), List.of(file("base.yaml"))))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(
            "expected 'format: narrative-concepts/1', found 'narrative-model/1' (a model cannot be"
                + " read as a concept set)");
  }
}
