package io.github.narrativeir.testing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Discovery ({@link Discovery}) stopping early on a generated model too large to search in a
 * second: at its time limit, and when the thread is interrupted. Moved from the core's {@code
 * DiscoveryTest}, which holds discovery's other edges, because the core's tests cannot depend on
 * this module.
 */
class DiscoveryStoppingTest {
  /** A generated model too large to search in a second, with observations of actor A000. */
  private static Model large() {
    Model generated =
        WorkloadGenerator.generate(
            WorkloadSpec.builder()
                .seed(7)
                .actors(4)
                .conceptsPerActor(15)
                .situations(30)
                .aspects(40)
                .aspectsPerSituation(10)
                .practices(4)
                .build());
    Random random = new Random(7);
    List<Observation> observations = new ArrayList<>();
    for (Situation s : generated.situations()) {
      for (int i = 0; i < 3; i++) {
        Observation.Builder o =
            Observation.builder()
                .actor("A000")
                .practice(generated.practices().get(random.nextInt(4)).id().value())
                .situation(s.id().value())
                .occurred(random.nextInt(3) != 0);
        if (random.nextBoolean()) {
          o.target(generated.actors().get(random.nextInt(4)).id().value());
        }
        observations.add(o.build());
      }
    }
    return Model.builder().from(generated).observations(observations).build();
  }

  @Test
  void timeLimit_stopsTheSearch_andClaimsNoOptimality() {
    Model model = large();
    Duration limit = Duration.ofSeconds(1);
    long started = System.nanoTime();
    DiscoveryResult found =
        Discovery.builder(ActorId.of("A000")).maxConcepts(4).timeLimit(limit).build().run(model);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(found.stop()).isEqualTo(DiscoveryResult.Stop.TIME_LIMIT);
    assertThat(found.exhaustive()).isFalse();
    assertThat(found.tiesExact()).isFalse();
    assertThat(found.unexplainable()).isEmpty();
    assertThat(found.undetermined()).isNotEmpty();
    assertThat(found.solutions()).isNotEmpty();
    assertThat(found.best().evaluation().explained()).isEqualTo(found.best().explained());
    // the limit is kept, give or take the work of setting up and of writing the result
    assertThat(took).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void interrupt_cancelsTheSearch_andStaysSet() {
    Model model = large();
    Thread.currentThread().interrupt();
    try {
      DiscoveryResult found =
          Discovery.builder(ActorId.of("A000")).maxConcepts(4).build().run(model);
      assertThat(found.stop()).isEqualTo(DiscoveryResult.Stop.CANCELLED);
      assertThat(found.exhaustive()).isFalse();
      assertThat(found.tiesExact()).isFalse();
      assertThat(found.unexplainable()).isEmpty();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
