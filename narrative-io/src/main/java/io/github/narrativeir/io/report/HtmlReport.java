package io.github.narrativeir.io.report;

import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.Situation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The HTML report: one self-contained HTML5 page, with its style inline and nothing fetched from
 * the network (no scripts, fonts, images or style sheets), so that it opens in any browser offline.
 * It holds the {@link TimelineSvg timeline}, each actor's narrative, the predictions with their
 * explanations (in {@code details} elements, which need no script), and the evaluation: counts, the
 * scores of the model and the baselines side by side with a verdict, the false positives, false
 * negatives, unexplained changes and true negatives, and the unmatched predictions.
 *
 * <p>Every piece of user text goes through {@link Escaping#html(String)}, in text and in attributes
 * alike. The only links are fragment links within the page and the {@code http} or {@code https}
 * urls of evidence; any other url is shown as text, never as a link. The page is also well-formed
 * XML, which is how its tests check its structure.
 */
final class HtmlReport {
  /** The page's style sheet, shared with the {@link SensitivityHtmlReport sensitivity report}. */
  static final String STYLE =
      String.join(
          "\n",
          "body { font-family: system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial,"
              + " sans-serif;",
          "  margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; line-height: 1.45; }",
          "h1 { font-size: 1.6em; margin-bottom: 0.2em; }",
          "h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }",
          "code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }",
          "pre { background: #f6f6f6; padding: 0.8em; overflow-x: auto; white-space: pre-wrap; }",
          "table { border-collapse: collapse; margin: 0.5em 0 1em; }",
          "th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left;"
              + " vertical-align: top; }",
          "th { background: #eee; }",
          "td.number { text-align: right; }",
          "td ol, td ul { margin: 0; padding-left: 1.3em; }",
          ".label { color: #555; }",
          ".meta { color: #777; font-size: 0.9em; }",
          ".mode { font-size: 0.85em; padding: 0 0.3em; border: 1px solid; border-radius: 0.3em; }",
          ".mode.cooperation { color: #1b7837; }",
          ".mode.coercion { color: #b2182b; font-style: italic; }",
          ".mode.neutral { color: #555; }",
          ".scroll { overflow-x: auto; }",
          ".verdict { border-left: 4px solid #888; padding-left: 0.6em; }",
          "details { margin: 0.4em 0; }",
          "summary { cursor: pointer; }",
          "nav a { margin-right: 1em; }",
          "@media print { .scroll { overflow: visible; } }");

  private static final String OBSERVATION_HEAD =
      "<th>actor</th><th>practice</th><th>target</th><th>situation</th>";

  private final ReportContext ctx;
  private final ReportSink out;

  private HtmlReport(ReportContext ctx, ReportSink out) {
    this.ctx = ctx;
    this.out = out;
  }

  static void write(Inference inference, ReportSink out) {
    new HtmlReport(new ReportContext(inference), out).page();
  }

  private void page() {
    String title = Escaping.html(ctx.title());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(title)
        .append("</title>\n")
        .append("<style>\n")
        .append(STYLE)
        .append("\n</style>\n</head>\n<body>\n");
    out.append("<header>\n<h1>").append(title).append("</h1>\n");
    out.append("<p class=\"meta\">")
        .append(count(ctx.inference.situations().size(), "situation"))
        .append(", ")
        .append(count(ctx.model.actors().size(), "actor"))
        .append(", ")
        .append(count(ctx.model.concepts().size(), "concept"))
        .append(", ")
        .append(count(ctx.inference.predictions().size(), "prediction"))
        .append(", ")
        .append(count(ctx.model.observations().size(), "observation"))
        .append("; interaction ")
        .append(ctx.inference.options().interaction() ? "on" : "off")
        .append(".</p>\n");
    out.append(
        "<nav><a href=\"#timeline\">Timeline</a><a href=\"#narratives\">Narratives</a><a"
            + " href=\"#predictions\">Predictions</a><a"
            + " href=\"#evaluation\">Evaluation</a></nav>\n");
    out.append("</header>\n<main>\n");
    timeline();
    narratives();
    predictions();
    evaluation();
    out.append("</main>\n</body>\n</html>\n");
  }

  private void timeline() {
    out.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
    out.append(
        "<p>Rows are actors, columns situations in time order. In each cell, a filled mark"
            + " on the left means the practice is predicted, an outlined mark on the right that it"
            + " was observed, and an outlined mark struck out that the sources say it did not"
            + " happen (alone, a true negative). The shape gives the mode: circle for"
            + " cooperation, triangle for coercion, square for neither. A false positive"
            + " (predicted, but the sources say it did not happen) stands on an orange ground"
            + " with a dashed border, a false negative (observed, not predicted) on a purple"
            + " ground with a solid one. Hover over a mark for details.</p>\n");
    out.append("<div class=\"scroll\">\n");
    TimelineSvg.appendTo(ctx, out);
    out.append("</div>\n</section>\n");
  }

  private void narratives() {
    out.append("<section id=\"narratives\">\n<h2>Narratives</h2>\n");
    if (ctx.inference.narratives().isEmpty()) {
      out.append("<p>No actor holds concepts.</p>\n");
    }
    for (Narrative n : ctx.inference.narratives()) {
      narrative(n);
    }
    out.append("</section>\n");
  }

  private void narrative(Narrative n) {
    out.append("<section class=\"narrative\" id=\"")
        .append(Escaping.html("narrative-" + n.actor()))
        .append("\">\n<h3>")
        .append(actor(n.actor()))
        .append("</h3>\n");
    out.append("<p>Persistent concepts: ")
        .append(n.persistent().isEmpty() ? "none" : joined(n.persistent(), this::concept))
        .append(".</p>\n");
    out.append(
        "<table>\n"
            + "<thead><tr><th>#</th><th>situation</th><th>concepts, in activation"
            + " order</th><th>highlighted</th><th>occluded</th></tr></thead>\n"
            + "<tbody>\n");
    for (Episode e : n.episodes()) {
      Situation s = ctx.situation(e.situation());
      out.append("<tr><td class=\"number\">")
          .append(ctx.situationIndex(s.id()) + 1)
          .append("</td><td>")
          .append(code(s.id().value()))
          .append(ReportContext.label(s).map(l -> "<br/>" + Escaping.html(l)).orElse(""))
          .append("</td><td>");
      if (e.concepts().isEmpty()) {
        out.append("none");
      } else {
        out.append("<ol>");
        e.concepts().forEach(c -> out.append("<li>").append(concept(c)).append("</li>"));
        out.append("</ol>");
      }
      out.append("</td><td>")
          .append(aspects(e.highlighted()))
          .append("</td><td>")
          .append(aspects(e.occluded()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");

    out.append("<h4>Practice changes</h4>\n");
    if (n.changes().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append(
          "<table>\n<thead><tr><th>situation</th><th>change</th><th>practice</th>"
              + "<th>target</th></tr></thead>\n<tbody>\n");
      for (PracticeChange c : n.changes()) {
        out.append("<tr><td>")
            .append(code(c.situation().value()))
            .append("</td><td>")
            .append(c.change().token())
            .append("</td><td>")
            .append(practice(c.practice()))
            .append("</td><td>")
            .append(target(c.target()))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    out.append("<h4>Concepts held</h4>\n<ul>\n");
    for (Concept c : ctx.conceptsOf(n.actor())) {
      out.append("<li>")
          .append(concept(c.id()))
          .append(" <span class=\"meta\">priority ")
          .append(c.priority())
          .append("</span>");
      if (!c.evidence().isEmpty()) {
        out.append("\n<ul>\n");
        for (Evidence ev : ReportContext.sorted(c.evidence())) {
          out.append("<li>").append(evidence(ev)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void predictions() {
    out.append("<section id=\"predictions\">\n<h2>Predictions</h2>\n");
    List<Prediction> predictions = ctx.inference.predictions();
    if (predictions.isEmpty()) {
      out.append("<p>None.</p>\n</section>\n");
      return;
    }
    predictionTable(predictions);
    out.append("<h3>Explanations</h3>\n");
    for (int i = 0; i < predictions.size(); i++) {
      Prediction p = predictions.get(i);
      out.append("<details id=\"prediction-")
          .append(i + 1)
          .append("\">\n<summary>")
          .append(i + 1)
          .append(". ")
          .append(code(p.actor().value()))
          .append(' ')
          .append(code(p.practice().value()))
          .append(p.target().map(t -> " \u2192 " + code(t.value())).orElse(""))
          .append(" in ")
          .append(code(p.situation().value()))
          .append("</summary>\n<pre>")
          .append(Escaping.html(ctx.inference.explain(p).render()))
          .append("</pre>\n</details>\n");
    }
    out.append("</section>\n");
  }

  private void predictionTable(List<Prediction> predictions) {
    boolean evaluated = ctx.inference.evaluation().isPresent();
    out.append(
            "<table>\n<thead><tr><th>actor</th><th>practice</th><th>target</th>"
                + "<th>situation</th><th>support</th><th>opposition</th><th>concepts</th>")
        .append(evaluated ? "<th>observed</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (Prediction p : predictions) {
      out.append("<tr><td>")
          .append(code(p.actor().value()))
          .append("</td><td>")
          .append(practice(p.practice()))
          .append("</td><td>")
          .append(target(p.target()))
          .append("</td><td>")
          .append(code(p.situation().value()))
          .append("</td><td class=\"number\">")
          .append(ReportContext.number(p.support()))
          .append("</td><td class=\"number\">")
          .append(ReportContext.number(p.opposition()))
          .append("</td><td>")
          .append(joined(p.concepts(), c -> code(c.value())))
          .append("</td>");
      if (evaluated) {
        out.append("<td>").append(observed(p)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  /**
   * Whether {@code p} is observed: {@code yes}, {@code did not happen} when only negative evidence
   * matches it, or {@code not observed} when no observation speaks to it.
   */
  private String observed(Prediction p) {
    if (ctx.matched(p)) {
      return "yes";
    }
    return ctx.contradicted(p) ? "did not happen" : "not observed";
  }

  private void evaluation() {
    out.append("<section id=\"evaluation\">\n<h2>Evaluation</h2>\n");
    if (ctx.inference.evaluation().isEmpty()) {
      out.append("<p>The model has no observations.</p>\n</section>\n");
      return;
    }
    Evaluation e = ctx.inference.evaluation().get();
    out.append(
        "<p>Absence of an observation is not evidence that a practice did not happen: only"
            + " negative evidence, an observation whose sources say it did not happen, counts"
            + " against a prediction.</p>\n");
    out.append("<table>\n<tbody>\n");
    countRow("observations", e.observations());
    countRow("explained", e.explained());
    countRow("unexplained", e.unexplained().size());
    countRow("predictions", e.predictions());
    countRow("matched", e.matched());
    countRow("unmatched", e.unmatched().size());
    out.append("</tbody>\n</table>\n");

    scores(new ScoreSheet(e));

    out.append("<h3>Unexplained observations</h3>\n");
    out.append("<h4>False positives: predicted, but the sources say it did not happen</h4>\n");
    if (e.falsePositives().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append("<table class=\"fp\">\n<thead><tr>")
          .append(OBSERVATION_HEAD)
          .append("<th>source</th><th>predicted by</th></tr></thead>\n<tbody>\n");
      for (Observation o : e.falsePositives()) {
        out.append("<tr>")
            .append(observationCells(o))
            .append("<td>")
            .append(source(o))
            .append("</td><td>")
            .append(ctx.predictedBy(o, HtmlReport::code))
            .append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("<h4>False negatives: observed, not predicted</h4>\n");
    observationTable(e.falseNegatives(), "fn", false);
    out.append("<h4>Unexplained changes: observed, not in the narrative</h4>\n");
    observationTable(ReportContext.unexplainedChanges(e), "change", true);

    out.append("<h3>True negatives: not predicted, and the sources say it did not happen</h3>\n");
    observationTable(ReportContext.trueNegatives(e), "tn", false);

    out.append("<h3>Unmatched predictions</h3>\n");
    if (e.unmatched().isEmpty()) {
      out.append("<p>None.</p>\n");
    } else {
      out.append(
          "<p>Predictions that no observation confirms: the sources say some did not happen,"
              + " and say nothing of the others (unassessed).</p>\n");
      predictionTable(e.unmatched());
    }
    out.append("</section>\n");
  }

  /** The scores of the model and the baselines side by side, the verdict, the baselines. */
  private void scores(ScoreSheet sheet) {
    out.append("<h3>Scores</h3>\n");
    out.append("<p>The model and the baselines, scored on the same observations.</p>\n");
    out.append("<table class=\"scores\">\n<thead><tr><th>measure</th><th>")
        .append(sheet.scorers().get(0))
        .append("</th>");
    sheet
        .scorers()
        .subList(1, sheet.scorers().size())
        .forEach(name -> out.append("<th>").append(code(name)).append("</th>"));
    out.append("<th>meaning</th></tr></thead>\n<tbody>\n");
    for (ScoreSheet.Row r : sheet.rows()) {
      out.append("<tr><th>").append(Escaping.html(r.measure())).append("</th>");
      for (String v : r.values()) {
        out.append("<td class=\"number\">").append(Escaping.html(v)).append("</td>");
      }
      out.append("<td>").append(Escaping.html(r.meaning())).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    out.append("<p class=\"meta\">")
        .append(Escaping.html(ScoreSheet.UNDEFINED_NOTE))
        .append("</p>\n");
    out.append("<p class=\"verdict\"><strong>Verdict:</strong> ")
        .append(Escaping.html(sheet.verdict()))
        .append("</p>\n");
    out.append("<p>Baselines:</p>\n<ul class=\"baselines\">\n");
    for (String[] b : sheet.baselines()) {
      out.append("<li>")
          .append(code(b[0]))
          .append(": ")
          .append(Escaping.html(b[1]))
          .append("</li>\n");
    }
    out.append("</ul>\n");
  }

  private void observationTable(List<Observation> observations, String kind, boolean changes) {
    if (observations.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    out.append("<table class=\"")
        .append(kind)
        .append("\">\n<thead><tr>")
        .append(OBSERVATION_HEAD)
        .append(changes ? "<th>change</th>" : "")
        .append("<th>source</th></tr></thead>\n<tbody>\n");
    for (Observation o : observations) {
      out.append("<tr>").append(observationCells(o));
      if (changes) {
        out.append("<td>").append(o.change().map(c -> c.token()).orElse("")).append("</td>");
      }
      out.append("<td>").append(source(o)).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private String observationCells(Observation o) {
    return "<td>"
        + code(o.actor().value())
        + "</td><td>"
        + practice(o.practice())
        + "</td><td>"
        + target(o.target())
        + "</td><td>"
        + code(o.situation().value())
        + "</td>";
  }

  private static String source(Observation o) {
    return o.source().map(Escaping::html).orElse("");
  }

  private void countRow(String what, int count) {
    out.append("<tr><th>")
        .append(what)
        .append("</th><td class=\"number\">")
        .append(count)
        .append("</td></tr>\n");
  }

  private String actor(ActorId id) {
    return ctx.actorNameIfAny(id).map(n -> Escaping.html(n) + " ").orElse("") + code(id.value());
  }

  private String concept(ConceptId id) {
    return code(id.value())
        + ctx.conceptLabel(id)
            .map(l -> " <span class=\"label\">" + Escaping.html(l) + "</span>")
            .orElse("");
  }

  private String practice(PracticeId id) {
    PracticeMode mode = ctx.mode(id);
    return code(id.value())
        + ctx.practiceLabel(id)
            .map(l -> " <span class=\"label\">" + Escaping.html(l) + "</span>")
            .orElse("")
        + " <span class=\"mode "
        + mode.token()
        + "\">"
        + mode.token()
        + "</span>";
  }

  private static String target(Optional<ActorId> target) {
    return target.map(t -> code(t.value())).orElse("-");
  }

  private String aspects(Collection<AspectId> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder("<ul>");
    for (AspectId a : ids) {
      sb.append("<li>")
          .append(code(a.value()))
          .append(
              ctx.aspectLabel(a)
                  .map(l -> " <span class=\"label\">" + Escaping.html(l) + "</span>")
                  .orElse(""))
          .append("</li>");
    }
    return sb.append("</ul>").toString();
  }

  private static String evidence(Evidence e) {
    String text = Escaping.html(ReportContext.evidence(e));
    return e.url()
        .map(
            u ->
                text
                    + " "
                    + (ReportContext.linkable(u)
                        ? "<a href=\""
                            + Escaping.html(u)
                            + "\" rel=\"noopener noreferrer\">"
                            + Escaping.html(u)
                            + "</a>"
                        : "<span class=\"meta\">" + Escaping.html(u) + "</span>"))
        .orElse(text);
  }

  private static String code(String id) {
    return "<code>" + Escaping.html(id) + "</code>";
  }

  private static <T> String joined(Collection<T> items, java.util.function.Function<T, String> f) {
    StringBuilder sb = new StringBuilder();
    for (T item : items) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(f.apply(item));
    }
    return sb.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
