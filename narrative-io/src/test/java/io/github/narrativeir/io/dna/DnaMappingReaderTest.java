package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.ReadLimits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping reader is strict and located whatever the mapping holds: JSON as YAML, a key written
 * twice, YAML aliases and tags, more than one document, and a mapping over a read limit.
 */
class DnaMappingReaderTest {
  @TempDir Path temp;

  private List<Problem> problems(String name, String text, ReadLimits limits) throws Exception {
    Path file = DnaCase.write(temp, name, text);
    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> DnaMappingReader.read(file, limits));
    assertThat(e).as("%s is refused", name).isNotNull();
    return e.problems();
  }

  private List<Problem> problems(String text) throws Exception {
    return problems("m.yaml", text, ReadLimits.defaults());
  }

  @Test
  void jsonMapping_isReadAsTheYamlOne() throws Exception {
    String json =
        "{\"format\": \"narrative-dna/1\", \"statementType\": \"DNA Statement\","
            + " \"variables\": {\"organization\": \"organization\", \"concept\": \"concept\","
            + " \"speaker\": \"person\", \"agreement\": \"agreement\"},"
            + " \"disagreement\": \"counter-evidence\","
            + " \"organizations\": {\"map\": {\"Government of Pakistan\": \"PK\","
            + " \"US Government\": \"US\"}},"
            + " \"concepts\": {\"Frontline state\": \"pk.frontline-state\","
            + " \"Pakistan first\": \"pk.pakistan-first\","
            + " \"War on terror\": \"us.war-on-terror\"}}";

    DnaMapping fromJson =
        DnaMappingReader.read(DnaCase.write(temp, "m.json", json), ReadLimits.defaults());
    DnaMapping fromYaml =
        DnaMappingReader.read(
            DnaCase.write(temp, "m.yaml", DnaCase.MAPPING), ReadLimits.defaults());

    assertThat(fromJson.concepts()).isEqualTo(fromYaml.concepts());
    assertThat(fromJson.organizations()).isEqualTo(fromYaml.organizations());
    assertThat(fromJson.counterEvidence()).isTrue();
    assertThat(fromJson.speaker().orElseThrow().name()).isEqualTo("person");
  }

  @Test
  void keyWrittenTwice_isLocatedAtTheSecond() throws Exception {
    List<Problem> p =
        problems(DnaCase.MAPPING.replace("disagreement:", "statementType: X\ndisagreement:"));

    assertThat(p)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(ProblemCode.DUPLICATE_KEY);
              assertThat(d.line()).isEqualTo(8);
              assertThat(d.message()).isEqualTo("duplicate key 'statementType' (first at line 2)");
            });
  }

  @Test
  void yamlAliasesAndTags_andASecondDocument_areRefused() throws Exception {
    assertThat(problems(DnaCase.MAPPING + "extra: &a x\nmore: *a\n"))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.YAML_ALIAS);
    assertThat(problems(DnaCase.MAPPING.replace("DNA Statement", "!!python/object DNA Statement")))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.YAML_TAG);
    assertThat(problems(DnaCase.MAPPING + "---\nformat: narrative-dna/1\n"))
        .extracting(Problem::code, Problem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.MULTIPLE_DOCUMENTS, 18));
  }

  @Test
  void syntaxError_isLocated() throws Exception {
    assertThat(problems("format: narrative-dna/1\nconcepts: {a: [b\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCode.SYNTAX);
              assertThat(p.line()).isPositive();
            });
  }

  @Test
  void mappingOverALimit_isRefused_namingTheLimit() throws Exception {
    assertThat(problems("m.yaml", DnaCase.MAPPING, ReadLimits.defaults().withMaxDocumentBytes(100)))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.LIMIT_DOCUMENT_BYTES);
    assertThat(problems("m.yaml", DnaCase.MAPPING, ReadLimits.defaults().withMaxValues(10)))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.LIMIT_VALUES);
    assertThat(
            problems(
                "m.yaml",
                "format: narrative-dna/1\nconcepts: " + "[".repeat(50) + "]".repeat(50) + "\n",
                ReadLimits.defaults().withMaxNestingDepth(10)))
        .extracting(Problem::code)
        .containsExactly(ProblemCode.SYNTAX);
  }
}
