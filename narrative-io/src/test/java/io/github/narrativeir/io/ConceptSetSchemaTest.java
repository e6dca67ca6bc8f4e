package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON Schema of narrative-concepts/1: shipped twice, and every concept set file obeys it. */
class ConceptSetSchemaTest {
  static final String RESOURCE = "/io/github/narrativeir/io/narrative-concepts-1.schema.json";
  private static final Pattern FORMAT =
      Pattern.compile("(?m)^\\s*\"?format\"?\\s*:\\s*[\"']?narrative-concepts/1[\"']?\\s*,?\\s*$");

  private static JsonNode schemaTree() throws IOException {
    try (InputStream in = ConceptSetSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void resource_isTheSchemaInDocs() throws IOException {
    byte[] resource;
    try (InputStream in = ConceptSetSchemaTest.class.getResourceAsStream(RESOURCE)) {
      resource = in.readAllBytes();
    }

    assertThat(SchemaTest.repositoryRoot().resolve("docs/narrative-concepts-1.schema.json"))
        .hasBinaryContent(resource);
  }

  @Test
  void everyConceptSetOfTheRepository_isValid_andAModelIsNot() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaTree());
    Path root = SchemaTest.repositoryRoot();
    List<Path> sets = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(f -> f.toString().matches(".*\\.(ya?ml|json)"))
          .filter(
              f ->
                  !f.toString().contains("/target/")
                      && !f.toString().contains("/invalid/")
                      && !f.toString().contains("/.")
                      && !f.toString().contains("src/test/resources/read/"))
          .filter(
              f -> {
                try {
                  return FORMAT.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                  return false;
                }
              })
          .sorted()
          .forEach(sets::add);
    }

    assertThat(sets)
        .anySatisfy(f -> assertThat(f).endsWith(Path.of("models/realist.concepts.yaml")));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Path set : sets) {
      assertThat(
              schema.validate(yaml.readTree(set.toFile())).stream().map(Error::toString).toList())
          .as("schema errors in %s", root.relativize(set))
          .isEmpty();
    }
    JsonNode model =
        yaml.readTree(SchemaTest.class.getResourceAsStream("/conformance/frontline.yaml"));
    assertThat(schema.validate(model)).isNotEmpty();
  }
}
