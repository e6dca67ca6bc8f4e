package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.ModelEdit.Entry;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How often each perturbation of the {@code monte-carlo} family ({@link MonteCarlo}) happens over
 * many samples of a generated model. Moved from the core's {@code MonteCarloTest}, which holds the
 * family's other tests, because the core's tests cannot depend on this module; in the core's
 * package because it counts the edits of the samples as the analysis draws them, through the
 * package's own {@link MonteCarloFamily} and {@link Families}, which the public API does not show.
 */
class MonteCarloPerturbationRatesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  /** The edits of samples 1 to {@code spec.samples()}, drawn as the analysis draws them. */
  private static List<ModelEdit> edits(MonteCarlo spec, Inference original) {
    return MonteCarloFamily.of(spec, original).variants().stream()
        .map(v -> v.edit().orElseThrow())
        .toList();
  }

  /**
   * Over 2,000 samples of a generated model (80 concepts, 300 aspects given in situations, and
   * their entries), each perturbation happens about as often as documented. The seed is fixed, so
   * the test is not flaky; the bounds are generous (many standard errors).
   */
  @Test
  void perturbations_happenAboutAsOftenAsDocumented() {
    Model model = WorkloadGenerator.generate(WorkloadSpec.builder().seed(1).build());
    Inference original = ENGINE.infer(model);
    int samples = 2000;
    Map<Entry, BigDecimal> weights = new HashMap<>();
    for (Families.Item item : Families.entries(model)) {
      weights.put(item.entry(), item.prescription().weight());
    }
    int aspects = original.situations().stream().mapToInt(s -> s.aspects().size()).sum();
    long dropped = 0;
    long removed = 0;
    long kept = 0;
    long reweighted = 0;
    long belowOne = 0;
    long belowRootHalf = 0;
    BigDecimal min = BigDecimal.TEN;
    BigDecimal max = BigDecimal.ZERO;

    for (ModelEdit edit : edits(MonteCarlo.of(samples, 20240601L), original)) {
      dropped += edit.droppedConcepts().size();
      removed += edit.removedAspects().size();
      for (Entry e : weights.keySet()) {
        if (!edit.droppedConcepts().contains(e.concept())) {
          kept++;
        }
      }
      for (Map.Entry<Entry, BigDecimal> w : edit.weights().entrySet()) {
        BigDecimal factor = w.getValue().divide(weights.get(w.getKey()), MathContext.DECIMAL64);
        reweighted++;
        belowOne += factor.compareTo(BigDecimal.ONE) < 0 ? 1 : 0;
        belowRootHalf += factor.compareTo(new BigDecimal("0.7071")) < 0 ? 1 : 0;
        min = min.min(factor);
        max = max.max(factor);
      }
    }

    assertThat(model.concepts()).hasSize(80);
    assertThat(weights).hasSizeGreaterThan(50);
    assertThat((double) dropped / (samples * 80L)).isCloseTo(0.1, within(0.01));
    assertThat((double) removed / ((long) samples * aspects)).isCloseTo(0.1, within(0.01));
    // every entry of a concept kept is reweighted, unless its factor rounds to exactly 1
    assertThat((double) reweighted / kept).isCloseTo(1.0, within(0.005));
    // log-uniform on [1/2, 2]: half the factors below 1, a quarter below 1/sqrt(2)
    assertThat((double) belowOne / reweighted).isCloseTo(0.5, within(0.02));
    assertThat((double) belowRootHalf / reweighted).isCloseTo(0.25, within(0.02));
    assertThat(min)
        .isGreaterThanOrEqualTo(new BigDecimal("0.5"))
        .isLessThan(new BigDecimal("0.51"));
    assertThat(max).isLessThanOrEqualTo(new BigDecimal("2")).isGreaterThan(new BigDecimal("1.98"));
  }
}
