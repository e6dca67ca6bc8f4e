package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.io.dna.DnaReport.ConceptCount;
import io.github.narrativeir.io.dna.DnaReport.Reason;
import io.github.narrativeir.io.dna.DnaReport.Unmapped;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.SituationId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements of a DNA database become evidence of their concepts: quote, speaker, date and a
 * source that says where they were coded; a second import changes nothing; the report counts and
 * lists every statement.
 */
class DnaImportTest {
  @TempDir Path temp;

  private DnaImport.Result run(String mapping) throws Exception {
    return DnaImport.run(
        DnaCase.database(temp),
        DnaCase.write(temp, "dna.mapping.yaml", mapping),
        DnaCase.model(temp));
  }

  private static List<Evidence> evidence(Model model, String concept) {
    return model.concepts().stream()
        .filter(c -> c.id().value().equals(concept))
        .findFirst()
        .map(Concept::evidence)
        .orElseThrow();
  }

  @Test
  void mappedStatements_becomeEvidence_withQuoteSpeakerDateAndWhereTheyWereCoded()
      throws Exception {
    DnaImport.Result r = run(DnaCase.MAPPING);

    assertThat(evidence(r.model(), "pk.frontline-state"))
        .containsExactly(
            Evidence.builder()
                .source("Musharraf, televised address")
                .date("2001-09-19")
                .quote("Pakistan is a frontline state.")
                .build(),
            Evidence.builder()
                .source("Musharraf address (debates.dna, document 1, statement 1)")
                .speaker("Pervez Musharraf")
                .date(PartialDate.ofDay(LocalDate.of(2001, 9, 19)))
                .quote("We are a frontline state in this war \u2026")
                .build(),
            Evidence.builder()
                .source("Senate hearing (debates.dna, document 2, statement 3, disagrees)")
                .speaker("Shaukat Aziz")
                .date("2004-03-10")
                .quote("\u2026 Pakistan is no frontline state at all.")
                .build());
    assertThat(evidence(r.model(), "pk.pakistan-first"))
        .extracting(e -> e.quote().orElseThrow())
        .containsExactly("Our own interests come first.");
    assertThat(evidence(r.model(), "us.war-on-terror")).isEmpty();
  }

  @Test
  void importingTwice_changesNothing() throws Exception {
    DnaImport.Result first = run(DnaCase.MAPPING);
    Path once = temp.resolve("once.yaml");
    ModelWriter.write(first.model(), once);
    Model reread = ModelReader.create().read(once).model();

    DnaImport.Result second =
        DnaImport.run(temp.resolve("debates.dna"), temp.resolve("dna.mapping.yaml"), reread);

    assertThat(second.model()).isEqualTo(reread);
    assertThat(second.report().added()).isZero();
    assertThat(second.report().alreadyPresent()).isEqualTo(3);
    Path twice = temp.resolve("twice.yaml");
    ModelWriter.write(second.model(), twice);
    assertThat(twice).hasSameBinaryContentAs(once);
  }

  @Test
  void evidenceEditedInTheModel_isKept_andNotAddedAgain() throws Exception {
    DnaImport.Result first = run(DnaCase.MAPPING);
    Model edited =
        Model.builder()
            .from(first.model())
            .concepts(
                first.model().concepts().stream()
                    .map(
                        c ->
                            Concept.builder()
                                .from(c)
                                .evidence(
                                    c.evidence().stream()
                                        .map(
                                            e ->
                                                e.source().contains("statement 1)")
                                                    ? Evidence.builder()
                                                        .from(e)
                                                        .quote("shortened by hand")
                                                        .build()
                                                    : e)
                                        .toList())
                                .build())
                    .toList())
            .build();

    DnaImport.Result again =
        DnaImport.run(temp.resolve("debates.dna"), temp.resolve("dna.mapping.yaml"), edited);

    assertThat(again.model()).isEqualTo(edited);
  }

  @Test
  void disagreeingStatements_areSkipped_whenTheMappingSaysSo_butCounted() throws Exception {
    DnaImport.Result r =
        run(DnaCase.MAPPING.replace("disagreement: counter-evidence", "disagreement: skip"));

    assertThat(evidence(r.model(), "pk.frontline-state"))
        .extracting(Evidence::source)
        .noneMatch(s -> s.contains("disagrees"))
        .hasSize(2);
    assertThat(r.report().disagreeingSkipped()).isEqualTo(1);
    assertThat(r.report().selected()).isEqualTo(5);
    assertThat(r.report().concepts())
        .contains(
            new ConceptCount(
                ConceptId.of("pk.frontline-state"), Optional.of(SituationId.of("later")), 0, 1));
  }

  @Test
  void report_countsEveryStatement_andListsThoseNotMapped() throws Exception {
    DnaReport report = run(DnaCase.MAPPING).report();

    assertThat(report.read()).isEqualTo(6);
    assertThat(report.selected()).isEqualTo(6);
    assertThat(report.mapped()).isEqualTo(3);
    assertThat(report.added()).isEqualTo(3);
    assertThat(report.notMapped()).isEqualTo(3);
    assertThat(report.unmapped())
        .containsExactly(
            new Unmapped(Reason.ORGANIZATION, "US Senate", 1, ImmutableList.of(4L)),
            new Unmapped(Reason.CONCEPT, "Sanctuaries", 1, ImmutableList.of(5L)),
            new Unmapped(
                Reason.HOLDER,
                "War on terror (said by Government of Pakistan, actor PK)",
                1,
                ImmutableList.of(6L)));
    assertThat(report.concepts())
        .containsExactly(
            new ConceptCount(
                ConceptId.of("pk.frontline-state"), Optional.of(SituationId.of("after")), 1, 0),
            new ConceptCount(
                ConceptId.of("pk.frontline-state"), Optional.of(SituationId.of("later")), 0, 1),
            new ConceptCount(
                ConceptId.of("pk.pakistan-first"), Optional.of(SituationId.of("after")), 1, 0));
    assertThat(report.render())
        .contains("| read | 6 |", "| not mapped | 3 |")
        .contains("| organisation not in the mapping | US Senate | 1 | 4 |")
        .contains(
            "| pk.frontline-state | later | 0 | 1 |", "| pk.frontline-state | **all** | 1 | 1 |");
  }

  @Test
  void organisations_mapByAttribute_andConceptsPerActor() throws Exception {
    Path db = DnaCase.database(temp);
    try (DnaDatabases d = DnaDatabases.open(db)) {
      d.organizationAttribute("Government of Pakistan", "Alias", "PK");
      d.organizationAttribute("US Senate", "Alias", "US");
    }
    String mapping =
        DnaCase.MAPPING
            .replace(
                "  map:\n    Government of Pakistan: PK\n    US Government: US\n",
                "  attribute: Alias\n")
            .replace(
                "  Frontline state: pk.frontline-state\n",
                "  Frontline state: {PK: pk.frontline-state}\n");

    DnaImport.Result r =
        DnaImport.run(db, DnaCase.write(temp, "dna.mapping.yaml", mapping), DnaCase.model(temp));

    // the Senate is the US through its alias, but the frontline state is routed for PK only
    assertThat(r.report().unmapped())
        .extracting(Unmapped::reason, Unmapped::value)
        .containsExactly(
            tuple(Reason.CONCEPT, "Sanctuaries"),
            tuple(Reason.HOLDER, "Frontline state (said by US Senate, actor US)"),
            tuple(Reason.HOLDER, "War on terror (said by Government of Pakistan, actor PK)"));
    assertThat(evidence(r.model(), "pk.frontline-state")).hasSize(3);
  }

  @Test
  void explain_showsWhereAConceptsEvidenceWasCoded() throws Exception {
    Path model =
        DnaCase.write(
            temp,
            "model.yaml",
            DnaCase.MODEL
                .replace("situations:", "practices:\n  - {id: transit}\nsituations:")
                .replace(
                    "  - {id: pk.pakistan-first, holder: PK}",
                    "  - {id: pk.pakistan-first, holder: PK,"
                        + " prescribes: [{practice: transit, target: US}]}"));
    DnaImport.Result r =
        DnaImport.run(
            DnaCase.database(temp),
            DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING),
            ModelReader.create().read(model).model());
    Inference inference = NarrativeEngine.create().infer(r.model());

    String explanation = inference.explain(inference.predictions().get(0)).render();

    assertThat(explanation)
        .contains(
            "Pervez Musharraf, Musharraf address (debates.dna, document 1, statement 2),"
                + " 2001-09-19: \"Our own interests come first.\"");
  }

  @Test
  void database_isReadOnly_itsBytesAndTimeUnchanged_andAReadOnlyFileIsRead() throws Exception {
    Path db = DnaCase.database(temp);
    byte[] before = Files.readAllBytes(db);
    var modified = Files.getLastModifiedTime(db);
    assertThat(db.toFile().setWritable(false)).isTrue();

    DnaImport.Result r =
        DnaImport.run(
            db, DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING), DnaCase.model(temp));

    assertThat(r.report().added()).isEqualTo(3);
    assertThat(db).hasBinaryContent(before);
    assertThat(Files.getLastModifiedTime(db)).isEqualTo(modified);
    try (var files = Files.list(temp)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no journal or other file beside the database")
          .containsExactlyInAnyOrder("debates.dna", "dna.mapping.yaml", "model.yaml");
    }
  }
}
