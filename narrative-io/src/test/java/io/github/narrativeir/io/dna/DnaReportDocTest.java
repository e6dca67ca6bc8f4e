package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.model.Concept;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of {@code docs/DNA.md}: the model, mapping and database of {@link DnaCase}, the
 * report the import renders, and the evidence it adds, as the page shows them.
 */
class DnaReportDocTest {
  @TempDir Path temp;

  @Test
  void example_isWhatTheImportReportsAndAdds() throws Exception {
    Path db = DnaCase.database(temp);
    DnaImport.Result r =
        DnaImport.run(
            db, DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING), DnaCase.model(temp));
    String prefix = temp + "/";

    StringBuilder page = new StringBuilder();
    page.append("`model.yaml`:\n\n```yaml\n")
        .append(DnaCase.MODEL)
        .append("```\n\n`dna.mapping.yaml`:\n\n```yaml\n")
        .append(DnaCase.MAPPING)
        .append("```\n\n`debates.dna`, its statements (statement type `DNA Statement`):\n\n")
        .append("| statement | document | coded text | person | organization | concept |")
        .append(" agreement |\n|--:|---|---|---|---|---|---|\n");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toUri());
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT s.ID, d.Title, substr(d.Text, s.Start + 1, s.Stop - s.Start),"
                    + " (SELECT e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity"
                    + "  WHERE x.StatementId = s.ID AND x.VariableId = 1),"
                    + " (SELECT e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity"
                    + "  WHERE x.StatementId = s.ID AND x.VariableId = 2),"
                    + " (SELECT e.Value FROM DATASHORTTEXT x JOIN ENTITIES e ON e.ID = x.Entity"
                    + "  WHERE x.StatementId = s.ID AND x.VariableId = 3),"
                    + " (SELECT b.Value FROM DATABOOLEAN b WHERE b.StatementId = s.ID)"
                    + " FROM STATEMENTS s JOIN DOCUMENTS d ON d.ID = s.DocumentId ORDER BY s.ID")) {
      while (rows.next()) {
        page.append("| ")
            .append(rows.getLong(1))
            .append(" | ")
            .append(rows.getString(2))
            .append(" | ")
            .append(rows.getString(3))
            .append(" | ")
            .append(rows.getString(4))
            .append(" | ")
            .append(rows.getString(5))
            .append(" | ")
            .append(rows.getString(6))
            .append(" | ")
            .append(rows.getInt(7) == 1 ? "yes" : "no")
            .append(" |\n");
      }
    }
    page.append("\nThe documents: \"Musharraf address\" of 2001-09-19, whose text is\n\n> ")
        .append(DnaCase.ADDRESS)
        .append("\n\nand \"Senate hearing\" of 2004-03-10:\n\n> ")
        .append(DnaCase.HEARING.replace("\n", "\n>\n> "))
        .append(
            "\n\nThe report (`narrative import-dna` prints it on standard output):\n\n````markdown\n")
        .append(r.report().render().replace(prefix, ""))
        .append(
            "````\n\nThe concepts of the model written (`-o with-evidence.yaml`):\n\n```yaml\n");
    String yaml = ModelWriter.toText(r.model(), Format.YAML);
    String concepts = yaml.substring(yaml.indexOf("\nconcepts:") + 1);
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("\n[a-z]").matcher(concepts);
    page.append(next.find() ? concepts.substring(0, next.start() + 1) : concepts).append("```\n");

    assertThat(r.model().concepts())
        .extracting(Concept::evidence)
        .extracting(java.util.List::size)
        .containsExactly(3, 1, 0);
    DocRegion.check("DNA.md", "report", "DnaReportDocTest (narrative-io)", page.toString());
  }
}
