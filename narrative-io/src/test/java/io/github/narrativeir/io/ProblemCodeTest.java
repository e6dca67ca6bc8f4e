package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The codes of problems: each kind of problem the readers report has one, stable and documented,
 * and the problems of the error catalogue's examples (docs/ERRORS.md) carry the codes they should.
 */
class ProblemCodeTest {
  private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)?");

  @Test
  void ids_areUnique_andLowerCaseWordsWithAtMostOneDot() {
    List<String> ids = Arrays.stream(ProblemCode.values()).map(ProblemCode::id).toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> ID.matcher(id).matches());
    assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::toString).toList())
        .isEqualTo(ids);
  }

  @Test
  void everyCode_isDocumented_startingWithItsId() throws IOException {
    String source =
        Files.readString(
            SchemaTest.repositoryRoot()
                .resolve("narrative-io/src/main/java/io/github/narrativeir/io/ProblemCode.java"),
            UTF_8);

    for (ProblemCode code : ProblemCode.values()) {
      Matcher m =
          Pattern.compile(
                  "/\\*\\*\\s*\\*?\\s*((?:(?!\\*/).)*?)\\*/\\s*"
                      + code.name()
                      + "\\(\""
                      + Pattern.quote(code.id())
                      + "\"\\)",
                  Pattern.DOTALL)
              .matcher(source);
      assertThat(m.find()).as("%s has a Javadoc comment", code).isTrue();
      assertThat(m.group(1))
          .as("the Javadoc of %s", code)
          .startsWith("{@code " + code.id() + "}: ");
    }
  }

  /** The codes of every problem of reading each model example of docs/ERRORS.md, in order. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      syntax.yaml              | syntax
      syntax.json              | syntax
      empty.yaml               | empty-document
      two-documents.yaml       | multiple-documents
      wrong-format.yaml        | format
      concept-set.yaml         | concept-set-as-model
      unknown-field.yaml       | unknown-field
      missing-required.yaml    | missing-field
      missing-top-level.json   | missing-field
      expected-list.yaml       | wrong-type
      expected-mapping.yaml    | wrong-type validation wrong-type
      expected-integer.yaml    | wrong-type invalid-value invalid-value
      expected-boolean.yaml    | wrong-type wrong-type wrong-type wrong-type wrong-type
      bad-weights.yaml         | invalid-value invalid-value wrong-type
      weight-bounds.yaml       | invalid-value invalid-value
      malformed-id.yaml        | invalid-value
      malformed-date.yaml      | invalid-value
      duplicate-key.yaml       | duplicate-key
      python-tag.yaml          | yaml-tag wrong-type
      dangling-holder.yaml     | validation
      duplicate-id.yaml        | validation
      to-before-from.yaml      | validation
      bad-provenance.yaml      | validation validation
      negative-change.yaml     | validation
      warnings.yaml            | validation
      disagreeing-sources.yaml | validation
      """)
  void modelExamples_carryTheirCodes(String file, String codes) throws Exception {
    Path path = resource("read/" + file);
    List<Problem> problems;
    try {
      problems = ModelReader.create().read(path).warnings();
    } catch (ModelFormatException e) {
      problems = e.problems();
      assertThat(e.code()).isEqualTo(e.errors().get(0).code());
    }

    assertThat(problems).extracting(p -> p.code().id()).containsExactly(codes.split(" "));
  }

  /** The codes of the problems of importing each example of docs/ERRORS.md, in order. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      syntax                  | syntax
      wrong-format            | format
      unknown-key             | unknown-field
      missing-required        | missing-field
      no-such-table           | unreadable-file
      table-directory         | unreadable-file
      delimiter               | invalid-value
      date-column-and-year    | field-combination
      date-precision          | invalid-value
      date-keys               | field-combination field-combination
      periods-every           | invalid-value
      periods-to-before-from  | invalid-value
      periods-over-the-cap    | limit.periods
      rule-adds-nothing       | field-combination
      condition-operators     | field-combination field-combination
      bad-regex               | invalid-value
      threshold-count         | invalid-value
      threshold-sum           | field-combination
      number                  | invalid-value wrong-type
      no-rules                | missing-field
      malformed-id            | invalid-value
      undeclared              | undeclared-reference undeclared-reference undeclared-reference
      empty-table             | empty-document
      unknown-column          | unknown-column
      fields                  | table.fields table.fields
      quoted                  | syntax syntax
      malformed-date          | invalid-value invalid-value invalid-value
      malformed-year          | invalid-value
      sum                     | invalid-value invalid-value
      invalid-utf8            | encoding
      regex-steps             | limit.regex-steps
      periods-from-rows       | limit.periods
      period-clash            | period-clash
      """)
  void importExamples_carryTheirCodes(String mapping, String codes) throws Exception {
    Path dir = resource("import-errors");
    Model model = ModelReader.create().read(dir.resolve("model.yaml")).model();

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> TableImport.run(dir.resolve(mapping + ".mapping.yaml"), model));

    assertThat(e.problems()).extracting(p -> p.code().id()).containsExactly(codes.split(" "));
  }

  @Test
  void theLineCountingProblemsNotKept_hasItsCode() {
    String text = "{\"format\": \"narrative-model/1\", \"actors\": [" + "1,".repeat(1_999) + "1]}";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> ModelReader.create().read("many.json", text.getBytes(UTF_8), Format.JSON));

    assertThat(e.problems()).hasSize(ProblemList.MAX_PROBLEMS + 1);
    assertThat(e.problems().get(ProblemList.MAX_PROBLEMS).code())
        .isEqualTo(ProblemCode.TOO_MANY_PROBLEMS);
    assertThat(e.problems().subList(0, ProblemList.MAX_PROBLEMS))
        .noneMatch(p -> p.code() == ProblemCode.TOO_MANY_PROBLEMS);
  }

  @Test
  void limitMessages_nameTheReadLimitsSetting_andNoCommandLineOption() {
    ReadLimits small =
        ReadLimits.defaults().withMaxValues(3).withMaxStringLength(4).withMaxNestingDepth(2);
    List<String> documents =
        List.of("{\"a\": [1, 2, 3, 4]}", "{\"name\": \"long name\"}", "{\"a\": [[[1]]]}");

    for (String document : documents) {
      ModelFormatException e =
          assertThrows(
              ModelFormatException.class,
              () ->
                  ModelReader.create()
                      .withLimits(small)
                      .read("in.json", document.getBytes(UTF_8), Format.JSON));
      assertThat(e.code().id()).startsWith("limit.");
      assertThat(e.errors().get(0).message())
          .as(document)
          .containsPattern("; raise it with ReadLimits\\.withMax[A-Za-z]+\\(\\.\\.\\.\\)$")
          .doesNotContain("--", "command-line");
    }
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ProblemCodeTest.class.getResource("/" + name).toURI());
  }
}
