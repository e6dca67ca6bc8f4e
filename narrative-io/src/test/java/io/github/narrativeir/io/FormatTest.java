package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.narrativeir.model.Model;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which format a file or stream is read in: by the file's extension, else by its content (as for
 * standard input), and reading from a stream in either format.
 */
class FormatTest {
  private static final String YAML =
      "format: narrative-model/1\nactors: [{id: PK}]\nsituations: [{id: s, from: 2001}]\n"
          + "concepts: [{id: c, holder: PK}]\n";
  private static final String JSON =
      "{\"format\": \"narrative-model/1\", \"actors\": [{\"id\": \"PK\"}],"
          + " \"situations\": [{\"id\": \"s\", \"from\": \"2001\"}],"
          + " \"concepts\": [{\"id\": \"c\", \"holder\": \"PK\"}]}";

  @ParameterizedTest
  @CsvSource({
    "model.json, JSON",
    "MODEL.JSON, JSON",
    "model.yaml, YAML",
    "model.yml, YAML",
    "Model.Yml, YAML",
    "dir.json/model.yaml, YAML",
  })
  void fromFileName_extensionNamesTheFormat(String name, Format format) {
    assertThat(Format.fromFileName(Path.of(name))).contains(format);
  }

  @ParameterizedTest
  @CsvSource({"model", "model.txt", "model.json.bak", "json", "model.yaml~", ".yaml.swp"})
  void fromFileName_otherExtension_namesNone(String name) {
    assertThat(Format.fromFileName(Path.of(name))).isEmpty();
  }

  @Test
  void fromFileName_pathWithoutAFileName_namesNone() {
    assertThat(Format.fromFileName(Path.of("/"))).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                                   | JSON",
        "'  \\n\\t {\"format\": 1}'           | JSON",
        "'\\uFEFF{}'                          | JSON",
        "'\\uFEFF \\r\\n{}'                   | JSON",
        "format: narrative-model/1            | YAML",
        "'# a comment\\n{}'                   | YAML",
        "'---\\n{}'                           | YAML",
        "[1, 2]                               | YAML",
        "''                                   | YAML",
        "'  \\n '                             | YAML",
        "'\"format\": x'                      | YAML",
      })
  void detect_byTheFirstCharacterThatIsNotWhiteSpace(String content, Format format) {
    String text =
        content
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\r", "\r")
            .replace("\\uFEFF", "\uFEFF");

    assertThat(Format.detect(text.getBytes(UTF_8))).isEqualTo(format);
  }

  @Test
  void detect_lookingOnlyAtTheHead_ofALargeDocument() {
    byte[] content = (" ".repeat(5000) + "{}").getBytes(UTF_8);

    assertThat(Format.detect(content)).as("blank head of 4096 characters").isEqualTo(Format.YAML);
  }

  private static Model read(String source, String text) throws Exception {
    try (InputStream in = new ByteArrayInputStream(text.getBytes(UTF_8))) {
      return ModelReader.create().read(source, in).model();
    }
  }

  @Test
  void readStream_yamlAndJson_giveTheSameModel() throws Exception {
    Model fromYaml = read("<stdin>", YAML);
    Model fromJson = read("<stdin>", JSON);

    assertThat(fromJson).isEqualTo(fromYaml);
    assertThat(fromYaml.concepts()).hasSize(1);
  }

  @Test
  void readStream_jsonWithByteOrderMarkAndLeadingWhiteSpace() throws Exception {
    assertThat(read("<stdin>", "\uFEFF\n  " + JSON)).isEqualTo(read("<stdin>", YAML));
  }

  @Test
  void readStream_json_isReadAsJson_withJsonLocations() {
    String text = "{\n  \"format\": \"narrative-model/1\",\n  \"actors\": {}\n}";

    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> read("<stdin>", text));

    assertThat(e.problems())
        .map(Problem::render)
        .contains(
            "<stdin>:3:13: expected a list for 'actors' in the model, found a mapping (at /actors)");
  }

  @Test
  void readStream_conformanceFiles_equalReadingTheFiles(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"frontline.yaml", "random-42.json"}) {
      byte[] content;
      try (InputStream in = getClass().getResourceAsStream("/conformance/" + name)) {
        content = in.readAllBytes();
      }
      Path file = Files.write(dir.resolve(name), content);
      Path noExtension = Files.write(dir.resolve("model"), content);

      Model fromStream =
          ModelReader.create().read("<stdin>", new ByteArrayInputStream(content)).model();

      assertThat(fromStream).isEqualTo(ModelReader.create().read(file).model());
      assertThat(fromStream).isEqualTo(ModelReader.create().read(noExtension).model());
    }
  }

  @Test
  void readPath_withoutExtension_detectsJsonByContent(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("model.txt"), "{\"format\": \"narrative-model/1\",}");

    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> ModelReader.create().read(file));

    assertThat(e.problems().get(0).render())
        .as("a JSON syntax error, so it was read as JSON")
        .startsWith(file + ":1:32: syntax error: Unexpected character ('}' (code 125))");
  }
}
