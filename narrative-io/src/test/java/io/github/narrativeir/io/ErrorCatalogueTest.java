package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two parts of {@code docs/ERRORS.md}, the catalogue of errors: model files (every entry's example
 * is a fixture under {@code src/test/resources/read/}) and import (mappings and tables under {@code
 * src/test/resources/import-errors/}); each entry's messages are exactly what reading the files
 * prints. The command line's part is narrative-cli's {@code CliErrorCatalogueTest}. Regenerate with
 * {@code -Dnarrative.updateGolden=true} after an intended change of a message.
 */
class ErrorCatalogueTest {
  /** The classes of model file error, each with its fixture, in the catalogue's order. */
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
    ENTRIES.put(
        "weight-bounds.yaml",
        "A weight out of bounds (at most 32 digits before and 32 after the point)");
    ENTRIES.put("malformed-id.yaml", "Malformed id");
    ENTRIES.put("malformed-date.yaml", "Malformed date");
    ENTRIES.put("duplicate-key.yaml", "Duplicate key");
    ENTRIES.put("python-tag.yaml", "YAML tag");
    ENTRIES.put("dangling-holder.yaml", "Reference to an undeclared actor");
    ENTRIES.put("duplicate-id.yaml", "Id declared twice");
    ENTRIES.put("to-before-from.yaml", "Situation ending before it begins");
    ENTRIES.put(
        "bad-provenance.yaml",
        "Provenance of an aspect the situation lacks, or with a blank source");
    ENTRIES.put(
        "negative-change.yaml", "A change that did not occur (occurred: false with change)");
    ENTRIES.put("warnings.yaml", "Warnings (the model is still read)");
    ENTRIES.put("disagreeing-sources.yaml", "Sources that disagree on a practice (a warning)");
  }

  /** One class of import error: its title, its mapping, and the tables shown with it. */
  record ImportEntry(String title, String mapping, List<String> tables) {}

  /** The classes of import error, in the catalogue's order. */
  static final List<ImportEntry> IMPORT_ENTRIES =
      List.of(
          // the mapping, read whole before the table: every problem at once
          entry("YAML syntax error in a mapping", "syntax.mapping.yaml"),
          entry("Wrong format tag", "wrong-format.mapping.yaml"),
          entry("Unknown key", "unknown-key.mapping.yaml"),
          entry("Missing required key", "missing-required.mapping.yaml"),
          entry("A mapping that is a directory", "a-directory"),
          entry("No such table", "no-such-table.mapping.yaml"),
          entry("A table that is a directory", "table-directory.mapping.yaml"),
          entry("A delimiter of more than one character", "delimiter.mapping.yaml"),
          entry("A date from 'column' and from 'year' both", "date-column-and-year.mapping.yaml"),
          entry("An unknown date precision", "date-precision.mapping.yaml"),
          entry("Date keys that do not go together", "date-keys.mapping.yaml"),
          entry("Periods of an unknown length", "periods-every.mapping.yaml"),
          entry("Periods ending before they begin", "periods-to-before-from.mapping.yaml"),
          entry("Periods over the cap (from their bounds)", "periods-over-the-cap.mapping.yaml"),
          entry("A rule that adds nothing", "rule-adds-nothing.mapping.yaml"),
          entry("A condition without exactly one test", "condition-operators.mapping.yaml"),
          entry("A malformed regular expression", "bad-regex.mapping.yaml"),
          entry("A threshold count below 1", "threshold-count.mapping.yaml"),
          entry("A sum without its least value", "threshold-sum.mapping.yaml"),
          entry("A number out of bounds, or no number", "number.mapping.yaml"),
          entry("No rules", "no-rules.mapping.yaml"),
          entry("Malformed id", "malformed-id.mapping.yaml"),
          // the mapping against the model and the table's header, before any row
          entry(
              "An aspect, actor or practice the model does not declare", "undeclared.mapping.yaml"),
          entry("An empty table", "empty-table.mapping.yaml", "empty.csv"),
          entry("A column not in the table", "unknown-column.mapping.yaml"),
          // the rows: up to 100 problems
          entry("A row with the wrong number of fields", "fields.mapping.yaml", "fields.csv"),
          entry("A quoted field spanning lines", "quoted.mapping.yaml", "quoted.csv"),
          entry("Malformed date", "malformed-date.mapping.yaml", "dates.csv"),
          entry(
              "Malformed year (date in year, month and day columns)",
              "malformed-year.mapping.yaml",
              "years.csv"),
          entry(
              "A cell to sum that is no number, or out of bounds",
              "sum.mapping.yaml",
              "amounts.csv"),
          entry("More than 100 problems", "many-bad-rows.mapping.yaml", "many-bad-rows.csv"),
          // what stops the import at once
          entry("A line longer than 1 MiB", "long-line.mapping.yaml", "long-line.csv"),
          entry("Invalid UTF-8", "invalid-utf8.mapping.yaml", "latin1.csv"),
          entry(
              "A regular expression that exceeds its steps",
              "regex-steps.mapping.yaml",
              "notes.csv"),
          // after the last row
          entry(
              "Periods over the cap (from the rows)",
              "periods-from-rows.mapping.yaml",
              "ancient.csv"),
          entry(
              "A generated period that clashes with a situation of the model",
              "period-clash.mapping.yaml",
              "late.csv"));

  /** What the page says of the files the test makes instead of keeping them as fixtures. */
  static final Map<String, String> MADE =
      Map.of(
          "a-directory", "a directory",
          "many-bad-rows.csv",
              "the header `date,actor,code,amount,note`, then 150 rows"
                  + " `2004-06-17,USA,016,1` (four fields)",
          "long-line.csv",
              "the header `date,code,note`, then `2004-06-17,016,` followed by "
                  + String.format("%,d", TableImport.MAX_LINE_BYTES)
                  + " times `x` on one line");

  /** The import fixtures and the files made, copied here so that nothing is written elsewhere. */
  @TempDir static Path temp;

  private static ImportEntry entry(String title, String mapping, String... tables) {
    return new ImportEntry(title, mapping, List.of(tables));
  }

  @Test
  void modelPart_listsEveryErrorClassWithItsExampleAndExactMessages() throws IOException {
    ErrorPage.check("model", "ErrorCatalogueTest (narrative-io)", catalogue());
  }

  @Test
  void importPart_listsEveryErrorClassWithItsFilesAndExactMessages() throws IOException {
    ErrorPage.check("import", "ErrorCatalogueTest (narrative-io)", importCatalogue());
  }

  @Test
  void importPart_showsEveryFixture() throws IOException {
    Set<String> shown = new TreeSet<>(List.of("model.yaml", "events.csv"));
    for (ImportEntry e : IMPORT_ENTRIES) {
      shown.add(e.mapping());
      shown.addAll(e.tables());
    }
    Set<String> fixtures = new TreeSet<>(MADE.keySet());
    try (Stream<Path> files = Files.list(fixtures())) {
      files.forEach(f -> fixtures.add(f.getFileName().toString()));
    }

    assertThat(shown).isEqualTo(fixtures);
  }

  static String catalogue() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("## Model files\n\n")
        .append(
            "Every class of problem `narrative validate` (and `ModelReader`) reports, with an example\n")
        .append(
            "file and exactly what the user sees: `FILE:LINE:COLUMN: message (at /json/pointer)`,\n")
        .append(
            "all problems of a file at once, in document order, at most 1,000 of them and then a\n")
        .append(
            "line counting the rest. Every command that reads a model prints them the same way, then\n")
        .append("`FILE: N errors` (see the command line below). The examples are the fixtures in\n")
        .append(
            "`narrative-io/src/test/resources/read/`. Limits (size, nesting, string length, YAML\n")
        .append(
            "aliases, values) are described in the README; their messages name the limit and how to\n")
        .append("raise it.\n");
    for (Map.Entry<String, String> e : ENTRIES.entrySet()) {
      String file = e.getKey();
      String text = fixture(file);
      out.append("\n### ")
          .append(e.getValue())
          .append("\n\n`read/")
          .append(file)
          .append("`:\n\n```")
          .append(file.endsWith(".json") ? "json" : "yaml")
          .append('\n')
          .append(text);
      if (!text.endsWith("\n")) {
        out.append('\n');
      }
      out.append("```\n\n```\n").append(messages(file)).append("```\n");
    }
    return out.append('\n').toString();
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
    return problems.stream().map(p -> asValidatePrintsIt(p) + "\n").collect(Collectors.joining());
  }

  /**
   * {@code problem} as {@code narrative validate} prints it, which the page shows: the library's
   * message, to which the command line adds the option that fixes the problem, chosen by its code
   * (of the problems of these fixtures, only a concept set read as a model has one).
   * narrative-cli's {@code ModelErrorPageTest} runs {@code narrative validate} on every fixture and
   * checks that it prints exactly this.
   */
  private static String asValidatePrintsIt(Problem problem) {
    if (problem.code() != ProblemCode.CONCEPT_SET_AS_MODEL) {
      return problem.render();
    }
    String message = problem.message();
    return new Problem(
            problem.code(),
            problem.severity(),
            problem.source(),
            problem.line(),
            problem.column(),
            problem.pointer(),
            message.substring(0, message.length() - 1) + "; give it with --concepts)")
        .render();
  }

  /**
   * The import part: each entry's mapping and tables, and the problems {@code TableImport.run}
   * reports, run on a copy of the fixtures with paths relative to the working directory, as a user
   * names them; in the page they are relative to the fixtures' directory, and an absolute path a
   * message prints (where it looked for a table) begins with {@code /path/to/}.
   */
  static String importCatalogue() throws IOException {
    Path dir = copyOfTheFixtures();
    Path relative = Path.of("").toAbsolutePath().relativize(dir);
    Model model = ModelReader.create().read(relative.resolve("model.yaml")).model();
    StringBuilder out = new StringBuilder();
    out.append("## Import: mappings and tables\n\n")
        .append(
            "Every class of problem `narrative import` (and `TableImport.run`) reports, with an example\n")
        .append(
            "mapping and table and exactly what the user sees. A problem of the mapping is located in\n")
        .append("the mapping (`MAPPING:LINE:COLUMN: message`), one of the table in the table\n")
        .append(
            "(`TABLE:LINE:COLUMN: message`, the column counted in characters; the table named beside\n")
        .append(
            "the mapping as the mapping was named). The mapping is read whole and all its problems\n")
        .append(
            "reported at once, then checked against the model and the table's header; the rows are\n")
        .append(
            "read until 100 problems, except that a line that cannot be read (too long, not UTF-8)\n")
        .append(
            "or a regular expression that gives up stops the import at once. `narrative import` then\n")
        .append("prints `MAPPING: N errors` and exits with 2. The examples are the fixtures in\n")
        .append(
            "`narrative-io/src/test/resources/import-errors/`, imported into `model.yaml`; a path\n")
        .append(
            "printed in full, where the import looked for a table, begins with `/path/to/` here.\n\n")
        .append("`model.yaml`:\n\n```yaml\n")
        .append(Files.readString(dir.resolve("model.yaml")))
        .append("```\n\nand, unless an example names another, the table `events.csv`:\n\n```\n")
        .append(Files.readString(dir.resolve("events.csv")))
        .append("```\n");
    for (ImportEntry e : IMPORT_ENTRIES) {
      out.append("\n### ").append(e.title()).append("\n\n").append(shown(dir, e.mapping()));
      for (String table : e.tables()) {
        out.append('\n').append(shown(dir, table));
      }
      List<String> lines = importMessages(relative.resolve(e.mapping()), model, e.title());
      out.append("\n```\n");
      for (String line : elided(lines)) {
        out.append(line.replace(relative + "/", "").replace(dir + "/", "/path/to/")).append('\n');
      }
      out.append("```\n");
    }
    return out.append('\n').toString();
  }

  /** The import fixtures and the files made, in a directory of their own. */
  private static Path copyOfTheFixtures() throws IOException {
    Path dir = temp.resolve("import-errors");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(fixtures())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.createDirectories(dir.resolve("a-directory"));
    Files.writeString(
        dir.resolve("many-bad-rows.csv"),
        "date,actor,code,amount,note\n" + "2004-06-17,USA,016,1\n".repeat(150),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("long-line.csv"),
        "date,code,note\n2004-06-17,016," + "x".repeat(TableImport.MAX_LINE_BYTES) + "\n",
        StandardCharsets.UTF_8);
    return dir;
  }

  private static Path fixtures() {
    try {
      return Path.of(ErrorCatalogueTest.class.getResource("/import-errors").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The file for the page: its content, or what it is when the test makes it. */
  private static String shown(Path dir, String name) throws IOException {
    if (MADE.containsKey(name)) {
      return "`" + name + "`: " + MADE.get(name) + ".\n";
    }
    byte[] bytes = Files.readAllBytes(dir.resolve(name));
    if (bytes.length == 0) {
      return "`" + name + "`: an empty file.\n";
    }
    String text = utf8WithBadBytesShown(bytes);
    return "`"
        + name
        + "`"
        + (text.contains("\\x") ? " (a byte that is not UTF-8 shown as `\\xFC`)" : "")
        + ":\n\n```"
        + (name.endsWith(".yaml") ? "yaml" : "")
        + "\n"
        + text
        + (text.endsWith("\n") ? "" : "\n")
        + "```\n";
  }

  /** {@code bytes} as UTF-8, each byte that is not shown as {@code \xHH}. */
  private static String utf8WithBadBytesShown(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    StringBuilder out = new StringBuilder();
    while (true) {
      CoderResult r = decoder.decode(in, chars, true);
      chars.flip();
      out.append(chars);
      chars.clear();
      if (!r.isError()) {
        return out.toString();
      }
      for (int i = 0; i < r.length(); i++) {
        out.append(String.format("\\x%02X", in.get() & 0xFF));
      }
    }
  }

  /** The problems the import reports, rendered. */
  private static List<String> importMessages(Path mapping, Model model, String title)
      throws IOException {
    try {
      TableImport.run(mapping, model);
    } catch (ModelFormatException e) {
      return e.problems().stream().map(Problem::render).collect(Collectors.toList());
    }
    throw new AssertionError("'" + title + "': " + mapping + " imports without an error");
  }

  /** More than 10 lines as the first three, a line counting those left out, and the last two. */
  private static List<String> elided(List<String> lines) {
    if (lines.size() <= 10) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, 3));
    out.add("[" + (lines.size() - 5) + " more lines like these]");
    out.addAll(lines.subList(lines.size() - 2, lines.size()));
    return out;
  }

  private static String fixture(String file) throws IOException {
    try (InputStream in = ErrorCatalogueTest.class.getResourceAsStream("/read/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
