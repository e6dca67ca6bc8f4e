package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.analysis.CounterfactualResult;
import io.github.narrativeir.analysis.DependenceReport;
import io.github.narrativeir.analysis.EpisodeChange;
import io.github.narrativeir.analysis.PracticeCycle;
import io.github.narrativeir.analysis.PracticeLink;
import io.github.narrativeir.analysis.PredictionDependence;
import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Decimals;
import io.github.narrativeir.model.Observation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the results of analysis (counterfactuals, dependence, rival theories, practice cycles)
 * as JSON for programs, and as plain text or Markdown for people. Predictions and observations in
 * the JSON have the keys of {@code narrative-result/1}. The output depends only on its input.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnalysisWriter {
  private AnalysisWriter() {}

  /**
   * Returns a counterfactual comparison as JSON: top-level arrays {@code lost} (the original's
   * predictions the variant does not make) and {@code gained} (the variant's new ones), then
   * {@code changedEpisodes}, {@code newlyExplained} and {@code newlyUnexplained}.
   */
  public static String toJson(CounterfactualResult r) {
    checkNotNull(r, "result");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("lost", ResultTree.predictions(r.lost()));
    root.put("gained", ResultTree.predictions(r.gained()));
    List<Object> changed = new ArrayList<>();
    for (EpisodeChange c : r.changedEpisodes()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("actor", c.actor().value());
      n.put("situation", c.situation().value());
      n.put("original", c.original().map(e -> (Object) ResultTree.strings(e.concepts())).orElse(null));
      n.put("variant", c.variant().map(e -> (Object) ResultTree.strings(e.concepts())).orElse(null));
      changed.add(n);
    }
    root.put("changedEpisodes", changed);
    root.put("newlyExplained", observations(r.newlyExplained()));
    root.put("newlyUnexplained", observations(r.newlyUnexplained()));
    return JsonText.write(root);
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
    section(out, markdown, "Predictions lost", r.lost().stream().map(AnalysisWriter::prediction).toList());
    section(out, markdown, "Predictions gained", r.gained().stream().map(AnalysisWriter::prediction).toList());
    section(out, markdown, "Episodes whose active concepts changed",
        r.changedEpisodes().stream()
            .map(c -> c.actor() + " in " + c.situation() + ": " + concepts(c.original()) + " -> "
                + concepts(c.variant()))
            .toList());
    section(out, markdown, "Observations newly explained",
        r.newlyExplained().stream().map(AnalysisWriter::observation).toList());
    section(out, markdown, "Observations no longer explained",
        r.newlyUnexplained().stream().map(AnalysisWriter::observation).toList());
    return out.toString();
  }

  /** Returns a dependence report as JSON. */
  public static String toJson(DependenceReport report) {
    checkNotNull(report, "report");
    Map<String, Object> root = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>();
    for (PredictionDependence d : report.dependences()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("prediction", ResultTree.predictions(List.of(d.prediction())).get(0));
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
    return JsonText.write(root);
  }

  /** Returns a dependence report as plain text ({@code markdown} true: as Markdown). */
  public static String toText(DependenceReport report, boolean markdown) {
    checkNotNull(report, "report");
    StringBuilder out = new StringBuilder();
    heading(out, markdown, "What each prediction depends on");
    for (PredictionDependence d : report.dependences()) {
      List<String> lines = new ArrayList<>();
      lines.add("needs: " + (d.needed().isEmpty() ? "no single concept" : join(d.needed())));
      lines.add("minimal sufficient sets: "
          + (d.minimalSufficient().isEmpty()
              ? "none within the bound"
              : d.minimalSufficient().stream().map(s -> "{" + join(s) + "}").collect(Collectors.joining(" ")))
          + (d.exhaustive() ? "" : " (search bounded)"));
      section(out, markdown, prediction(d.prediction()), lines);
    }
    out.append(String.format("cost: %d variants; %d episodes recomputed, %d reused%n",
        report.variants(), report.episodesRecomputed(), report.episodesReused()));
    return out.toString();
  }

  /** Returns a theory comparison as JSON. */
  public static String toJson(TheoryComparison c) {
    checkNotNull(c, "comparison");
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
    return JsonText.write(root);
  }

  /** Returns a theory comparison as a plain-text table ({@code markdown} true: a Markdown one). */
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
        c.theories().forEach(t -> out.append(c.explaining(o).contains(t) ? " explained |" : " - |"));
      } else {
        out.append(String.format("%-" + width + "s", observation(o)));
        c.theories().forEach(
            t -> out.append("  ").append(String.format("%-" + t.length() + "s", c.explaining(o).contains(t) ? "yes" : "-")));
      }
      out.append('\n');
    }
    out.append('\n');
    for (String theory : c.theories()) {
      Evaluation e = c.evaluation(theory);
      out.append(markdown ? "- **" + theory + "**: " : theory + ": ")
          .append(String.format("explains %d of %d observations; %d predictions, %d matched by an observation%n",
              e.explained(), e.observations(), e.predictions(), e.matched()));
    }
    return out.toString();
  }

  /** Returns practice cycles as JSON. */
  public static String cyclesToJson(List<PracticeCycle> cycles) {
    List<Object> list = new ArrayList<>();
    for (PracticeCycle cycle : cycles) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("practices", new ArrayList<Object>(cycle.practices()));
      List<Object> links = new ArrayList<>();
      for (PracticeLink l : cycle.links()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", ResultTree.predictions(List.of(l.from())).get(0));
        m.put("concept", l.concept().value());
        m.put("to", ResultTree.predictions(List.of(l.to())).get(0));
        links.add(m);
      }
      n.put("links", links);
      list.add(n);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("cycles", list);
    return JsonText.write(root);
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
        out.append("  ").append(prediction(l.from())).append("  triggers ").append(l.concept())
            .append(" behind  ").append(prediction(l.to())).append('\n');
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
    return p.actor() + " " + p.practice() + p.target().map(t -> " -> " + t).orElse("") + " in "
        + p.situation() + " (support " + Decimals.format(p.support()) + ", opposition "
        + Decimals.format(p.opposition()) + "; " + join(p.concepts()) + ")";
  }

  static String observation(Observation o) {
    return o.actor() + " " + o.practice() + o.target().map(t -> " -> " + t).orElse("") + " in "
        + o.situation() + o.change().map(ChangeKind::token).map(c -> " (" + c + ")").orElse("");
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

  private static void section(StringBuilder out, boolean markdown, String title, List<String> lines) {
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
