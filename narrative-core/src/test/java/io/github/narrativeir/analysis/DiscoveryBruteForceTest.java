package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.analysis.DiscoveryBruteForce.Expected;
import io.github.narrativeir.analysis.DiscoveryModels.Case;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Concept;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Discovery against brute force ({@link DiscoveryBruteForce}) on small random models ({@link
 * DiscoveryModels}): the best solution, the number of ties, the top list (one solution per reading)
 * and the unexplainable observations must be exactly what running the engine on every set of
 * candidates within the bounds gives.
 */
class DiscoveryBruteForceTest {
  /** Examples in the default build; {@code -Dnarrative.discovery.examples=N} for more. */
  private static final int EXAMPLES = Integer.getInteger("narrative.discovery.examples", 200);

  @Test
  void search_equalsBruteForce_onSmallRandomModels() {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(400)
        .forAll(DiscoveryModels.cases(DiscoveryModels.BUDGET))
        .checkAssert(DiscoveryBruteForceTest::check);
  }

  /**
   * More examples with larger bounds (up to 10,000 solutions each): several minutes, so tagged slow
   * and run only with {@code -Pslow}, e.g. {@code mvn -B -q -pl narrative-core test -Pslow
   * -Dtest=DiscoveryBruteForceTest}.
   */
  @Test
  @Tag("slow")
  void search_equalsBruteForce_withLargerBounds() {
    qt().withExamples(Integer.getInteger("narrative.discovery.slowExamples", 1500))
        .withShrinkCycles(400)
        .forAll(DiscoveryModels.cases(10_000))
        .checkAssert(DiscoveryBruteForceTest::check);
  }

  static void check(Case k) {
    Expected expected = DiscoveryBruteForce.solve(k.model(), k.discovery());
    DiscoveryResult result = k.discovery().run(k.model());
    assertThat(result.stop()).as("stop").isEqualTo(DiscoveryResult.Stop.COMPLETE);
    assertThat(result.exhaustive()).as("exhaustive").isTrue();
    assertThat(result.undetermined()).as("undetermined").isEmpty();
    assertThat(result.original())
        .as("original")
        .isEqualTo(NarrativeEngine.create().infer(k.model()).evaluation().orElseThrow());

    DiscoveryResult.Solution best = result.best();
    assertThat(summary(best)).as("best").isEqualTo(summary(expected.best()));
    assertThat(result.ties()).as("ties").isEqualTo(expected.ties());
    assertThat(result.tiesExact()).as("ties exact").isTrue();
    assertThat(result.solutions().stream().map(DiscoveryBruteForceTest::summary).toList())
        .as("top list")
        .isEqualTo(expected.top().stream().map(DiscoveryBruteForceTest::summary).toList());
    for (int i = 0; i < expected.top().size(); i++) {
      DiscoveryResult.Solution found = result.solutions().get(i);
      List<Concept> concepts = expected.top().get(i).concepts();
      assertThat(found.concepts().size()).isEqualTo(concepts.size());
      for (int j = 0; j < concepts.size(); j++) {
        Concept c = found.concepts().get(j);
        Concept e = concepts.get(j);
        assertThat(c.id()).as("id").isEqualTo(e.id());
        assertThat(c.holder()).isEqualTo(e.holder());
        assertThat(c.priority()).isEqualTo(0);
        assertThat(c.when()).as("trigger of %s", c.id()).isEqualTo(e.when());
        assertThat(c.prescribes()).as("prescription of %s", c.id()).isEqualTo(e.prescribes());
        assertThat(c.proscribes()).isEmpty();
        assertThat(c.evidence()).isEmpty();
      }
      assertThat(found.evaluation().explained()).as("evaluation").isEqualTo(found.explained());
    }
    assertThat(result.unexplainable()).as("unexplainable").isEqualTo(expected.unexplainable());
  }

  private static String summary(DiscoveryResult.Solution s) {
    return s.explained()
        + " explained, "
        + s.size()
        + " concepts, "
        + s.literals()
        + " literals: "
        + s.canonical();
  }

  private static String summary(DiscoveryBruteForce.Solution s) {
    return s.explained()
        + " explained, "
        + s.size()
        + " concepts, "
        + s.literals()
        + " literals: "
        + s.texts();
  }
}
