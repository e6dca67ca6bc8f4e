package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.analysis.BaselineScores;
import io.github.narrativeir.analysis.CounterfactualResult;
import io.github.narrativeir.analysis.DependenceReport;
import io.github.narrativeir.analysis.EpisodeChange;
import io.github.narrativeir.analysis.PracticeCycle;
import io.github.narrativeir.analysis.PracticeLink;
import io.github.narrativeir.analysis.PredictionDependence;
import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.analysis.TheoryVerdict;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.internal.Decimals;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the results of analysis (counterfactuals, dependence, rival theories, practice cycles) as
 * JSON for programs, and as plain text or Markdown for people. Predictions and observations in the
 * JSON have the keys of {@code narrative-result/1}. The output depends only on its input.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class AnalysisWriter {
  private AnalysisWriter() {}

  /**
   * Returns a counterfactual comparison as JSON: top-level arrays {@code lost} (the original's
   * predictions the variant does not make) and {@code gained} (the variant's new ones), then {@code
   * changedEpisodes}, {@code newlyExplained} and {@code newlyUnexplained}.
   */
  public static String toJson(CounterfactualResult r) {
    checkNotNull(r, "result");
    return JsonText.write(tree(r));
  }

  /**
   * Writes a counterfactual comparison to {@code out} in UTF-8: the bytes of {@link
   * #toJson(CounterfactualResult)}, written as they are made. Flushes {@code out}; does not close
   * it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeJson(CounterfactualResult r, OutputStream out) throws IOException {
    checkNotNull(r, "result");
    checkNotNull(out, "out");
    JsonText.write(tree(r), out);
  }

  /**
   * Writes a counterfactual comparison to {@code out}: the text of {@link
   * #toJson(CounterfactualResult)}, written as it is made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeJson(CounterfactualResult r, Writer out) throws IOException {
    checkNotNull(r, "result");
    checkNotNull(out, "out");
    JsonText.write(tree(r), out);
  }

  private static Map<String, Object> tree(CounterfactualResult r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("lost", ResultTree.predictions(r.lost()));
    root.put("gained", ResultTree.predictions(r.gained()));
    List<Object> changed = new ArrayList<>();
    for (EpisodeChange c : r.changedEpisodes()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("actor", c.actor().value());
      n.put("situation", c.situation().value());
      n.put(
          "original",
          c.original().map(e -> (Object) ResultTree.strings(e.concepts())).orElse(null));
      n.put(
          "variant", c.variant().map(e -> (Object) ResultTree.strings(e.concepts())).orElse(null));
      changed.add(n);
    }
    root.put("changedEpisodes", changed);
    root.put("newlyExplained", observations(r.newlyExplained()));
    root.put("newlyUnexplained", observations(r.newlyUnexplained()));
    return root;
  }

  /** Returns a counterfactual comparison as plain text ({@code markdown} true: as Markdown). */
  public static String toText(CounterfactualResult r, boolean markdown) {
    checkNotNull(r, "result");
    StringBuilder out = new StringBuilder();
    heading(out, markdown, "Counterfactual");
    List<String> what = new ArrayList<>();
    r.variation().withoutConcepts().forEach(c -> what.add("without concept " + c));
    r.variation().withoutAspects().forEach((s, a) -> what.add("without " + a + " in " + s));
    r.variation().withAspects().forEach((s, a) -> what.add("with " + a + " in " + s));
    r.variation().interaction().ifPresent(i -> what.add("interaction " + (i ? "on" : "off")));
    out.append(what.isEmpty() ? "no change" : String.join("; ", what)).append("\n\n");
    section(
        out,
        markdown,
        "Predictions lost",
        r.lost().stream().map(AnalysisWriter::prediction).toList());
    section(
        out,
        markdown,
        "Predictions gained",
        r.gained().stream().map(AnalysisWriter::prediction).toList());
    section(
        out,
        markdown,
        "Episodes whose active concepts changed",
        r.changedEpisodes().stream()
            .map(
                c ->
                    c.actor()
                        + " in "
                        + c.situation()
                        + ": "
                        + concepts(c.original())
                        + " -> "
                        + concepts(c.variant()))
            .toList());
    section(
        out,
        markdown,
        "Observations newly explained",
        r.newlyExplained().stream().map(AnalysisWriter::observation).toList());
    section(
        out,
        markdown,
        "Observations no longer explained",
        r.newlyUnexplained().stream().map(AnalysisWriter::observation).toList());
    return out.toString();
  }

  /** Returns a dependence report as JSON. */
  public static String toJson(DependenceReport report) {
    checkNotNull(report, "report");
    return JsonText.write(tree(report));
  }

  /**
   * Writes a dependence report to {@code out} in UTF-8: the bytes of {@link
   * #toJson(DependenceReport)}, written as they are made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeJson(DependenceReport report, OutputStream out) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    JsonText.write(tree(report), out);
  }

  /**
   * Writes a dependence report to {@code out}: the text of {@link #toJson(DependenceReport)},
   * written as it is made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeJson(DependenceReport report, Writer out) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    JsonText.write(tree(report), out);
  }

  private static Map<String, Object> tree(DependenceReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>();
    for (PredictionDependence d : report.dependences()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("prediction", ResultTree.prediction(d.prediction()));
      n.put("needed", ResultTree.strings(d.needed()));
      List<Object> sets = new ArrayList<>();
      d.minimalSufficient().forEach(s -> sets.add(ResultTree.strings(s)));
      n.put("minimalSufficient", sets);
      n.put("exhaustive", d.exhaustive());
      list.add(n);
    }
    root.put("dependences", list);
    root.put("variants", report.variants());
    root.put("episodesRecomputed", report.episodesRecomputed());
    root.put("episodesReused", report.episodesReused());
    return root;
  }

  /** Returns a dependence report as plain text ({@code markdown} true: as Markdown). */
  public static String toText(DependenceReport report, boolean markdown) {
    checkNotNull(report, "report");
    StringBuilder out = new StringBuilder();
    heading(out, markdown, "What each prediction depends on");
    for (PredictionDependence d : report.dependences()) {
      List<String> lines = new ArrayList<>();
      lines.add("needs: " + (d.needed().isEmpty() ? "no single concept" : join(d.needed())));
      lines.add(
          "minimal sufficient sets: "
              + (d.minimalSufficient().isEmpty()
                  ? "none within the bound"
                  : d.minimalSufficient().stream()
                      .map(s -> "{" + join(s) + "}")
                      .collect(Collectors.joining(" ")))
              + (d.exhaustive() ? "" : " (search bounded)"));
      section(out, markdown, prediction(d.prediction()), lines);
    }
    out.append(
        String.format(
            "cost: %d variants; %d episodes recomputed, %d reused%n",
            report.variants(), report.episodesRecomputed(), report.episodesReused()));
    return out.toString();
  }

  /**
   * Returns a theory comparison as JSON: {@code theories}; {@code observations}, each with {@code
   * explainedBy} (the theories that explain it); {@code evaluations}, each theory's evaluation as
   * {@code narrative-result/1} writes it; then {@code scores}, each theory's scores with the keys
   * of {@code narrative-result/1}; {@code baselines}, each baseline once per distinct set of
   * scores, as {@code name}, {@code theories} (those it holds for) and {@code scores}; {@code
   * baselinesAgree}, false when the theories' models order their situations differently so that
   * their baselines differ; and {@code verdicts}, per theory: {@code
   * beatsBaselinesOnBalancedAccuracy} and {@code beatsBaselinesOnChanges} ({@code null} when the
   * observations cannot tell), {@code notBeatenOnBalancedAccuracy} and {@code notBeatenOnChanges}
   * (the baselines not beaten, {@code null} when the observations cannot tell) and {@code summary},
   * the verdict in one line.
   */
  public static String toJson(TheoryComparison c) {
    checkNotNull(c, "comparison");
    return JsonText.write(tree(c));
  }

  /**
   * Writes a theory comparison to {@code out} in UTF-8: the bytes of {@link
   * #toJson(TheoryComparison)}, written as they are made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeJson(TheoryComparison c, OutputStream out) throws IOException {
    checkNotNull(c, "comparison");
    checkNotNull(out, "out");
    JsonText.write(tree(c), out);
  }

  /**
   * Writes a theory comparison to {@code out}: the text of {@link #toJson(TheoryComparison)},
   * written as it is made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeJson(TheoryComparison c, Writer out) throws IOException {
    checkNotNull(c, "comparison");
    checkNotNull(out, "out");
    JsonText.write(tree(c), out);
  }

  private static Map<String, Object> tree(TheoryComparison c) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("theories", new ArrayList<Object>(c.theories()));
    List<Object> observations = new ArrayList<>();
    for (Observation o : c.observations()) {
      Map<String, Object> n = ResultTree.observation(o);
      n.put("explainedBy", new ArrayList<Object>(c.explaining(o)));
      observations.add(n);
    }
    root.put("observations", observations);
    Map<String, Object> evaluations = new LinkedHashMap<>();
    for (String theory : c.theories()) {
      evaluations.put(theory, ResultTree.evaluation(c.evaluation(theory)));
    }
    root.put("evaluations", evaluations);
    Map<String, Object> scores = new LinkedHashMap<>();
    for (String theory : c.theories()) {
      scores.put(theory, ResultTree.scores(c.scores(theory)));
    }
    root.put("scores", scores);
    List<Object> baselines = new ArrayList<>();
    for (BaselineScores b : c.baselines()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("name", b.baseline().token());
      n.put("theories", new ArrayList<Object>(b.theories()));
      n.put("scores", ResultTree.scores(b.scores()));
      baselines.add(n);
    }
    root.put("baselines", baselines);
    root.put("baselinesAgree", c.baselinesAgree());
    Map<String, Object> verdicts = new LinkedHashMap<>();
    for (TheoryVerdict v : c.verdicts()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("beatsBaselinesOnBalancedAccuracy", v.beatsBaselinesOnBalancedAccuracy().orElse(null));
      n.put(
          "notBeatenOnBalancedAccuracy",
          v.beatsBaselinesOnBalancedAccuracy().isEmpty()
              ? null
              : tokens(v.notBeatenOnBalancedAccuracy()));
      n.put("beatsBaselinesOnChanges", v.beatsBaselinesOnChanges().orElse(null));
      n.put(
          "notBeatenOnChanges",
          v.beatsBaselinesOnChanges().isEmpty() ? null : tokens(v.notBeatenOnChanges()));
      n.put("summary", v.summary());
      verdicts.put(v.theory(), n);
    }
    root.put("verdicts", verdicts);
    return root;
  }

  /**
   * Returns a theory comparison as plain text ({@code markdown} true: as Markdown): which theory
   * explains which observation (an observation the sources say did not happen is marked so, and a
   * theory explains it by not predicting it), each theory's counts, a table of every theory's and
   * every baseline's scores ({@code —} where a ratio is undefined), and per theory one line saying
   * whether it beats every baseline on balanced accuracy and on changes explained.
   */
  public static String toText(TheoryComparison c, boolean markdown) {
    checkNotNull(c, "comparison");
    StringBuilder out = new StringBuilder();
    heading(out, markdown, "Which theory explains which observation");
    int width = c.observations().stream().mapToInt(o -> observation(o).length()).max().orElse(10);
    if (markdown) {
      out.append("| observation | ").append(String.join(" | ", c.theories())).append(" |\n|---|");
      c.theories().forEach(t -> out.append("---|"));
      out.append('\n');
    } else {
      out.append(String.format("%-" + width + "s", "observation"));
      c.theories().forEach(t -> out.append("  ").append(t));
      out.append('\n');
    }
    for (Observation o : c.observations()) {
      if (markdown) {
        out.append("| ").append(observation(o).replace("|", "\\|")).append(" |");
        c.theories()
            .forEach(t -> out.append(c.explaining(o).contains(t) ? " explained |" : " - |"));
      } else {
        out.append(String.format("%-" + width + "s", observation(o)));
        c.theories()
            .forEach(
                t ->
                    out.append("  ")
                        .append(
                            String.format(
                                "%-" + t.length() + "s",
                                c.explaining(o).contains(t) ? "yes" : "-")));
      }
      out.append('\n');
    }
    if (c.observations().stream().anyMatch(Observation::isPlainNegative)) {
      out.append('\n')
          .append(markdown ? "*" : "")
          .append(
              "("
                  + NEGATIVE
                  + "): the sources say the practice was not carried out;"
                  + " a theory explains this by not predicting it.")
          .append(markdown ? "*" : "")
          .append('\n');
    }
    out.append('\n');
    for (String theory : c.theories()) {
      Evaluation e = c.evaluation(theory);
      out.append(markdown ? "- **" + theory + "**: " : theory + ": ")
          .append(
              String.format(
                  "explains %d of %d observations; %d predictions, %d matched by an observation%n",
                  e.explained(), e.observations(), e.predictions(), e.matched()));
    }
    out.append('\n');
    subheading(out, markdown, "Scores on the same observations");
    scoreTable(out, markdown, c);
    if (!c.baselinesAgree()) {
      out.append('\n')
          .append(markdown ? "*" : "")
          .append(
              "The theories order their situations differently, so their baselines differ;"
                  + " each theory is judged against the baselines of its own situation order.")
          .append(markdown ? "*" : "")
          .append('\n');
    }
    out.append('\n');
    subheading(out, markdown, "Against the baselines");
    for (TheoryVerdict v : c.verdicts()) {
      out.append(markdown ? "- **" + v.theory() + "**: " : v.theory() + ": ")
          .append(v.summary())
          .append('\n');
    }
    return out.toString();
  }

  /** The columns of the score table, after the row's name. */
  private static final List<String> SCORE_COLUMNS =
      List.of(
          "TP",
          "FN",
          "TN",
          "FP",
          "changes explained",
          "unassessed",
          "recall",
          "specificity",
          "balanced accuracy",
          "precision");

  /** What is written for a ratio or count that is undefined. */
  static final String UNDEFINED = "\u2014";

  /** The marker of an observation that the sources say did not happen. */
  static final String NEGATIVE = "did not happen";

  private static void scoreTable(StringBuilder out, boolean markdown, TheoryComparison c) {
    List<List<String>> rows = new ArrayList<>();
    for (String theory : c.theories()) {
      rows.add(scoreRow(theory, c.scores(theory)));
    }
    for (BaselineScores b : c.baselines()) {
      String name =
          "baseline "
              + b.baseline().token()
              + (b.theories().size() == c.theories().size()
                  ? ""
                  : " (" + String.join(", ", b.theories()) + ")");
      rows.add(scoreRow(name, b.scores()));
    }
    List<String> header = new ArrayList<>();
    header.add("");
    header.addAll(SCORE_COLUMNS);
    if (markdown) {
      out.append("| ").append(String.join(" | ", header)).append(" |\n|---|");
      SCORE_COLUMNS.forEach(col -> out.append("---:|"));
      out.append('\n');
      for (List<String> row : rows) {
        out.append("| ")
            .append(row.get(0).replace("|", "\\|"))
            .append(" | ")
            .append(String.join(" | ", row.subList(1, row.size())))
            .append(" |\n");
      }
      return;
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", row.get(0)));
      for (int i = 1; i < row.size(); i++) {
        line.append("  ").append(String.format("%" + widths[i] + "s", row.get(i)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static List<String> scoreRow(String name, Scores s) {
    return List.of(
        name,
        String.valueOf(s.truePositives()),
        String.valueOf(s.falseNegatives()),
        String.valueOf(s.trueNegatives()),
        String.valueOf(s.falsePositives()),
        s.changesExplained() + "/" + s.changes(),
        s.unassessed().isPresent() ? String.valueOf(s.unassessed().getAsInt()) : UNDEFINED,
        ratio(s.recall()),
        ratio(s.specificity()),
        ratio(s.balancedAccuracy()),
        ratio(s.precision()));
  }

  private static String ratio(Optional<BigDecimal> ratio) {
    return ratio.map(Decimals::format).orElse(UNDEFINED);
  }

  private static List<Object> tokens(List<Baseline> baselines) {
    List<Object> list = new ArrayList<>();
    baselines.forEach(b -> list.add(b.token()));
    return list;
  }

  /** Returns practice cycles as JSON. */
  public static String cyclesToJson(List<PracticeCycle> cycles) {
    checkNotNull(cycles, "cycles");
    return JsonText.write(tree(cycles));
  }

  /**
   * Writes practice cycles to {@code out} in UTF-8: the bytes of {@link #cyclesToJson}, written as
   * they are made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeCyclesJson(List<PracticeCycle> cycles, OutputStream out)
      throws IOException {
    checkNotNull(cycles, "cycles");
    checkNotNull(out, "out");
    JsonText.write(tree(cycles), out);
  }

  /**
   * Writes practice cycles to {@code out}: the text of {@link #cyclesToJson}, written as it is
   * made. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void writeCyclesJson(List<PracticeCycle> cycles, Writer out) throws IOException {
    checkNotNull(cycles, "cycles");
    checkNotNull(out, "out");
    JsonText.write(tree(cycles), out);
  }

  private static Map<String, Object> tree(List<PracticeCycle> cycles) {
    List<Object> list = new ArrayList<>();
    for (PracticeCycle cycle : cycles) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("practices", new ArrayList<Object>(cycle.practices()));
      List<Object> links = new ArrayList<>();
      for (PracticeLink l : cycle.links()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", ResultTree.prediction(l.from()));
        m.put("concept", l.concept().value());
        m.put("to", ResultTree.prediction(l.to()));
        links.add(m);
      }
      n.put("links", links);
      list.add(n);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("cycles", list);
    return root;
  }

  /** Returns practice cycles as plain text. */
  public static String cyclesToText(List<PracticeCycle> cycles) {
    StringBuilder out = new StringBuilder();
    if (cycles.isEmpty()) {
      return "no self-reproducing practices\n";
    }
    for (PracticeCycle cycle : cycles) {
      out.append(String.join(" -> ", cycle.practices())).append(" -> (back)\n");
      for (PracticeLink l : cycle.links()) {
        out.append("  ")
            .append(prediction(l.from()))
            .append("  triggers ")
            .append(l.concept())
            .append(" behind  ")
            .append(prediction(l.to()))
            .append('\n');
      }
    }
    return out.toString();
  }

  private static List<Object> observations(Collection<Observation> observations) {
    List<Object> list = new ArrayList<>();
    observations.forEach(o -> list.add(ResultTree.observation(o)));
    return list;
  }

  static String prediction(Prediction p) {
    return p.actor()
        + " "
        + p.practice()
        + p.target().map(t -> " -> " + t).orElse("")
        + " in "
        + p.situation()
        + " (support "
        + Decimals.format(p.support())
        + ", opposition "
        + Decimals.format(p.opposition())
        + "; "
        + join(p.concepts())
        + ")";
  }

  static String observation(Observation o) {
    return o.actor()
        + " "
        + o.practice()
        + o.target().map(t -> " -> " + t).orElse("")
        + " in "
        + o.situation()
        + o.change().map(ChangeKind::token).map(c -> " (" + c + ")").orElse("")
        + (o.occurred() ? "" : " (" + NEGATIVE + ")");
  }

  private static String concepts(Optional<Episode> e) {
    return e.map(x -> "[" + join(x.concepts()) + "]").orElse("(no episode)");
  }

  private static String join(Collection<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  private static void heading(StringBuilder out, boolean markdown, String text) {
    out.append(markdown ? "# " + text + "\n\n" : text + "\n" + "=".repeat(text.length()) + "\n\n");
  }

  private static void subheading(StringBuilder out, boolean markdown, String text) {
    out.append(markdown ? "## " + text + "\n\n" : text + "\n" + "-".repeat(text.length()) + "\n\n");
  }

  private static void section(
      StringBuilder out, boolean markdown, String title, List<String> lines) {
    out.append(markdown ? "## " + title + "\n\n" : title + "\n");
    if (lines.isEmpty()) {
      out.append(markdown ? "none\n\n" : "  none\n\n");
      return;
    }
    for (String line : lines) {
      out.append(markdown ? "- " + line.replace("|", "\\|") + "\n" : "  " + line + "\n");
    }
    out.append('\n');
  }
}
