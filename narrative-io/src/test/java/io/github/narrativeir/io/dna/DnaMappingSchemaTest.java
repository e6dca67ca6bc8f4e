package io.github.narrativeir.io.dna;

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
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON Schema of {@code narrative-dna/1}: shipped twice with the same bytes, a valid 2020-12
 * schema, the mappings of the documentation obey it, and it agrees with the mapping reader on
 * mappings both accept and on mappings both reject.
 */
class DnaMappingSchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-dna-1.schema.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = REGISTRY.getSchema(schemaTree());

  @TempDir Path temp;

  private static JsonNode schemaTree() {
    try (InputStream in = DnaMappingSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String yaml) throws IOException {
    return SCHEMA.validate(YAML.readTree(yaml)).stream().map(Error::toString).toList();
  }

  private DnaMapping read(String yaml) throws IOException {
    return DnaMappingReader.read(DnaCase.write(temp, "m.yaml", yaml), ReadLimits.defaults());
  }

  @Test
  void resource_isTheSchemaInDocs() throws IOException {
    byte[] resource;
    try (InputStream in = DnaMappingSchemaTest.class.getResourceAsStream(RESOURCE)) {
      resource = in.readAllBytes();
    }

    assertThat(DocRegion.repositoryRoot().resolve("docs/narrative-dna-1.schema.json"))
        .hasBinaryContent(resource);
  }

  @Test
  void schema_isAValid2020_12Schema() {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(meta.validate(schemaTree())).isEmpty();
  }

  @Test
  void mappingsOfTheDocumentation_areValid_andRead() throws IOException {
    String page = Files.readString(DocRegion.repositoryRoot().resolve("docs/DNA.md"));
    Matcher blocks =
        Pattern.compile("```yaml\n(format: narrative-dna/1\n.*?)```", Pattern.DOTALL).matcher(page);
    int n = 0;
    while (blocks.find()) {
      n++;
      String mapping = blocks.group(1);
      assertThat(errors(mapping)).as(mapping).isEmpty();
      assertThatCode(() -> read(mapping)).as(mapping).doesNotThrowAnyException();
    }
    assertThat(n).as("mappings in docs/DNA.md").isGreaterThanOrEqualTo(2);
  }

  /** Mappings the reader accepts, using each feature: the schema accepts them too. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "least                | variables: {organization: o, concept: c}\\nconcepts: {X: x}",
        "every variable       | variables: {organization: o, concept: c, speaker: p, agreement: a}\\ndisagreement: counter-evidence\\nconcepts: {X: x}",
        "skip                 | variables: {organization: o, concept: c}\\ndisagreement: skip\\nconcepts: {X: x}",
        "attribute and map    | variables: {organization: o, concept: c}\\norganizations: {attribute: Alias, map: {A: PK, 'Government of B': US}}\\nconcepts: {X: x}",
        "empty organizations  | variables: {organization: o, concept: c}\\norganizations: {}\\nconcepts: {X: x}",
        "per actor            | variables: {organization: o, concept: c}\\nconcepts: {X: {PK: pk.x, US: us.x}, Y: y}",
      })
  void mappingTheReaderAccepts_isValidForTheSchema(String what, String body) throws IOException {
    String mapping =
        "format: narrative-dna/1\nstatementType: DNA Statement\n"
            + body.replace("\\n", "\n")
            + "\n";

    assertThatCode(() -> read(mapping)).as(what).doesNotThrowAnyException();
    assertThat(errors(mapping)).as(what).isEmpty();
  }

  /** Mappings that both the reader and the schema reject. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "wrong format             | format: narrative-dna/2\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {X: x}",
        "no statement type        | format: narrative-dna/1\\nvariables: {organization: o, concept: c}\\nconcepts: {X: x}",
        "blank statement type     | format: narrative-dna/1\\nstatementType: ' '\\nvariables: {organization: o, concept: c}\\nconcepts: {X: x}",
        "unknown top key          | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {X: x}\\ntable: t.csv",
        "no concept variable      | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o}\\nconcepts: {X: x}",
        "unknown variable key     | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c, person: p}\\nconcepts: {X: x}",
        "unknown disagreement     | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c, agreement: a}\\ndisagreement: keep\\nconcepts: {X: x}",
        "counter without agree    | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\ndisagreement: counter-evidence\\nconcepts: {X: x}",
        "no concepts              | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}",
        "empty concepts           | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {}",
        "malformed concept id     | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {X: 'a b'}",
        "malformed actor key      | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {X: {'P K': x}}",
        "empty per actor          | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {X: {}}",
        "concept as a list        | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\nconcepts: {X: [x]}",
        "malformed actor in map   | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\norganizations: {map: {A: 'P K'}}\\nconcepts: {X: x}",
        "unknown organizations key| format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\norganizations: {by: name}\\nconcepts: {X: x}",
        "map as a list            | format: narrative-dna/1\\nstatementType: S\\nvariables: {organization: o, concept: c}\\norganizations: {map: [PK]}\\nconcepts: {X: x}",
      })
  void mappingTheReaderRejects_isRejectedByTheSchemaToo(String what, String body)
      throws IOException {
    String mapping = body.replace("\\n", "\n") + "\n";

    assertThatThrownBy(() -> read(mapping)).as(what).isInstanceOf(ModelFormatException.class);
    assertThat(errors(mapping)).as(what).isNotEmpty();
  }
}
