package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final String SCORES =
      "Scores (the model and the baselines on the same observations)";

  @Test
  void text_hostileText_staysOnItsLineWithoutControlCharacters() {
    String text = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.TEXT);

    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f)).isEmpty();
    assertThat(text.lines().filter(l -> l.contains("new line")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("<script>alert('x')</script>"));
    // The title is underlined to its width.
    String[] lines = text.split("\n");
    assertThat(lines[1]).matches("=+").hasSize(lines[0].codePointCount(0, lines[0].length()));
  }

  @Test
  void text_falseNegativeSource_isOneAlignedRow() {
    String text = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.TEXT);

    String table = text.substring(text.indexOf("False negatives (observed, not predicted)\n"));
    String[] lines = table.split("\n");
    assertThat(lines[1]).isEqualTo("  actor  practice  target  situation  source");
    assertThat(lines[3]).startsWith("  B      q         -       s1         <script>");
    assertThat(lines[4]).isEmpty();
  }

  @Test
  void text_negatives_scoresSideBySide_undefinedAsDash() throws Exception {
    String text = Reports.render(ReportGoldenTest.negatives(), ReportFormat.TEXT);

    List<String> table = section(text, SCORES);
    assertThat(table.get(0)).matches("  measure +model +all +none +persistence +meaning");
    assertThat(table)
        .anyMatch(l -> l.matches("  balanced accuracy +0\\.55 +0\\.5 +0\\.5 +0\\.7 .*"))
        .anyMatch(l -> l.matches("  precision +0\\.6 +0\\.5556 +\u2014 +1\\.0 .*"))
        .anyMatch(l -> l.matches("  unassessed predictions +2 +\u2014 +\u2014 +\u2014 .*"))
        .anyMatch(l -> l.matches("  changes explained +1 of 1 +0 of 1 +0 of 1 +0 of 1 .*"));
  }

  @Test
  void text_frontline_undefinedRatiosAreDashesNotZero() throws Exception {
    String text = Reports.render(ReportGoldenTest.frontline(), ReportFormat.TEXT);

    List<String> table = section(text, SCORES);
    for (String measure : List.of("specificity", "balanced accuracy")) {
      assertThat(table)
          .filteredOn(l -> l.startsWith("  " + measure + " "))
          .singleElement()
          .asString()
          .matches("  " + measure + " +\u2014 +\u2014 +\u2014 +\u2014 .*")
          .doesNotContain("0.0");
    }
  }

  @Test
  void text_verdict_saysDoesNotBeat_whenPersistenceDoesBetter() throws Exception {
    String text = Reports.render(ReportGoldenTest.negatives(), ReportFormat.TEXT);

    assertThat(section(text, "Verdict"))
        .containsExactly(
            "  The model does not beat every baseline on balanced accuracy (0.55, against"
                + " persistence 0.7); it beats every baseline on changes explained (1 of 1,"
                + " where no baseline explains a change).");
  }

  @Test
  void text_verdict_withoutNegativeEvidence_saysWhyItCannotTell() throws Exception {
    String text = Reports.render(ReportGoldenTest.frontline(), ReportFormat.TEXT);

    assertThat(section(text, "Verdict"))
        .singleElement()
        .asString()
        .startsWith("  The model cannot be told from a trivial one on balanced accuracy:")
        .contains("no negative evidence (no observation says a practice did not happen)")
        .contains("specificity and balanced accuracy are undefined")
        .doesNotContain("does not beat");
  }

  @Test
  void text_baselines_describedInOneLineEach() throws Exception {
    String text = Reports.render(ReportGoldenTest.negatives(), ReportFormat.TEXT);

    assertThat(section(text, "Baselines"))
        .contains(
            "  all          " + Baseline.ALL.description(),
            "  none         " + Baseline.NONE.description(),
            "  persistence  " + Baseline.PERSISTENCE.description());
  }

  @Test
  void text_negatives_listsFalsePositivesWithSourceAndConcepts_apartFromFalseNegatives()
      throws Exception {
    String text = Reports.render(ReportGoldenTest.negatives(), ReportFormat.TEXT);

    assertThat(section(text, "False positives (predicted, but the sources say it did not happen)"))
        .containsExactly(
            "  actor  practice  target  situation  source                        predicted by",
            "  -----  --------  ------  ---------  ----------------------------  ------------",
            "  PK     transit   US      s1         no transit before the attack  pk.bargain",
            "  US     aid       PK      s2         aid only from the next year   us.reward");
    assertThat(section(text, "False negatives (observed, not predicted)"))
        .hasSize(4)
        .anyMatch(l -> l.matches("  PK +transit +US +s3 +transit went on"))
        .anyMatch(l -> l.matches("  US +aid +PK +s3b +appropriations"));
    assertThat(section(text, "Unexplained changes (observed, not in the narrative)"))
        .containsExactly("  none");
    assertThat(
            section(text, "True negatives (not predicted, and the sources say it did not happen)"))
        .hasSize(4)
        .anyMatch(l -> l.matches("  US +strike +- +s1 +-"))
        .anyMatch(l -> l.matches("  US +aid +- +s3b +a contested coding"));
    assertThat(section(text, "Unmatched predictions"))
        .anyMatch(l -> l.matches("  PK +transit +US +s1 .* pk.bargain +say it did not happen"))
        .anyMatch(l -> l.matches("  US +strike +PK +s3 .* us.hunt +none"));
  }

  @Test
  void text_targetlessNegativeEvidence_namesTheConceptsBehindEachPredictionItContradicts()
      throws Exception {
    Model base = ReportGoldenTest.negatives().model();
    Model model =
        Model.builder()
            .from(base)
            .addActors(Actor.builder().id("UK").name("United Kingdom").build())
            .addConcepts(
                Concept.builder()
                    .id("pk.other")
                    .holder("PK")
                    .when(Trigger.builder().allOf("deal").build())
                    .addPrescribes(Prescription.of("transit", "UK"))
                    .build())
            .observations(
                List.of(
                    Observation.builder()
                        .actor("PK")
                        .practice("transit")
                        .situation("s1")
                        .occurred(false)
                        .source("no transit at all")
                        .build()))
            .build();
    Inference inference = ReportFixtures.infer(model);

    String text = Reports.render(inference, ReportFormat.TEXT);
    assertThat(section(text, "False positives (predicted, but the sources say it did not happen)"))
        .hasSize(3)
        .last()
        .asString()
        .matches("  PK +transit +- +s1 +no transit at all +.*")
        .endsWith("  pk.other (on UK); pk.bargain (on US)");
    // The timeline marks each contradicted prediction as a false positive.
    String html = Reports.render(inference, ReportFormat.HTML);
    assertThat(html.split("<g class=\"fp\">", -1)).hasSize(3);
  }

  /** The lines under {@code heading} up to the next blank line. */
  static List<String> section(String report, String heading) {
    List<String> lines = report.lines().toList();
    int start = lines.indexOf(heading);
    assertThat(start).as("heading %s", heading).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return lines.subList(start + 1, end);
  }

  @Test
  void textTable_padsColumnsByCodePoints_withoutTrailingSpaces() {
    java.io.StringWriter out = new java.io.StringWriter();
    new TextTable("a", "b", "c")
        .row("\uD83D\uDE00x", "", "z")
        .row("long", "mid", "")
        .appendTo(new ReportSink(out), "> ");

    assertThat(out.toString())
        .isEqualTo(
            "> a     b    c\n"
                + "> ----  ---  -\n"
                + "> \uD83D\uDE00x         z\n"
                + "> long  mid\n");
  }

  @Test
  void number_likeTheResultFormat() {
    assertThat(ReportContext.number(new BigDecimal("1"))).isEqualTo("1.0");
    assertThat(ReportContext.number(new BigDecimal("0.50"))).isEqualTo("0.5");
    assertThat(ReportContext.number(new BigDecimal("2E+1"))).isEqualTo("20.0");
    assertThat(ReportContext.number(new BigDecimal("0.000"))).isEqualTo("0.0");
    assertThat(ReportContext.number(new BigDecimal("0.1").add(new BigDecimal("0.2"))))
        .isEqualTo("0.3");
  }

  @Test
  void text_withoutObservations_saysSoInsteadOfAnEvaluation() {
    Model model =
        Model.builder().from(ReportFixtures.hostile()).observations(java.util.List.of()).build();

    String text = Reports.render(ReportFixtures.infer(model), ReportFormat.TEXT);

    assertThat(text)
        .endsWith("\nEvaluation\n  the model has no observations\n")
        .doesNotContain("Unexplained");
  }
}
