package io.github.narrativeir.examples;

import io.github.narrativeir.analysis.BaselineScores;
import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.analysis.TheoryVerdict;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rival readings of the Musharraf era: the situational narratives of {@code musharraf-era.yaml}, a
 * Realist reading ({@code realist.concepts.yaml}) and a Liberal one ({@code
 * liberal.concepts.yaml}), each run against the same situations and observations, with the
 * comparison printed: which reading explains which observed practice, each reading's scores beside
 * those of the baselines, and whether it beats them.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests package && mvn -B -q -pl examples exec:java \
 *     -Dexec.mainClass=io.github.narrativeir.examples.RivalReadings
 * }</pre>
 */
public final class RivalReadings {
  /** The readings compared: a name and the concept set that replaces the model's concepts. */
  static final Map<String, String> READINGS = new LinkedHashMap<>();

  static {
    READINGS.put("narratives", null);
    READINGS.put("realist", "realist.concepts.yaml");
    READINGS.put("liberal", "liberal.concepts.yaml");
  }

  private RivalReadings() {}

  /**
   * Prints the comparison.
   *
   * @param args ignored
   * @throws IOException if a model file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.print(comparison(run()));
  }

  /** Runs every reading against the Musharraf-era observations. */
  static TheoryComparison run() throws IOException {
    Map<String, Model> theories = new LinkedHashMap<>();
    Path model = ExampleFiles.model(MusharrafEra.MODEL);
    for (Map.Entry<String, String> reading : READINGS.entrySet()) {
      List<Path> sets =
          reading.getValue() == null ? List.of() : List.of(ExampleFiles.model(reading.getValue()));
      theories.put(
          reading.getKey(),
          ExampleFiles.withMusharrafData(ModelReader.create().read(model, sets).model()).model());
    }
    return TheoryComparison.of(theories, theories.get("narratives").observations());
  }

  /** The comparison table, the counts, the scores and the verdicts. */
  static String comparison(TheoryComparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append("Rival readings of the Musharraf era, against the same observations\n");
    out.append("=================================================================\n\n");
    List<String> names = comparison.theories();
    out.append(String.format("  %-3s %-52s", "", "observed practice"));
    names.forEach(n -> out.append(String.format(" %-10s", n)));
    out.append('\n');
    List<Observation> observations = comparison.observations();
    for (Observation o : observations) {
      out.append(String.format("  %-3s %-52s", seed(o), MusharrafEra.key(o)));
      for (String name : names) {
        boolean explained = comparison.explaining(o).contains(name);
        out.append(String.format(" %-10s", explained ? "explained" : "-"));
      }
      out.append('\n');
    }
    out.append('\n');
    for (String name : names) {
      Evaluation e = comparison.evaluation(name);
      long seedExplained =
          e.explainedObservations().stream().filter(o -> !seed(o).isEmpty()).count();
      long seedTotal = observations.stream().filter(o -> !seed(o).isEmpty()).count();
      out.append(
          String.format(
              "  %-10s explains %2d of %d observations (%d of %d behind the seed's five practices);"
                  + " %d predictions, %d matched%n",
              name,
              e.explained(),
              e.observations(),
              seedExplained,
              seedTotal,
              e.predictions(),
              e.matched()));
    }
    out.append('\n')
        .append(scores(comparison))
        .append('\n')
        .append(differences(comparison))
        .append('\n')
        .append("  (S1..S5: the observation stands for the seed article's practice 1..5.)\n")
        .append("  The seed claims that neither Realism nor Liberalism explains the interaction;\n")
        .append(
            "  here is what the two readings, written with the same tools, actually predict.\n");
    return out.toString();
  }

  /**
   * Every reading's scores beside the baselines', and whether each reading beats them: the test a
   * reading must pass before it can be said to explain more than a trivial rule.
   */
  static String scores(TheoryComparison comparison) {
    StringBuilder out = new StringBuilder();
    String format = "  %-22s %3s %3s %3s %3s %8s %7s %12s %18s %10s%n";
    out.append(
        String.format(
            format,
            "scores",
            "TP",
            "FN",
            "TN",
            "FP",
            "changes",
            "recall",
            "specificity",
            "balanced accuracy",
            "precision"));
    for (String name : comparison.theories()) {
      out.append(row(format, name, comparison.scores(name)));
    }
    for (BaselineScores b : comparison.baselines()) {
      out.append(row(format, "baseline " + b.baseline().token(), b.scores()));
    }
    out.append('\n');
    for (TheoryVerdict v : comparison.verdicts()) {
      out.append("  ").append(v.theory()).append(": ").append(v.summary()).append('\n');
    }
    return out.toString();
  }

  /**
   * The predictions in which each rival reading differs from the narratives, with whether an
   * observation speaks to them: where no observation does, the comparison cannot tell them apart.
   */
  static String differences(TheoryComparison comparison) {
    StringBuilder out =
        new StringBuilder("  Where the readings' predictions differ from the narratives':\n");
    java.util.Set<String> narratives = predictions(comparison.results().get("narratives"));
    for (String name : comparison.theories()) {
      if (name.equals("narratives")) {
        continue;
      }
      java.util.Set<String> rival = predictions(comparison.results().get(name));
      java.util.List<String> lines = new java.util.ArrayList<>();
      narratives.stream()
          .filter(p -> !rival.contains(p))
          .forEach(p -> lines.add("only the narratives predict " + p + assessed(comparison, p)));
      rival.stream()
          .filter(p -> !narratives.contains(p))
          .forEach(p -> lines.add("only " + name + " predicts " + p + assessed(comparison, p)));
      out.append("  ")
          .append(name)
          .append(": ")
          .append(lines.isEmpty() ? "none" : lines.size() + "")
          .append('\n');
      lines.forEach(l -> out.append("    ").append(l).append('\n'));
    }
    return out.toString();
  }

  private static java.util.Set<String> predictions(
      io.github.narrativeir.inference.Inference result) {
    java.util.Set<String> keys = new java.util.TreeSet<>();
    result
        .predictions()
        .forEach(
            p ->
                keys.add(
                    p.actor()
                        + " "
                        + p.practice()
                        + p.target().map(t -> " " + t).orElse("")
                        + " "
                        + p.situation()));
    return keys;
  }

  private static String assessed(TheoryComparison comparison, String prediction) {
    boolean observed =
        comparison.observations().stream()
            .filter(o -> o.change().isEmpty())
            .anyMatch(
                o ->
                    (o.actor()
                            + " "
                            + o.practice()
                            + o.target().map(t -> " " + t).orElse("")
                            + " "
                            + o.situation())
                        .equals(prediction));
    return observed ? " (observed)" : " (no observation speaks to it)";
  }

  private static String row(String format, String name, Scores s) {
    return String.format(
        format,
        name,
        s.truePositives(),
        s.falseNegatives(),
        s.trueNegatives(),
        s.falsePositives(),
        s.changesExplained() + "/" + s.changes(),
        ratio(s.recall()),
        ratio(s.specificity()),
        ratio(s.balancedAccuracy()),
        ratio(s.precision()));
  }

  private static String ratio(Optional<BigDecimal> ratio) {
    return ratio.map(Texts::decimal).orElse("\u2014");
  }

  private static String seed(Observation o) {
    for (MusharrafEra.SeedPractice p : MusharrafEra.SEED) {
      if (p.observations().contains(MusharrafEra.key(o))) {
        return "S" + p.number();
      }
    }
    return "";
  }
}
