package io.github.narrativeir.io.report;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.internal.Decimals;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What every sensitivity report says, worded once: which predictions are fragile, which
 * observations flip, the shares by family, the scores' spread. Plain text only; each report escapes
 * it for its format and orders nothing itself (the result's order is the reports' order).
 */
final class SensitivitySheet {
  /** A prediction is fragile when it holds in fewer than this percentage of the variants. */
  static final int FRAGILE_BELOW_PERCENT = 90;

  /** The note under the score tables. */
  static final String SCORE_NOTE =
      "min, median (the lower one) and max over the variants in which the score is defined; "
          + ScoreSheet.UNDEFINED
          + " marks a score that is undefined (nothing to divide by), never 0.";

  /** What the reports say instead of scores when the model has no observations. */
  static final String NO_OBSERVATIONS =
      "Scores need observations: the model has none, so no observation can flip and no score"
          + " can be computed; the predictions' shares above do not need them.";

  final SensitivityResult result;
  final ReportContext ctx;

  /** The number of variants run. */
  final int variants;

  private final Map<String, Integer> familyIndex = new HashMap<>();

  SensitivitySheet(SensitivityResult result, Inference inference) {
    this.result = result;
    this.ctx = new ReportContext(inference);
    this.variants = result.variants();
    for (int i = 0; i < result.families().size(); i++) {
      familyIndex.putIfAbsent(result.families().get(i).name(), i);
    }
  }

  /** The report's title. */
  String title() {
    return "Sensitivity: " + ctx.title();
  }

  /** Whether the model has observations (and so scores). */
  boolean observed() {
    return !result.observations().isEmpty();
  }

  /**
   * Whether {@code p} holds in fewer than {@link #FRAGILE_BELOW_PERCENT} percent of the variants,
   * exactly (not by its rounded share); never when no variant ran.
   */
  boolean fragile(PredictionHolds p) {
    long kept = (long) variants - p.lostIn().size();
    return variants > 0 && kept * 100 < (long) FRAGILE_BELOW_PERCENT * variants;
  }

  /** The fragile predictions, in result order. */
  ImmutableList<PredictionHolds> fragile() {
    return result.predictions().stream()
        .filter(this::fragile)
        .collect(ImmutableList.toImmutableList());
  }

  /** The predictions that are not fragile, in result order. */
  ImmutableList<PredictionHolds> robust() {
    return result.predictions().stream()
        .filter(p -> !fragile(p))
        .collect(ImmutableList.toImmutableList());
  }

  /** The observations some variant explains differently from the model, in result order. */
  ImmutableList<ObservationFlips> flipping() {
    return result.observations().stream()
        .filter(o -> !o.flippedIn().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /** The lead of the report: what was run and what is fragile, one sentence a line. */
  ImmutableList<String> summary() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    int families = result.families().size();
    lines.add(
        count(variants, "variant")
            + " in "
            + count(families, "family", "families")
            + ", each run with the model's options.");
    if (variants == 0) {
      lines.add(
          families == 0
              ? "No family was run, so no prediction has a share."
              : "The families run have no variants for this model, so no prediction has a share.");
    } else {
      lines.add(
          "Fragile predictions, which hold in fewer than "
              + FRAGILE_BELOW_PERCENT
              + "% of the variants: "
              + fragile().size()
              + " of "
              + result.predictions().size()
              + ".");
    }
    if (!observed()) {
      lines.add("The model has no observations: scores need observations.");
    } else {
      lines.add(
          "Observations whose explanation flips in some variant: "
              + flipping().size()
              + " of "
              + result.observations().size()
              + ".");
    }
    return lines.build();
  }

  /**
   * What the variants do to a prediction: "holds in 29 of 31 variants (0.9355); lost", or "holds in
   * all 31 variants (1.0)".
   */
  String holds(PredictionHolds p) {
    int kept = variants - p.lostIn().size();
    return "holds in "
        + (!p.lostIn().isEmpty()
            ? ofVariants(kept, variants)
            : variants == 1 ? "the one variant" : "all " + count(variants, "variant"))
        + " ("
        + share(p)
        + ")"
        + (p.lostIn().isEmpty() ? "" : "; lost");
  }

  /** {@code n} of {@code total} variants: "29 of 31 variants". */
  static String ofVariants(int n, int total) {
    return n + " of " + count(total, "variant");
  }

  /** The share of {@code kept} in {@code total}, as the result writes shares, or a dash. */
  static String share(int kept, int total) {
    if (total == 0) {
      return ScoreSheet.UNDEFINED;
    }
    return Decimals.format(
        BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN));
  }

  /** The share of the variants that keep {@code p}, or a dash when none ran. */
  static String share(PredictionHolds p) {
    return p.holds().map(Decimals::format).orElse(ScoreSheet.UNDEFINED);
  }

  /**
   * How many of the variants named in {@code names} belong to each family run, by the family's
   * position in the result; names of no family run are not counted.
   */
  int[] byFamily(List<String> names) {
    int[] counts = new int[result.families().size()];
    for (String name : names) {
      Integer i = familyIndex.get(VariantWords.family(name));
      if (i != null) {
        counts[i]++;
      }
    }
    return counts;
  }

  /** The names among {@code names} of variants of {@code family}, in order. */
  static ImmutableList<String> ofFamily(List<String> names, FamilyCount family) {
    return names.stream()
        .filter(n -> VariantWords.family(n).equals(family.name()))
        .collect(ImmutableList.toImmutableList());
  }

  /** A prediction as "PK transit -> US in after", each id written by {@code id}. */
  static String prediction(Prediction p, UnaryOperator<String> id, String arrow) {
    return occasion(p.actor(), p.practice(), p.target(), p.situation(), id, arrow);
  }

  /** Who does what to whom when, as "PK transit -> US in after". */
  static String occasion(
      ActorId actor,
      PracticeId practice,
      Optional<ActorId> target,
      SituationId situation,
      UnaryOperator<String> id,
      String arrow) {
    return id.apply(actor.value())
        + " "
        + id.apply(practice.value())
        + target.map(t -> " " + arrow + " " + id.apply(t.value())).orElse("")
        + " in "
        + id.apply(situation.value());
  }

  /**
   * An observation as "PK transit in later (stopped; source: ...)": who does what to whom when,
   * then, in brackets, its change, "did not happen" for negative evidence, and its source, the
   * source written by {@code text}.
   */
  static String observation(
      Observation o, UnaryOperator<String> id, UnaryOperator<String> text, String arrow) {
    StringBuilder sb =
        new StringBuilder(occasion(o.actor(), o.practice(), o.target(), o.situation(), id, arrow));
    StringBuilder notes = new StringBuilder();
    o.change().ifPresent(c -> notes.append(c.token()));
    if (!o.occurred()) {
      notes.append(notes.length() > 0 ? "; " : "").append("did not happen");
    }
    o.source()
        .ifPresent(
            s ->
                notes
                    .append(notes.length() > 0 ? "; " : "")
                    .append("source: ")
                    .append(text.apply(s)));
    if (notes.length() > 0) {
      sb.append(" (").append(notes).append(')');
    }
    return sb.toString();
  }

  /** What the model says of {@code o} and what the variants that flip it say. */
  String flip(ObservationFlips o) {
    return (o.explained()
            ? "explained by the model; not explained in "
            : "not explained by the" + " model; explained in ")
        + ofVariants(o.flippedIn().size(), variants);
  }

  /** A row of the score table: the measure, then original, min, median and max. */
  record ScoreRow(String measure, ImmutableList<String> values) {}

  /** The rows of the score table: balanced accuracy, recall, changes explained. */
  ImmutableList<ScoreRow> scores() {
    return ImmutableList.of(
        row("balanced accuracy", result.balancedAccuracy(), Decimals::format),
        row("recall", result.recall(), Decimals::format),
        row("changes explained", result.changesExplained(), BigDecimal::toPlainString));
  }

  /** The column headings of the score table after the measure. */
  static final ImmutableList<String> SCORE_COLUMNS =
      ImmutableList.of("original", "min", "median", "max");

  private static ScoreRow row(
      String measure, ScoreRange range, Function<BigDecimal, String> number) {
    return new ScoreRow(
        measure,
        ImmutableList.of(range.original(), range.min(), range.median(), range.max()).stream()
            .map(v -> v.map(number).orElse(ScoreSheet.UNDEFINED))
            .collect(ImmutableList.toImmutableList()));
  }

  static String count(int n, String noun) {
    return count(n, noun, noun + "s");
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
