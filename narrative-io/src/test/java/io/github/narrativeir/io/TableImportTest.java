package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dated table becomes situation aspects and observations through a mapping. */
class TableImportTest {
  @TempDir Path temp;

  static Path file(String name) {
    try {
      return Path.of(TableImportTest.class.getResource("/import/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void rowsLandInTheirSituation_thresholdsDecide_provenanceIsRecorded() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    Situation early = r.model().situations().get(0);
    Situation late = r.model().situations().get(1);
    // codes are strings: "016" keeps its zero; "190" is not an attack
    assertThat(early.aspects()).extracting(a -> a.value()).containsExactly("large-aid");
    assertThat(late.aspects()).extracting(a -> a.value()).containsExactly("drone-campaign");
    assertThat(r.model().observations())
        .extracting(o -> o.actor() + " " + o.practice() + " " + o.situation() + " | " + o.source().orElseThrow())
        .containsExactly(
            "US strike late | events.csv, rule 'us-strikes': 4 rows",
            "US aid early | events.csv, rule 'large-aid': 1 row, sum of amount 700");
    assertThat(r.notes())
        .anySatisfy(n -> assertThat(n).contains("rule 'us-strikes': 7 rows selected, 1 outside every"
            + " situation's period; added in late (4 rows)"));
    assertThat(io.github.narrativeir.model.ModelValidator.validate(r.model()).isValid()).isTrue();
  }

  @Test
  void importedModel_writesAndReadsBack() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path out = temp.resolve("with-data.yaml");

    ModelWriter.write(TableImport.run(file("strikes.mapping.yaml"), model).model(), out);

    assertThat(ModelReader.create().read(out).model().observations()).hasSize(2);
    assertThat(Files.readString(out)).contains("rule 'us-strikes': 4 rows");
  }

  @Test
  void malformedMapping_everyProblemLocated() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path mapping = file("invalid/bad.mapping.yaml");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(mapping + ":3:33: expected one of day, month, year, fiscal-year for"
            + " 'precision', found 'week'")
        .hasMessageContaining(mapping + ":11:9: a condition of rule 'r2' needs exactly one of equals,"
            + " in, matches, atLeast, above, atMost, below; found none");
  }

  @Test
  void unknownColumn_namesTheColumnsAndTheClosest() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path mapping = temp.resolve("m.yaml");
    Files.copy(file("events.csv"), temp.resolve("events.csv"));
    Files.writeString(mapping, "format: narrative-mapping/1\ntable: events.csv\n"
        + "date: {column: date}\nrules:\n  - {name: r, where: [{column: actr, equals: USA}], aspect: large-aid}\n");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(mapping + ":5:32: column 'actr' is not in the table events.csv; did you mean"
            + " 'actor'? (columns: date, actor, code, country, amount, note)");
  }

  @Test
  void malformedDateInTheTable_locatedByLineAndColumnName() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path table = temp.resolve("events.csv");
    Files.writeString(table, "date,code\n2004-06-17,016\n2004-6,016\n");
    Path mapping = temp.resolve("m.yaml");
    Files.writeString(mapping, "format: narrative-mapping/1\ntable: events.csv\n"
        + "date: {column: date}\nrules:\n  - {name: r, where: [{column: code, equals: \"016\"}], aspect: large-aid}\n");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(table + ":3:1: column 'date': malformed date '2004-6' (expected a date"
            + " YYYY-MM-DD, YYYY-MM or YYYY)");
  }
}
