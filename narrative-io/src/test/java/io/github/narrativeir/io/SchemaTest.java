package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.base.Strings;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of {@code narrative-model/1}, checked with a real validator: it is itself a valid
 * 2020-12 schema, the resource and {@code docs/} hold the same bytes, every model file of the
 * repository is valid against it, and known-bad documents are not.
 */
class SchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-model-1.schema.json";

  /**
   * Deliberately malformed fixtures: those of the reader tests (the schema is tried on them below)
   * and the examples of docs/ERRORS.md. Other fixtures that are invalid on purpose sit in
   * directories named {@code invalid}.
   */
  private static final List<String> BROKEN_FIXTURES =
      List.of(
          "src/test/resources/read/",
          "src/test/resources/import-errors/",
          "src/test/resources/cli-errors/");

  private static final Pattern MODEL_FORMAT =
      Pattern.compile("(?m)^\\s*\"?format\"?\\s*:\\s*[\"']?narrative-model/1[\"']?\\s*,?\\s*$");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(schemaTree());

  private static JsonNode schemaTree() {
    try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository: the nearest directory above this module that holds {@code .git}. */
  static Path repositoryRoot() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    // Not a checkout (a source archive): the aggregator project above the module.
    return module.getParent();
  }

  /** Every YAML or JSON file of the repository whose format is narrative-model/1. */
  static List<Path> modelFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> root.relativize(f).toString().matches(".*\\.(ya?ml|json)"))
          .filter(f -> !excluded(root.relativize(f)))
          .filter(SchemaTest::isModel)
          .sorted()
          .forEach(files::add);
    }
    return files;
  }

  private static boolean excluded(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.equals("target") || name.equals("invalid") || name.startsWith(".")) {
        return true;
      }
    }
    return brokenOnPurpose(relative);
  }

  /** Whether {@code relative} (to the repository) is one of the fixtures broken on purpose. */
  static boolean brokenOnPurpose(Path relative) {
    String path = relative.toString().replace('\\', '/');
    return BROKEN_FIXTURES.stream().anyMatch(path::contains);
  }

  private static boolean isModel(Path file) {
    try {
      return MODEL_FORMAT.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      return false; // not UTF-8 text: not a model file
    }
  }

  private static JsonNode tree(String name, String text) throws IOException {
    return (name.endsWith(".json") ? JSON : YAML).readTree(text);
  }

  private static List<String> errors(String name, String text) throws IOException {
    return SCHEMA.validate(tree(name, text)).stream().map(Error::toString).toList();
  }

  @Test
  void schema_isAValid2020_12Schema() {
    // The validator resolves the meta-schema from its own jar, not from the network.
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(schemaTree())).isEmpty();
    assertThat(meta.validate(((ObjectNode) schemaTree()).put("type", 5)))
        .as("the meta-schema check is not vacuous")
        .isNotEmpty();
  }

  @Test
  void resource_isTheSchemaInDocs() throws IOException {
    byte[] resource;
    try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
      resource = in.readAllBytes();
    }

    assertThat(repositoryRoot().resolve("docs/narrative-model-1.schema.json"))
        .hasBinaryContent(resource);
  }

  @Test
  void everyModelFileOfTheRepository_isValid() throws IOException {
    Path root = repositoryRoot();
    List<Path> files = modelFiles(root);

    assertThat(files)
        .as("the scan finds the conformance cases")
        .anySatisfy(f -> assertThat(f).endsWith(Path.of("conformance/frontline.yaml")))
        .anySatisfy(f -> assertThat(f).endsWith(Path.of("conformance/random-42.json")));
    for (Path file : files) {
      assertThat(errors(file.toString(), Files.readString(file)))
          .as("schema errors in %s", root.relativize(file))
          .isEmpty();
    }
  }

  @Test
  void modelWrittenByTheWriter_isValid() throws IOException {
    LoadedModel loaded =
        ModelReader.create()
            .read(
                "frontline.yaml",
                SchemaTest.class.getResourceAsStream("/conformance/frontline.yaml"));

    for (Format format : Format.values()) {
      String text = ModelWriter.toText(loaded.model(), format);
      assertThat(errors(format == Format.JSON ? "m.json" : "m.yaml", text))
          .as("%s", format)
          .isEmpty();
    }
  }

  private static final String MINIMAL =
      "format: narrative-model/1\nactors: [{id: PK}]\nsituations: [{id: s1, from: 2001}]\n"
          + "concepts: [{id: c1, holder: PK}]\n";

  @Test
  void minimalModel_isValid() throws IOException {
    assertThat(errors("m.yaml", MINIMAL)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001", "\"2001\"", "2001-09", "2001-09-11", "\"0999\"", "1999-12-31"})
  void dates_ofEachPrecision_areValid(String date) throws IOException {
    assertThat(errors("m.yaml", MINIMAL.replace("from: 2001", "from: " + date))).isEmpty();
  }

  /** A document that the schema rejects, and the JSON Pointer of the value it names. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown top-level field | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\nfeedback: true | ",
        "missing concepts        | format: narrative-model/1\\nactors: []\\nsituations: [] | ",
        "wrong format tag        | format: narrative-model/2\\nactors: []\\nsituations: []\\nconcepts: [] | /format",
        "concept-set tag         | format: narrative-concepts/1\\nactors: []\\nsituations: []\\nconcepts: [] | /format",
        "malformed id            | format: narrative-model/1\\nactors: [{id: p k}]\\nsituations: []\\nconcepts: [] | /actors/0/id",
        "empty id                | format: narrative-model/1\\nactors: [{id: ''}]\\nsituations: []\\nconcepts: [] | /actors/0/id",
        "date 2001-9             | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 2001-9}]\\nconcepts: [] | /situations/0/from",
        "month 13                | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 2001-13}]\\nconcepts: [] | /situations/0/from",
        "three-digit year        | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 999}]\\nconcepts: [] | /situations/0/from",
        "missing from            | format: narrative-model/1\\nactors: []\\nsituations: [{id: s}]\\nconcepts: [] | /situations/0",
        "unknown kind            | format: narrative-model/1\\nactors: [{id: PK, kind: country}]\\nsituations: []\\nconcepts: [] | /actors/0/kind",
        "unknown mode            | format: narrative-model/1\\nactors: []\\npractices: [{id: p, mode: cooperative}]\\nsituations: []\\nconcepts: [] | /practices/0/mode",
        "priority not integer    | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, priority: 1.5}] | /concepts/0/priority",
        "priority over 32 bits   | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, priority: 3000000000}] | /concepts/0/priority",
        "zero weight             | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, prescribes: [{practice: p, weight: 0}]}] | /concepts/0/prescribes/0/weight",
        "string weight           | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, prescribes: [{practice: p, weight: heavy}]}] | /concepts/0/prescribes/0/weight",
        "list expected           | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, highlights: a}] | /concepts/0/highlights",
        "mapping expected        | format: narrative-model/1\\nactors: [PK]\\nsituations: []\\nconcepts: [] | /actors/0",
        "unknown trigger field   | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, when: {some: [a]}}] | /concepts/0/when",
        "construal without to    | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, construes: [{from: [a]}]}] | /concepts/0/construes/0",
        "blank evidence source   | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, evidence: [{source: ' '}]}] | /concepts/0/evidence/0/source",
        "paraphrase as string    | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: [{id: c, holder: PK, evidence: [{source: s, paraphrase: 'true'}]}] | /concepts/0/evidence/0/paraphrase",
        "unknown change          | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\nobservations: [{actor: PK, practice: p, situation: s, change: begun}] | /observations/0/change",
        "occurred as string      | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\nobservations: [{actor: PK, practice: p, situation: s, occurred: 'false'}] | /observations/0/occurred",
        "occurred false + change | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\nobservations: [{actor: PK, practice: p, situation: s, change: started, occurred: false}] | /observations/0/occurred",
        "observation w/o actor   | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\nobservations: [{practice: p, situation: s}] | /observations/0",
        "interaction as string   | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\noptions: {interaction: 'no'} | /options/interaction",
        "unknown option          | format: narrative-model/1\\nactors: []\\nsituations: []\\nconcepts: []\\noptions: {feedback: true} | /options",
        "provenance unknown key  | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 2001, aspects: [a], provenance: [{aspect: a, source: x, rows: 3}]}]\\nconcepts: [] | /situations/0/provenance/0",
        "provenance w/o source   | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 2001, aspects: [a], provenance: [{aspect: a}]}]\\nconcepts: [] | /situations/0/provenance/0",
        "provenance empty source | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 2001, aspects: [a], provenance: [{aspect: a, source: ''}]}]\\nconcepts: [] | /situations/0/provenance/0/source",
        "provenance malformed id | format: narrative-model/1\\nactors: []\\nsituations: [{id: s, from: 2001, aspects: [a], provenance: [{aspect: 'a b', source: x}]}]\\nconcepts: [] | /situations/0/provenance/0/aspect",
      })
  void knownBadDocument_isRejected(String what, String text, String pointer) throws IOException {
    List<Error> errors = SCHEMA.validate(tree("m.yaml", text.replace("\\n", "\n")));

    assertThat(errors).as(what).isNotEmpty();
    assertThat(errors)
        .as(what)
        .anySatisfy(
            e ->
                assertThat(e.getInstanceLocation().toString())
                    .isEqualTo(Strings.nullToEmpty(pointer)));
  }

  /** Reader fixtures whose problem the schema can see, too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-field.yaml",
        "unknown-field.json",
        "missing-required.yaml",
        "missing-top-level.json",
        "expected-list.yaml",
        "expected-mapping.yaml",
        "expected-integer.yaml",
        "expected-boolean.yaml",
        "malformed-id.yaml",
        "malformed-date.yaml",
        "wrong-format.yaml",
        "concept-set.yaml",
        "many-problems.yaml",
        "provenance-entry.yaml",
        "negative-change.yaml"
      })
  void readerFixture_rejectedByTheReader_isRejectedByTheSchemaToo(String file) throws IOException {
    assertThat(errors(file, new String(ModelReaderErrorsTest.bytes(file), UTF_8))).isNotEmpty();
  }

  /** What only the reader sees: references, unique ids, date order; warnings are no errors. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "dangling-holder.yaml",
        "duplicate-id.yaml",
        "to-before-from.yaml",
        "warnings.yaml",
        "bad-provenance.yaml",
        "disagreeing-sources.yaml"
      })
  void readerFixture_wellFormedButInvalid_isValidForTheSchema(String file) throws IOException {
    assertThat(errors(file, new String(ModelReaderErrorsTest.bytes(file), UTF_8))).isEmpty();
  }

  /**
   * The reader and the schema agree on every form of an observation's {@code occurred}: each
   * accepts exactly what the other does. ({@code occurred: null} is left out: the reader takes a
   * null as an absent field, for every field, where the schema wants the field's type.)
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "absent                  | {actor: PK, practice: p, situation: s1}                               | true",
        "true                    | {actor: PK, practice: p, situation: s1, occurred: true}               | true",
        "false                   | {actor: PK, practice: p, situation: s1, occurred: false}              | true",
        "false with a target     | {actor: PK, practice: p, target: PK, situation: s1, occurred: false}  | true",
        "True (YAML)             | {actor: PK, practice: p, situation: s1, occurred: True}               | true",
        "no (YAML 1.1 false)     | {actor: PK, practice: p, situation: s1, occurred: no}                 | true",
        "n (a string)            | {actor: PK, practice: p, situation: s1, occurred: n}                  | false",
        "change, absent          | {actor: PK, practice: p, situation: s1, change: started}              | true",
        "change, true            | {actor: PK, practice: p, situation: s1, change: stopped, occurred: true} | true",
        "change, false           | {actor: PK, practice: p, situation: s1, change: started, occurred: false} | false",
        "false before change     | {actor: PK, practice: p, situation: s1, occurred: false, change: stopped} | false",
        "maybe                   | {actor: PK, practice: p, situation: s1, occurred: maybe}              | false",
        "1                       | {actor: PK, practice: p, situation: s1, occurred: 1}                  | false",
        "0                       | {actor: PK, practice: p, situation: s1, occurred: 0}                  | false",
        "quoted false            | {actor: PK, practice: p, situation: s1, occurred: 'false'}            | false",
        "quoted true             | {actor: PK, practice: p, situation: s1, occurred: \"true\"}           | false",
        "empty string            | {actor: PK, practice: p, situation: s1, occurred: ''}                 | false",
        "list                    | {actor: PK, practice: p, situation: s1, occurred: [false]}            | false",
        "mapping                 | {actor: PK, practice: p, situation: s1, occurred: {value: false}}     | false",
        "misspelt key            | {actor: PK, practice: p, situation: s1, occured: false}               | false",
      })
  void observationVariant_readerAcceptsIt_exactlyWhenTheSchemaDoes(
      String what, String observation, boolean valid) throws IOException {
    String text =
        "format: narrative-model/1\nactors: [{id: PK}]\npractices: [{id: p}]\n"
            + "situations: [{id: s1, from: 2001}]\nconcepts: []\nobservations:\n  - "
            + observation
            + "\n";
    String json = JSON.writeValueAsString(YAML.readTree(text));

    for (Format format : Format.values()) {
      String name = format == Format.JSON ? "m.json" : "m.yaml";
      String written = format == Format.JSON ? json : text;
      boolean readerAccepts;
      try {
        ModelReader.create().read(name, written.getBytes(UTF_8), format);
        readerAccepts = true;
      } catch (ModelFormatException e) {
        readerAccepts = false;
      }
      assertThat(readerAccepts).as("the reader accepts %s in %s", what, format).isEqualTo(valid);
      assertThat(errors(name, written))
          .as("schema errors for %s in %s", what, format)
          .hasSize(valid ? 0 : 1);
    }
  }
}
