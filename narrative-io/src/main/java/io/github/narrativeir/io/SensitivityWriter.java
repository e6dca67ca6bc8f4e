package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.io.internal.AtomicFiles;
import io.github.narrativeir.model.ActorId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes sensitivity results as {@code narrative-sensitivity/1} JSON, exactly as MODEL.md shows it:
 * {@code format}, {@code families}, {@code predictions}, {@code gained}, {@code observations} and
 * {@code scores}, with the keys in that order, ids and targets as in {@code narrative-result/1}
 * ({@code null} for an absent target or change), and numbers as there: shares and ratios as {@code
 * 0.9355}, {@code 1.0}, {@code 0.5}; counts (variants, changes explained) as integers. The {@code
 * monte-carlo} family's entry goes on after its count with {@code generator}, {@code seed} (an
 * integer), {@code weightFactor}, {@code conceptDropProbability}, {@code aspectDropProbability}
 * (decimals, such as {@code 2.0} and {@code 0.1}) and {@code breakTies}. An undefined value is
 * {@code null}: a share when no variant ran, and a score that cannot be computed, such as every
 * score of a model without observations (whose {@code observations} list is empty). Two-space
 * indentation and a final newline; the same result always gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SensitivityWriter {
  static final String FORMAT = "narrative-sensitivity/1";

  private SensitivityWriter() {}

  /** Returns {@code result} as {@code narrative-sensitivity/1} JSON text. */
  public static String toJson(SensitivityResult result) {
    checkNotNull(result, "result");
    return JsonText.write(tree(result));
  }

  /**
   * Writes {@code result} as {@code narrative-sensitivity/1} JSON to {@code file}, atomically: the
   * file is either left as it was or holds the whole result.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(SensitivityResult result, Path file) throws IOException {
    checkNotNull(result, "result");
    AtomicFiles.write(file, out -> write(result, out));
  }

  /**
   * Writes {@code result} as {@code narrative-sensitivity/1} JSON to {@code out}, the same text as
   * {@link #toJson}, a chunk at a time. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(SensitivityResult result, Writer out) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(out, "out");
    JsonText.write(tree(result), out);
  }

  /**
   * Writes {@code result} as {@code narrative-sensitivity/1} JSON to {@code out} in UTF-8: the
   * bytes of {@link #toJson}, written as they are made, so that the whole text is never held in
   * memory. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(SensitivityResult result, OutputStream out) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(out, "out");
    JsonText.write(tree(result), out);
  }

  static Map<String, Object> tree(SensitivityResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    List<Object> families = new ArrayList<>();
    for (FamilyCount f : result.families()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("name", f.name());
      n.put("variants", f.variants());
      f.monteCarlo().ifPresent(spec -> monteCarlo(spec, n));
      families.add(n);
    }
    root.put("families", families);
    List<Object> predictions = new ArrayList<>();
    for (PredictionHolds h : result.predictions()) {
      Prediction p = h.prediction();
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("actor", p.actor().value());
      n.put("practice", p.practice().value());
      n.put("target", target(p.target()));
      n.put("situation", p.situation().value());
      n.put("holds", ratio(h.holds()));
      n.put("lostIn", new ArrayList<Object>(h.lostIn()));
      predictions.add(n);
    }
    root.put("predictions", predictions);
    List<Object> gained = new ArrayList<>();
    for (GainedPrediction g : result.gained()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("actor", g.actor().value());
      n.put("practice", g.practice().value());
      n.put("target", target(g.target()));
      n.put("situation", g.situation().value());
      n.put("gainedIn", new ArrayList<Object>(g.gainedIn()));
      gained.add(n);
    }
    root.put("gained", gained);
    List<Object> observations = new ArrayList<>();
    for (ObservationFlips o : result.observations()) {
      Map<String, Object> n = ResultTree.observation(o.observation());
      n.put("explained", o.explained());
      n.put("flippedIn", new ArrayList<Object>(o.flippedIn()));
      observations.add(n);
    }
    root.put("observations", observations);
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put("balancedAccuracy", range(result.balancedAccuracy(), SensitivityWriter::ratio));
    scores.put("recall", range(result.recall(), SensitivityWriter::ratio));
    scores.put("changesExplained", range(result.changesExplained(), SensitivityWriter::count));
    root.put("scores", scores);
    return root;
  }

  /** The generator, seed and distribution of a {@code monte-carlo} family, after its count. */
  private static void monteCarlo(MonteCarlo spec, Map<String, Object> n) {
    n.put("generator", MonteCarlo.GENERATOR);
    n.put("seed", spec.seed());
    n.put("weightFactor", JsonText.decimal(spec.weightFactor()));
    n.put("conceptDropProbability", JsonText.decimal(spec.conceptDropProbability()));
    n.put("aspectDropProbability", JsonText.decimal(spec.aspectDropProbability()));
    n.put("breakTies", spec.breakTies());
  }

  private static Map<String, Object> range(
      ScoreRange range, Function<Optional<BigDecimal>, Object> number) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("original", number.apply(range.original()));
    n.put("min", number.apply(range.min()));
    n.put("median", number.apply(range.median()));
    n.put("max", number.apply(range.max()));
    return n;
  }

  /** A share or ratio as the result format writes decimals: {@code 0.9355}, {@code 1.0}. */
  private static @Nullable Object ratio(Optional<BigDecimal> value) {
    return value.map(JsonText::decimal).orElse(null);
  }

  /** A whole number as an integer: {@code 1}. */
  private static @Nullable Object count(Optional<BigDecimal> value) {
    return value.map(v -> (Object) v.longValueExact()).orElse(null);
  }

  private static @Nullable String target(Optional<ActorId> target) {
    return target.map(ActorId::value).orElse(null);
  }
}
