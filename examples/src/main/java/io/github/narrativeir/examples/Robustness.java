package io.github.narrativeir.examples;

import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The example turned on itself: how fragile each prediction is (every one-at-a-time variant of
 * MODEL.md's sensitivity families) and, for each state, how many simple readings explain its
 * observations as well as the best one (discovery, each state's concepts replaced). Both are run
 * exactly as {@code narrative sensitivity} and {@code narrative discover --mode replace} run them.
 */
final class Robustness {
  /** A prediction is fragile when fewer than this share of the variants keep it. */
  static final BigDecimal FRAGILE_BELOW = new BigDecimal("0.9");

  /** Discovery's bounds here: at most three concepts, each of one aspect and one absence. */
  static final int MAX_ALL = 1;

  static final int MAX_NONE = 1;
  static final int MAX_CONCEPTS = 3;

  /** The states whose observations discovery tries to explain. */
  static final List<String> STATES = List.of("PK", "US");

  /** The titles of the two sections, in the printout and the HTML report. */
  static final String SENSITIVITY_TITLE = "How fragile each prediction is (sensitivity)";

  static final String DISCOVERY_TITLE =
      "How many readings explain each state's observations (discovery)";

  private Robustness() {}

  /** What the two analyses found. */
  record Findings(
      SensitivityResult sensitivity, ImmutableMap<ActorId, DiscoveryResult> discovery) {}

  /** Runs both analyses on the example's inference. */
  static Findings analyse(Inference result) {
    SensitivityResult sensitivity = Sensitivity.create().run(result);
    ImmutableMap.Builder<ActorId, DiscoveryResult> discovery = ImmutableMap.builder();
    for (String state : STATES) {
      ActorId actor = ActorId.of(state);
      discovery.put(
          actor,
          Discovery.builder(actor)
              .mode(Discovery.Mode.REPLACE)
              .maxAll(MAX_ALL)
              .maxNone(MAX_NONE)
              .maxConcepts(MAX_CONCEPTS)
              // generous, so that a slow machine still proves the optimum and prints the same
              .timeLimit(Duration.ofMinutes(30))
              .build()
              .run(result.model()));
    }
    return new Findings(sensitivity, discovery.buildOrThrow());
  }

  /** The fragile predictions, in result order. */
  static List<PredictionHolds> fragile(SensitivityResult sensitivity) {
    List<PredictionHolds> out = new ArrayList<>();
    for (PredictionHolds h : sensitivity.predictions()) {
      if (h.holds().isPresent() && h.holds().get().compareTo(FRAGILE_BELOW) < 0) {
        out.add(h);
      }
    }
    return out;
  }

  /** Section 10 of the printout: how fragile each prediction is. */
  static Section sensitivity(Findings f) {
    return Section.ofLines(SENSITIVITY_TITLE, sensitivityLines(f));
  }

  /** Section 11 of the printout: how many readings explain each state's observations. */
  static Section discovery(Findings f) {
    return Section.ofLines(DISCOVERY_TITLE, discoveryLines(f));
  }

  /** The printed sections, as lines (without headings). */
  static List<String> sensitivityLines(Findings f) {
    SensitivityResult s = f.sensitivity();
    List<String> lines = new ArrayList<>();
    List<String> families = new ArrayList<>();
    s.families().forEach(c -> families.add(c.name() + " " + c.variants()));
    lines.add(
        "Every prediction rerun under "
            + s.variants()
            + " one-at-a-time variants of the coding ("
            + String.join(", ", families)
            + "); a prediction kept in fewer than 90% of them is fragile.");
    List<PredictionHolds> fragile = fragile(s);
    lines.add(
        fragile.size()
            + " of "
            + s.predictions().size()
            + " predictions are fragile. A share over all variants dilutes what one concept does, so"
            + " also: "
            + s.predictions().stream().filter(h -> !h.lostIn().isEmpty()).count()
            + " are lost in at least one variant, and "
            + s.predictions().stream()
                .filter(h -> h.lostIn().stream().anyMatch(v -> v.startsWith("drop-concept:")))
                .count()
            + " when a single concept is dropped. The least robust (fewest variants keep them):");
    List<PredictionHolds> weakest = new ArrayList<>(s.predictions());
    weakest.removeIf(h -> h.holds().isEmpty() || h.lostIn().isEmpty());
    // stable: ties keep result order
    weakest.sort(java.util.Comparator.comparing(h -> h.holds().orElseThrow()));
    for (PredictionHolds h : weakest.subList(0, Math.min(5, weakest.size()))) {
      Prediction p = h.prediction();
      List<String> lost = h.lostIn();
      lines.add(
          "  "
              + p.actor()
              + " "
              + p.practice()
              + p.target().map(t -> " -> " + t).orElse("")
              + " in "
              + p.situation()
              + ": kept in "
              + percent(h.holds().orElseThrow())
              + "; lost in "
              + String.join(", ", lost.subList(0, Math.min(4, lost.size())))
              + (lost.size() > 4 ? " and " + (lost.size() - 4) + " more" : ""));
    }
    lines.add(
        "Balanced accuracy "
            + range(s.balancedAccuracy())
            + "; recall "
            + range(s.recall())
            + " (original, then min / median / max over the variants).");
    return lines;
  }

  static List<String> discoveryLines(Findings f) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Each state's own concepts replaced by at most "
            + MAX_CONCEPTS
            + " discovered concepts, each triggered by at most "
            + MAX_ALL
            + " aspect and "
            + MAX_NONE
            + " absence and prescribing one of the state's observed practices (narrative discover"
            + " --mode replace --max-all 1 --max-none 1 --max-concepts 3). Discovered concepts are"
            + " hypotheses found from the observations, with no evidence: what they show is how"
            + " well the observations pin down a reading, not what the state thought.");
    for (DiscoveryResult r : f.discovery().values()) {
      long own = r.original().explained();
      int observations = r.original().observations();
      DiscoveryResult.Solution best = r.best();
      lines.add(
          r.actor()
              + ": the model's own concepts explain "
              + own
              + " of "
              + observations
              + " observations; the best discovered reading explains "
              + best.explained()
              + " with "
              + best.size()
              + " concept"
              + (best.size() == 1 ? "" : "s")
              + ", and "
              + ties(r)
              + " "
              + (r.exhaustive()
                  ? "(proven optimal within these bounds)."
                  : "(the search stopped early: " + r.stop().token() + "; NOT proven optimal)."));
      for (Concept c : best.concepts()) {
        lines.add("  " + c.id() + ": " + best.canonical().get(best.concepts().indexOf(c)));
      }
      if (!r.unexplainable().isEmpty()) {
        List<String> keys = new ArrayList<>();
        for (Observation o : r.unexplainable()) {
          keys.add(MusharrafEra.key(o));
        }
        lines.add("  no such reading explains: " + String.join("; ", keys));
      }
    }
    return lines;
  }

  private static String ties(DiscoveryResult r) {
    if (r.ties() == 1 && r.tiesExact()) {
      return "no other solution ties with it: the observations single out this reading";
    }
    return (r.tiesExact() ? "" : "at least ")
        + r.ties()
        + " solutions tie with it: the observations do not single out one reading";
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String range(ScoreRange r) {
    return value(r.original())
        + " ("
        + value(r.min())
        + " / "
        + value(r.median())
        + " / "
        + value(r.max())
        + ")";
  }

  private static String value(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("n/a");
  }
}
