package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@link SensitivityReports}: the order of the sections (fragile first), the plain words of every
 * kind of variant, the edge cases (no observations, no variants, families without variants) and
 * hostile text in every format.
 */
class SensitivityReportsTest {
  private static final List<ReportFormat> FORMATS =
      List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML);

  private static Inference negatives() throws IOException {
    return ReportGoldenTest.negatives();
  }

  private static String render(Inference inference, ReportFormat format) {
    return SensitivityReports.render(Sensitivity.create().run(inference), inference, format);
  }

  @Test
  void text_leadsWithFragile_thenFlips_gained_scores_families_andRobustLast() throws IOException {
    String text = render(negatives(), ReportFormat.TEXT);

    assertThat(text)
        .containsSubsequence(
            "Fragile predictions (hold in fewer than 90% of the variants)\n"
                + "  US aid -> PK in s2: holds in 19 of 22 variants (0.8636); lost\n"
                + "    - without the concept pk.bargain\n",
            "Observations whose explanation flips\n",
            "Gained predictions",
            "Scores over the variants\n",
            "Families\n",
            "Robust predictions (hold in at least 90% of the variants)\n"
                + "  PK transit -> US in s1: holds in 20 of 22 variants (0.9091); lost\n");
    assertThat(text)
        .contains(
            "  US aid -> PK in s3: holds in 17 of 22 variants (0.7727); lost\n",
            "    - with the weight of us.reward for aid on PK halved\n",
            "    - with the weight of us.hunt against aid on PK doubled\n",
            "  balanced accuracy  0.55      0.35  0.55    0.8\n");
  }

  @Test
  void markdown_leadsWithFragile_andWritesIdsAsCode() throws IOException {
    String md = render(negatives(), ReportFormat.MARKDOWN);

    assertThat(md)
        .containsSubsequence(
            "## Fragile predictions (hold in fewer than 90% of the variants)\n\n"
                + "- `US` `aid` \u2192 `PK` in `s2`: holds in 19 of 22 variants (0.8636); lost\n"
                + "  - without the concept `pk.bargain`\n",
            "## Observations whose explanation flips\n",
            "## Gained predictions",
            "## Scores over the variants\n\n| measure | original | min | median | max |\n",
            "## Families\n",
            "## Robust predictions");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "drop-concept:us.frontline-ally | without the concept us.frontline-ally",
        "drop-aspect:mid-2000s/india-hostility | without the aspect india-hostility in mid-2000s",
        "add-aspect:before/terror-attack | with the aspect terror-attack added to before",
        "halve-weight:us.a/prescribes/strike/PK | with the weight of us.a for strike on PK halved",
        "double-weight:us.frontline-ally/proscribes/strike-in-pakistan/- | with the weight of"
            + " us.frontline-ally against strike-in-pakistan doubled",
        "swap-rank:pk.first/pk.second | with pk.first and pk.second exchanging ranks",
        "drop-concept:a:b | without the concept a:b",
        "monte-carlo:17 | in Monte-Carlo sample 17",
      })
  void variantWords_everyKind(String name, String words) {
    assertThat(VariantWords.describe(name)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "monte-carlo:017 | monte-carlo",
        "monte-carlo:x | monte-carlo",
        "drop-aspect:s/a/b | drop-aspect",
        "halve-weight:c/sideways/p/- | weight",
        "drop-concept:<b> | drop-concept",
        "no-colon | no-colon",
      })
  void variantWords_unknownOrMalformed_shownAsTheName(String name, String family) {
    assertThat(VariantWords.describe(name)).isEqualTo(name);
    assertThat(VariantWords.family(name)).isEqualTo(family);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void noObservations_keepsTheShares_andSaysScoresNeedObservations(ReportFormat format)
      throws IOException {
    Model unobserved = Model.builder().from(negatives().model()).observations(List.of()).build();
    Inference inference = NarrativeEngine.create().infer(unobserved);

    String report = render(inference, format);

    assertThat(report)
        .contains("Scores need observations: the model has none")
        .contains("0.9091")
        .doesNotContain("balanced accuracy");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void noFamily_saysNoPredictionHasAShare(ReportFormat format) throws IOException {
    Inference inference = negatives();
    SensitivityResult none =
        Sensitivity.builder().families(List.<SensitivityFamily>of()).build().run(inference);

    String report = SensitivityReports.render(none, inference, format);

    assertThat(report).contains("0 variants in 0 families").contains("No family was run");
    assertThat(report).doesNotContain("Fragile predictions,").doesNotContain("fragile</span>");
  }

  @Test
  void familyWithoutVariants_isListed_andItsCellsAreDashes() throws Exception {
    Inference hostile = ReportFixtures.infer(ReportFixtures.hostile());
    SensitivityResult r =
        Sensitivity.builder().families(SensitivityFamily.SWAP_RANK).build().run(hostile);
    assertThat(r.families()).containsExactly(new FamilyCount("swap-rank", 0));

    String text = SensitivityReports.render(r, hostile, ReportFormat.TEXT);
    String html = SensitivityReports.render(r, hostile, ReportFormat.HTML);

    assertThat(text)
        .contains("The families run have no variants for this model")
        .contains("  swap-rank  0")
        .contains("Predictions (no variant ran, so none has a share)\n  A p -> B in s1\n");
    Document doc = ReportFixtures.parseXml(html);
    List<Element> cells = elements(doc, "td");
    assertThat(cells)
        .filteredOn(td -> td.getAttribute("class").contains("share"))
        .isNotEmpty()
        .allSatisfy(
            td -> {
              assertThat(td.getAttribute("class")).isEqualTo("share share-none");
              assertThat(td.getTextContent()).isEqualTo(ScoreSheet.UNDEFINED);
            });
  }

  @Test
  void html_predictionsByFamily_shadedByShare_withTheLosingVariantsOnHover() throws Exception {
    Inference inference = ReportGoldenTest.frontline();
    String html = render(inference, ReportFormat.HTML);

    Document doc = ReportFixtures.parseXml(html);
    Element table = elements(doc, "table").get(0);
    assertThat(table.getAttribute("class")).isEqualTo("by-family");
    List<String> heads = new ArrayList<>();
    for (Element th : elements(table, "th")) {
      heads.add(th.getTextContent());
    }
    assertThat(heads)
        .containsExactly(
            "actor",
            "practice",
            "target",
            "situation",
            "all variants 31",
            "drop-concept 5",
            "drop-aspect 6",
            "add-aspect 5",
            "weight 12",
            "swap-rank 3",
            "");
    // US aid -> PK in later: lost in 2 of the 5 drop-concept variants
    Element row = elements(table, "tr").get(6);
    assertThat(row.getTextContent()).startsWith("USaidPKlater");
    Element dropConcept = elements(row, "td").get(5);
    assertThat(dropConcept.getTextContent()).isEqualTo("0.6");
    assertThat(dropConcept.getAttribute("class")).isEqualTo("share share-low");
    assertThat(dropConcept.getAttribute("title"))
        .isEqualTo(
            "lost in 2 of 5 variants of drop-concept:\n"
                + "without the concept pk.pakistan-first\n"
                + "without the concept us.frontline-ally");
    assertThat(elements(row, "td").get(8).getAttribute("title"))
        .isEqualTo("kept in all 12 variants of weight");
    assertThat(html).doesNotContain("style=\"");
  }

  @ParameterizedTest
  @CsvSource({
    "5,5,share-all",
    "9,10,share-high",
    "89,100,share-mid",
    "3,4,share-mid",
    "74,100,share-low",
    "1,2,share-low",
    "49,100,share-least",
    "0,3,share-least",
    "0,0,share-none"
  })
  void shade_isByTheExactShare(int kept, int total, String shade) {
    assertThat(SensitivityHtmlReport.shade(kept, total)).isEqualTo(shade);
  }

  @Test
  void fragile_isDecidedByTheExactShare_notTheRoundedOne() throws IOException {
    // 9 of 10 holds exactly 90%: not fragile; 89,999 of 100,000 rounds to 0.9 but is fragile
    Inference inference = negatives();
    SensitivityResult real = Sensitivity.create().run(inference);
    PredictionHolds first = real.predictions().get(0);
    SensitivityResult ten =
        withFirst(real, List.of(new FamilyCount("drop-concept", 10)), names("drop-concept:c", 1));
    SensitivityResult many =
        withFirst(
            real,
            List.of(new FamilyCount("drop-concept", 100_000)),
            names("drop-concept:c", 10_001));

    assertThat(new SensitivitySheet(ten, inference).fragile()).isEmpty();
    assertThat(new SensitivitySheet(many, inference).fragile())
        .extracting(PredictionHolds::prediction)
        .containsExactly(first.prediction());
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void hostileModel_sameBytesWhateverTheOrderOfTheModel(ReportFormat format) {
    Model model = ReportFixtures.hostile();
    String expected = render(ReportFixtures.infer(model), format);

    for (long seed = 1; seed <= 3; seed++) {
      assertThat(render(ReportFixtures.infer(ReportFixtures.shuffled(model, seed)), format))
          .isEqualTo(expected);
    }
  }

  @Test
  void html_hostileText_isTextNotMarkup() throws Exception {
    Inference hostile = ReportFixtures.infer(ReportFixtures.hostile());
    String html = SensitivityReports.render(hostileNames(hostile), hostile, ReportFormat.HTML);

    Document doc = ReportFixtures.parseXml(html);
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<b>");
    assertThat(elements(doc, "h1").get(0).getTextContent())
        .startsWith("Sensitivity: <script>alert('x')</script> \"q\"")
        .doesNotContain("\u001b");
    List<String> titles = new ArrayList<>();
    for (Element td : elements(doc, "td")) {
      titles.add(td.getAttribute("title"));
    }
    assertThat(titles).anyMatch(t -> t.contains("drop-concept:<b>x</b>"));
    assertThat(elements(doc, "li"))
        .extracting(Element::getTextContent)
        .anyMatch(t -> t.contains("source: " + ReportFixtures.EVIL.substring(0, 20)));
  }

  @Test
  void markdown_hostileText_isEscaped() {
    Inference hostile = ReportFixtures.infer(ReportFixtures.hostile());
    String md = SensitivityReports.render(hostileNames(hostile), hostile, ReportFormat.MARKDOWN);

    assertThat(md).startsWith("# Sensitivity: \\<script\\>alert('x')\\</script\\>");
    assertThat(md).contains("  - drop-concept:\\<b\\>x\\</b\\> \\[31mred\n");
    assertThat(md).doesNotContain("\u001b").doesNotContain("\r");
    for (String line : md.split("\n")) {
      assertThat(line).doesNotStartWith("new line").doesNotStartWith("\ttab");
    }
  }

  @Test
  void text_hostileText_hasNoControlCharacters() {
    Inference hostile = ReportFixtures.infer(ReportFixtures.hostile());
    String text = SensitivityReports.render(hostileNames(hostile), hostile, ReportFormat.TEXT);

    assertThat(text).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\t");
    assertThat(text).contains("    - drop-concept:<b>x</b> [31mred\n");
  }

  @Test
  void dot_isRefused() throws IOException {
    Inference inference = negatives();
    SensitivityResult r = Sensitivity.create().run(inference);

    assertThatThrownBy(() -> SensitivityReports.render(r, inference, ReportFormat.DOT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a sensitivity report is text, markdown or html, not dot");
  }

  @Test
  void resultOfAnotherInference_isRefused() throws IOException {
    SensitivityResult r = Sensitivity.create().run(negatives());

    assertThatThrownBy(
            () -> SensitivityReports.render(r, ReportGoldenTest.frontline(), ReportFormat.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the sensitivity result was not run on this inference");
  }

  @Test
  void written_streamedAndToAFile_isTheRenderedText(@TempDir Path dir) throws IOException {
    Inference inference = negatives();
    SensitivityResult r = Sensitivity.create().run(inference);
    for (ReportFormat format : FORMATS) {
      String rendered = SensitivityReports.render(r, inference, format);
      StringWriter streamed = new StringWriter();
      Path file = dir.resolve("sensitivity." + format.extension());

      SensitivityReports.write(r, inference, format, streamed);
      SensitivityReports.write(r, inference, format, file);

      assertThat(streamed.toString()).isEqualTo(rendered);
      assertThat(Files.readString(file)).isEqualTo(rendered);
    }
  }

  /**
   * {@code real} with {@code families} run, its first prediction lost in {@code lost} and the
   * others in none.
   */
  private static SensitivityResult withFirst(
      SensitivityResult real, List<FamilyCount> families, List<String> lost) {
    List<PredictionHolds> predictions = new ArrayList<>();
    for (PredictionHolds p : real.predictions()) {
      predictions.add(
          new PredictionHolds(
              p.prediction(),
              Optional.of(BigDecimal.ONE),
              predictions.isEmpty() ? ImmutableList.copyOf(lost) : ImmutableList.of()));
    }
    return new SensitivityResult(
        ImmutableList.copyOf(families),
        ImmutableList.copyOf(predictions),
        real.gained(),
        real.observations(),
        real.balancedAccuracy(),
        real.recall(),
        real.changesExplained(),
        0,
        0);
  }

  private static List<String> names(String name, int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(name);
    }
    return names;
  }

  /** The analysis of {@code hostile}, its first prediction lost in variants of hostile names. */
  private static SensitivityResult hostileNames(Inference hostile) {
    SensitivityResult real = Sensitivity.create().run(hostile);
    return withFirst(
        real,
        List.of(new FamilyCount("drop-concept", 4)),
        List.of("drop-concept:<b>x</b>\u001b[31mred", "drop-concept:a.c"));
  }

  private static List<Element> elements(Document doc, String tag) {
    return list(doc.getElementsByTagName(tag));
  }

  private static List<Element> elements(Element parent, String tag) {
    return list(parent.getElementsByTagName(tag));
  }

  private static List<Element> list(NodeList nodes) {
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }
}
