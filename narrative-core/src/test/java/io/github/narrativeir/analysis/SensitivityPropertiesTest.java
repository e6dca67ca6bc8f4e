package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.EditedModels;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sensitivity on random models (decoded from integer choices, so counterexamples shrink) equals a
 * brute-force analysis written straight from MODEL.md: every variant's model built explicitly
 * ({@link io.github.narrativeir.inference.ModelEdit#applyTo}) and run in full by the engine, then
 * compared with the original; and the parallel analysis equals the sequential one.
 */
class SensitivityPropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static Gen<Model> models() {
    return EditedModels.modelChoices()
        .map(c -> EditedModels.model(new EditedModels.Choices(c)))
        .describedAs(Model::toString);
  }

  @Test
  void sensitivity_equalsBruteForceOverExplicitlyEditedModels() {
    qt().withExamples(150)
        .withShrinkCycles(500)
        .forAll(models())
        .checkAssert(
            model -> {
              Inference original = ENGINE.infer(model);

              SensitivityResult actual = Sensitivity.create().run(original);

              assertThat(view(actual)).isEqualTo(bruteForce(original));
            });
  }

  @Test
  void parallelSensitivity_equalsSequential() {
    qt().withExamples(40)
        .forAll(models())
        .checkAssert(
            model -> {
              Inference original = ENGINE.infer(model);

              assertThat(Sensitivity.builder().parallel(true).build().run(original))
                  .isEqualTo(Sensitivity.create().run(original));
            });
  }

  /** The parts of a result MODEL.md specifies, as plain text and numbers. */
  private static Map<String, Object> view(SensitivityResult r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("families", r.families().stream().map(f -> f.name() + "=" + f.variants()).toList());
    v.put(
        "predictions",
        r.predictions().stream()
            .map(
                p ->
                    key(p.prediction())
                        + " "
                        + p.holds().map(BigDecimal::toPlainString).orElse("null")
                        + " "
                        + p.lostIn())
            .toList());
    v.put(
        "gained",
        r.gained().stream()
            .map(
                g ->
                    g.actor()
                        + " "
                        + g.practice()
                        + " "
                        + g.target().map(Object::toString).orElse("-")
                        + " "
                        + g.situation()
                        + " "
                        + g.gainedIn())
            .toList());
    v.put(
        "observations",
        r.observations().stream()
            .map(o -> describe(o.observation()) + " " + o.explained() + " " + o.flippedIn())
            .toList());
    v.put(
        "scores",
        List.of(text(r.balancedAccuracy()), text(r.recall()), text(r.changesExplained())));
    return v;
  }

  private static String text(ScoreRange s) {
    return List.of(s.original(), s.min(), s.median(), s.max()).stream()
        .map(x -> x.map(d -> d.stripTrailingZeros().toPlainString()).orElse("null"))
        .toList()
        .toString();
  }

  private static String key(Prediction p) {
    return p.actor()
        + " "
        + p.practice()
        + " "
        + p.target().map(Object::toString).orElse("-")
        + " "
        + p.situation();
  }

  private static String describe(Observation o) {
    return o.actor()
        + " "
        + o.practice()
        + " "
        + o.target().map(Object::toString).orElse("-")
        + " "
        + o.situation()
        + " "
        + o.change().map(Object::toString).orElse("-")
        + " "
        + o.occurred();
  }

  /** MODEL.md's sensitivity, computed the slow and obvious way. */
  private static Map<String, Object> bruteForce(Inference original) {
    Model model = original.model();
    List<Family> families = new ArrayList<>();
    for (SensitivityFamily f : SensitivityFamily.values()) {
      families.add(Families.of(f, original));
    }
    List<String> names = new ArrayList<>();
    List<Inference> runs = new ArrayList<>();
    for (Family f : families) {
      for (Variant v : f.variants()) {
        names.add(v.name());
        runs.add(ENGINE.infer(v.edit().orElseThrow().applyTo(model), original.options()));
      }
    }
    int n = runs.size();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("families", families.stream().map(f -> f.name() + "=" + f.variants().size()).toList());
    List<Set<String>> keys = runs.stream().map(r -> keys(r.predictions())).toList();
    List<String> predictions = new ArrayList<>();
    for (Prediction p : original.predictions()) {
      List<String> lost = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!keys.get(i).contains(key(p))) {
          lost.add(names.get(i));
        }
      }
      String holds =
          n == 0
              ? "null"
              : BigDecimal.valueOf(n - lost.size())
                  .divide(BigDecimal.valueOf(n), 4, RoundingMode.HALF_EVEN)
                  .toPlainString();
      predictions.add(key(p) + " " + holds + " " + lost);
    }
    view.put("predictions", predictions);
    List<String> situations = original.situations().stream().map(s -> s.id().value()).toList();
    Set<String> before = keys(original.predictions());
    Map<String, List<String>> gained =
        new TreeMap<>(
            Comparator.comparing(
                    (String k) -> situations.indexOf(k.substring(k.lastIndexOf(' ') + 1)))
                .thenComparing(
                    k -> k.substring(0, k.lastIndexOf(' ')),
                    SensitivityPropertiesTest::prefixOrder));
    for (int i = 0; i < n; i++) {
      for (Prediction p : runs.get(i).predictions()) {
        if (!before.contains(key(p))) {
          gained.computeIfAbsent(key(p), k -> new ArrayList<>()).add(names.get(i));
        }
      }
    }
    view.put(
        "gained", gained.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    List<Observation> observations = new ArrayList<>(model.observations());
    observations.sort(
        Comparator.comparing((Observation o) -> situations.indexOf(o.situation().value()))
            .thenComparing(o -> o.actor().value())
            .thenComparing(o -> o.practice().value())
            .thenComparing(o -> o.target().map(t -> "1" + t).orElse("0"))
            .thenComparing(o -> o.change().map(Object::toString).orElse(""))
            .thenComparing(Observation::occurred));
    List<String> flips = new ArrayList<>();
    for (Observation o : observations) {
      boolean explained = explains(original, o);
      List<String> flipped = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (explains(runs.get(i), o) != explained) {
          flipped.add(names.get(i));
        }
      }
      flips.add(describe(o) + " " + explained + " " + flipped);
    }
    view.put("observations", flips);
    view.put(
        "scores",
        List.of(
            spread(original, runs, Scores::balancedAccuracy),
            spread(original, runs, Scores::recall),
            spread(original, runs, s -> Optional.of(BigDecimal.valueOf(s.changesExplained())))));
    return view;
  }

  /** Actor, practice, target: ids with no target ('-') first. */
  private static int prefixOrder(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    for (int i = 0; i < 2; i++) {
      int c = x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return (x[2].equals("-") ? "0" : "1" + x[2]).compareTo(y[2].equals("-") ? "0" : "1" + y[2]);
  }

  private static Set<String> keys(List<Prediction> predictions) {
    Set<String> keys = new HashSet<>();
    predictions.forEach(p -> keys.add(key(p)));
    return keys;
  }

  private static boolean explains(Inference run, Observation o) {
    return run.evaluation().map(e -> e.explainedObservations().contains(o)).orElse(false);
  }

  private static String spread(
      Inference original, List<Inference> runs, Function<Scores, Optional<BigDecimal>> score) {
    Function<Inference, Optional<BigDecimal>> of =
        r -> r.evaluation().map(Evaluation::scores).flatMap(score);
    List<BigDecimal> values = new ArrayList<>();
    runs.forEach(r -> of.apply(r).ifPresent(values::add));
    values.sort(Comparator.naturalOrder());
    List<Optional<BigDecimal>> range =
        List.of(
            of.apply(original),
            values.isEmpty() ? Optional.empty() : Optional.of(values.get(0)),
            values.isEmpty() ? Optional.empty() : Optional.of(values.get((values.size() - 1) / 2)),
            values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1)));
    return range.stream()
        .map(x -> x.map(d -> d.stripTrailingZeros().toPlainString()).orElse("null"))
        .toList()
        .toString();
  }
}
