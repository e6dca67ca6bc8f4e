package io.github.narrativeir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.NarrativeCli;
import io.github.narrativeir.io.ModelComposition;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSets;
import io.github.narrativeir.model.Model;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reading written in Java ({@link HawkishReading}, found on the class path) composed with a case
 * and a concept-set file, as {@code --concepts FILE --reading hawkish} composes them.
 */
class ReadingCompositionTest {
  private static final Path CASE = ExampleFiles.model("agreed-framework.yaml");
  private static final Path CONCEPTS = ExampleFiles.model("agreed-framework.concepts.yaml");

  @Test
  void fileAndJavaReading_replaceTheConcepts_javaReadingFirst() throws Exception {
    ConceptSet hawkish = ConceptSets.provided().get("hawkish");
    Model files = ModelReader.create().read(CASE, List.of(CONCEPTS)).model();

    Model composed =
        ModelComposition.builder()
            .addConceptSet(CONCEPTS)
            .addConceptSet(hawkish)
            .replaceConcepts(true)
            .build()
            .read(CASE)
            .model();

    assertThat(composed)
        .isEqualTo(
            ConceptSets.replaceConcepts(
                files, List.of(hawkish, ConceptSet.builder().concepts(files.concepts()).build())));
    assertThat(composed.concepts().get(0)).isEqualTo(hawkish.concepts().get(0));
  }

  @Test
  void aReadingThatRedefinesAConceptOfAFile_isRefusedOnTheCommandLine(@TempDir Path dir)
      throws Exception {
    ConceptSet hawkish = ConceptSets.provided().get("hawkish");
    String id = hawkish.concepts().get(0).id().value();
    Path rival =
        Files.writeString(
            dir.resolve("rival.concepts.yaml"),
            "format: narrative-concepts/1\nconcepts:\n  - {id: " + id + ", holder: US}\n");

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        NarrativeCli.run(
            new String[] {
              "validate", CASE.toString(), "--concepts", rival.toString(), "--reading", "hawkish"
            },
            InputStream.nullInputStream(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "narrative: the readings do not combine with the model:\n"
                + "error: /concepts: concept '"
                + id
                + "' in concept set 1 is defined differently elsewhere;"
                + " an id defined twice must be defined identically\n");
  }
}
