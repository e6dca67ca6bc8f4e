package io.github.narrativeir.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Scores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The scores of the model and of each {@link Baseline} side by side, and the verdict on them,
 * worded the same way in every report (MODEL.md step 8). Plain text only: each report escapes it
 * for its format.
 *
 * <p>The table has one row per measure and one column per scorer: the model first, then the
 * baselines in the order {@code all}, {@code none}, {@code persistence}. A ratio with nothing to
 * divide by is {@link #UNDEFINED}, never 0, and so is {@code unassessed} for a baseline, which
 * predicts nothing but the observed cells.
 */
final class ScoreSheet {
  /** What an undefined ratio, or a count that does not apply, shows as. */
  static final String UNDEFINED = "\u2014";

  /** The note that says what {@link #UNDEFINED} means. */
  static final String UNDEFINED_NOTE =
      UNDEFINED
          + " marks a ratio with nothing to divide by (undefined, not 0); a baseline predicts only"
          + " the observed cells, so none of its predictions is unassessed.";

  /** A row of the table: a measure, its value for each scorer, and what it means. */
  record Row(String measure, ImmutableList<String> values, String meaning) {}

  private static final String MODEL = "model";

  private final Evaluation evaluation;

  ScoreSheet(Evaluation evaluation) {
    this.evaluation = evaluation;
  }

  /** The names of the scorers, one per column: {@code model}, then each baseline's token. */
  ImmutableList<String> scorers() {
    ImmutableList.Builder<String> names = ImmutableList.<String>builder().add(MODEL);
    evaluation.baselines().keySet().forEach(b -> names.add(b.token()));
    return names.build();
  }

  /** The rows of the table, counts first, then the ratios. */
  ImmutableList<Row> rows() {
    return ImmutableList.of(
        count("true positives (TP)", Scores::truePositives, "observed, and predicted"),
        count("false negatives (FN)", Scores::falseNegatives, "observed, not predicted"),
        count(
            "true negatives (TN)",
            Scores::trueNegatives,
            "the sources say it did not happen; not predicted"),
        count(
            "false positives (FP)",
            Scores::falsePositives,
            "the sources say it did not happen; predicted"),
        row(
            "changes explained",
            s -> s.changesExplained() + " of " + s.changes(),
            "observed starts and stops that the narrative has"),
        row(
            "unassessed predictions",
            s -> s.unassessed().isPresent() ? String.valueOf(s.unassessed().getAsInt()) : UNDEFINED,
            "predictions that no observation speaks to"),
        ratio("recall", Scores::recall, "TP / (TP + FN)"),
        ratio("specificity", Scores::specificity, "TN / (TN + FP)"),
        ratio("balanced accuracy", Scores::balancedAccuracy, "(recall + specificity) / 2"),
        ratio("precision", Scores::precision, "TP / (TP + FP)"));
  }

  /** One line per baseline: its name and what it predicts. */
  ImmutableList<String[]> baselines() {
    ImmutableList.Builder<String[]> lines = ImmutableList.builder();
    for (Baseline b : evaluation.baselines().keySet()) {
      lines.add(new String[] {b.token(), b.description()});
    }
    return lines.build();
  }

  /**
   * One sentence that says whether the model beats every baseline on balanced accuracy and on
   * changes explained, or why the observations cannot tell.
   */
  String verdict() {
    return "The model " + onBalancedAccuracy() + "; " + onChanges() + ".";
  }

  private String onBalancedAccuracy() {
    Optional<Boolean> beats = evaluation.beatsBaselinesOnBalancedAccuracy();
    if (beats.isEmpty()) {
      return "cannot be told from a trivial one on balanced accuracy: " + whyUndefined();
    }
    BigDecimal model = evaluation.scores().balancedAccuracy().orElseThrow();
    if (beats.get()) {
      Map.Entry<Baseline, BigDecimal> best = null;
      for (Map.Entry<Baseline, Scores> b : evaluation.baselines().entrySet()) {
        BigDecimal value = b.getValue().balancedAccuracy().orElseThrow();
        if (best == null || value.compareTo(best.getValue()) > 0) {
          best = Map.entry(b.getKey(), value);
        }
      }
      Map.Entry<Baseline, BigDecimal> top = checkNotNull(best); // every baseline is scored
      return "beats every baseline on balanced accuracy ("
          + number(model)
          + ", the best baseline "
          + top.getKey().token()
          + " "
          + number(top.getValue())
          + ")";
    }
    List<String> atLeast = new ArrayList<>();
    for (Map.Entry<Baseline, Scores> b : evaluation.baselines().entrySet()) {
      BigDecimal value = b.getValue().balancedAccuracy().orElseThrow();
      if (value.compareTo(model) >= 0) {
        atLeast.add(b.getKey().token() + " " + number(value));
      }
    }
    return "does not beat every baseline on balanced accuracy ("
        + number(model)
        + ", against "
        + String.join(", ", atLeast)
        + ")";
  }

  /** Why balanced accuracy is undefined: no negative evidence, or no observed practice. */
  private String whyUndefined() {
    Scores s = evaluation.scores();
    boolean noNegatives = s.trueNegatives() + s.falsePositives() == 0;
    boolean noPositives = s.truePositives() + s.falseNegatives() == 0;
    String reason;
    if (noNegatives && noPositives) {
      reason =
          "no observation says that a practice happened or that it did not, so recall,"
              + " specificity and balanced accuracy are undefined";
    } else if (noNegatives) {
      reason =
          "there is no negative evidence (no observation says a practice did not happen), so"
              + " specificity and balanced accuracy are undefined";
    } else {
      reason =
          "no observation says that a practice happened, so recall and balanced accuracy are"
              + " undefined";
    }
    return reason;
  }

  private String onChanges() {
    Scores s = evaluation.scores();
    Optional<Boolean> beats = evaluation.beatsBaselinesOnChanges();
    if (beats.isEmpty()) {
      return "no start or stop of a practice is observed, so changes explained cannot tell it"
          + " from a baseline";
    }
    String explained = s.changesExplained() + " of " + s.changes();
    return beats.get()
        ? "it beats every baseline on changes explained ("
            + explained
            + ", where no baseline explains a change)"
        : "it does not beat the baselines on changes explained ("
            + explained
            + ", no more than a baseline)";
  }

  private Row count(String measure, Function<Scores, Integer> value, String meaning) {
    return row(measure, s -> String.valueOf(value.apply(s)), meaning);
  }

  private Row ratio(String measure, Function<Scores, Optional<BigDecimal>> value, String meaning) {
    return row(measure, s -> value.apply(s).map(ScoreSheet::number).orElse(UNDEFINED), meaning);
  }

  private Row row(String measure, Function<Scores, String> value, String meaning) {
    ImmutableList.Builder<String> values =
        ImmutableList.<String>builder().add(value.apply(evaluation.scores()));
    evaluation.baselines().values().forEach(s -> values.add(value.apply(s)));
    return new Row(measure, values.build(), meaning);
  }

  private static String number(BigDecimal value) {
    return ReportContext.number(value);
  }
}
