package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per class of error the reader reports, each with its exact rendered message: {@code
 * FILE:LINE:COLUMN: message (at /pointer)}. The fixtures are the small files under {@code
 * src/test/resources/read/}; they are read as {@code read/NAME}, so that messages name them so.
 */
class ModelReaderErrorsTest {
  private static final String ALLOWED_CONCEPT_FIELDS =
      "(allowed: id, holder, label, priority, when, construes, highlights, occludes, prescribes,"
          + " proscribes, evidence)";

  /** Reads the fixture, which must fail, and returns its problems rendered. */
  private static List<String> problems(String file) {
    ModelFormatException e = failure(file);
    return e.problems().stream().map(Problem::render).toList();
  }

  private static ModelFormatException failure(String file) {
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(file));
    assertThat(e).as("reading %s fails", file).isNotNull();
    return e;
  }

  private static LoadedModel read(String file) throws ModelFormatException {
    return ModelReader.create()
        .read("read/" + file, bytes(file), Format.fromFileName(Path.of(file)).orElseThrow());
  }

  static byte[] bytes(String file) {
    try (InputStream in = ModelReaderErrorsTest.class.getResourceAsStream("/read/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture read/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void unknownField_namesFieldClosestAndAllowed() {
    assertThat(problems("unknown-field.yaml"))
        .containsExactly(
            "read/unknown-field.yaml:7:5: unknown field 'priorty' in concept 'pk.strategic-depth';"
                + " did you mean 'priority'? "
                + ALLOWED_CONCEPT_FIELDS
                + " (at /concepts/0/priorty)");
  }

  @Test
  void unknownField_inJson_locatedAtTheKey() {
    assertThat(problems("unknown-field.json"))
        .containsExactly(
            "read/unknown-field.json:3:44: unknown field 'nmae' in actor 'PK'; did you mean 'name'?"
                + " (allowed: id, name, kind) (at /actors/0/nmae)");
  }

  @Test
  void missingRequiredField_locatedAtItsMapping() {
    assertThat(problems("missing-required.yaml"))
        .containsExactly(
            "read/missing-required.yaml:4:5: situation 'post-9-11' is missing the required field"
                + " 'from' (at /situations/0)");
  }

  @Test
  void missingRequiredTopLevelField_locatedAtTheDocument() {
    assertThat(problems("missing-top-level.json"))
        .containsExactly(
            "read/missing-top-level.json:1:1: the model is missing the required field 'concepts'");
  }

  @Test
  void wrongType_listExpected() {
    assertThat(problems("expected-list.yaml"))
        .containsExactly(
            "read/expected-list.yaml:8:17: expected a list for 'highlights' in concept 'c1', found"
                + " the string 'us-ultimatum' (at /concepts/0/highlights)");
  }

  @Test
  void wrongType_mappingExpected() {
    // The unreadable actor is left out, so the holder that names it dangles: reported too.
    assertThat(problems("expected-mapping.yaml"))
        .containsExactly(
            "read/expected-mapping.yaml:3:5: expected an actor (a mapping), found the string 'PK'"
                + " (at /actors/0)",
            "read/expected-mapping.yaml:7:13: concept 'c1': holder 'PK' is not a declared actor"
                + " (at /concepts/0/holder)",
            "read/expected-mapping.yaml:8:11: expected a trigger (a mapping), found a list"
                + " (at /concepts/0/when)");
  }

  @Test
  void wrongType_integerExpectedForPriority() {
    assertThat(problems("expected-integer.yaml"))
        .containsExactly(
            "read/expected-integer.yaml:5:36: expected a 32-bit integer for 'priority' in concept"
                + " 'c1', found the string 'high' (at /concepts/0/priority)",
            "read/expected-integer.yaml:6:36: expected a 32-bit integer for 'priority' in concept"
                + " 'c2', found the number 1.5 (at /concepts/1/priority)",
            "read/expected-integer.yaml:7:36: expected a 32-bit integer for 'priority' in concept"
                + " 'c3', found the number 3000000000 (at /concepts/2/priority)");
  }

  @Test
  void wrongType_booleanExpected() {
    assertThat(problems("expected-boolean.yaml"))
        .containsExactly(
            "read/expected-boolean.yaml:7:48: expected true or false for 'paraphrase' in evidence of"
                + " concept 'c1', found the string 'true' (at /concepts/0/evidence/0/paraphrase)",
            "read/expected-boolean.yaml:9:16: expected true or false for 'interaction' in"
                + " 'options', found the string 'maybe' (at /options/interaction)",
            "read/expected-boolean.yaml:12:55: expected true or false for 'occurred' in"
                + " observation at /observations/0, found the string 'maybe'"
                + " (at /observations/0/occurred)",
            "read/expected-boolean.yaml:13:55: expected true or false for 'occurred' in"
                + " observation at /observations/1, found the number 1"
                + " (at /observations/1/occurred)",
            "read/expected-boolean.yaml:14:55: expected true or false for 'occurred' in"
                + " observation at /observations/2, found the string 'false'"
                + " (at /observations/2/occurred)");
  }

  @Test
  void occurred_notABoolean_inJson_locatedAndNamingTheAllowedValues() {
    String json =
        "{\"format\": \"narrative-model/1\", \"actors\": [{\"id\": \"PK\"}],\n"
            + " \"practices\": [{\"id\": \"p\"}], \"situations\": [{\"id\": \"s1\", \"from\": 2001}],\n"
            + " \"concepts\": [], \"observations\": [\n"
            + "  {\"actor\": \"PK\", \"practice\": \"p\", \"situation\": \"s1\", \"occurred\": \"false\"},\n"
            + "  {\"actor\": \"PK\", \"practice\": \"p\", \"situation\": \"s1\", \"occurred\": 0},\n"
            + "  {\"actor\": \"PK\", \"practice\": \"p\", \"situation\": \"s1\", \"occurred\": [false]}]}\n";

    ModelFormatException e =
        catchThrowableOfType(
            ModelFormatException.class,
            () ->
                ModelReader.create()
                    .read("m.json", json.getBytes(StandardCharsets.UTF_8), Format.JSON));

    assertThat(e.problems())
        .map(Problem::render)
        .containsExactly(
            "m.json:4:67: expected true or false for 'occurred' in observation at /observations/0,"
                + " found the string 'false' (at /observations/0/occurred)",
            "m.json:5:67: expected true or false for 'occurred' in observation at /observations/1,"
                + " found the number 0 (at /observations/1/occurred)",
            "m.json:6:67: expected true or false for 'occurred' in observation at /observations/2,"
                + " found a list (at /observations/2/occurred)");
  }

  @Test
  void malformedId() {
    assertThat(problems("malformed-id.yaml"))
        .containsExactly(
            "read/malformed-id.yaml:5:9: concept 'pk strategic depth': 'id': malformed concept id"
                + " 'pk strategic depth': an id is a non-empty string of ASCII letters, digits,"
                + " '.', '-', '_' and ':' (at /concepts/0/id)");
  }

  @Test
  void malformedDate() {
    assertThat(problems("malformed-date.yaml"))
        .containsExactly(
            "read/malformed-date.yaml:4:20: situation 's1': 'from': malformed date '2001-9':"
                + " expected YYYY, YYYY-MM or YYYY-MM-DD (such as 2001, 2001-09 or 2001-09-11)"
                + " (at /situations/0/from)");
  }

  @Test
  void wrongFormatTag() {
    assertThat(problems("wrong-format.yaml"))
        .containsExactly(
            "read/wrong-format.yaml:1:9: expected 'format: narrative-model/1', found"
                + " 'narrative-model/2' (at /format)");
  }

  @Test
  void conceptSetTag_saysAConceptSetIsNotAModel() {
    assertThat(problems("concept-set.yaml"))
        .containsExactly(
            "read/concept-set.yaml:1:9: expected 'format: narrative-model/1', found"
                + " 'narrative-concepts/1' (a concept set cannot be read as a model) (at /format)");
  }

  @Test
  void duplicateKey_locatedAtTheSecondWithTheFirstLine() {
    assertThat(problems("duplicate-key.yaml"))
        .containsExactly(
            "read/duplicate-key.yaml:8:5: duplicate key 'label' (first at line 7)"
                + " (at /concepts/0/label)");
  }

  @Test
  void yamlTag_reportedAsWritten() {
    // The tagged value is a list, which is also not a label: both are said.
    assertThat(problems("python-tag.yaml"))
        .containsExactly(
            "read/python-tag.yaml:7:12: YAML tag '!!python/object/apply:os.system' is not allowed in"
                + " a model file; remove it (at /concepts/0/label)",
            "read/python-tag.yaml:7:12: expected a string for 'label' in concept 'c1', found a list"
                + " (at /concepts/0/label)");
  }

  @Test
  void weight_infinityNanAndString() {
    String expected =
        "expected a finite decimal number for 'weight' in 'prescribes' of concept 'c1', found ";
    assertThat(problems("bad-weights.yaml"))
        .containsExactly(
            "read/bad-weights.yaml:9:45: "
                + expected
                + "the number .inf"
                + " (at /concepts/0/prescribes/0/weight)",
            "read/bad-weights.yaml:10:45: "
                + expected
                + "the number .nan"
                + " (at /concepts/0/prescribes/1/weight)",
            "read/bad-weights.yaml:11:45: "
                + expected
                + "the string 'heavy'"
                + " (at /concepts/0/prescribes/2/weight)");
  }

  @Test
  void syntaxError_json() {
    assertThat(problems("syntax.json"))
        .containsExactly(
            "read/syntax.json:4:3: syntax error: Unexpected character ('\"' (code 34)): was"
                + " expecting comma to separate Object entries");
  }

  @Test
  void syntaxError_json_unclosed_namesWhereTheObjectStarts() {
    ModelFormatException e =
        catchThrowableOfType(
            ModelFormatException.class,
            () ->
                ModelReader.create()
                    .read(
                        "in.json",
                        "{\"format\": \"x\"".getBytes(StandardCharsets.UTF_8),
                        Format.JSON));
    assertThat(e.problems())
        .map(Problem::render)
        .containsExactly(
            "in.json:1:15: syntax error: Unexpected end-of-input: expected close marker for Object"
                + " (start marker at line 1, column 1)");
  }

  @Test
  void syntaxError_yaml_onOneLineWithoutSnippets() {
    assertThat(problems("syntax.yaml"))
        .containsExactly(
            "read/syntax.yaml:3:1: syntax error: expected ',' or ']', but got <scalar> (while"
                + " parsing a flow sequence that starts at line 2, column 9)");
  }

  @Test
  void emptyDocument() {
    assertThat(problems("empty.yaml"))
        .containsExactly(
            "read/empty.yaml:1:1: the document is empty; expected a mapping with"
                + " 'format: narrative-model/1'");
  }

  @Test
  void twoYamlDocuments() {
    assertThat(problems("two-documents.yaml"))
        .containsExactly(
            "read/two-documents.yaml:6:1: the file holds more than one document; expected exactly"
                + " one");
  }

  @Test
  void validatorError_danglingHolder_locatedInTheFile() {
    assertThat(problems("dangling-holder.yaml"))
        .containsExactly(
            "read/dangling-holder.yaml:6:13: concept 'c1': holder 'PAK' is not a declared actor;"
                + " did you mean 'PK'? (at /concepts/0/holder)");
  }

  @Test
  void validatorError_duplicateId_locatedAtTheSecond() {
    assertThat(problems("duplicate-id.yaml"))
        .containsExactly(
            "read/duplicate-id.yaml:5:10: actor 'PK' is declared more than once (first at"
                + " /actors/0) (at /actors/2/id)");
  }

  @Test
  void validatorError_toBeforeFrom() {
    assertThat(problems("to-before-from.yaml"))
        .containsExactly(
            "read/to-before-from.yaml:6:9: situation 's1': 'to' 2001-08-31 ends before 'from'"
                + " 2001-09 begins (at /situations/0/to)");
  }

  @Test
  void validatorError_provenanceOfAnAspectTheSituationLacks_andBlankSource_locatedInTheFile() {
    assertThat(problems("bad-provenance.yaml"))
        .containsExactly(
            "read/bad-provenance.yaml:10:18: situation 's1': provenance names aspect 'us-ultimatm',"
                + " which is not one of the situation's aspects; did you mean 'us-ultimatum'?"
                + " (at /situations/0/provenance/1/aspect)",
            "read/bad-provenance.yaml:11:40: situation 's1': provenance of 'us-ultimatum' has a blank"
                + " source (at /situations/0/provenance/2/source)");
  }

  @Test
  void validatorError_negativeEvidenceWithAChange_locatedAtOccurred() {
    assertThat(problems("negative-change.yaml"))
        .containsExactly(
            "read/negative-change.yaml:7:97: observation of 'PK' 'permit-transit' to 'US' in 's2':"
                + " 'occurred: false' cannot go with 'change: stopped' (a practice that did not"
                + " occur neither started nor stopped); give the change, or a plain negative"
                + " observation (at /observations/0/occurred)");
  }

  @Test
  void warning_disagreeingSources_locatedAtTheLaterObservation_andTheModelIsRead()
      throws Exception {
    LoadedModel loaded = read("disagreeing-sources.yaml");

    assertThat(loaded.model().observations())
        .extracting(Observation::occurred)
        .containsExactly(true, false);
    assertThat(loaded.warnings())
        .map(Problem::render)
        .containsExactly(
            "read/disagreeing-sources.yaml:8:68: warning: observation of 'PK' 'permit-transit' in"
                + " 's1': the sources disagree: this one says it did not occur, the observation at"
                + " /observations/0 (source 'Musharraf, memoir') says it occurred; both are scored"
                + " (at /observations/1/occurred)");
  }

  @Test
  void warning_disagreeingSources_onAnObservationWithoutOccurred_locatedAtTheObservation()
      throws Exception {
    String yaml =
        "format: narrative-model/1\nactors: [{id: PK}]\npractices: [{id: p}]\n"
            + "situations: [{id: s1, from: 2001}]\nconcepts: []\nobservations:\n"
            + "  - {actor: PK, practice: p, situation: s1, occurred: false}\n"
            + "  - {actor: PK, practice: p, situation: s1}\n";

    LoadedModel loaded =
        ModelReader.create().read("m.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML);

    assertThat(loaded.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.line()).isEqualTo(8);
              assertThat(w.column()).isEqualTo(5);
              assertThat(w.pointer()).isEqualTo("/observations/1");
              assertThat(w.message()).contains("this one says it occurred", "/observations/0");
            });
  }

  @Test
  void provenanceEntries_unknownFieldMissingFieldAndWrongType_located() {
    // the valid entry after a malformed one is still checked, and located at its own line
    String f = "read/provenance-entry.yaml:";
    assertThat(problems("provenance-entry.yaml"))
        .containsExactly(
            f
                + "9:9: provenance of situation 's1' is missing the required field 'source'"
                + " (at /situations/0/provenance/0)",
            f
                + "9:21: unknown field 'sorce' in provenance of situation 's1'; did you mean 'source'?"
                + " (allowed: aspect, source) (at /situations/0/provenance/0/sorce)",
            f
                + "10:18: situation 's1': provenance names aspect 'b', which is not one of the"
                + " situation's aspects (at /situations/0/provenance/1/aspect)",
            f
                + "11:9: expected a provenance entry (a mapping), found a list"
                + " (at /situations/0/provenance/2)",
            f
                + "12:9: provenance of situation 's1' is missing the required field 'aspect'"
                + " (at /situations/0/provenance/3)");
  }

  @Test
  void warnings_sayWarningAndDoNotFailTheRead() throws Exception {
    LoadedModel loaded = read("warnings.yaml");

    assertThat(loaded.model().concepts()).hasSize(1);
    assertThat(loaded.warnings()).extracting(Problem::severity).containsExactly(Severity.WARNING);
    assertThat(loaded.warnings())
        .map(Problem::render)
        .containsExactly(
            "read/warnings.yaml:9:18: warning: concept 'c1': aspect 'us-ultimatm' is not declared,"
                + " not construed by any concept and not an interaction aspect; the closest"
                + " declared or construed id is 'us-ultimatum' (at /concepts/0/highlights/0)");
  }

  @Test
  void everyProblemOfAFile_reportedTogetherInDocumentOrder() {
    ModelFormatException e = failure("many-problems.yaml");
    String f = "read/many-problems.yaml:";

    List<String> expected =
        List.of(
            f
                + "3:20: expected one of state, non-state, organization for 'kind' in actor 'PK',"
                + " found 'country' (at /actors/0/kind)",
            f
                + "6:29: expected one of cooperation, coercion, neutral for 'mode' in practice type"
                + " 'aid', found 'cooperative' (at /practices/0/mode)",
            f
                + "8:20: situation 's1': 'from': malformed date '2001-9': expected YYYY, YYYY-MM or"
                + " YYYY-MM-DD (such as 2001, 2001-09 or 2001-09-11) (at /situations/0/from)",
            f
                + "8:52: situation 's1': aspect 'us-ultimatun' is not declared; did you mean"
                + " 'us-ultimatum'? (at /situations/0/aspects/1)",
            f
                + "11:13: concept 'c1': holder 'PAK' is not a declared actor; did you mean 'PK'?"
                + " (at /concepts/0/holder)",
            f
                + "12:15: expected a 32-bit integer for 'priority' in concept 'c1', found the string"
                + " 'high' (at /concepts/0/priority)",
            f
                + "13:18: warning: concept 'c1': aspect 'us-ultimatm' is not declared, not construed"
                + " by any concept and not an interaction aspect; the closest declared or"
                + " construed id is 'us-ultimatum' (at /concepts/0/highlights/0)",
            f
                + "14:54: concept 'c1': weight -1 of practice 'aid' is not positive"
                + " (at /concepts/0/prescribes/0/weight)",
            f
                + "16:43: observation of 'PK' 'aid' in 's2': situation 's2' is not declared; did you"
                + " mean 's1'? (at /observations/0/situation)",
            f
                + "16:55: expected one of started, stopped for 'change' in observation at"
                + " /observations/0, found 'begun' (at /observations/0/change)",
            f
                + "17:24: expected true or false for 'interaction' in 'options', found the string"
                + " 'maybe' (at /options/interaction)",
            f
                + "17:31: unknown field 'feedback' in 'options' (allowed: interaction)"
                + " (at /options/feedback)");
    assertThat(e.problems()).map(Problem::render).containsExactlyElementsOf(expected);
    assertThat(e.getMessage()).isEqualTo(String.join("\n", expected));
    assertThat(e.errors()).hasSize(expected.size() - 1);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(20);
    assertThat(e.pointer()).isEqualTo("/actors/0/kind");
  }

  @Test
  void readFromPath_namesTheFileAsGiven() throws Exception {
    Path file =
        Path.of(ModelReaderErrorsTest.class.getResource("/read/dangling-holder.yaml").toURI());

    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> ModelReader.create().read(file));

    assertThat(e.problems())
        .map(Problem::render)
        .containsExactly(
            file
                + ":6:13: concept 'c1': holder 'PAK' is not a declared actor; did you mean 'PK'?"
                + " (at /concepts/0/holder)");
  }
}
