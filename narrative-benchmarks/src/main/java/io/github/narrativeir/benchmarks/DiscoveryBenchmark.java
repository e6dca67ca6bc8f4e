package io.github.narrativeir.benchmarks;

import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Discovery on issue 16's target (an actor with 6 situations, 15 aspects and 3 practice/target
 * pairs; bounds 2 / 1; up to 3 concepts), solved to proven optimum, against one inference of the
 * same model in the same run: the ratio of the two scores says how many inferences a discovery
 * costs, where brute force would run one for every set of at most 3 of the roughly 12,000
 * candidates (some 3 * 10^11).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiscoveryBenchmark {
  @Param({"1", "2", "3"})
  public long seed;

  @Param({"add", "replace"})
  public String mode;

  @Param({"on", "off"})
  public String interaction;

  private Model model;
  private Discovery discovery;
  private NarrativeEngine engine;

  @Setup
  public void setUp() {
    Model generated = DiscoveryWorkloads.model(seed);
    model =
        Model.builder()
            .from(generated)
            .options(generated.options().withInteraction(interaction.equals("on")))
            .build();
    discovery =
        Discovery.builder(ActorId.of("A"))
            .mode(mode.equals("add") ? Discovery.Mode.ADD : Discovery.Mode.REPLACE)
            .maxAll(2)
            .maxNone(1)
            .maxConcepts(3)
            .timeLimit(Duration.ofSeconds(60))
            .build();
    engine = NarrativeEngine.create();
    DiscoveryResult check = discovery.run(model);
    if (!check.exhaustive()) {
      throw new IllegalStateException("not solved to proven optimum in 60 s: " + check.stop());
    }
    System.err.printf(
        "%n[discovery seed %d %s interaction %s] best %d of %d observations with %d concepts,"
            + " %d tied; %s%n",
        seed,
        mode,
        interaction,
        check.best().explained(),
        check.original().observations(),
        check.best().size(),
        check.ties(),
        check.statistics());
  }

  /** A whole discovery, to proven optimum. */
  @Benchmark
  public DiscoveryResult discover() {
    return discovery.run(model);
  }

  /** The baseline: one inference of the same model. */
  @Benchmark
  public Object inferOnce() {
    return engine.infer(model).evaluation();
  }
}
