package io.github.narrativeir.io.report;

import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain-text report for the terminal: per situation in time order a table of episodes, then
 * tables of predictions, narratives and practice changes, and the evaluation: counts, the scores of
 * the model and the baselines side by side with a verdict, the false positives, false negatives,
 * unexplained changes and true negatives, and the unmatched predictions. Ids only in the tables, so
 * that columns stay narrow; labels in the situation headings.
 */
final class TextReport {
  private static final String INDENT = "  ";

  private final ReportContext ctx;
  private final ReportSink out;

  private TextReport(ReportContext ctx, ReportSink out) {
    this.ctx = ctx;
    this.out = out;
  }

  static void write(Inference inference, ReportSink out) {
    new TextReport(new ReportContext(inference), out).report();
  }

  private void report() {
    String title = Escaping.plain(ctx.title());
    out.append(title).append('\n').append("=".repeat(Escaping.width(title))).append('\n');
    List<Situation> situations = ctx.inference.situations();
    for (int i = 0; i < situations.size(); i++) {
      situation(i + 1, situations.size(), situations.get(i));
    }
    predictions();
    narratives();
    evaluation();
  }

  private void situation(int number, int count, Situation s) {
    heading(
        "Situation "
            + number
            + " of "
            + count
            + ": "
            + s.id()
            + ReportContext.label(s).map(l -> ", " + l).orElse("")
            + " ("
            + ReportContext.period(s)
            + ")");
    TextTable table = new TextTable("actor", "concepts", "highlighted", "occluded");
    for (Episode e : ctx.inference.episodes()) {
      if (e.situation().equals(s.id())) {
        table.row(e.actor().value(), list(e.concepts()), list(e.highlighted()), list(e.occluded()));
      }
    }
    table(table, "no actor holds concepts");
  }

  private void predictions() {
    heading("Predictions");
    table(predictionTable(ctx.inference.predictions()), "none");
  }

  private static TextTable predictionTable(List<Prediction> predictions) {
    TextTable table =
        new TextTable(
            "actor", "practice", "target", "situation", "support", "opposition", "concepts");
    for (Prediction p : predictions) {
      table.row(
          p.actor().value(),
          p.practice().value(),
          ReportContext.target(p.target()),
          p.situation().value(),
          ReportContext.number(p.support()),
          ReportContext.number(p.opposition()),
          list(p.concepts()));
    }
    return table;
  }

  private void narratives() {
    heading("Narratives");
    TextTable persistent = new TextTable("actor", "persistent concepts");
    TextTable changes = new TextTable("actor", "situation", "change", "practice", "target");
    for (Narrative n : ctx.inference.narratives()) {
      persistent.row(n.actor().value(), list(n.persistent()));
      for (PracticeChange c : n.changes()) {
        changes.row(
            n.actor().value(),
            c.situation().value(),
            c.change().token(),
            c.practice().value(),
            ReportContext.target(c.target()));
      }
    }
    table(persistent, "no actor holds concepts");
    heading("Practice changes");
    table(changes, "none");
  }

  private void evaluation() {
    heading("Evaluation");
    if (ctx.inference.evaluation().isEmpty()) {
      out.append(INDENT).append("the model has no observations\n");
      return;
    }
    Evaluation e = ctx.inference.evaluation().get();
    String[][] counts = {
      {"observations", String.valueOf(e.observations())},
      {"explained", String.valueOf(e.explained())},
      {"unexplained", String.valueOf(e.unexplained().size())},
      {"predictions", String.valueOf(e.predictions())},
      {"matched", String.valueOf(e.matched())},
      {"unmatched", String.valueOf(e.unmatched().size())},
    };
    for (String[] c : counts) {
      out.append(INDENT)
          .append(c[0])
          .append(" ".repeat(14 - c[0].length()))
          .append(c[1])
          .append('\n');
    }

    scores(new ScoreSheet(e));

    heading("False positives (predicted, but the sources say it did not happen)");
    TextTable falsePositives =
        new TextTable("actor", "practice", "target", "situation", "source", "predicted by");
    for (Observation o : e.falsePositives()) {
      falsePositives.row(
          o.actor().value(),
          o.practice().value(),
          ReportContext.target(o.target()),
          o.situation().value(),
          o.source().orElse("-"),
          ctx.predictedBy(o, id -> id));
    }
    table(falsePositives, "none");

    heading("False negatives (observed, not predicted)");
    table(observationTable(e.falseNegatives(), false), "none");

    heading("Unexplained changes (observed, not in the narrative)");
    table(observationTable(ReportContext.unexplainedChanges(e), true), "none");

    heading("True negatives (not predicted, and the sources say it did not happen)");
    table(observationTable(ReportContext.trueNegatives(e), false), "none");

    heading("Unmatched predictions");
    TextTable unmatched =
        new TextTable(
            "actor",
            "practice",
            "target",
            "situation",
            "support",
            "opposition",
            "concepts",
            "observations");
    for (Prediction p : e.unmatched()) {
      unmatched.row(
          p.actor().value(),
          p.practice().value(),
          ReportContext.target(p.target()),
          p.situation().value(),
          ReportContext.number(p.support()),
          ReportContext.number(p.opposition()),
          list(p.concepts()),
          ctx.contradicted(p) ? "say it did not happen" : "none");
    }
    table(unmatched, "none");
  }

  /** The scores of the model and the baselines side by side, the verdict, the baselines. */
  private void scores(ScoreSheet sheet) {
    heading("Scores (the model and the baselines on the same observations)");
    List<String> header = new ArrayList<>();
    header.add("measure");
    header.addAll(sheet.scorers());
    header.add("meaning");
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (ScoreSheet.Row row : sheet.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.measure());
      cells.addAll(row.values());
      cells.add(row.meaning());
      table.row(cells.toArray(String[]::new));
    }
    table.appendTo(out, INDENT);
    out.append(INDENT).append(ScoreSheet.UNDEFINED_NOTE).append('\n');

    heading("Verdict");
    out.append(INDENT).append(sheet.verdict()).append('\n');

    heading("Baselines");
    TextTable baselines = new TextTable("baseline", "rule");
    for (String[] b : sheet.baselines()) {
      baselines.row(b);
    }
    baselines.appendTo(out, INDENT);
  }

  private static TextTable observationTable(List<Observation> observations, boolean changes) {
    TextTable table =
        changes
            ? new TextTable("actor", "practice", "target", "situation", "change", "source")
            : new TextTable("actor", "practice", "target", "situation", "source");
    for (Observation o : observations) {
      List<String> cells = new ArrayList<>();
      cells.add(o.actor().value());
      cells.add(o.practice().value());
      cells.add(ReportContext.target(o.target()));
      cells.add(o.situation().value());
      if (changes) {
        cells.add(o.change().map(c -> c.token()).orElse("-"));
      }
      cells.add(o.source().orElse("-"));
      table.row(cells.toArray(String[]::new));
    }
    return table;
  }

  private void heading(String text) {
    out.append('\n').append(Escaping.plain(text)).append('\n');
  }

  private void table(TextTable table, String whenEmpty) {
    if (table.isEmpty()) {
      out.append(INDENT).append(whenEmpty).append('\n');
    } else {
      table.appendTo(out, INDENT);
    }
  }

  /** Ids joined by commas, or {@code -} when there are none. */
  private static String list(Collection<?> ids) {
    return ids.isEmpty()
        ? "-"
        : ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
