package io.github.narrativeir.io.report;

import static io.github.narrativeir.io.report.ReportFixtures.LINK;
import static io.github.narrativeir.io.report.ReportFixtures.SCRIPT_URL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class HtmlReportTest {
  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

  @Test
  void html_hostileText_isTextNotMarkup() throws Exception {
    String html = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.HTML);

    Document doc = ReportFixtures.parseXml(html);
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    assertThat(elements(doc, "*"))
        .extracting(e -> e.getTagName().toLowerCase(Locale.ROOT))
        .doesNotContain("script", "iframe", "object", "embed", "img", "link", "base", "form");
    for (Element e : elements(doc, "*")) {
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = ((Attr) attributes.item(i)).getName().toLowerCase(Locale.ROOT);
        assertThat(name)
            .as("attribute of <%s>", e.getTagName())
            .doesNotStartWith("on")
            .isNotIn("src", "srcset", "style", "xlink:href", "action", "formaction");
      }
    }
    String h1 = elements(doc, "h1").get(0).getTextContent();
    assertThat(h1)
        .startsWith("<script>alert('x')</script> \"q\" | `tick` ```")
        .contains("\\ end\\")
        .doesNotContain("\u001b")
        .contains("\uFFFD[31mred");
    assertThat(elements(doc, "title").get(0).getTextContent()).isEqualTo(h1);
  }

  @Test
  void html_hostileText_inAttributesStaysInTheAttribute() throws Exception {
    String html = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.HTML);

    Document doc = ReportFixtures.parseXml(html);
    // Tooltips of the timeline are SVG titles; the actor's name with quotes and tags is among them.
    List<String> titles = new ArrayList<>();
    for (Element t : elements(doc, "title")) {
      titles.add(t.getTextContent());
    }
    assertThat(titles).anyMatch(t -> t.startsWith("Alpha <script>alert('x')</script> \"q\""));
    assertThat(elements(doc, "h3")).extracting(Element::getTextContent).contains("B|eta B");
  }

  @Test
  void html_links_areFragmentsOrHttpEvidenceUrls() throws Exception {
    String html = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.HTML);

    Document doc = ReportFixtures.parseXml(html);
    List<String> external = new ArrayList<>();
    for (Element a : elements(doc, "a")) {
      String href = a.getAttribute("href");
      if (!href.startsWith("#")) {
        external.add(href);
      }
    }
    assertThat(external).containsExactly(LINK);
    assertThat(html).contains(Escaping.html(SCRIPT_URL)).doesNotContain("href=\"javascript:");
  }

  @Test
  void html_urls_onlySvgNamespaceAndEvidence() {
    for (String html :
        List.of(
            Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.HTML),
            golden())) {
      Matcher m = Pattern.compile("(?i)https?://[^\\s\"'<>&]*").matcher(html);
      while (m.find()) {
        assertThat(List.of(SVG_NAMESPACE, LINK)).anyMatch(allowed -> allowed.startsWith(m.group()));
      }
      String lower = html.toLowerCase(Locale.ROOT);
      assertThat(lower).doesNotContain("<script", "@import", "url(", "<link", "<img", "src=");
    }
  }

  @Test
  void html_frontline_noUrlButSvgNamespace() {
    String html = golden();

    Matcher m = Pattern.compile("(?i)https?://").matcher(html);
    int count = 0;
    while (m.find()) {
      count++;
      assertThat(html.substring(m.start())).startsWith(SVG_NAMESPACE + "\"");
    }
    assertThat(count).isEqualTo(1);
  }

  @Test
  void timeline_marks_predictedFilledObservedOutlined_modeByShape() throws Exception {
    Document doc = ReportFixtures.parseXml(golden());

    // PK transit on US in 'after': predicted and observed, cooperation: two circles.
    Element both = mark(doc, "PK transit (Permit transit) \u2192 US in after");
    assertThat(elements(both, "circle"))
        .extracting(c -> c.getAttribute("fill"))
        .containsExactly("#1b7837", "#ffffff");
    assertThat(elements(both, "polygon")).isEmpty();
    // US strike on PK in 'later': observed only, coercion: one outlined triangle.
    Element observed = mark(doc, "US strike (Strike on foreign territory) \u2192 PK in later");
    assertThat(elements(observed, "polygon"))
        .extracting(c -> c.getAttribute("fill"))
        .containsExactly("#ffffff");
    assertThat(elements(observed, "circle")).isEmpty();
    // US strike on PK in 'after': predicted only: one filled triangle.
    Element predicted = mark(doc, "US strike (Strike on foreign territory) \u2192 PK in after");
    assertThat(elements(predicted, "polygon"))
        .extracting(c -> c.getAttribute("fill"))
        .containsExactly("#b2182b");
    // PK transit stopped in 'later': observed, and the narrative has the same change.
    Element stopped = mark(doc, "PK transit (Permit transit) in later");
    assertThat(elements(stopped, "text").get(0).getTextContent()).isEqualTo("transit (stopped)");
    assertThat(elements(stopped, "circle")).hasSize(2);
  }

  @Test
  void timeline_observationWithoutTarget_marksThePredictionOnAnyTarget() throws Exception {
    Document doc =
        ReportFixtures.parseXml(
            Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.HTML));

    List<String> s2 = new ArrayList<>();
    for (Element t : elements(doc, "title")) {
      if (t.getTextContent().startsWith("A p (") && t.getTextContent().contains(" in s2")) {
        s2.add(t.getTextContent());
      }
    }
    assertThat(s2)
        .singleElement()
        .asString()
        .contains("\u2192 B in s2")
        .endsWith("predicted (support 1.0, opposition 0.0); observed");
  }

  @Test
  void timeline_falsePositiveAndFalseNegative_markedDistinctly() throws Exception {
    Document doc = ReportFixtures.parseXml(negatives());

    Element fp = mark(doc, "PK transit (Permit transit) \u2192 US in s1,");
    Element fn = mark(doc, "PK transit (Permit transit) \u2192 US in s3,");
    assertThat(fp.getAttribute("class")).isEqualTo("fp");
    assertThat(fn.getAttribute("class")).isEqualTo("fn");
    assertThat(title(fp))
        .endsWith(
            "predicted (support 1.0, opposition 0.0); the sources say it did not happen (no"
                + " transit before the attack): a false positive");
    assertThat(title(fn)).endsWith("not predicted; observed (transit went on): a false negative");
    // Each stands on a ground of its own colour and border: orange dashed, purple solid.
    Element fpGround = elements(fp, "rect").get(0);
    Element fnGround = elements(fn, "rect").get(0);
    assertThat(elements(fp, "rect")).hasSize(1);
    assertThat(elements(fn, "rect")).hasSize(1);
    assertThat(fpGround.getAttribute("fill")).isNotEqualTo(fnGround.getAttribute("fill"));
    assertThat(fpGround.getAttribute("stroke")).isNotEqualTo(fnGround.getAttribute("stroke"));
    assertThat(fpGround.getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(fnGround.hasAttribute("stroke-dasharray")).isFalse();
    // The false positive is predicted (filled) and struck out; the false negative only observed.
    assertThat(elements(fp, "circle"))
        .extracting(c -> c.getAttribute("fill"))
        .containsExactly("#1b7837", "#ffffff");
    assertThat(elements(fp, "path")).hasSize(1);
    assertThat(elements(fn, "circle"))
        .extracting(c -> c.getAttribute("fill"))
        .containsExactly("#ffffff");
    assertThat(elements(fn, "path")).isEmpty();
  }

  @Test
  void timeline_trueNegative_struckOutWithoutGround() throws Exception {
    Document doc = ReportFixtures.parseXml(negatives());

    Element tn = mark(doc, "US strike (Strike) in s1,");
    assertThat(tn.getAttribute("class")).isEqualTo("tn");
    assertThat(title(tn))
        .endsWith("not predicted; the sources say it did not happen: a true negative");
    assertThat(elements(tn, "rect")).isEmpty();
    assertThat(elements(tn, "polygon"))
        .extracting(c -> c.getAttribute("fill"))
        .containsExactly("#ffffff");
    assertThat(elements(tn, "path")).hasSize(1);
  }

  @Test
  void timeline_sourcesDisagree_predicted_isAFalsePositiveThatSaysBoth() throws Exception {
    Observation.Builder transit =
        Observation.builder().actor("PK").practice("transit").target("US").situation("s2");
    Model model =
        Model.builder()
            .from(ReportGoldenTest.negatives().model())
            .observations(
                List.of(
                    transit.source("yes").build(),
                    Observation.builder()
                        .from(transit.build())
                        .occurred(false)
                        .source("no")
                        .build()))
            .build();
    Document doc =
        ReportFixtures.parseXml(Reports.render(ReportFixtures.infer(model), ReportFormat.HTML));

    Element line = mark(doc, "PK transit (Permit transit) \u2192 US in s2,");
    assertThat(line.getAttribute("class")).isEqualTo("fp");
    assertThat(title(line))
        .endsWith(
            "predicted (support 1.0, opposition 0.0); observed (yes); but the sources say it did"
                + " not happen (no): a false positive");
    assertThat(elements(line, "path")).hasSize(1);
  }

  @Test
  void timeline_outcomeClasses_countLikeTheScores() throws Exception {
    var inference = ReportGoldenTest.negatives();
    Document doc = ReportFixtures.parseXml(Reports.render(inference, ReportFormat.HTML));
    var scores = inference.evaluation().orElseThrow().scores();

    assertThat(marks(doc, "fp")).hasSize(scores.falsePositives()).isNotEmpty();
    assertThat(marks(doc, "fn")).hasSize(scores.falseNegatives()).isNotEmpty();
    assertThat(marks(doc, "tn")).hasSize(scores.trueNegatives()).isNotEmpty();
    assertThat(marks(doc, "tp")).hasSize(scores.truePositives());
    assertThat(marks(doc, "unassessed")).hasSize(scores.unassessed().orElseThrow());
  }

  @Test
  void timeline_legend_namesFalsePositivesAndFalseNegatives_withTheirGrounds() throws Exception {
    Document doc = ReportFixtures.parseXml(negatives());

    List<String> texts = new ArrayList<>();
    for (Element t : elements(doc, "text")) {
      texts.add(t.getTextContent());
    }
    assertThat(texts)
        .contains(
            "false positive: predicted, but the sources say it did not happen",
            "false negative: observed, not predicted",
            "struck out: the sources say it did not happen (alone, a true negative)");
    String fpFill =
        elements(mark(doc, "PK transit (Permit transit) \u2192 US in s1,"), "rect")
            .get(0)
            .getAttribute("fill");
    // One ground per false positive in the grid, and one in the legend.
    assertThat(elements(doc, "rect"))
        .filteredOn(r -> r.getAttribute("fill").equals(fpFill))
        .hasSize(marks(doc, "fp").size() + 1);
  }

  @Test
  void evaluation_scoresTable_modelAndBaselinesSideBySide_andVerdict() throws Exception {
    Document doc = ReportFixtures.parseXml(negatives());

    Element table = elementWithClass(doc, "table", "scores");
    assertThat(elements(table, "thead").get(0).getTextContent())
        .isEqualTo("measuremodelallnonepersistencemeaning");
    assertThat(rowCells(table, "precision")).containsExactly("0.6", "0.5556", "\u2014", "1.0");
    assertThat(rowCells(table, "balanced accuracy")).containsExactly("0.55", "0.5", "0.5", "0.7");
    assertThat(rowCells(table, "unassessed predictions"))
        .containsExactly("2", "\u2014", "\u2014", "\u2014");
    assertThat(elementWithClass(doc, "p", "verdict").getTextContent())
        .startsWith("Verdict: The model does not beat every baseline on balanced accuracy");
    assertThat(elements(elementWithClass(doc, "table", "fp"), "tr")).hasSize(3);
    assertThat(elements(elementWithClass(doc, "table", "fn"), "tr")).hasSize(3);
    assertThat(elements(elementWithClass(doc, "table", "tn"), "tr")).hasSize(3);
  }

  @Test
  void evaluation_frontline_undefinedRatiosAreDashes() throws Exception {
    Document doc = ReportFixtures.parseXml(golden());

    Element table = elementWithClass(doc, "table", "scores");
    assertThat(rowCells(table, "specificity")).containsOnly("\u2014").hasSize(4);
    assertThat(rowCells(table, "balanced accuracy")).containsOnly("\u2014").hasSize(4);
    assertThat(elementWithClass(doc, "p", "verdict").getTextContent())
        .contains("no negative evidence")
        .doesNotContain("does not beat");
  }

  private static String negatives() {
    try {
      return Reports.render(ReportGoldenTest.negatives(), ReportFormat.HTML);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String title(Element mark) {
    return elements(mark, "title").get(0).getTextContent();
  }

  /** The timeline lines whose outcome class is {@code outcome}. */
  private static List<Element> marks(Document doc, String outcome) {
    List<Element> marks = new ArrayList<>();
    for (Element g : elements(doc, "g")) {
      if (g.getAttribute("class").equals(outcome)) {
        marks.add(g);
      }
    }
    return marks;
  }

  private static Element elementWithClass(Document doc, String tag, String cls) {
    return elements(doc, tag).stream()
        .filter(e -> e.getAttribute("class").equals(cls))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no <" + tag + " class=" + cls + ">"));
  }

  /** The cells of the row of {@code table} whose header is {@code measure}, meaning excluded. */
  private static List<String> rowCells(Element table, String measure) {
    for (Element tr : elements(table, "tr")) {
      List<Element> th = elements(tr, "th");
      if (th.size() == 1 && th.get(0).getTextContent().equals(measure)) {
        List<String> cells = new ArrayList<>();
        for (Element td : elements(tr, "td")) {
          if (td.getAttribute("class").equals("number")) {
            cells.add(td.getTextContent());
          }
        }
        return cells;
      }
    }
    throw new AssertionError("no row " + measure);
  }

  private static String golden() {
    try {
      return Reports.render(ReportGoldenTest.frontline(), ReportFormat.HTML);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The SVG group whose tooltip starts with {@code prefix}. */
  private static Element mark(Document doc, String prefix) {
    for (Element t : elements(doc, "title")) {
      if (t.getTextContent().startsWith(prefix)
          && t.getParentNode() instanceof Element g
          && g.getTagName().equals("g")) {
        return g;
      }
    }
    throw new AssertionError("no mark titled " + prefix + "...");
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
