package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.NarrativeCliTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code narrative import-dna}: writes the model with the evidence, prints the report (or writes it
 * with {@code --report}), and refuses bad input with the problems and exit code 2, never a stack
 * trace.
 */
class ImportDnaCommandTest {
  @TempDir Path temp;

  static final String MODEL =
      """
      format: narrative-model/1
      actors: [{id: US}, {id: PK}]
      situations: [{id: after, from: 2001-09-11}]
      concepts:
        - {id: pk.frontline-state, holder: PK}
        - {id: us.war-on-terror, holder: US}
      """;

  static final String MAPPING =
      """
      format: narrative-dna/1
      statementType: DNA Statement
      variables: {organization: organization, concept: concept, speaker: person}
      organizations:
        map: {Government of Pakistan: PK}
      concepts:
        Frontline state: pk.frontline-state
      """;

  static final String TEXT = "We are a frontline state in this war, and we will not flinch.";

  /**
   * A DNA 3.0 database (the tables and columns of DNA 3.0 the import reads; narrative-io's tests
   * build it whole) with one document and two statements: one mapped, one by an organisation the
   * mapping lacks.
   */
  private Path database() throws Exception {
    Path file = temp.resolve("debates.dna");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri());
        Statement s = c.createStatement()) {
      s.execute("PRAGMA synchronous = OFF"); // a test's database need not survive a crash
      c.setAutoCommit(false);
      for (String sql :
          new String[] {
            "CREATE TABLE SETTINGS (Property TEXT PRIMARY KEY, Value TEXT NOT NULL)",
            "CREATE TABLE DOCUMENTS (ID INTEGER PRIMARY KEY, Title TEXT NOT NULL,"
                + " Text TEXT NOT NULL, Date INTEGER NOT NULL)",
            "CREATE TABLE STATEMENTTYPES (ID INTEGER PRIMARY KEY, Label TEXT NOT NULL)",
            "CREATE TABLE VARIABLES (ID INTEGER PRIMARY KEY, Variable TEXT NOT NULL,"
                + " DataType TEXT NOT NULL, StatementTypeId INTEGER)",
            "CREATE TABLE STATEMENTS (ID INTEGER PRIMARY KEY, StatementTypeId INTEGER,"
                + " DocumentId INTEGER, Start INTEGER NOT NULL, Stop INTEGER NOT NULL)",
            "CREATE TABLE ENTITIES (ID INTEGER PRIMARY KEY, VariableId INTEGER NOT NULL,"
                + " Value TEXT NOT NULL)",
            "CREATE TABLE DATASHORTTEXT (ID INTEGER PRIMARY KEY, StatementId INTEGER NOT NULL,"
                + " VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL)",
            "CREATE TABLE DATABOOLEAN (ID INTEGER PRIMARY KEY, StatementId INTEGER NOT NULL,"
                + " VariableId INTEGER NOT NULL, Value INTEGER NOT NULL)",
            "CREATE TABLE ATTRIBUTEVARIABLES (ID INTEGER PRIMARY KEY, VariableId INTEGER NOT NULL,"
                + " AttributeVariable TEXT NOT NULL)",
            "CREATE TABLE ATTRIBUTEVALUES (ID INTEGER PRIMARY KEY, EntityId INTEGER NOT NULL,"
                + " AttributeVariableId INTEGER NOT NULL, AttributeValue TEXT NOT NULL)",
            "INSERT INTO SETTINGS VALUES ('version', '3.0.8')",
            "INSERT INTO STATEMENTTYPES VALUES (1, 'DNA Statement')",
            "INSERT INTO VARIABLES VALUES (1, 'person', 'short text', 1),"
                + " (2, 'organization', 'short text', 1), (3, 'concept', 'short text', 1),"
                + " (4, 'agreement', 'boolean', 1)",
            "INSERT INTO DOCUMENTS VALUES (1, 'Musharraf address', '" + TEXT + "', 1000857600)",
            "INSERT INTO ENTITIES VALUES (1, 1, 'Pervez Musharraf'),"
                + " (2, 2, 'Government of Pakistan'), (3, 2, 'Pakistan Army'),"
                + " (4, 3, 'Frontline state')",
            "INSERT INTO STATEMENTS VALUES (1, 1, 1, 0, 36), (2, 1, 1, 42, 62)",
            "INSERT INTO DATASHORTTEXT VALUES (1, 1, 1, 1), (2, 1, 2, 2), (3, 1, 3, 4),"
                + " (4, 2, 2, 3), (5, 2, 3, 4)"
          }) {
        s.execute(sql);
      }
      c.commit();
    }
    return file;
  }

  private Run importDna(Path database, String... more) throws Exception {
    Files.writeString(temp.resolve("model.yaml"), MODEL, StandardCharsets.UTF_8);
    Files.writeString(temp.resolve("dna.mapping.yaml"), MAPPING, StandardCharsets.UTF_8);
    String[] args = {
      "import-dna",
      database.toString(),
      "--mapping",
      temp.resolve("dna.mapping.yaml").toString(),
      "--into",
      temp.resolve("model.yaml").toString(),
      "-o",
      temp.resolve("out.yaml").toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return NarrativeCliTest.run(all);
  }

  @Test
  void importDna_writesTheModelWithTheEvidence_andPrintsTheReport() throws Exception {
    Run run = importDna(database());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("# DNA import: " + temp.resolve("debates.dna"))
        .contains("| read | 2 |", "| added as evidence | 1 |")
        .contains("| organisation not in the mapping | Pakistan Army | 1 | 2 |")
        .contains("| pk.frontline-state | after | 1 | 0 |");
    assertThat(Files.readString(temp.resolve("out.yaml")))
        .contains(
            "source: \"Musharraf address (debates.dna, document 1, statement 1)\"",
            "speaker: \"Pervez Musharraf\"",
            "date: \"2001-09-19\"",
            "quote: \"We are a frontline state in this war …\"");
  }

  @Test
  void importDnaTwice_writesTheSameModel() throws Exception {
    Path db = database();
    assertThat(importDna(db).exit()).isZero();
    byte[] once = Files.readAllBytes(temp.resolve("out.yaml"));
    Files.copy(temp.resolve("out.yaml"), temp.resolve("once.yaml"));

    Run again =
        NarrativeCliTest.run(
            "import-dna",
            db.toString(),
            "--mapping",
            temp.resolve("dna.mapping.yaml").toString(),
            "--into",
            temp.resolve("once.yaml").toString(),
            "-o",
            temp.resolve("twice.yaml").toString());

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("| added as evidence | 0 |", "| already in the model | 1 |");
    assertThat(temp.resolve("twice.yaml")).hasBinaryContent(once);
  }

  @Test
  void reportOption_writesTheReportToTheFile_andASummaryToStandardError() throws Exception {
    Run run = importDna(database(), "--report", temp.resolve("import.md").toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            temp.resolve("debates.dna")
                + ": 2 statements read, 1 mapped (1 added as evidence, 0 already in the model),"
                + " 1 not mapped; the report is in "
                + temp.resolve("import.md")
                + "\n");
    assertThat(Files.readString(temp.resolve("import.md"))).startsWith("# DNA import:");
  }

  @Test
  void fileThatIsNoDnaDatabase_isRefused_withExitCode2_andNoOutput() throws Exception {
    Path notes = Files.writeString(temp.resolve("notes.dna"), "Minutes of the meeting\n");

    Run run = importDna(notes);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(notes + ": not a DNA database or statement export")
        .endsWith(notes + ": 1 error\n")
        .doesNotContain("Exception");
    assertThat(temp.resolve("out.yaml")).doesNotExist();
  }

  @Test
  void mappingNamingAVariableTheStatementTypeLacks_isLocatedInTheMapping() throws Exception {
    Path db = database();
    Files.writeString(temp.resolve("model.yaml"), MODEL, StandardCharsets.UTF_8);
    Path mapping = temp.resolve("bad.mapping.yaml");
    Files.writeString(mapping, MAPPING.replace("speaker: person", "speaker: persn"));

    Run run =
        NarrativeCliTest.run(
            "import-dna",
            db.toString(),
            "--mapping",
            mapping.toString(),
            "--into",
            temp.resolve("model.yaml").toString(),
            "-o",
            temp.resolve("out.yaml").toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            mapping
                + ":3:68: variable 'persn' (for 'speaker') is not a variable of statement type 'DNA"
                + " Statement' in "
                + db
                + "; did you mean 'person'? (variables: 'person', 'organization', 'concept',"
                + " 'agreement') (at /variables/speaker)\n"
                + mapping
                + ": 1 error\n");
  }

  @Test
  void missingDatabase_isNamed() throws Exception {
    Run run = importDna(temp.resolve("nope.dna"));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo(temp.resolve("nope.dna") + ": no such file\n");
  }
}
