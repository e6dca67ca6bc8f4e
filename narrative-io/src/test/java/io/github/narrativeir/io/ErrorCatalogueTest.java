package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/ERRORS.md}, the catalogue of input errors: every entry's example file is a fixture
 * under {@code src/test/resources/read/}, and its messages are exactly what reading the file prints.
 * Regenerate with {@code -Dnarrative.updateGolden=true} after an intended change of a message.
 */
class ErrorCatalogueTest {
  /** The classes of input error, each with its fixture, in the catalogue's order. */
  static final Map<String, String> ENTRIES = new LinkedHashMap<>();

  static {
    ENTRIES.put("syntax.yaml", "YAML syntax error");
    ENTRIES.put("syntax.json", "JSON syntax error");
    ENTRIES.put("empty.yaml", "Empty document");
    ENTRIES.put("two-documents.yaml", "More than one YAML document");
    ENTRIES.put("wrong-format.yaml", "Wrong format tag");
    ENTRIES.put("concept-set.yaml", "A concept set read as a model");
    ENTRIES.put("unknown-field.yaml", "Unknown field");
    ENTRIES.put("missing-required.yaml", "Missing required field");
    ENTRIES.put("missing-top-level.json", "Missing required top-level field");
    ENTRIES.put("expected-list.yaml", "A list expected");
    ENTRIES.put("expected-mapping.yaml", "A mapping expected");
    ENTRIES.put("expected-integer.yaml", "An integer expected (priority)");
    ENTRIES.put("expected-boolean.yaml", "A boolean expected");
    ENTRIES.put("bad-weights.yaml", "A finite decimal expected (weight)");
    ENTRIES.put("weight-bounds.yaml", "A weight out of bounds (at most 32 digits before and 32 after the point)");
    ENTRIES.put("malformed-id.yaml", "Malformed id");
    ENTRIES.put("malformed-date.yaml", "Malformed date");
    ENTRIES.put("duplicate-key.yaml", "Duplicate key");
    ENTRIES.put("python-tag.yaml", "YAML tag");
    ENTRIES.put("dangling-holder.yaml", "Reference to an undeclared actor");
    ENTRIES.put("duplicate-id.yaml", "Id declared twice");
    ENTRIES.put("to-before-from.yaml", "Situation ending before it begins");
    ENTRIES.put("bad-provenance.yaml", "Provenance of an aspect the situation lacks, or with a blank source");
    ENTRIES.put("negative-change.yaml", "A change that did not occur (occurred: false with change)");
    ENTRIES.put("warnings.yaml", "Warnings (the model is still read)");
    ENTRIES.put("disagreeing-sources.yaml", "Sources that disagree on a practice (a warning)");
  }

  @Test
  void catalogue_listsEveryErrorClassWithItsExampleAndExactMessages() throws IOException {
    String generated = catalogue();
    Path doc = SchemaTest.repositoryRoot().resolve("docs/ERRORS.md");
    if (Boolean.getBoolean("narrative.updateGolden")) {
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/ERRORS.md differs from what the reader prints; regenerate with"
            + " -Dnarrative.updateGolden=true and review the diff")
        .isEqualTo(generated);
  }

  static String catalogue() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Input errors\n\n")
        .append("Every class of problem `narrative validate` (and `ModelReader`) reports, with an example\n")
        .append("file and exactly what the user sees: `FILE:LINE:COLUMN: message (at /json/pointer)`,\n")
        .append("all problems of a file at once, in document order. The examples are the test fixtures in\n")
        .append("`narrative-io/src/test/resources/read/`; `ErrorCatalogueTest` checks that this page is\n")
        .append("what the reader prints. Limits (size, nesting, string length, YAML aliases, values) are\n")
        .append("described in the README; their messages name the limit and how to raise it. Errors in\n")
        .append("mappings and tables (`narrative import`) are located the same way and listed in the\n")
        .append("README's section on data import.\n");
    for (Map.Entry<String, String> e : ENTRIES.entrySet()) {
      String file = e.getKey();
      String text = fixture(file);
      out.append("\n## ").append(e.getValue()).append("\n\n`read/").append(file).append("`:\n\n```")
          .append(file.endsWith(".json") ? "json" : "yaml").append('\n').append(text);
      if (!text.endsWith("\n")) {
        out.append('\n');
      }
      out.append("```\n\n```\n").append(messages(file)).append("```\n");
    }
    return out.toString();
  }

  private static String messages(String file) throws IOException {
    Format format = file.endsWith(".json") ? Format.JSON : Format.YAML;
    byte[] bytes = fixture(file).getBytes(StandardCharsets.UTF_8);
    List<Problem> problems;
    try {
      problems = ModelReader.create().read("read/" + file, bytes, format).warnings();
    } catch (ModelFormatException ex) {
      problems = ex.problems();
    }
    return problems.stream().map(p -> p.render() + "\n").collect(Collectors.joining());
  }

  private static String fixture(String file) throws IOException {
    try (InputStream in = ErrorCatalogueTest.class.getResourceAsStream("/read/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
