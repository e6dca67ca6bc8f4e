package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSets;
import io.github.narrativeir.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** include: in models and concept sets, and concept set files as first-class values. */
class ConceptSetIncludeTest {
  private static final ModelReader READER = ModelReader.create();

  @TempDir Path temp;

  @Test
  void includes_resolveRelativeToTheIncludingFile_recursively_eachFileOnce() throws Exception {
    Model model = READER.read(ConceptSetCompositionTest.file("includes/case.yaml")).model();

    assertThat(model.concepts())
        .extracting(c -> c.id().value())
        .containsExactly("us.base", "pk.transit", "us.aid");
    assertThat(model.practices())
        .extracting(p -> p.id().value())
        .containsExactly("aid", "transit", "strike");
  }

  @Test
  void includeOrder_doesNotChangeTheResult() throws Exception {
    Model a = READER.read(ConceptSetCompositionTest.file("includes/case.yaml")).model();
    Model b = READER.read(ConceptSetCompositionTest.file("includes/case-reordered.yaml")).model();

    assertThat(ResultWriter.toJson(NarrativeEngine.create().infer(b)))
        .isEqualTo(ResultWriter.toJson(NarrativeEngine.create().infer(a)));
  }

  @Test
  void includeCycle_isAnErrorNamingTheChain() {
    Path model = ConceptSetCompositionTest.file("invalid/cycle/model.yaml");
    Path b = ConceptSetCompositionTest.file("invalid/cycle/b.concepts.yaml");

    assertThatThrownBy(() -> READER.read(model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            b
                + ":3:11: include cycle: a.concepts.yaml -> b.concepts.yaml -> a.concepts.yaml"
                + " (at /include/0)");
  }

  @Test
  void conceptSetFile_readAndWrittenBack_isEqual() throws Exception {
    ConceptSet set = READER.readConceptSet(ConceptSetCompositionTest.file("realist.concepts.yaml"));
    for (Format format : Format.values()) {
      Path copy = temp.resolve("copy." + format.name().toLowerCase(java.util.Locale.ROOT));
      Files.writeString(copy, ModelWriter.toText(set, format));

      assertThat(READER.readConceptSet(copy)).isEqualTo(set);
    }
    assertThat(set.name()).contains("A realist reading of the toy");
    assertThat(set.concepts()).hasSize(2);
  }

  @Test
  void conceptSetFromFile_composesInJavaLikeOnTheCommandLine() throws Exception {
    Model base = READER.read(ConceptSetCompositionTest.file("base.yaml")).model();
    ConceptSet realist =
        READER.readConceptSet(ConceptSetCompositionTest.file("realist.concepts.yaml"));

    Model viaJava = ConceptSets.replaceConcepts(base, List.of(realist));
    Model viaFiles =
        READER
            .read(
                ConceptSetCompositionTest.file("base.yaml"),
                List.of(ConceptSetCompositionTest.file("realist.concepts.yaml")))
            .model();

    assertThat(viaJava).isEqualTo(viaFiles);
  }
}
