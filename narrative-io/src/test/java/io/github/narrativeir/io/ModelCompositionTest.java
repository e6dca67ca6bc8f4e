package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSets;
import io.github.narrativeir.model.InvalidModelException;
import io.github.narrativeir.model.Model;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composing a model with concept sets from Java ({@link ModelComposition}): the same rule and the
 * same messages whichever way the sets come (included by the model, given as files, read from a
 * stream, written in Java).
 */
class ModelCompositionTest {
  private static final String MODEL =
      "format: narrative-model/1\n"
          + "actors:\n"
          + "  - {id: US, name: United States}\n"
          + "  - {id: PK, name: Pakistan}\n"
          + "practices: [{id: aid, label: Aid, mode: cooperation}]\n"
          + "situations: [{id: s, from: 2001}]\n"
          + "concepts:\n"
          + "  - {id: us.own, holder: US, prescribes: [{practice: aid, target: PK}]}\n";

  /** Repeats the model's actor PK exactly. */
  private static final String SAME =
      "format: narrative-concepts/1\n"
          + "name: same\n"
          + "actors:\n"
          + "  - {id: PK, name: Pakistan}\n"
          + "concepts:\n"
          + "  - {id: pk.set, holder: PK, prescribes: [{practice: aid, target: US}]}\n";

  /** Defines the model's actor PK differently, on line 3, column 5. */
  private static final String OTHER =
      "format: narrative-concepts/1\n"
          + "actors:\n"
          + "  - {id: PK, name: Islamic Republic of Pakistan}\n"
          + "concepts: []\n";

  @TempDir Path dir;
  private Path model;
  private Path same;
  private Path other;

  @BeforeEach
  void files() throws IOException {
    model = Files.writeString(dir.resolve("case.yaml"), MODEL);
    same = Files.writeString(dir.resolve("same.concepts.yaml"), SAME);
    other = Files.writeString(dir.resolve("other.concepts.yaml"), OTHER);
  }

  private String conflict() {
    return other
        + ":3:5: actor 'PK' is defined differently in "
        + model
        + ":4:5; an id defined in two files must be defined identically (at /actors/0)";
  }

  @Test
  void identicalRedefinition_inAFile_isAccepted_once() throws IOException {
    LoadedModel loaded =
        ModelComposition.builder().addConceptSet(same).replaceConcepts(true).build().read(model);

    assertThat(loaded.model().actors()).extracting(a -> a.id().value()).containsExactly("US", "PK");
    assertThat(loaded.model().concepts()).extracting(c -> c.id().value()).containsExactly("pk.set");
  }

  @Test
  void identicalRedefinition_inAJavaSet_isAccepted_once() throws IOException {
    ConceptSet set =
        ConceptSet.builder().addActors(Actor.builder().id("PK").name("Pakistan").build()).build();

    LoadedModel loaded = ModelComposition.builder().addConceptSet(set).build().read(model);

    assertThat(loaded.model().actors()).extracting(a -> a.id().value()).containsExactly("US", "PK");
    assertThat(loaded.model().concepts()).extracting(c -> c.id().value()).containsExactly("us.own");
  }

  @Test
  void differentRedefinition_inAFile_isRejected_withTheSameMessage_onEveryPath()
      throws IOException {
    Path including =
        Files.writeString(
            dir.resolve("including.yaml"), MODEL + "include: [other.concepts.yaml]\n");
    List<List<String>> paths = new ArrayList<>();
    paths.add(rendered(() -> ModelReader.create().read(model, List.of(other))));
    paths.add(
        rendered(
            () ->
                ModelComposition.builder()
                    .addConceptSet(other)
                    .replaceConcepts(true)
                    .build()
                    .read(model)));
    paths.add(rendered(() -> ModelComposition.builder().addConceptSet(other).build().read(model)));
    paths.add(
        rendered(
            () ->
                ModelComposition.builder()
                    .addConceptSet(other)
                    .replaceConcepts(true)
                    .build()
                    .read(model.toString(), new ByteArrayInputStream(MODEL.getBytes(UTF_8)))));
    String fromInclude = conflict().replace(model + ":", including + ":");

    assertThat(paths).allSatisfy(p -> assertThat(p).containsExactly(conflict()));
    assertThat(rendered(() -> ModelReader.create().read(including))).containsExactly(fromInclude);
    assertThat(rendered(() -> ModelComposition.builder().build().read(including)))
        .containsExactly(fromInclude);
  }

  @Test
  void differentRedefinition_hasItsCode() {
    assertThatThrownBy(() -> ModelComposition.builder().addConceptSet(other).build().read(model))
        .isInstanceOf(ModelFormatException.class)
        .satisfies(
            e -> assertThat(((ModelFormatException) e).code()).isEqualTo(ProblemCode.REDEFINITION));
  }

  @Test
  void differentRedefinition_twiceInOneFile_namesTheFirstLine() throws IOException {
    Path twice =
        Files.writeString(
            dir.resolve("twice.concepts.yaml"),
            "format: narrative-concepts/1\nactors:\n  - {id: IN}\n  - {id: IN, name: India}\nconcepts: []\n");

    assertThat(rendered(() -> ModelComposition.builder().addConceptSet(twice).build().read(model)))
        .containsExactly(
            twice
                + ":4:5: actor 'IN' is defined twice in this file, differently (first at"
                + " line 3, column 5); an id defined twice must be defined identically (at /actors/1)");
  }

  @Test
  void differentRedefinition_inAJavaSet_isRejected_asConceptSetsRejectsIt() throws IOException {
    ConceptSet set =
        ConceptSet.builder()
            .name("hawkish")
            .addActors(Actor.builder().id("PK").name("Islamic Republic of Pakistan").build())
            .build();
    Model read = ModelReader.create().read(model).model();
    String expected = captured(() -> ConceptSets.replaceConcepts(read, List.of(set)));

    assertThat(
            captured(
                () ->
                    ModelComposition.builder()
                        .addConceptSet(set)
                        .replaceConcepts(true)
                        .build()
                        .read(model)))
        .isEqualTo(expected)
        .isEqualTo(
            "error: /actors: actor 'PK' in concept set 'hawkish' is defined differently"
                + " elsewhere; an id defined twice must be defined identically");
  }

  @Test
  void javaSets_replacingConcepts_comeBeforeTheFilesConcepts() throws IOException {
    ConceptSet set =
        ConceptSet.builder()
            .addConcepts(Concept.builder().id("us.java").holder("US").build())
            .build();

    LoadedModel loaded =
        ModelComposition.builder()
            .addConceptSet(same)
            .addConceptSet(set)
            .replaceConcepts(true)
            .build()
            .read(model);

    assertThat(loaded.model().concepts())
        .extracting(c -> c.id().value())
        .containsExactly("us.java", "pk.set");
  }

  @Test
  void setsNotReplacing_joinTheModelsConcepts() throws IOException {
    ConceptSet set =
        ConceptSet.builder()
            .addConcepts(Concept.builder().id("us.java").holder("US").build())
            .build();

    LoadedModel loaded =
        ModelComposition.builder().addConceptSet(same).addConceptSet(set).build().read(model);

    assertThat(loaded.model().concepts())
        .extracting(c -> c.id().value())
        .containsExactly("us.own", "pk.set", "us.java");
  }

  @Test
  void replacingWithNoSets_leavesNoConcepts() throws IOException {
    assertThat(
            ModelComposition.builder().replaceConcepts(true).build().read(model).model().concepts())
        .isEmpty();
    assertThat(ModelComposition.builder().build().read(model))
        .isEqualTo(ModelReader.create().read(model));
  }

  @Test
  void aJavaSetThatDoesNotFit_isRejected_afterTheWarningsAreTold() throws IOException {
    Path warned =
        Files.writeString(
            dir.resolve("warned.yaml"),
            MODEL
                .replace("target: PK}", "target: PK}], highlights: [x, x")
                .replace("practices:", "aspects: [{id: x}]\npractices:"));
    ConceptSet set =
        ConceptSet.builder()
            .addConcepts(Concept.builder().id("pk.java").holder("NOPE").build())
            .build();
    List<Problem> told = new ArrayList<>();
    ModelComposition composition =
        ModelComposition.builder().addConceptSet(set).warningListener(told::add).build();

    assertThatThrownBy(() -> composition.read(warned))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("holder 'NOPE' is not a declared actor");
    assertThat(told).extracting(Problem::code).containsExactly(ProblemCode.DUPLICATE_ENTRY);
  }

  @Test
  void aConceptSetGivenAsTheModel_saysSo_withoutNamingACommandLineOption() {
    assertThatThrownBy(() -> ModelComposition.builder().build().read(same))
        .isInstanceOf(ModelFormatException.class)
        .satisfies(
            e ->
                assertThat(((ModelFormatException) e).problems())
                    .filteredOn(p -> p.code() == ProblemCode.CONCEPT_SET_AS_MODEL)
                    .map(Problem::render)
                    .containsExactly(
                        same
                            + ":1:9: expected 'format: narrative-model/1', found"
                            + " 'narrative-concepts/1' (a concept set cannot be read as a model) (at /format)"));
  }

  @Test
  void theReadersLimits_applyToEveryFile() {
    ModelReader small =
        ModelReader.create().withLimits(ReadLimits.defaults().withMaxDocumentBytes(60));

    assertThatThrownBy(
            () ->
                ModelComposition.builder()
                    .reader(small)
                    .addConceptSet(other)
                    .build()
                    .read(
                        Files.writeString(dir.resolve("tiny.yaml"), "format: narrative-model/1\n")))
        .isInstanceOf(ModelFormatException.class)
        .satisfies(
            e ->
                assertThat(((ModelFormatException) e).problems())
                    .extracting(Problem::code)
                    .contains(ProblemCode.LIMIT_DOCUMENT_BYTES));
  }

  @Test
  void builder_isReusable_andWhatItBuiltDoesNotChange() {
    ModelComposition.Builder builder = ModelComposition.builder().addConceptSet(same);
    ModelComposition first = builder.build();
    ModelComposition second = builder.addConceptSet(other).replaceConcepts(true).build();

    assertThat(first.conceptSetFiles()).containsExactly(same);
    assertThat(first.replacesConcepts()).isFalse();
    assertThat(second.conceptSetFiles()).containsExactly(same, other);
    assertThat(second.replacesConcepts()).isTrue();
  }

  /** What reading does. */
  private interface Read {
    Object read() throws IOException;
  }

  /** The problems of a read that must fail with a {@link ModelFormatException}, rendered. */
  private static List<String> rendered(Read read) {
    try {
      read.read();
    } catch (ModelFormatException e) {
      return e.problems().stream().map(Problem::render).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("read without a problem");
  }

  /** The report of a composition that must fail with an {@link InvalidModelException}, rendered. */
  private static String captured(Read read) throws IOException {
    try {
      read.read();
    } catch (InvalidModelException e) {
      return e.report().render();
    }
    throw new AssertionError("composed without a problem");
  }
}
