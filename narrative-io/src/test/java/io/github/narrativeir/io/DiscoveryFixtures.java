package io.github.narrativeir.io;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Discoveries on the conformance models for the tests of the writers and reports, and the same
 * results as a search stopped early or timed differently would give (built as records, since what a
 * time limit stops is not reproducible).
 */
public final class DiscoveryFixtures {
  private DiscoveryFixtures() {}

  /** The conformance model {@code name} ({@code frontline}, {@code negatives}). */
  public static Model conformance(String name) {
    try (InputStream in =
        DiscoveryFixtures.class.getResourceAsStream("/conformance/" + name + ".yaml")) {
      return ModelReader.create().read(name + ".yaml", in).model();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A discovery of {@code actor}'s concepts in {@code model}, at most {@code maxConcepts}. */
  public static DiscoveryResult discover(
      Model model, String actor, Discovery.Mode mode, int maxConcepts) {
    return Discovery.builder(ActorId.of(actor))
        .mode(mode)
        .maxConcepts(maxConcepts)
        .build()
        .run(model);
  }

  /** {@code result} as if its search had taken {@code elapsed}. */
  public static DiscoveryResult elapsed(DiscoveryResult result, Duration elapsed) {
    DiscoveryResult.Statistics s = result.statistics();
    return new DiscoveryResult(
        result.actor(),
        result.mode(),
        result.maxAll(),
        result.maxNone(),
        result.maxConcepts(),
        result.original(),
        result.solutions(),
        result.ties(),
        result.tiesExact(),
        result.unexplainable(),
        result.undetermined(),
        result.stop(),
        new DiscoveryResult.Statistics(
            s.pairs(),
            s.literalAspects(),
            s.triggers(),
            s.candidates(),
            s.nodes(),
            s.prunedUnrealizable(),
            s.prunedBound(),
            s.readings(),
            elapsed));
  }

  /**
   * {@code result} as a search stopped by {@code stop} would say it: the ties counted so far, not
   * exact; the observations out of reach still unexplainable (the search settles them before it
   * starts), and the others the best found leaves unexplained undetermined.
   */
  public static DiscoveryResult stopped(DiscoveryResult result, DiscoveryResult.Stop stop) {
    List<Observation> undetermined = new ArrayList<>(result.best().evaluation().unexplained());
    undetermined.removeAll(result.unexplainable());
    return new DiscoveryResult(
        result.actor(),
        result.mode(),
        result.maxAll(),
        result.maxNone(),
        result.maxConcepts(),
        result.original(),
        result.solutions(),
        result.ties(),
        false,
        result.unexplainable(),
        ImmutableList.copyOf(undetermined),
        stop,
        result.statistics());
  }

  /** {@code result} with its tie count {@code ties}, exact or not. */
  public static DiscoveryResult ties(DiscoveryResult result, long ties, boolean exact) {
    return new DiscoveryResult(
        result.actor(),
        result.mode(),
        result.maxAll(),
        result.maxNone(),
        result.maxConcepts(),
        result.original(),
        result.solutions(),
        ties,
        exact,
        result.unexplainable(),
        result.undetermined(),
        result.stop(),
        result.statistics());
  }
}
