package io.github.narrativeir.io.report;

import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The plain-text sensitivity report, fragile results first: the predictions that hold in fewer than
 * 90% of the variants, each with the variants that lose it in plain words; the observations whose
 * explanation flips, with the variants that flip it; the gained predictions; the spread of the
 * scores; the families run; and last a table of the robust predictions.
 */
final class SensitivityTextReport {
  private static final String INDENT = "  ";
  private static final String ITEM = "    - ";
  private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

  private final SensitivitySheet sheet;
  private final ReportSink out;

  private SensitivityTextReport(SensitivitySheet sheet, ReportSink out) {
    this.sheet = sheet;
    this.out = out;
  }

  static void write(SensitivitySheet sheet, ReportSink out) {
    new SensitivityTextReport(sheet, out).report();
  }

  private void report() {
    String title = Escaping.plain(sheet.title());
    out.append(title).append('\n').append("=".repeat(Escaping.width(title))).append('\n');
    for (String line : sheet.summary()) {
      out.append(INDENT).append(line).append('\n');
    }
    if (sheet.variants > 0) {
      fragile();
    }
    observations();
    gained();
    scores();
    families();
    robust();
  }

  private void fragile() {
    heading(
        "Fragile predictions (hold in fewer than "
            + SensitivitySheet.FRAGILE_BELOW_PERCENT
            + "% of the variants)");
    List<PredictionHolds> fragile = sheet.fragile();
    if (fragile.isEmpty()) {
      line(
          "none: every prediction holds in at least "
              + SensitivitySheet.FRAGILE_BELOW_PERCENT
              + "% of the variants");
    }
    for (PredictionHolds p : fragile) {
      line(SensitivitySheet.prediction(p.prediction(), AS_IS, "->") + ": " + sheet.holds(p));
      variants(p.lostIn());
    }
  }

  private void observations() {
    heading("Observations whose explanation flips");
    if (!sheet.observed()) {
      line("none: the model has no observations");
      return;
    }
    List<ObservationFlips> flipping = sheet.flipping();
    if (flipping.isEmpty()) {
      line("none: every variant explains the observations as the model does");
    }
    for (ObservationFlips o : flipping) {
      line(
          SensitivitySheet.observation(o.observation(), AS_IS, Escaping::plain, "->")
              + ": "
              + sheet.flip(o));
      variants(o.flippedIn());
    }
  }

  private void gained() {
    heading("Gained predictions (made by some variant, not by the model)");
    if (sheet.result.gained().isEmpty()) {
      line("none");
    }
    for (GainedPrediction g : sheet.result.gained()) {
      line(
          SensitivitySheet.occasion(g.actor(), g.practice(), g.target(), g.situation(), AS_IS, "->")
              + ": made in "
              + SensitivitySheet.ofVariants(g.gainedIn().size(), sheet.variants));
      variants(g.gainedIn());
    }
  }

  private void scores() {
    heading("Scores over the variants");
    if (!sheet.observed()) {
      line(SensitivitySheet.NO_OBSERVATIONS);
      return;
    }
    List<String> header = new ArrayList<>();
    header.add("measure");
    header.addAll(SensitivitySheet.SCORE_COLUMNS);
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (SensitivitySheet.ScoreRow row : sheet.scores()) {
      List<String> cells = new ArrayList<>();
      cells.add(row.measure());
      cells.addAll(row.values());
      table.row(cells.toArray(String[]::new));
    }
    table.appendTo(out, INDENT);
    line(SensitivitySheet.SCORE_NOTE);
  }

  private void families() {
    heading("Families");
    if (sheet.result.families().isEmpty()) {
      line("none");
      return;
    }
    TextTable table = new TextTable("family", "variants", "each variant");
    for (FamilyCount f : sheet.result.families()) {
      table.row(f.name(), String.valueOf(f.variants()), VariantWords.meaning(f.name()));
    }
    table.appendTo(out, INDENT);
  }

  private void robust() {
    if (sheet.variants == 0) {
      heading("Predictions (no variant ran, so none has a share)");
      for (PredictionHolds p : sheet.result.predictions()) {
        line(SensitivitySheet.prediction(p.prediction(), AS_IS, "->"));
      }
      if (sheet.result.predictions().isEmpty()) {
        line("none");
      }
      return;
    }
    heading(
        "Robust predictions (hold in at least "
            + SensitivitySheet.FRAGILE_BELOW_PERCENT
            + "% of the variants)");
    List<PredictionHolds> robust = sheet.robust();
    if (robust.isEmpty()) {
      line("none");
    }
    for (PredictionHolds p : robust) {
      line(SensitivitySheet.prediction(p.prediction(), AS_IS, "->") + ": " + sheet.holds(p));
      variants(p.lostIn());
    }
  }

  /** The variants named, one a line, in plain words. */
  private void variants(List<String> names) {
    for (String name : names) {
      out.append(ITEM).append(Escaping.plain(VariantWords.describe(name))).append('\n');
    }
  }

  private void heading(String text) {
    out.append('\n').append(Escaping.plain(text)).append('\n');
  }

  private void line(String text) {
    out.append(INDENT).append(Escaping.plain(text)).append('\n');
  }
}
