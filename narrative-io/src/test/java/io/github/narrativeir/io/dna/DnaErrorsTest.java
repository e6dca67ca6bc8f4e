package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every class of problem of a DNA import is an error naming the file and what was expected and
 * found (located in the mapping where the mapping is at fault), never a stack trace; the part
 * "Errors" of {@code docs/DNA.md} shows each with exactly what the import reports.
 */
class DnaErrorsTest {
  @TempDir Path temp;

  /** One class of problem: how it is shown, the code of its first error, and how it comes about. */
  private record Case(String title, String input, ProblemCode code, Run run) {}

  @FunctionalInterface
  private interface Run {
    void run(Path dir) throws Exception;
  }

  private static Case mapping(String title, ProblemCode code, String from, String to) {
    return new Case(
        title,
        "The mapping with\n\n```yaml\n" + to + "```\n",
        code,
        dir -> {
          String mapping = DnaCase.MAPPING.replace(from, to);
          if (mapping.equals(DnaCase.MAPPING)) {
            throw new IllegalStateException(title + ": the mapping is unchanged");
          }
          DnaImport.run(
              DnaCase.database(dir),
              DnaCase.write(dir, "dna.mapping.yaml", mapping),
              DnaCase.model(dir));
        });
  }

  private static Case database(String title, String input, ProblemCode code, Run make) {
    return new Case(
        title,
        input,
        code,
        dir -> {
          make.run(dir);
          DnaImport.run(
              dir.resolve("debates.dna"),
              DnaCase.write(dir, "dna.mapping.yaml", DnaCase.MAPPING),
              DnaCase.model(dir));
        });
  }

  /** Writers holding a lock for a case, released once it has run. */
  private static final List<Connection> LOCKS = new ArrayList<>();

  private static final List<Case> CASES =
      List.of(
          database(
              "A file that is neither a DNA database nor DNA's export",
              "`debates.dna` holds the text `Minutes of the meeting`.\n",
              ProblemCode.DNA_NOT_A_DATABASE,
              dir ->
                  Files.writeString(
                      dir.resolve("debates.dna"),
                      "Minutes of the meeting\n",
                      StandardCharsets.UTF_8)),
          database(
              "An SQLite database that is not DNA's",
              "`debates.dna` is an SQLite database with one table, `BIRDS`.\n",
              ProblemCode.DNA_NOT_A_DATABASE,
              dir -> {
                try (Connection c =
                        DriverManager.getConnection(
                            "jdbc:sqlite:" + dir.resolve("debates.dna").toUri());
                    Statement s = c.createStatement()) {
                  s.execute("CREATE TABLE BIRDS (Name TEXT)");
                }
              }),
          database(
              "A DNA 2 database",
              "`debates.dna` says `version` `2.0 beta 25` in `SETTINGS`.\n",
              ProblemCode.DNA_SCHEMA_VERSION,
              dir -> DnaDatabases.create(dir.resolve("debates.dna"), "2.0 beta 25").close()),
          database(
              "A database of a DNA whose schema is not read",
              "`debates.dna` says `version` `3.1.0` in `SETTINGS`.\n",
              ProblemCode.DNA_SCHEMA_VERSION,
              dir -> DnaDatabases.create(dir.resolve("debates.dna"), "3.1.0").close()),
          database(
              "A DNA 3.0 database without a table DNA 3.0 creates",
              "`debates.dna` has no table `ATTRIBUTEVALUES`.\n",
              ProblemCode.DNA_SCHEMA_VERSION,
              dir -> {
                try (DnaDatabases db = DnaDatabases.create(dir.resolve("debates.dna"))) {
                  db.execute("DROP TABLE ATTRIBUTEVALUES");
                }
              }),
          database(
              "A database locked by a writer",
              "Another program holds an exclusive lock on `debates.dna` (DNA writing it) for longer"
                  + " than a second.\n",
              ProblemCode.DNA_UNREADABLE,
              dir -> {
                Path db = DnaCase.database(dir);
                Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db.toUri());
                writer.createStatement().execute("BEGIN EXCLUSIVE");
                writer.createStatement().execute("UPDATE DOCUMENTS SET Title = 'x'");
                LOCKS.add(writer);
              }),
          mapping(
              "A statement type the database lacks",
              ProblemCode.DNA_UNKNOWN_NAME,
              "statementType: DNA Statement\n",
              "statementType: DNA statement\n"),
          mapping(
              "A variable the statement type lacks",
              ProblemCode.DNA_UNKNOWN_NAME,
              "  organization: organization\n",
              "  organization: organisation\n"),
          mapping(
              "A variable of the wrong data type",
              ProblemCode.DNA_VARIABLE_TYPE,
              "  agreement: agreement\n",
              "  agreement: concept\n"),
          mapping(
              "An attribute the organisations lack",
              ProblemCode.DNA_UNKNOWN_NAME,
              "organizations:\n  map:\n",
              "organizations:\n  attribute: actor\n  map:\n"),
          mapping(
              "Actors and concepts the model does not declare, or does not hold",
              ProblemCode.UNDECLARED_REFERENCE,
              "    US Government: US\n"
                  + "concepts:\n"
                  + "  Frontline state: pk.frontline-state\n"
                  + "  Pakistan first: pk.pakistan-first\n",
              "    US Government: USA\n"
                  + "concepts:\n"
                  + "  Frontline state: pk.frontline\n"
                  + "  Pakistan first: {PK: us.war-on-terror}\n"),
          mapping(
              "Unknown and missing keys",
              ProblemCode.UNKNOWN_FIELD,
              "statementType: DNA Statement\nvariables:\n  organization: organization\n",
              "statmentType: DNA Statement\nvariables:\n  organization: organization\n"
                  + "  conept: concept\n"),
          mapping(
              "Counter-evidence without an agreement variable",
              ProblemCode.FIELD_COMBINATION,
              "  agreement: agreement\ndisagreement: counter-evidence\n",
              "disagreement: counter-evidence\n"),
          new Case(
              "Malformed records of an export",
              "`debates.csv`, DNA's export, has a record with a field too few, one with a time"
                  + " that is none, and one whose agreement is neither 1 nor 0.\n",
              ProblemCode.TABLE_FIELDS,
              dir -> {
                List<String> lines = DnaExportTest.EXPORT.lines().toList();
                String export =
                    lines.get(0)
                        + "\n"
                        + lines.get(1).replace(";\"Pervez Musharraf\"", "")
                        + "\n"
                        + lines.get(2).replace("2001-09-19 00:00:00", "19/09/2001")
                        + "\n"
                        + lines.get(3).replaceFirst(";0$", ";maybe")
                        + "\n";
                DnaImport.run(
                    DnaCase.write(dir, "debates.csv", export),
                    DnaCase.write(dir, "dna.mapping.yaml", DnaCase.MAPPING),
                    DnaCase.model(dir));
              }),
          new Case(
              "An export with a mapping by attribute",
              "`debates.csv`, DNA's export, and the mapping with\n\n```yaml\norganizations:\n"
                  + "  attribute: Alias\n```\n",
              ProblemCode.DNA_UNKNOWN_NAME,
              dir ->
                  DnaImport.run(
                      DnaCase.write(dir, "debates.csv", DnaExportTest.EXPORT),
                      DnaCase.write(
                          dir,
                          "dna.mapping.yaml",
                          DnaCase.MAPPING.replace(
                              "organizations:\n  map:\n    Government of Pakistan: PK\n"
                                  + "    US Government: US\n",
                              "organizations:\n  attribute: Alias\n")),
                      DnaCase.model(dir))));

  /** What the import reports for {@code c}, paths relative to its directory. */
  private List<Problem> problems(Case c, Path dir) throws Exception {
    try {
      c.run().run(dir);
    } catch (ModelFormatException e) {
      return e.problems();
    } finally {
      for (Connection lock : LOCKS) {
        lock.close();
      }
      LOCKS.clear();
    }
    throw new AssertionError("'" + c.title() + "' imports without an error");
  }

  @Test
  void everyClassOfProblem_isAnErrorNamingTheFile_withItsCode_asDnaMdShowsIt() throws Exception {
    StringBuilder page = new StringBuilder();
    page.append("## Errors\n\n")
        .append("Every class of problem `narrative import-dna` (and `DnaImport.run`) reports, with")
        .append(" exactly what the user sees, for\n")
        .append("the example's `model.yaml`, `dna.mapping.yaml` and `debates.dna` above but for")
        .append(" what each names. A\n")
        .append("problem of the mapping is located in it (`MAPPING:LINE:COLUMN: message (at")
        .append(" /json/pointer)`); one of the\n")
        .append("database names the database; one of an export's records is located by line and")
        .append(" column.\n")
        .append("`narrative import-dna` then prints `FILE: N errors` and exits with 2.\n");
    int n = 0;
    for (Case c : CASES) {
      Path dir = Files.createDirectory(temp.resolve("case" + n++));
      List<Problem> problems = problems(c, dir);

      assertThat(problems).as(c.title()).isNotEmpty();
      assertThat(problems.get(0).code()).as(c.title()).isEqualTo(c.code());
      String prefix = dir + "/";
      List<String> lines =
          problems.stream().map(p -> p.render().replace(prefix, "")).collect(Collectors.toList());
      assertThat(lines)
          .as(c.title() + ": every problem names the file, never a Java class")
          .allMatch(
              l ->
                  l.startsWith("debates.dna")
                      || l.startsWith("debates.csv")
                      || l.startsWith("dna.mapping.yaml"))
          .noneMatch(l -> l.contains("Exception") || l.contains("java."));
      page.append("\n### ")
          .append(c.title())
          .append("\n\n")
          .append(c.input())
          .append("\n```\n")
          .append(String.join("\n", lines))
          .append("\n```\n");
    }
    DocRegion.check(
        "DNA.md", "errors", "DnaErrorsTest (narrative-io)", page.append('\n').toString());
  }
}
