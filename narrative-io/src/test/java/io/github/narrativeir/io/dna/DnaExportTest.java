package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNA's statement export (CSV, one statement type) is imported as the database is: the same
 * statements mapped the same way, the quote judged from the coded text alone.
 */
class DnaExportTest {
  @TempDir Path temp;

  /** The statements of {@link DnaCase#database} as DNA 3 exports them ({@code eventCSV}). */
  static final String EXPORT =
      "\"statement ID\";\"time\";\"document ID\";\"document title\";\"author\";\"source\";"
          + "\"section\";\"type\";\"text\";\"person\";\"organization\";\"concept\";\"agreement\"\n"
          + "1;2001-09-19 00:00:00;1;\"Musharraf address\";\"\";\"\";\"\";\"\";"
          + "\"We are a frontline state in this war\";\"Pervez Musharraf\";"
          + "\"Government of Pakistan\";\"Frontline state\";1\n"
          + "2;2001-09-19 00:00:00;1;\"Musharraf address\";\"\";\"\";\"\";\"\";"
          + "\"Our own interests come first.\";\"Pervez Musharraf\";\"Government of Pakistan\";"
          + "\"Pakistan first\";1\n"
          + "3;2004-03-10 00:00:00;2;\"Senate hearing\";\"\";\"\";\"\";\"\";"
          + "\"Pakistan is no frontline state at all.\";\"Shaukat Aziz\";"
          + "\"Government of Pakistan\";\"Frontline state\";0\n"
          + "4;2004-03-10 00:00:00;2;\"Senate hearing\";\"\";\"\";\"\";\"\";"
          + "\"The Senate heard that aid continues.\";\"John Kerry\";\"US Senate\";"
          + "\"Frontline state\";1\n"
          + "5;2004-03-10 00:00:00;2;\"Senate hearing\";\"\";\"\";\"\";\"\";"
          + "\"Militants find sanctuary\";\"Shaukat Aziz\";\"Government of Pakistan\";"
          + "\"Sanctuaries\";1\n"
          + "6;2004-03-10 00:00:00;2;\"Senate hearing\";\"\";\"\";\"\";\"\";"
          + "\"It is our war too.\";\"Shaukat Aziz\";\"Government of Pakistan\";"
          + "\"War on terror\";1\n";

  private static List<String> sources(Model model) {
    return model.concepts().stream()
        .map(Concept::evidence)
        .flatMap(List::stream)
        .map(Evidence::source)
        .toList();
  }

  @Test
  void export_isImportedAsTheDatabaseIs() throws Exception {
    Path mapping = DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING);
    Model model = DnaCase.model(temp);

    DnaImport.Result fromExport =
        DnaImport.run(DnaCase.write(temp, "debates.csv", EXPORT), mapping, model);
    DnaImport.Result fromDatabase = DnaImport.run(DnaCase.database(temp), mapping, model);

    assertThat(sources(fromExport.model()))
        .isEqualTo(
            sources(fromDatabase.model()).stream().map(s -> s.replace(".dna,", ".csv,")).toList());
    DnaReport e = fromExport.report();
    DnaReport d = fromDatabase.report();
    assertThat(e.kind()).isEqualTo("DNA statement export");
    assertThat(List.of(e.read(), e.selected(), e.mapped(), e.added()))
        .isEqualTo(List.of(d.read(), d.selected(), d.mapped(), d.added()));
    assertThat(e.unmapped()).isEqualTo(d.unmapped());
    assertThat(e.concepts()).isEqualTo(d.concepts());
    // without the document, a quote that begins with a capital is taken to begin its sentence
    assertThat(
            fromExport.model().concepts().get(0).evidence().stream()
                .map(ev -> ev.quote().orElseThrow())
                .toList())
        .containsExactly(
            "Pakistan is a frontline state.",
            "We are a frontline state in this war \u2026",
            "Pakistan is no frontline state at all.");
  }

  @Test
  void manyMalformedRecords_stopTheReadingAfter100_countedExactly() throws Exception {
    String bad = "7;not a time;1;\"t\";\"\";\"\";\"\";\"\";\"x\";\"p\";\"o\";\"c\";1\n";
    String export = EXPORT.lines().findFirst().orElseThrow() + "\n" + bad.repeat(150);

    ModelFormatException e =
        catchThrowableOfType(
            ModelFormatException.class,
            () ->
                DnaImport.run(
                    DnaCase.write(temp, "debates.csv", export),
                    DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING),
                    DnaCase.model(temp)));

    assertThat(e.errorCount()).isEqualTo(100);
    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).render())
        .endsWith("debates.csv: warning: stopped reading after 100 problems");
    assertThat(e.problems().get(99).line()).isEqualTo(101);
  }

  @Test
  void quotedFields_spanLines_andCrLfEndsRecords() throws Exception {
    String export =
        EXPORT.lines().findFirst().orElseThrow()
            + "\r\n"
            + "1;2001-09-19 00:00:00;1;\"Musharraf address\";\"\";\"\";\"\";\"\";"
            + "\"We are a frontline state.\nAnd we stand.\";\"Pervez Musharraf\";"
            + "\"Government of Pakistan\";\"Frontline state\";1\r\n";

    DnaImport.Result r =
        DnaImport.run(
            DnaCase.write(temp, "debates.csv", export),
            DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING),
            DnaCase.model(temp));

    assertThat(r.model().concepts().get(0).evidence().get(1).quote())
        .contains("We are a frontline state.\nAnd we stand.");
    assertThat(r.report().read()).isEqualTo(1);
  }
}
