package io.github.narrativeir.io.report;

import static io.github.narrativeir.io.report.ReportFixtures.LINK;
import static io.github.narrativeir.io.report.ReportFixtures.SCRIPT_URL;
import static org.assertj.core.api.Assertions.assertThat;

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
