package io.github.narrativeir.io.report;

import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The HTML sensitivity report: one self-contained page in the style of the {@link HtmlReport
 * inference report} (its style sheet inline, nothing fetched, no scripts). Fragile predictions
 * first, in plain words; then a table of the predictions by family, each cell the share of that
 * family's variants that keep the prediction, shaded by share, with the variants that lose it in
 * the cell's {@code title} (shown on hover); the same for the observations and the variants that
 * flip their explanation; the gained predictions; the spread of the scores; the families run.
 *
 * <p>Shading is by class, never by a {@code style} attribute, and the share is written in every
 * cell, so that the page reads without colour too. Every piece of user text goes through {@link
 * Escaping#html(String)}, in text and attributes alike; the page is well-formed XML.
 */
final class SensitivityHtmlReport {
  private static final String SHADES =
      String.join(
          "\n",
          ".share { text-align: right; white-space: nowrap; }",
          ".share-all { background: #ffffff; }",
          ".share-high { background: #fef0d9; }",
          ".share-mid { background: #fdcc8a; }",
          ".share-low { background: #fc8d59; }",
          ".share-least { background: #d7301f; color: #ffffff; }",
          ".share-none { color: #777; }",
          ".legend span { border: 1px solid #ccc; padding: 0 0.4em; margin-right: 0.3em; }",
          "td[title] { cursor: help; }",
          ".fragile { font-weight: bold; color: #b2182b; }");

  private static final UnaryOperator<String> CODE = SensitivityHtmlReport::code;
  private static final UnaryOperator<String> TEXT = Escaping::html;
  private static final String ARROW = "\u2192";

  private final SensitivitySheet sheet;
  private final ReportSink out;

  private SensitivityHtmlReport(SensitivitySheet sheet, ReportSink out) {
    this.sheet = sheet;
    this.out = out;
  }

  static void write(SensitivitySheet sheet, ReportSink out) {
    new SensitivityHtmlReport(sheet, out).page();
  }

  private void page() {
    String title = Escaping.html(sheet.title());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(title)
        .append("</title>\n<style>\n")
        .append(HtmlReport.STYLE)
        .append('\n')
        .append(SHADES)
        .append("\n</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(title)
        .append("</h1>\n");
    for (String line : sheet.summary()) {
      out.append("<p class=\"meta\">").append(Escaping.html(line)).append("</p>\n");
    }
    out.append(
        "<nav><a href=\"#fragile\">Fragile</a><a href=\"#by-family\">Predictions by family</a><a"
            + " href=\"#observations\">Observations</a><a href=\"#gained\">Gained</a><a"
            + " href=\"#scores\">Scores</a><a href=\"#families\">Families</a></nav>\n");
    out.append("</header>\n<main>\n<section id=\"sensitivity\">\n");
    fragile();
    byFamily();
    observations();
    gained();
    scores();
    families();
    out.append("</section>\n</main>\n</body>\n</html>\n");
  }

  private void fragile() {
    out.append("<section id=\"fragile\">\n<h2>Fragile predictions</h2>\n");
    if (sheet.variants == 0) {
      out.append("<p>No variant ran.</p>\n</section>\n");
      return;
    }
    out.append("<p>Predictions that hold in fewer than ")
        .append(SensitivitySheet.FRAGILE_BELOW_PERCENT)
        .append("% of the variants, with the variants that lose them.</p>\n");
    List<PredictionHolds> fragile = sheet.fragile();
    if (fragile.isEmpty()) {
      out.append("<p>None.</p>\n</section>\n");
      return;
    }
    out.append("<ul>\n");
    for (PredictionHolds p : fragile) {
      out.append("<li>")
          .append(SensitivitySheet.prediction(p.prediction(), CODE, ARROW))
          .append(": ")
          .append(sheet.holds(p));
      variants(p.lostIn());
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void byFamily() {
    out.append("<section id=\"by-family\">\n<h2>Predictions by family</h2>\n");
    out.append(
            "<p>Each cell is the share of the family's variants that keep the prediction; hover over"
                + " it for the variants that lose it. A prediction is fragile when it holds in fewer"
                + " than ")
        .append(SensitivitySheet.FRAGILE_BELOW_PERCENT)
        .append("% of all the variants.</p>\n");
    legend();
    if (sheet.result.predictions().isEmpty()) {
      out.append("<p>The model predicts nothing.</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"scroll\">\n<table class=\"by-family\">\n<thead><tr>")
        .append("<th>actor</th><th>practice</th><th>target</th><th>situation</th>");
    familyHeads();
    out.append("<th></th></tr></thead>\n<tbody>\n");
    for (PredictionHolds p : sheet.result.predictions()) {
      out.append("<tr>")
          .append(
              cells(
                  p.prediction().actor().value(),
                  p.prediction().practice().value(),
                  p.prediction().target().map(t -> t.value()).orElse(null),
                  p.prediction().situation().value()));
      shares(p.lostIn(), "kept", "lost");
      out.append(sheet.fragile(p) ? "<td><span class=\"fragile\">fragile</span></td>" : "<td></td>")
          .append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private void observations() {
    out.append("<section id=\"observations\">\n<h2>Observations</h2>\n");
    if (!sheet.observed()) {
      out.append("<p>")
          .append(Escaping.html(SensitivitySheet.NO_OBSERVATIONS))
          .append("</p>\n</section>\n");
      return;
    }
    out.append(
        "<p>Each cell is the share of the family's variants that explain the observation as the"
            + " model does; hover over it for the variants that flip it.</p>\n");
    List<ObservationFlips> flipping = sheet.flipping();
    if (!flipping.isEmpty()) {
      out.append("<h3>Observations whose explanation flips</h3>\n<ul>\n");
      for (ObservationFlips o : flipping) {
        out.append("<li>")
            .append(SensitivitySheet.observation(o.observation(), CODE, TEXT, ARROW))
            .append(": ")
            .append(Escaping.html(sheet.flip(o)));
        variants(o.flippedIn());
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    } else {
      out.append("<p>No observation flips: every variant explains them as the model does.</p>\n");
    }
    out.append("<h3>Observations by family</h3>\n");
    out.append("<div class=\"scroll\">\n<table class=\"by-family\">\n<thead><tr>")
        .append("<th>actor</th><th>practice</th><th>target</th><th>situation</th>")
        .append("<th>change</th><th>occurred</th><th>explained</th>");
    familyHeads();
    out.append("</tr></thead>\n<tbody>\n");
    for (ObservationFlips o : sheet.result.observations()) {
      out.append("<tr>")
          .append(
              cells(
                  o.observation().actor().value(),
                  o.observation().practice().value(),
                  o.observation().target().map(t -> t.value()).orElse(null),
                  o.observation().situation().value()))
          .append("<td>")
          .append(o.observation().change().map(c -> c.token()).orElse(""))
          .append("</td><td>")
          .append(o.observation().occurred() ? "yes" : "no")
          .append("</td><td>")
          .append(o.explained() ? "yes" : "no")
          .append("</td>");
      shares(
          o.flippedIn(),
          o.explained() ? "explained" : "not explained",
          o.explained() ? "not explained" : "explained");
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private void gained() {
    out.append("<section id=\"gained\">\n<h2>Gained predictions</h2>\n");
    out.append("<p>Predictions some variant makes and the model does not.</p>\n");
    if (sheet.result.gained().isEmpty()) {
      out.append("<p>None.</p>\n</section>\n");
      return;
    }
    out.append("<ul>\n");
    for (GainedPrediction g : sheet.result.gained()) {
      out.append("<li>")
          .append(
              SensitivitySheet.occasion(
                  g.actor(), g.practice(), g.target(), g.situation(), CODE, ARROW))
          .append(": made in ")
          .append(SensitivitySheet.ofVariants(g.gainedIn().size(), sheet.variants));
      variants(g.gainedIn());
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void scores() {
    out.append("<section id=\"scores\">\n<h2>Scores over the variants</h2>\n");
    if (!sheet.observed()) {
      out.append("<p>")
          .append(Escaping.html(SensitivitySheet.NO_OBSERVATIONS))
          .append("</p>\n</section>\n");
      return;
    }
    out.append("<table class=\"scores\">\n<thead><tr><th>measure</th>");
    SensitivitySheet.SCORE_COLUMNS.forEach(c -> out.append("<th>").append(c).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (SensitivitySheet.ScoreRow row : sheet.scores()) {
      out.append("<tr><th>").append(row.measure()).append("</th>");
      row.values()
          .forEach(
              v -> out.append("<td class=\"number\">").append(Escaping.html(v)).append("</td>"));
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n<p class=\"meta\">")
        .append(Escaping.html(SensitivitySheet.SCORE_NOTE))
        .append("</p>\n</section>\n");
  }

  private void families() {
    out.append("<section id=\"families\">\n<h2>Families</h2>\n");
    if (sheet.result.families().isEmpty()) {
      out.append("<p>None was run.</p>\n</section>\n");
      return;
    }
    out.append(
        "<table>\n<thead><tr><th>family</th><th>variants</th><th>each variant</th></tr></thead>\n"
            + "<tbody>\n");
    for (FamilyCount f : sheet.result.families()) {
      out.append("<tr><td>")
          .append(code(f.name()))
          .append("</td><td class=\"number\">")
          .append(f.variants())
          .append("</td><td>")
          .append(Escaping.html(VariantWords.meaning(f.name())))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /** The legend of the shading. */
  private void legend() {
    out.append(
        "<p class=\"legend\">Shading: <span class=\"share-all\">all</span><span"
            + " class=\"share-high\">90% or more</span><span class=\"share-mid\">75% or"
            + " more</span><span class=\"share-low\">50% or more</span><span"
            + " class=\"share-least\">under 50%</span><span class=\"share-none\">no"
            + " variants</span></p>\n");
  }

  /** The heading cells: all the variants, then each family with its count. */
  private void familyHeads() {
    out.append("<th>all variants <span class=\"meta\">")
        .append(sheet.variants)
        .append("</span></th>");
    for (FamilyCount f : sheet.result.families()) {
      out.append("<th>")
          .append(code(f.name()))
          .append(" <span class=\"meta\">")
          .append(f.variants())
          .append("</span></th>");
    }
  }

  /**
   * The share cells of a row: of all the variants, then of each family's, that do not name it in
   * {@code names}; each shaded by its share, its {@code title} saying what happens to it: {@code
   * kept} in the variants not named, {@code changed} in those named, which it lists.
   */
  private void shares(List<String> names, String kept, String changed) {
    shareCell(sheet.variants - names.size(), sheet.variants, names, "", kept, changed);
    int[] byFamily = sheet.byFamily(names);
    for (int i = 0; i < byFamily.length; i++) {
      FamilyCount f = sheet.result.families().get(i);
      shareCell(
          f.variants() - byFamily[i],
          f.variants(),
          SensitivitySheet.ofFamily(names, f),
          " of " + f.name(),
          kept,
          changed);
    }
  }

  private void shareCell(
      int unchanged, int total, List<String> names, String of, String kept, String changed) {
    StringBuilder title = new StringBuilder();
    if (total == 0) {
      title.append("no variants").append(of);
    } else if (names.isEmpty()) {
      title
          .append(kept)
          .append(total == 1 ? " in the one variant" : " in all " + total + " variants")
          .append(of);
    } else {
      title
          .append(changed)
          .append(" in ")
          .append(names.size())
          .append(" of ")
          .append(SensitivitySheet.count(total, "variant"))
          .append(of)
          .append(':');
      names.forEach(n -> title.append('\n').append(VariantWords.describe(n)));
    }
    out.append("<td class=\"share ")
        .append(shade(unchanged, total))
        .append("\" title=\"")
        // a character reference, so that the line breaks also survive an XML parser
        .append(Escaping.html(title.toString()).replace("\n", "&#10;"))
        .append("\">")
        .append(SensitivitySheet.share(unchanged, total))
        .append("</td>");
  }

  /** The shading class of {@code kept} of {@code total}, by the exact share. */
  static String shade(int kept, int total) {
    if (total == 0) {
      return "share-none";
    }
    long k = kept;
    if (k == total) {
      return "share-all";
    }
    if (k * 100 >= (long) SensitivitySheet.FRAGILE_BELOW_PERCENT * total) {
      return "share-high";
    }
    if (k * 4 >= 3L * total) {
      return "share-mid";
    }
    return k * 2 >= total ? "share-low" : "share-least";
  }

  private static String cells(
      String actor, String practice, @Nullable String target, String situation) {
    return "<td>"
        + code(actor)
        + "</td><td>"
        + code(practice)
        + "</td><td>"
        + (target == null ? "-" : code(target))
        + "</td><td>"
        + code(situation)
        + "</td>";
  }

  /** The variants named, as a nested list, in plain words. */
  private void variants(List<String> names) {
    out.append("\n<ul>\n");
    for (String name : names) {
      out.append("<li>").append(VariantWords.describe(name, CODE, TEXT)).append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private static String code(String id) {
    return "<code>" + Escaping.html(id) + "</code>";
  }
}
