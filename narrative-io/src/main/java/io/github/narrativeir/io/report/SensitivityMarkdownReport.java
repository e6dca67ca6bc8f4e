package io.github.narrativeir.io.report;

import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Markdown sensitivity report: the same sections as the {@linkplain SensitivityTextReport text
 * report}, fragile results first, as headings, lists and tables. Ids stand in code spans; every
 * other piece of user text is escaped by {@link Escaping#markdown(String)}.
 */
final class SensitivityMarkdownReport {
  private static final String ARROW = "\u2192";
  private static final UnaryOperator<String> CODE = SensitivityMarkdownReport::code;
  private static final UnaryOperator<String> TEXT = Escaping::markdown;

  private final SensitivitySheet sheet;
  private final ReportSink out;

  private SensitivityMarkdownReport(SensitivitySheet sheet, ReportSink out) {
    this.sheet = sheet;
    this.out = out;
  }

  static void write(SensitivitySheet sheet, ReportSink out) {
    new SensitivityMarkdownReport(sheet, out).report();
  }

  private void report() {
    out.append("# ").append(Escaping.markdown(sheet.title())).append('\n');
    section("");
    for (String line : sheet.summary()) {
      out.append(Escaping.markdown(line)).append('\n');
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
    section(
        "## Fragile predictions (hold in fewer than "
            + SensitivitySheet.FRAGILE_BELOW_PERCENT
            + "% of the variants)");
    List<PredictionHolds> fragile = sheet.fragile();
    if (fragile.isEmpty()) {
      out.append(
          "None: every prediction holds in at least "
              + SensitivitySheet.FRAGILE_BELOW_PERCENT
              + "% of the variants.\n");
    }
    for (PredictionHolds p : fragile) {
      out.append("- ")
          .append(SensitivitySheet.prediction(p.prediction(), CODE, ARROW))
          .append(": ")
          .append(sheet.holds(p))
          .append('\n');
      variants(p.lostIn());
    }
  }

  private void observations() {
    section("## Observations whose explanation flips");
    if (!sheet.observed()) {
      out.append("None: the model has no observations.\n");
      return;
    }
    List<ObservationFlips> flipping = sheet.flipping();
    if (flipping.isEmpty()) {
      out.append("None: every variant explains the observations as the model does.\n");
    }
    for (ObservationFlips o : flipping) {
      out.append("- ")
          .append(SensitivitySheet.observation(o.observation(), CODE, TEXT, ARROW))
          .append(": ")
          .append(sheet.flip(o))
          .append('\n');
      variants(o.flippedIn());
    }
  }

  private void gained() {
    section("## Gained predictions (made by some variant, not by the model)");
    if (sheet.result.gained().isEmpty()) {
      out.append("None.\n");
    }
    for (GainedPrediction g : sheet.result.gained()) {
      out.append("- ")
          .append(
              SensitivitySheet.occasion(
                  g.actor(), g.practice(), g.target(), g.situation(), CODE, ARROW))
          .append(": made in ")
          .append(SensitivitySheet.ofVariants(g.gainedIn().size(), sheet.variants))
          .append('\n');
      variants(g.gainedIn());
    }
  }

  private void scores() {
    section("## Scores over the variants");
    if (!sheet.observed()) {
      out.append(Escaping.markdown(SensitivitySheet.NO_OBSERVATIONS)).append('\n');
      return;
    }
    out.append("| measure |");
    SensitivitySheet.SCORE_COLUMNS.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append("\n|---|---:|---:|---:|---:|\n");
    for (SensitivitySheet.ScoreRow row : sheet.scores()) {
      out.append("| ").append(row.measure()).append(" |");
      row.values().forEach(v -> out.append(' ').append(v).append(" |"));
      out.append('\n');
    }
    out.append('\n').append(Escaping.markdown(SensitivitySheet.SCORE_NOTE)).append('\n');
  }

  private void families() {
    section("## Families");
    if (sheet.result.families().isEmpty()) {
      out.append("None.\n");
      return;
    }
    out.append("| family | variants | each variant |\n|---|---:|---|\n");
    for (FamilyCount f : sheet.result.families()) {
      out.append("| ")
          .append(Escaping.markdown(f.name()))
          .append(" | ")
          .append(f.variants())
          .append(" | ")
          .append(Escaping.markdown(VariantWords.meaning(f.name())))
          .append(" |\n");
    }
  }

  private void robust() {
    if (sheet.variants == 0) {
      section("## Predictions (no variant ran, so none has a share)");
      for (PredictionHolds p : sheet.result.predictions()) {
        out.append("- ")
            .append(SensitivitySheet.prediction(p.prediction(), CODE, ARROW))
            .append('\n');
      }
      if (sheet.result.predictions().isEmpty()) {
        out.append("None.\n");
      }
      return;
    }
    section(
        "## Robust predictions (hold in at least "
            + SensitivitySheet.FRAGILE_BELOW_PERCENT
            + "% of the variants)");
    List<PredictionHolds> robust = sheet.robust();
    if (robust.isEmpty()) {
      out.append("None.\n");
    }
    for (PredictionHolds p : robust) {
      out.append("- ")
          .append(SensitivitySheet.prediction(p.prediction(), CODE, ARROW))
          .append(": ")
          .append(sheet.holds(p))
          .append('\n');
      variants(p.lostIn());
    }
  }

  /** The variants named, as a nested list, in plain words. */
  private void variants(List<String> names) {
    for (String name : names) {
      out.append("  - ").append(VariantWords.describe(name, CODE, TEXT)).append('\n');
    }
  }

  /** An id as a code span; ids never hold a backtick, a pipe or a line break. */
  private static String code(String id) {
    return "`" + id + "`";
  }

  /**
   * Starts a block with {@code heading} (none when empty), one blank line after what came before.
   */
  private void section(String heading) {
    if (!out.isEmpty() && !out.endsWithBlankLine()) {
      out.append('\n');
    }
    if (!heading.isEmpty()) {
      out.append(heading).append("\n\n");
    }
  }
}
