package io.github.narrativeir.examples;

import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rival readings of the Musharraf era: the situational narratives of {@code musharraf-era.yaml},
 * a Realist reading ({@code realist.concepts.yaml}) and a Liberal one ({@code
 * liberal.concepts.yaml}), each run against the same situations and observations, with the
 * comparison printed: which reading explains which observed practice.
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

  /** The comparison table and the counts. */
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
      out.append(String.format(
          "  %-10s explains %2d of %d observations (%d of %d behind the seed's five practices);"
              + " %d predictions, %d matched%n",
          name, e.explained(), e.observations(), seedExplained, seedTotal, e.predictions(),
          e.matched()));
    }
    out.append('\n')
        .append("  (S1..S5: the observation stands for the seed article's practice 1..5.)\n")
        .append("  The seed claims that neither Realism nor Liberalism explains the interaction;\n")
        .append("  here is what the two readings, encoded in good faith, actually predict.\n");
    return out.toString();
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
