package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Section 8: the evaluation: what is explained and matched, what is not, and the model's scores
 * beside those of the baselines on the same observations.
 */
final class EvaluationSummary {
  private EvaluationSummary() {}

  static Section section(Evaluation e) {
    StringBuilder out = new StringBuilder();
    out.append("  observations ")
        .append(e.observations())
        .append(", explained ")
        .append(e.explained())
        .append("; predictions ")
        .append(e.predictions())
        .append(", matched by an observation ")
        .append(e.matched())
        .append('\n');
    for (Observation o : e.unexplained()) {
      out.append("  unexplained: ").append(MusharrafEra.key(o)).append('\n');
    }
    for (Prediction p : e.unmatched()) {
      out.append("  unmatched prediction: ")
          .append(p.actor())
          .append(' ')
          .append(p.practice())
          .append(Texts.arrow(p.target()))
          .append(" in ")
          .append(p.situation())
          .append(" (")
          .append(Texts.ids(p.concepts()))
          .append(")\n");
    }
    out.append(
            "  Unmatched predictions are not errors: absence of an observation is not evidence\n")
        .append("  that a practice did not happen. examples/README.md discusses them.\n");
    out.append("  Scores, the model against the baselines on the same observations:\n");
    out.append(String.format("    %-18s %6s", "", "model"));
    for (Baseline b : e.baselines().keySet()) {
      out.append(String.format(" %12s", b.token()));
    }
    out.append('\n');
    score(out, "true positives", e, s -> String.valueOf(s.truePositives()));
    score(out, "false negatives", e, s -> String.valueOf(s.falseNegatives()));
    score(out, "true negatives", e, s -> String.valueOf(s.trueNegatives()));
    score(out, "false positives", e, s -> String.valueOf(s.falsePositives()));
    score(out, "changes explained", e, s -> s.changesExplained() + " of " + s.changes());
    score(out, "recall", e, s -> ratio(s.recall()));
    score(out, "specificity", e, s -> ratio(s.specificity()));
    score(out, "balanced accuracy", e, s -> ratio(s.balancedAccuracy()));
    score(out, "precision", e, s -> ratio(s.precision()));
    out.append("  Beats every baseline on balanced accuracy: ")
        .append(
            e.beatsBaselinesOnBalancedAccuracy().map(b -> b ? "yes" : "NO").orElse("cannot tell"))
        .append("; on changes explained: ")
        .append(e.beatsBaselinesOnChanges().map(b -> b ? "yes" : "NO").orElse("cannot tell"))
        .append('\n');
    out.append("  Where it fails: ")
        .append(
            e.unexplained().isEmpty()
                ? "nowhere"
                : e.unexplained().size() + " observations unexplained (listed above)")
        .append(".\n");
    return new Section("Evaluation", out.toString());
  }

  /** One row of the score table: the model's value, then each baseline's. */
  private static void score(
      StringBuilder out, String measure, Evaluation e, Function<Scores, String> value) {
    out.append(String.format("    %-18s %6s", measure, value.apply(e.scores())));
    for (Scores b : e.baselines().values()) {
      out.append(String.format(" %12s", value.apply(b)));
    }
    out.append('\n');
  }

  private static String ratio(Optional<BigDecimal> ratio) {
    return ratio.map(Texts::decimal).orElse("-");
  }
}
