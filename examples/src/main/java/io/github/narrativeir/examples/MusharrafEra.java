package io.github.narrativeir.examples;

import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.PracticeCycle;
import io.github.narrativeir.analysis.PracticeCycles;
import io.github.narrativeir.analysis.PracticeLink;
import io.github.narrativeir.analysis.PredictionDependence;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.Reports;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Decimals;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The worked example: US–Pakistan relations in the Musharraf era, after Banerjee and Commuri
 * (2014). Prints each state's situational narrative, the predicted and observed practices side by
 * side, the explanation of every observed practice, what the bundled data say, and the
 * evaluation; writes the HTML report.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -Pmusharraf-era package      # from a fresh clone
 * }</pre>
 */
public final class MusharrafEra {
  /** The model file, in the examples module's {@code models/} directory. */
  static final String MODEL = "musharraf-era.yaml";

  /** The five practices of the seed article, and the observations that stand for each. */
  record SeedPractice(int number, String text, List<String> observations) {}

  static final List<SeedPractice> SEED =
      List.of(
          new SeedPractice(1, "The US gave payments and aid, and transferred to Pakistan weapons"
              + " suited to counter-insurgency.",
              List.of("US aid PK post-9-11", "US aid PK standoff", "US aid PK dprk-exposed",
                  "US aid PK khan-exposed", "US aid PK us-india-deal", "US aid PK waziristan-accord",
                  "US aid PK civilian-transition", "US coin-arms PK standoff",
                  "US coin-arms PK khan-exposed", "US coin-arms PK us-india-deal",
                  "US coin-arms PK waziristan-accord", "US coin-arms PK civilian-transition")),
          new SeedPractice(2, "Pakistan permitted the US to transport goods to Afghanistan through"
              + " its territory, and to conduct within Pakistani territory drone strikes and other"
              + " security operations.",
              List.of("PK permit-transit US post-9-11 started", "PK permit-operations US post-9-11 started",
                  "PK permit-transit US khan-exposed", "PK permit-transit US civilian-transition",
                  "PK permit-operations US khan-exposed", "PK permit-operations US us-india-deal",
                  "PK permit-operations US waziristan-accord",
                  "PK permit-operations US civilian-transition", "US strike-in-pakistan PK khan-exposed",
                  "US strike-in-pakistan PK us-india-deal", "US strike-in-pakistan PK waziristan-accord",
                  "US strike-in-pakistan PK civilian-transition")),
          new SeedPractice(3, "Pakistani military organizations aided the Afghan Taliban as they"
              + " fought the US forces in Afghanistan.",
              List.of("PK aid-taliban AFG-TALIBAN standoff", "PK aid-taliban AFG-TALIBAN waziristan-accord",
                  "PK aid-taliban AFG-TALIBAN civilian-transition")),
          new SeedPractice(4, "Pakistan provided nuclear weapons technology to North Korea in"
              + " exchange for missile technology.",
              List.of("PK nuclear-for-missiles DPRK post-coup", "PK nuclear-for-missiles DPRK standoff",
                  "PK nuclear-for-missiles DPRK khan-exposed stopped")),
          new SeedPractice(5, "After 2003, Pakistan greatly reduced its Kashmir-oriented diplomatic"
              + " efforts towards the US.",
              List.of("PK press-kashmir-with-us US standoff",
                  "PK press-kashmir-with-us US khan-exposed stopped",
                  "PK press-kashmir-with-us US khan-exposed", "PK press-kashmir-with-us US us-india-deal")));

  private MusharrafEra() {}

  /**
   * Runs the example.
   *
   * @param args optionally the path of the HTML report to write (default {@code
   *     musharraf-era.html} in the working directory)
   * @throws IOException if the model cannot be read or the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path html = Path.of(args.length > 0 ? args[0] : "musharraf-era.html");
    ExampleFiles.WithData data = withData();
    Inference result = NarrativeEngine.create().infer(data.model());
    System.err.println("Running sensitivity (every one-at-a-time variant) and discovery for PK and"
        + " US (about half a minute) ...");
    Robustness.Findings findings = Robustness.analyse(result);
    System.out.print(report(result, data.notes(), findings));
    java.nio.file.Files.writeString(html, htmlWithCaveats(result, findings),
        java.nio.charset.StandardCharsets.UTF_8);
    System.out.println();
    System.out.println("The HTML report (narratives, explanations and an SVG timeline) is in " + html);
  }

  /**
   * The HTML report with sections of the example's caveats (what the data do not say, and the
   * coding choices that could be read otherwise), of how fragile its predictions are and of how
   * many readings explain each state's observations, before its end: what the printout says.
   */
  static String htmlWithCaveats(Inference result, Robustness.Findings findings) {
    String html = Reports.render(result, ReportFormat.HTML);
    StringBuilder section = new StringBuilder("<section id=\"caveats\">\n<h2>Caveats</h2>\n<ul>\n");
    for (String caveat : DataBacking.caveats(result.model())) {
      section.append("<li>").append(escape(caveat)).append("</li>\n");
    }
    section.append("</ul>\n</section>\n");
    htmlSection(section, "fragility", "How fragile each prediction is (sensitivity)",
        Robustness.sensitivityLines(findings));
    htmlSection(section, "readings", "How many readings explain each state's observations (discovery)",
        Robustness.discoveryLines(findings));
    int end = html.lastIndexOf("</main>");
    if (end < 0) {
      throw new IllegalStateException("the HTML report has no </main>");
    }
    return html.substring(0, end) + section + html.substring(end);
  }

  private static void htmlSection(StringBuilder out, String id, String title, List<String> lines) {
    out.append("<section id=\"").append(id).append("\">\n<h2>").append(escape(title))
        .append("</h2>\n<ul>\n");
    for (String line : lines) {
      out.append("<li>").append(escape(line.strip())).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Reads the model, imports the bundled data through the example's mappings, runs inference. */
  static Inference infer() throws IOException {
    return NarrativeEngine.create().infer(withData().model());
  }

  /** The model with the data imported through {@code models/mappings/}. */
  static ExampleFiles.WithData withData() throws IOException {
    LoadedModel loaded = ModelReader.create().read(ExampleFiles.model(MODEL));
    return ExampleFiles.withMusharrafData(loaded.model());
  }

  /** The key an observation is listed under in {@link #SEED}. */
  static String key(Observation o) {
    return o.actor() + " " + o.practice() + o.target().map(t -> " " + t).orElse("") + " "
        + o.situation() + o.change().map(c -> " " + c.token()).orElse("")
        + (o.occurred() ? "" : " (did not happen)");
  }

  /**
   * The whole printed report; {@code notes} are the data import's notes, {@code findings} the
   * sensitivity and discovery run on the example.
   */
  static String report(Inference result, List<String> notes, Robustness.Findings findings) {
    Model model = result.model();
    StringBuilder out = new StringBuilder();
    String title = model.name().orElse("The Musharraf era");
    out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    out.append("Each state applies a few persistent concepts to each new situation; what they make it\n")
        .append("see and not see decides its practices, and its practices enter the other state's\n")
        .append("next situation. ").append(model.situations().size()).append(" situations, ")
        .append(model.concepts().size())
        .append(" concepts, ").append(model.observations().size()).append(" observations.\n\n");
    narratives(result, out);
    table(result, out);
    seed(result, out);
    explanations(result, out);
    dependence(result, out);
    cycles(result, out);
    data(model, notes, out);
    evaluation(result, out);
    caveats(model, out);
    out.append('\n');
    heading(out, "10. How fragile each prediction is (sensitivity)");
    Robustness.sensitivityLines(findings).forEach(l -> out.append("  ").append(l).append('\n'));
    out.append('\n');
    heading(out, "11. How many readings explain each state's observations (discovery)");
    Robustness.discoveryLines(findings).forEach(l -> out.append("  ").append(l).append('\n'));
    return out.toString();
  }

  private static void narratives(Inference result, StringBuilder out) {
    heading(out, "1. The situational narratives");
    for (Narrative n : result.narratives()) {
      if (!List.of("PK", "US").contains(n.actor().value())) {
        continue;
      }
      out.append(name(result.model(), n.actor())).append(" (").append(n.actor()).append(")\n");
      out.append("  persistent concepts: ").append(labels(result.model(), n.persistent())).append('\n');
      for (Episode e : n.episodes()) {
        Situation s = situation(result.model(), e.situation());
        out.append("  ").append(s.label()).append(" (").append(s.id()).append(", ")
            .append(s.from()).append(s.to().map(t -> " to " + t).orElse("")).append(")\n");
        out.append("    concepts:    ").append(labels(result.model(), e.concepts())).append('\n');
        out.append("    highlighted: ").append(ids(e.highlighted())).append('\n');
        out.append("    occluded:    ").append(ids(e.occluded())).append('\n');
        List<String> practices = new ArrayList<>();
        for (Prediction p : result.predictions()) {
          if (p.actor().equals(n.actor()) && p.situation().equals(e.situation())) {
            practices.add(p.practice() + p.target().map(t -> " -> " + t).orElse(""));
          }
        }
        out.append("    practices:   ").append(practices.isEmpty() ? "-" : String.join(", ", practices))
            .append('\n');
      }
      List<String> changes = new ArrayList<>();
      for (PracticeChange c : n.changes()) {
        changes.add(c.change().token() + " " + c.practice() + c.target().map(t -> " -> " + t).orElse("")
            + " in " + c.situation());
      }
      out.append("  changes: ").append(changes.isEmpty() ? "-" : String.join("; ", changes)).append("\n\n");
    }
  }

  private static void table(Inference result, StringBuilder out) {
    heading(out, "2. Predicted and observed practices");
    TreeSet<String> rows = new TreeSet<>();
    List<Situation> order = result.situations();
    for (Prediction p : result.predictions()) {
      rows.add(row(order, p.situation(), p.actor(), p.practice(), p.target()));
    }
    for (Observation o : result.model().observations()) {
      if (o.change().isEmpty()) {
        rows.add(row(order, o.situation(), o.actor(), o.practice(), o.target()));
      }
    }
    out.append(String.format("  %-19s %-5s %-22s %-12s %-10s %s%n", "situation", "actor", "practice",
        "target", "predicted", "observed"));
    for (String row : rows) {
      String[] f = row.split("\t");
      SituationId s = SituationId.of(f[1]);
      ActorId a = ActorId.of(f[2]);
      PracticeId p = PracticeId.of(f[3]);
      Optional<ActorId> t = f[4].equals("-") ? Optional.empty() : Optional.of(ActorId.of(f[4]));
      boolean predicted =
          result.predictions().stream()
              .anyMatch(x -> x.situation().equals(s) && x.actor().equals(a) && x.practice().equals(p)
                  && x.target().equals(t));
      java.util.function.Predicate<Observation> here =
          o -> o.change().isEmpty() && o.situation().equals(s) && o.actor().equals(a)
              && o.practice().equals(p) && (o.target().isEmpty() || o.target().equals(t));
      boolean observed = result.model().observations().stream().anyMatch(o -> here.test(o) && o.occurred());
      boolean denied = result.model().observations().stream().anyMatch(o -> here.test(o) && !o.occurred());
      out.append(String.format("  %-19s %-5s %-22s %-12s %-10s %s%n", f[1], f[2], f[3], f[4],
          predicted ? "yes" : "-", observed ? "yes" : denied ? "did not happen" : "-"));
    }
    out.append("  changes observed: ");
    List<String> changes = new ArrayList<>();
    for (Observation o : result.model().observations()) {
      o.change().ifPresent(c -> changes.add(o.actor() + " " + o.practice()
          + o.target().map(x -> " -> " + x).orElse("") + " " + c.token() + " in " + o.situation()
          + (explained(result, o) ? " (predicted)" : " (NOT predicted)")));
    }
    out.append(String.join("; ", changes)).append("\n\n");
  }

  private static String row(
      List<Situation> order, SituationId s, ActorId a, PracticeId p, Optional<ActorId> t) {
    int index = 0;
    while (!order.get(index).id().equals(s)) {
      index++;
    }
    return index + "\t" + s + "\t" + a + "\t" + p + "\t" + t.map(ActorId::value).orElse("-");
  }

  private static void seed(Inference result, StringBuilder out) {
    heading(out, "3. The seed article's five practices");
    for (SeedPractice practice : SEED) {
      List<Observation> observations =
          result.model().observations().stream()
              .filter(o -> practice.observations().contains(key(o)))
              .collect(Collectors.toList());
      long explained = observations.stream().filter(o -> explained(result, o)).count();
      out.append("  ").append(practice.number()).append(". ").append(practice.text()).append('\n');
      out.append("     explained: ").append(explained).append(" of ").append(observations.size())
          .append(" observations (").append(String.join("; ", practice.observations())).append(")\n");
    }
    out.append('\n');
  }

  private static void explanations(Inference result, StringBuilder out) {
    heading(out, "4. Why: the explanation of each observed practice");
    int n = 0;
    for (Observation o : sorted(result)) {
      n++;
      out.append("[").append(n).append("] observed: ").append(key(o))
          .append(o.source().map(s -> "\n    source: " + s).orElse("")).append('\n');
      if (o.change().isPresent()) {
        SituationId before = previous(result, o.situation());
        boolean stopped = o.change().get() == ChangeKind.STOPPED;
        out.append(indent(explain(result, o, stopped ? before : o.situation())));
        out.append(indent(explain(result, o, stopped ? o.situation() : before)));
      } else {
        out.append(indent(explain(result, o, o.situation())));
      }
      out.append('\n');
    }
  }

  private static String explain(Inference result, Observation o, SituationId situation) {
    Optional<ActorId> target =
        o.target().isPresent()
            ? o.target()
            : result.predictions().stream()
                .filter(p -> p.actor().equals(o.actor()) && p.practice().equals(o.practice()))
                .map(Prediction::target)
                .findFirst()
                .orElse(Optional.empty());
    return result.explain(o.actor(), o.practice(), target, situation).render();
  }

  private static List<Observation> sorted(Inference result) {
    List<Observation> all = new ArrayList<>(result.evaluation().orElseThrow().explainedObservations());
    all.addAll(result.evaluation().orElseThrow().unexplained());
    return all;
  }

  /** For each seed practice's observations: the concepts the explaining predictions need. */
  private static void dependence(Inference result, StringBuilder out) {
    heading(out, "5. What each seed practice depends on (without any one of these, it is lost)");
    for (SeedPractice practice : SEED) {
      out.append("  ").append(practice.number()).append(".\n");
      for (Observation o : result.model().observations()) {
        if (!practice.observations().contains(key(o))) {
          continue;
        }
        SituationId situation =
            o.change().isPresent() && o.change().get() == ChangeKind.STOPPED
                ? previous(result, o.situation())
                : o.situation();
        for (Prediction p : result.predictions()) {
          if (p.actor().equals(o.actor()) && p.practice().equals(o.practice())
              && p.situation().equals(situation)
              && (o.target().isEmpty() || o.target().equals(p.target()))) {
            PredictionDependence d = Dependence.of(result, p, 0);
            boolean stop = o.change().isPresent() && o.change().get() == ChangeKind.STOPPED;
            out.append("     ").append(key(o)).append(stop ? " (before the stop)" : "")
                .append(": needs ").append(ids(d.needed())).append('\n');
          }
        }
        if (o.change().isPresent() && o.change().get() == ChangeKind.STOPPED) {
          List<ConceptId> stoppers = stoppers(result, o);
          out.append("     ").append(key(o)).append(stoppers.isEmpty()
              ? ": no one concept's removal keeps it going; the situation changed under the concept"
                  + " that prescribed it"
              : ": it would go on without " + ids(stoppers)).append('\n');
        }
      }
    }
    out.append('\n');
  }

  /** The concepts without any one of which a stopped practice would still be predicted. */
  private static List<ConceptId> stoppers(Inference result, Observation o) {
    List<ConceptId> stoppers = new ArrayList<>();
    TreeSet<ConceptId> candidates = new TreeSet<>();
    result.episodes().stream()
        .filter(e -> e.situation().equals(o.situation()))
        .forEach(e -> candidates.addAll(e.concepts()));
    for (ConceptId c : candidates) {
      boolean goesOn =
          result.rerunWithout(java.util.Set.of(c), o.situation()).predictions().stream()
              .anyMatch(p -> p.actor().equals(o.actor()) && p.practice().equals(o.practice())
                  && p.situation().equals(o.situation())
                  && (o.target().isEmpty() || o.target().equals(p.target())));
      if (goesOn) {
        stoppers.add(c);
      }
    }
    return stoppers;
  }

  private static void cycles(Inference result, StringBuilder out) {
    heading(out, "6. Self-reproducing practices (interaction cycles)");
    List<PracticeCycle> cycles = PracticeCycles.find(result);
    if (cycles.isEmpty()) {
      out.append("  none\n");
    }
    for (PracticeCycle cycle : cycles) {
      out.append("  ").append(String.join(" -> ", cycle.practices())).append(" -> (back)\n");
      for (PracticeLink l : cycle.links()) {
        out.append("    ").append(l.from().actor()).append(' ').append(l.from().practice())
            .append(" in ").append(l.from().situation()).append(" triggers ").append(l.concept())
            .append(", behind ").append(l.to().actor()).append(' ').append(l.to().practice())
            .append(" in ").append(l.to().situation()).append('\n');
      }
    }
    out.append('\n');
  }

  private static void caveats(Model model, StringBuilder out) {
    heading(out, "9. Caveats (also in the HTML report)");
    DataBacking.caveats(model).forEach(c -> out.append("  - ").append(c).append('\n'));
  }

  private static void data(Model model, List<String> notes, StringBuilder out) {
    heading(out, "7. What the bundled data say (data/ATTRIBUTION.md)");
    out.append("  Imported through the mappings in models/mappings (narrative import):\n");
    notes.forEach(n -> out.append("    ").append(n).append('\n'));
    out.append("  Read from the tables directly:\n");
    for (DataBacking.Finding f : DataBacking.findings(model)) {
      out.append("  [practice ").append(f.practice()).append("] ").append(f.text()).append('\n');
    }
    out.append('\n');
  }

  private static void evaluation(Inference result, StringBuilder out) {
    heading(out, "8. Evaluation");
    Evaluation e = result.evaluation().orElseThrow();
    out.append("  observations ").append(e.observations()).append(", explained ").append(e.explained())
        .append("; predictions ").append(e.predictions()).append(", matched by an observation ")
        .append(e.matched()).append('\n');
    for (Observation o : e.unexplained()) {
      out.append("  unexplained: ").append(key(o)).append('\n');
    }
    for (Prediction p : e.unmatched()) {
      out.append("  unmatched prediction: ").append(p.actor()).append(' ').append(p.practice())
          .append(p.target().map(t -> " -> " + t).orElse("")).append(" in ").append(p.situation())
          .append(" (").append(ids(p.concepts())).append(")\n");
    }
    out.append("  Unmatched predictions are not errors: absence of an observation is not evidence\n")
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
        .append(e.beatsBaselinesOnBalancedAccuracy().map(b -> b ? "yes" : "NO").orElse("cannot tell"))
        .append("; on changes explained: ")
        .append(e.beatsBaselinesOnChanges().map(b -> b ? "yes" : "NO").orElse("cannot tell"))
        .append('\n');
    out.append("  Where it fails: ").append(e.unexplained().isEmpty() ? "nowhere" : e.unexplained().size()
        + " observations unexplained (listed above)").append(".\n\n");
  }

  private static void score(
      StringBuilder out, String measure, Evaluation e, Function<Scores, String> value) {
    out.append(String.format("    %-18s %6s", measure, value.apply(e.scores())));
    for (Scores b : e.baselines().values()) {
      out.append(String.format(" %12s", value.apply(b)));
    }
    out.append('\n');
  }

  private static String ratio(Optional<BigDecimal> ratio) {
    return ratio.map(Decimals::format).orElse("-");
  }

  static boolean explained(Inference result, Observation o) {
    return result.evaluation().orElseThrow().explainedObservations().contains(o);
  }

  private static SituationId previous(Inference result, SituationId s) {
    List<Situation> order = result.situations();
    for (int i = 1; i < order.size(); i++) {
      if (order.get(i).id().equals(s)) {
        return order.get(i - 1).id();
      }
    }
    return s;
  }

  private static String indent(String text) {
    return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n", "", "\n"));
  }

  private static void heading(StringBuilder out, String text) {
    out.append(text).append('\n').append("-".repeat(text.length())).append('\n');
  }

  private static String name(Model model, ActorId id) {
    return model.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst()
        .orElse(id.value());
  }

  private static Situation situation(Model model, SituationId id) {
    return model.situations().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static String labels(Model model, Collection<ConceptId> concepts) {
    if (concepts.isEmpty()) {
      return "-";
    }
    return concepts.stream()
        .map(id -> model.concepts().stream().filter(c -> c.id().equals(id)).map(Concept::label)
            .findFirst().orElse(id.value()) + " [" + id + "]")
        .collect(Collectors.joining("; "));
  }

  private static String ids(Collection<?> ids) {
    return ids.isEmpty() ? "-" : ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

}
