package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Schema of {@code narrative-mapping/1}: shipped twice with the same bytes, a valid
 * 2020-12 schema, every mapping of the repository obeys it, and it agrees with the mapping reader
 * on mappings both accept and on mappings both reject.
 */
class MappingSchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-mapping-1.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(schemaTree());

  @TempDir Path temp;

  private static JsonNode schemaTree() {
    try (InputStream in = MappingSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String yaml) throws IOException {
    return SCHEMA.validate(YAML.readTree(yaml)).stream().map(Error::toString).toList();
  }

  /** Writes a table with the columns the mappings below use, and the mapping; returns its path. */
  private Path write(String mapping) throws IOException {
    Files.writeString(temp.resolve("t.csv"), "date,y,m,d,code,amount\n2001-06-01,2001,6,1,s,3\n");
    Path file = temp.resolve("m.mapping.yaml");
    Files.writeString(file, mapping);
    return file;
  }

  @Test
  void resource_isTheSchemaInDocs() throws IOException {
    byte[] resource;
    try (InputStream in = MappingSchemaTest.class.getResourceAsStream(RESOURCE)) {
      resource = in.readAllBytes();
    }

    assertThat(SchemaTest.repositoryRoot().resolve("docs/narrative-mapping-1.schema.json"))
        .hasBinaryContent(resource);
  }

  @Test
  void schema_isAValid2020_12Schema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(schemaTree())).isEmpty();
  }

  @Test
  void everyMappingOfTheRepository_isValid() throws IOException {
    Path root = SchemaTest.repositoryRoot();
    List<Path> mappings = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".mapping.yaml"))
          .filter(f -> !SchemaTest.brokenOnPurpose(root.relativize(f)))
          .filter(
              f -> {
                for (Path part : root.relativize(f)) {
                  String name = part.toString();
                  if (name.equals("target") || name.equals("invalid") || name.startsWith(".")) {
                    return false;
                  }
                }
                return true;
              })
          .sorted()
          .forEach(mappings::add);
    }

    assertThat(mappings)
        .anySatisfy(f -> assertThat(f).endsWith(Path.of("import/strikes.mapping.yaml")));
    for (Path mapping : mappings) {
      assertThat(errors(Files.readString(mapping)))
          .as("schema errors in %s", root.relativize(mapping))
          .isEmpty();
    }
  }

  @Test
  void invalidMappingFixture_isRejectedByTheSchemaToo() throws IOException {
    Path root = SchemaTest.repositoryRoot();
    Path bad = root.resolve("narrative-io/src/test/resources/import/invalid/bad.mapping.yaml");

    assertThat(errors(Files.readString(bad))).isNotEmpty();
  }

  /** Mappings the reader accepts, using each feature: the schema accepts them too. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "one column         | date: {column: date}\\nrules: [{aspect: a}]",
        "fiscal years       | date: {column: y, precision: fiscal-year}\\nrules: [{aspect: a}]",
        "split columns      | date: {year: y, month: m, day: d}\\nrules: [{aspect: a}]",
        "year column only   | date: {year: y}\\nrules: [{aspect: a}]",
        "periods bounded    | date: {column: date}\\nperiods: {every: quarter, from: 2001, to: 2002-06}\\nrules: [{aspect: a}]",
        "periods year bound | date: {column: date}\\nperiods: {every: month, from: 2001-09-11}\\nrules: [{aspect: a}]",
        "tab delimiter      | delimiter: tab\\ndate: {column: date}\\nrules: [{aspect: a}]",
        "every condition    | date: {column: date}\\nrules: [{name: r, where: [{column: code, equals: s}, {column: code, in: [s, 1]}, {column: code, matches: '^s$'}, {column: amount, atLeast: 1}, {column: amount, above: 0.5}, {column: amount, atMost: 9}, {column: amount, below: 10}], aspect: a}]",
        "threshold          | date: {column: date}\\nrules: [{threshold: {count: 2, sum: amount, atLeast: 1.5}, observation: {actor: US, practice: p, target: PK}}]",
      })
  void mappingTheReaderAccepts_isValidForTheSchema(String what, String body) throws IOException {
    String mapping =
        "format: narrative-mapping/1\ntable: t.csv\n" + body.replace("\\n", "\n") + "\n";

    assertThatCode(() -> MappingReader.read(write(mapping))).as(what).doesNotThrowAnyException();
    assertThat(errors(mapping)).as(what).isEmpty();
  }

  /** Mappings that both the reader and the schema reject. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "wrong format         | format: narrative-mapping/2\\ntable: t.csv\\ndate: {column: date}\\nrules: [{aspect: a}]",
        "unknown top key      | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{aspect: a}]\\nsheet: 1",
        "no rules             | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: []",
        "two-char delimiter   | format: narrative-mapping/1\\ntable: t.csv\\ndelimiter: ';;'\\ndate: {column: date}\\nrules: [{aspect: a}]",
        "column and year      | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date, year: y}\\nrules: [{aspect: a}]",
        "neither column/year  | format: narrative-mapping/1\\ntable: t.csv\\ndate: {precision: day}\\nrules: [{aspect: a}]",
        "day without month    | format: narrative-mapping/1\\ntable: t.csv\\ndate: {year: y, day: d}\\nrules: [{aspect: a}]",
        "precision with year  | format: narrative-mapping/1\\ntable: t.csv\\ndate: {year: y, precision: year}\\nrules: [{aspect: a}]",
        "month with column    | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date, month: m}\\nrules: [{aspect: a}]",
        "unknown precision    | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date, precision: week}\\nrules: [{aspect: a}]",
        "unknown every        | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nperiods: {every: week}\\nrules: [{aspect: a}]",
        "malformed from       | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nperiods: {every: year, from: 2001-9}\\nrules: [{aspect: a}]",
        "rule adds nothing    | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{name: r}]",
        "two operators        | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{where: [{column: code, equals: s, matches: s}], aspect: a}]",
        "no operator          | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{where: [{column: code}], aspect: a}]",
        "atLeast not a number | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{where: [{column: amount, atLeast: lots}], aspect: a}]",
        "count 0              | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{threshold: {count: 0}, aspect: a}]",
        "count negative       | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{threshold: {count: -3}, aspect: a}]",
        "sum without atLeast  | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{threshold: {sum: amount}, aspect: a}]",
        "atLeast without sum  | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{threshold: {atLeast: 3}, aspect: a}]",
        "observation no actor | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{observation: {practice: p}}]",
        "malformed aspect id  | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{aspect: 'a b'}]",
        "unknown rule key     | format: narrative-mapping/1\\ntable: t.csv\\ndate: {column: date}\\nrules: [{aspect: a, when: x}]",
      })
  void mappingTheReaderRejects_isRejectedByTheSchemaToo(String what, String body)
      throws IOException {
    String mapping = body.replace("\\n", "\n") + "\n";
    Path file = write(mapping);

    assertThatThrownBy(() -> MappingReader.read(file))
        .as(what)
        .isInstanceOf(ModelFormatException.class);
    assertThat(errors(mapping)).as(what).isNotEmpty();
  }
}
