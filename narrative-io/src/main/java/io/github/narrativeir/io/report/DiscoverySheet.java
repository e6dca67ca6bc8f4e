package io.github.narrativeir.io.report;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.analysis.DiscoveryResult.Solution;
import io.github.narrativeir.analysis.DiscoveryResult.Statistics;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Prescription;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What every discovery report says, worded once: that discovered concepts are hypotheses, whether
 * the best is proven optimal, how many solutions tie with it and what that means, the solutions'
 * and the baselines' scores side by side, and the search's counts. Plain text only; each report
 * escapes it for its format.
 */
final class DiscoverySheet {
  /** The column headings of the side-by-side table, the solution's concepts last. */
  static final ImmutableList<String> COLUMNS =
      ImmutableList.of(
          "rank",
          "explained",
          "concepts",
          "literals",
          "ties best",
          "balanced accuracy",
          "recall",
          "specificity",
          "precision",
          "solution");

  /** What the reports say of the observations when the search stopped early. */
  static final String UNSETTLED =
      "Which observations no solution within the bounds explains is not known: the search stopped"
          + " first. It did not settle these (a better solution may explain some of them):";

  /** What the reports say when the search stopped early having settled every observation. */
  static final String ALL_SETTLED =
      "None: every observation was settled before the search stopped; a solution with fewer"
          + " concepts or literals may still exist.";

  /** The heading of the observations out of reach when the search stopped early. */
  static final String OUT_OF_REACH =
      "Observations no solution can explain (out of reach: nothing a solution changes reaches"
          + " their actor)";

  /** What a solution without concepts shows as. */
  static final String NO_CONCEPT = "(no concept)";

  final DiscoveryResult result;
  final Model model;
  final String actor;

  DiscoverySheet(DiscoveryResult result, Model model) {
    this.result = result;
    this.model = model;
    this.actor = result.actor().value();
  }

  /** The report's title. */
  String title() {
    return "Discovery: " + model.name().orElse("Narrative report");
  }

  /** The actor as "PK (Pakistan)", or its id when it has no other name. */
  String actorNamed() {
    Optional<String> name =
        model.actors().stream()
            .filter(a -> a.id().equals(result.actor()))
            .map(Actor::name)
            .filter(n -> !n.equals(actor))
            .findFirst();
    return actor + name.map(n -> " (" + n + ")").orElse("");
  }

  /** The lead: what was sought, the caution, the verdicts, one sentence a line. */
  ImmutableList<String> lead() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(
        "Concepts of "
            + actorNamed()
            + " that would explain the observations, "
            + (result.mode() == Discovery.Mode.ADD
                ? "added to " + actor + "'s own concepts (add mode)."
                : "in place of " + actor + "'s own concepts (replace mode)."));
    lines.add(hypotheses());
    lines.add(search());
    lines.add(ties());
    lines.add(best());
    lines.add(unexplainable());
    return lines.build();
  }

  /** The plain statement of what discovered concepts are. */
  String hypotheses() {
    return "Discovered concepts are hypotheses found from the observations, not findings: none has"
        + " evidence yet. Look for each in "
        + actor
        + "'s discourse before taking it as "
        + actor
        + "'s reading.";
  }

  /** Whether the best is proven optimal. */
  String search() {
    return switch (result.stop()) {
      case COMPLETE ->
          "Proven optimal within the bounds: the search accounted for every solution of at most "
              + count(result.maxConcepts(), "concept")
              + ", each with at most "
              + result.maxAll()
              + " all and "
              + result.maxNone()
              + " none "
              + (result.maxNone() == 1 ? "literal" : "literals")
              + ".";
      case TIME_LIMIT ->
          "The time limit ran out: the best found, NOT proven optimal; a longer time limit or"
              + " tighter bounds may find a better one.";
      case CANCELLED -> "The search was interrupted: the best found, NOT proven optimal.";
    };
  }

  /** The tie count in words, and what it means. */
  String ties() {
    long n = result.ties();
    if (result.tiesExact()) {
      return n == 1
          ? "1 solution: the observations single out this reading within the bounds."
          : String.format(Locale.ROOT, "%,d", n)
              + " solutions tie with the best: the observations do not single out one reading.";
    }
    String atLeast =
        String.format(Locale.ROOT, "At least %,d ", n)
            + (n == 1 ? "solution ties" : "solutions tie");
    if (result.exhaustive()) {
      return atLeast
          + " with the best (the count stopped at its cap): the observations do not single out"
          + " one reading.";
    }
    return atLeast
        + " with the best found (the search stopped before it could count them all)"
        + (n > 1
            ? ": the observations do not single out one reading."
            : ": whether the observations single out one reading is not known.");
  }

  /** What the best solution explains, against the model as given. */
  String best() {
    Solution best = result.best();
    int observations = result.original().observations();
    int original = result.original().explained();
    String compared =
        original == best.explained()
            ? "the model as given explains as many"
            : original < best.explained()
                ? "the model as given explains " + original
                : "the model as given explains more, "
                    + original
                    + ": "
                    + actor
                    + "'s own concepts do what no solution within the bounds does";
    if (best.concepts().isEmpty()) {
      String explained = best.explained() + " of " + count(observations, "observation");
      return result.mode() == Discovery.Mode.ADD
          ? "The best solution has no concepts: no concept within the bounds explains more than"
              + " the model as given ("
              + explained
              + ")."
          : "The best solution has no concepts: no concept within the bounds explains more than "
              + actor
              + " without any concept ("
              + explained
              + "); "
              + compared
              + ".";
    }
    return "The best solution explains "
        + best.explained()
        + " of "
        + count(observations, "observation")
        + " with "
        + count(best.size(), "concept")
        + " and "
        + count(best.literals(), "trigger literal")
        + "; "
        + compared
        + ".";
  }

  /** Which observations cannot be explained, in one sentence. */
  String unexplainable() {
    if (!result.exhaustive()) {
      int out = result.unexplainable().size();
      return "Which observations cannot be explained within the bounds is not settled: the search"
          + " stopped with "
          + count(result.undetermined().size(), "observation")
          + " undetermined"
          + (out == 0
              ? "."
              : "; "
                  + count(out, "observation")
                  + (out == 1 ? " is" : " are")
                  + " out of reach of every solution (listed below).");
    }
    int n = result.unexplainable().size();
    return n == 0
        ? "Every observation can be explained within the bounds."
        : count(n, "observation")
            + " cannot be explained by any solution within the bounds (listed below).";
  }

  /** A row of the side-by-side table: the columns of {@link #COLUMNS}. */
  record Row(ImmutableList<String> cells, boolean solution) {
    String cell(int i) {
      return cells.get(i);
    }
  }

  /**
   * The side-by-side table: the model as given, each solution, then the baselines, each with its
   * explained observations, size and scores. {@code concept} writes a solution's canonical texts.
   */
  ImmutableList<Row> rows(UnaryOperator<String> concept) {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    Evaluation original = result.original();
    rows.add(
        row(
            "model",
            explained(original.explained()),
            ScoreSheet.UNDEFINED,
            ScoreSheet.UNDEFINED,
            "",
            original.scores(),
            "the model as given",
            false));
    Solution best = result.best();
    for (int i = 0; i < result.solutions().size(); i++) {
      Solution s = result.solutions().get(i);
      boolean tied =
          s.explained() == best.explained()
              && s.size() == best.size()
              && s.literals() == best.literals();
      rows.add(
          row(
              String.valueOf(i + 1),
              explained(s.explained()),
              String.valueOf(s.size()),
              String.valueOf(s.literals()),
              i == 0 ? "best" : tied ? "yes" : "no",
              s.evaluation().scores(),
              s.canonical().isEmpty()
                  ? NO_CONCEPT
                  : s.canonical().stream().map(concept).collect(Collectors.joining("; ")),
              true));
    }
    for (Map.Entry<Baseline, Scores> b : original.baselines().entrySet()) {
      Scores s = b.getValue();
      rows.add(
          row(
              b.getKey().token(),
              explained(explainedBy(s)),
              ScoreSheet.UNDEFINED,
              ScoreSheet.UNDEFINED,
              "",
              s,
              "baseline: " + b.getKey().description(),
              false));
    }
    return rows.build();
  }

  /** The note under the table. */
  ImmutableList<String> tableNotes() {
    return ImmutableList.of(
        "One row per reading (a distinct set of "
            + actor
            + "'s predictions), with that reading's best solution; several solutions can make the"
            + " same reading, so the tie count can exceed the rows marked as tied.",
        "A solution ties with the best when it explains as many observations with as few concepts"
            + " and trigger literals; the canonical text breaks the tie in the ranking only.",
        "Each concept is written <all aspects joined by +>|<none aspects joined by +>|<practice>"
            + "|<target or ->.",
        "The baselines do not depend on concepts: the same for every solution. "
            + ScoreSheet.UNDEFINED
            + " marks a ratio with nothing to divide by (undefined, not 0), or a count that does"
            + " not apply.");
  }

  /**
   * The observations a scorer explains: true positives, true negatives and changes explained (a
   * baseline explains no change).
   */
  static int explainedBy(Scores s) {
    return s.truePositives() + s.trueNegatives() + s.changesExplained();
  }

  private String explained(int explained) {
    return explained + " / " + result.original().observations();
  }

  private static Row row(
      String rank,
      String explained,
      String concepts,
      String literals,
      String ties,
      Scores s,
      String solution,
      boolean isSolution) {
    return new Row(
        ImmutableList.of(
            rank,
            explained,
            concepts,
            literals,
            ties,
            ratio(s.balancedAccuracy()),
            ratio(s.recall()),
            ratio(s.specificity()),
            ratio(s.precision()),
            solution),
        isSolution);
  }

  private static String ratio(Optional<BigDecimal> value) {
    return value.map(ReportContext::number).orElse(ScoreSheet.UNDEFINED);
  }

  /**
   * A discovered concept's trigger and prescription in words: "when taliban-regime and
   * terror-attack, and not insurgency; prescribes transit -> US", or "always; prescribes ...".
   */
  static String meaning(Concept c, UnaryOperator<String> id, String arrow) {
    List<String> all = ids(c.when().allOf(), id);
    List<String> none = ids(c.when().noneOf(), id);
    StringBuilder sb = new StringBuilder();
    if (all.isEmpty() && none.isEmpty()) {
      sb.append("always");
    } else {
      sb.append("when ");
      if (!all.isEmpty()) {
        sb.append(String.join(" and ", all));
      }
      if (!none.isEmpty()) {
        sb.append(all.isEmpty() ? "not " : ", and not ").append(String.join(" or ", none));
      }
    }
    Prescription p = c.prescribes().get(0);
    sb.append("; prescribes ")
        .append(id.apply(p.practice().value()))
        .append(p.target().map(t -> " " + arrow + " " + id.apply(t.value())).orElse(""));
    return sb.toString();
  }

  private static List<String> ids(Iterable<AspectId> aspects, UnaryOperator<String> id) {
    List<String> list = new ArrayList<>();
    aspects.forEach(a -> list.add(id.apply(a.value())));
    return list;
  }

  /** What the best solution's concepts are, when it has none. */
  String noConcepts() {
    return "The best solution has no concepts: nothing within the bounds does better"
        + (result.mode() == Discovery.Mode.ADD
            ? " than the model as given."
            : " than " + actor + " without any concept.");
  }

  /** The search's counts as rows of measure and value, elapsed time last. */
  ImmutableList<String[]> statistics() {
    Statistics s = result.statistics();
    return ImmutableList.of(
        new String[] {"stopped", stop()},
        new String[] {
          "practice/target pairs of " + actor + "'s plain observations", number(s.pairs())
        },
        new String[] {"aspects a trigger literal may name", number(s.literalAspects())},
        new String[] {"triggers within the bounds", number(s.triggers())},
        new String[] {"candidate concepts generated (triggers x pairs)", number(s.candidates())},
        new String[] {"partial readings visited (nodes)", number(s.nodes())},
        new String[] {
          "pruned: no solution within the bounds makes them", number(s.prunedUnrealizable())
        },
        new String[] {"pruned: cannot come among the best", number(s.prunedBound())},
        new String[] {"complete readings evaluated", number(s.readings())},
        new String[] {"elapsed", elapsed(s.elapsed())});
  }

  private String stop() {
    return switch (result.stop()) {
      case COMPLETE -> "complete: every solution within the bounds accounted for";
      case TIME_LIMIT -> "time limit: not every solution was accounted for";
      case CANCELLED -> "cancelled: not every solution was accounted for";
    };
  }

  /** A wall-clock time: {@code 0.13 s}, {@code 12.4 s}, {@code 2 min 5 s}. */
  static String elapsed(Duration d) {
    double seconds = d.toNanos() / 1e9;
    if (seconds < 1) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    }
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long s = d.toSeconds();
    return s / 60 + " min " + s % 60 + " s";
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String count(long n, String noun) {
    return count(n, noun, noun + "s");
  }

  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
  }
}
