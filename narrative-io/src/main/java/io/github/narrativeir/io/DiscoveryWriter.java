package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.analysis.DiscoveryResult.Solution;
import io.github.narrativeir.analysis.DiscoveryResult.Statistics;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.io.internal.AtomicFiles;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes discovery results ({@link io.github.narrativeir.analysis.Discovery}) as {@code
 * narrative-discovery/1} JSON, and the best solution as a {@code narrative-concepts/1} concept set.
 *
 * <p>The JSON has the keys {@code format}, {@code actor}, {@code mode}, {@code bounds} ({@code
 * maxAll}, {@code maxNone}, {@code maxConcepts}), {@code search} ({@code stop}, {@code exhaustive}
 * and the counts of the search: {@code pairs}, {@code literalAspects}, {@code triggers}, {@code
 * candidates}, {@code nodes}, {@code prunedUnrealizable}, {@code prunedBound}, {@code readings}),
 * {@code original} ({@code explained}, {@code observations}, {@code scores}, {@code baselines}),
 * {@code ties} ({@code count}, {@code exact}), {@code solutions} (best first: {@code rank}, {@code
 * concepts}, {@code explained}, {@code literals}, {@code scores}, {@code baselines}; each concept
 * with {@code id}, {@code canonical}, {@code when} ({@code all}, {@code none}), {@code prescribes}
 * ({@code practice}, {@code target}) and {@code neededFor}), {@code unexplainable} and {@code
 * undetermined}, in that order. Scores, baselines and observations are written exactly as {@code
 * narrative-result/1} writes them (ratios rounded half-even to 4 decimals, {@code null} when
 * undefined; observations as its {@code unexplained} items). The search's elapsed time is left out,
 * so that the same result always gives the same bytes; two-space indentation and a final newline.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DiscoveryWriter {
  static final String FORMAT = "narrative-discovery/1";

  private DiscoveryWriter() {}

  /** Returns {@code result} as {@code narrative-discovery/1} JSON text. */
  public static String toJson(DiscoveryResult result) {
    checkNotNull(result, "result");
    return JsonText.write(tree(result));
  }

  /**
   * Writes {@code result} as {@code narrative-discovery/1} JSON to {@code file}, atomically: the
   * file is either left as it was or holds the whole result.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(DiscoveryResult result, Path file) throws IOException {
    checkNotNull(result, "result");
    AtomicFiles.write(file, out -> write(result, out));
  }

  /**
   * Writes {@code result} as {@code narrative-discovery/1} JSON to {@code out}, the same text as
   * {@link #toJson}. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(DiscoveryResult result, Writer out) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(out, "out");
    JsonText.write(tree(result), out);
  }

  /**
   * Writes {@code result} as {@code narrative-discovery/1} JSON to {@code out} in UTF-8: the bytes
   * of {@link #toJson}, written as they are made, so that the whole text is never held in memory.
   * Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(DiscoveryResult result, OutputStream out) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(out, "out");
    JsonText.write(tree(result), out);
  }

  /**
   * The best solution of {@code result} as a concept set: its concepts as the discovery made them
   * ({@code <actor>.discovered.<n>}, each labelled as a hypothesis with the observations it is
   * needed to explain, without evidence), and a name that says so. It names no actor, aspect or
   * practice type of its own: those of the model it is combined with are used. The set is empty
   * when the best solution is (nothing within the bounds explains more than no concept).
   */
  public static ConceptSet bestAsConceptSet(DiscoveryResult result) {
    checkNotNull(result, "result");
    return ConceptSet.builder().name(name(result)).concepts(result.best().concepts()).build();
  }

  /**
   * Writes {@link #bestAsConceptSet} of {@code result} to {@code file} as {@code
   * narrative-concepts/1}, in the format its extension names (YAML when it names none), atomically.
   *
   * @throws IOException if the file cannot be written; it is then left as it was
   */
  public static void writeBest(DiscoveryResult result, Path file) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(file, "file");
    ModelWriter.write(bestAsConceptSet(result), file);
  }

  /** The name of the best solution's concept set. */
  static String name(DiscoveryResult result) {
    String actor = result.actor().value();
    return "Concepts of "
        + actor
        + " found by discovery ("
        + result.mode().token()
        + " mode): hypotheses found from the observations, without evidence; look for them in "
        + actor
        + "'s discourse";
  }

  static Map<String, Object> tree(DiscoveryResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("actor", result.actor().value());
    root.put("mode", result.mode().token());
    Map<String, Object> bounds = new LinkedHashMap<>();
    bounds.put("maxAll", result.maxAll());
    bounds.put("maxNone", result.maxNone());
    bounds.put("maxConcepts", result.maxConcepts());
    root.put("bounds", bounds);
    root.put("search", search(result));
    Map<String, Object> original = new LinkedHashMap<>();
    original.put("explained", result.original().explained());
    original.put("observations", result.original().observations());
    scored(result.original(), original);
    root.put("original", original);
    Map<String, Object> ties = new LinkedHashMap<>();
    ties.put("count", result.ties());
    ties.put("exact", result.tiesExact());
    root.put("ties", ties);
    List<Object> solutions = new ArrayList<>();
    for (int i = 0; i < result.solutions().size(); i++) {
      solutions.add(solution(i + 1, result.solutions().get(i)));
    }
    root.put("solutions", solutions);
    root.put("unexplainable", observations(result.unexplainable()));
    root.put("undetermined", observations(result.undetermined()));
    return root;
  }

  private static Map<String, Object> search(DiscoveryResult result) {
    Statistics s = result.statistics();
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("stop", result.stop().token());
    n.put("exhaustive", result.exhaustive());
    n.put("pairs", s.pairs());
    n.put("literalAspects", s.literalAspects());
    n.put("triggers", s.triggers());
    n.put("candidates", s.candidates());
    n.put("nodes", s.nodes());
    n.put("prunedUnrealizable", s.prunedUnrealizable());
    n.put("prunedBound", s.prunedBound());
    n.put("readings", s.readings());
    return n;
  }

  private static Map<String, Object> solution(int rank, Solution s) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("rank", rank);
    List<Object> concepts = new ArrayList<>();
    for (int i = 0; i < s.concepts().size(); i++) {
      Concept c = s.concepts().get(i);
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("id", c.id().value());
      k.put("canonical", s.canonical().get(i));
      Map<String, Object> when = new LinkedHashMap<>();
      when.put("all", ResultTree.strings(c.when().allOf()));
      when.put("none", ResultTree.strings(c.when().noneOf()));
      k.put("when", when);
      Prescription p = c.prescribes().get(0);
      Map<String, Object> prescribes = new LinkedHashMap<>();
      prescribes.put("practice", p.practice().value());
      prescribes.put("target", p.target().map(ActorId::value).orElse(null));
      k.put("prescribes", prescribes);
      k.put("neededFor", observations(s.neededFor().getOrDefault(c.id(), ImmutableList.of())));
      concepts.add(k);
    }
    n.put("concepts", concepts);
    n.put("explained", s.explained());
    n.put("literals", s.literals());
    scored(s.evaluation(), n);
    return n;
  }

  /** Puts {@code scores} and {@code baselines} of {@code e}, as {@code narrative-result/1} does. */
  private static void scored(Evaluation e, Map<String, Object> n) {
    n.put("scores", ResultTree.scores(e.scores()));
    n.put("baselines", ResultTree.baselines(e));
  }

  private static List<Object> observations(List<Observation> observations) {
    List<Object> list = new ArrayList<>();
    observations.forEach(o -> list.add(ResultTree.observation(o)));
    return list;
  }
}
