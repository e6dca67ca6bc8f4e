package io.github.narrativeir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelComposition;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.InvalidModelException;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Trigger;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's example of composing readings from Java ({@link ModelComposition}), from outside the
 * library's packages, kept true: a reading from a file and one written in Java replace a case's
 * concepts, and every problem has a code.
 */
class ReadmeCompositionExampleTest {
  private static Path file(String name) throws URISyntaxException {
    return Path.of(ReadmeCompositionExampleTest.class.getResource("/compose/" + name).toURI());
  }

  /**
   * Stands for {@code ConceptSets.provided().get("hawkish")}: no provider is on this class path.
   */
  private static ConceptSet hawkish() {
    return ConceptSet.builder()
        .name("hawkish")
        .addConcepts(
            Concept.builder()
                .id("us.hawk")
                .holder("US")
                .when(Trigger.builder().anyOf("insurgency").build())
                .addPrescribes(Prescription.of("strike", "PK"))
                .build())
        .build();
  }

  @Test
  void readmeExample_composesAFileAndAJavaReading_withACase() throws Exception {
    ModelComposition realist =
        ModelComposition.builder()
            .addConceptSet(file("realist.concepts.yaml")) // a narrative-concepts/1 file
            .addConceptSet(hawkish()) // a set written in Java
            .replaceConcepts(true) // instead of the case's own concepts
            .build();
    Inference result = null;
    try {
      LoadedModel loaded = realist.read(file("base.yaml"));
      result = NarrativeEngine.create().infer(loaded.model());
    } catch (ModelFormatException e) { // a file is not valid, or the files do not combine
      e.problems().forEach(p -> System.err.println(p.render()));
    } catch (InvalidModelException e) { // a Java set does not combine with the files
      System.err.println(e.report().render());
    }

    assertThat(result).isNotNull();
    assertThat(result.predictions())
        .extracting(p -> p.practice().value())
        .contains("balance", "strike");
  }

  @Test
  void readmeExample_problemsHaveCodes() {
    try {
      ModelComposition.builder().build().read(file("realist.concepts.yaml"));
    } catch (ModelFormatException e) {
      assertThat(e.problems()).anyMatch(p -> p.code() == ProblemCode.CONCEPT_SET_AS_MODEL);
      return;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("a concept set was read as a model");
  }
}
