package io.github.narrativeir.benchmarks;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.PreparedModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How inference cost grows when actors, concepts per actor or situations double. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  @Param({
    "10x100x50",
    "20x100x50",
    "40x100x50",
    "10x200x50",
    "10x400x50",
    "10x100x100",
    "10x100x200"
  })
  public String size;

  private PreparedModel prepared;

  @Setup
  public void setUp() {
    prepared = NarrativeEngine.create().prepare(Workloads.model(size));
  }

  @Benchmark
  public Inference infer() {
    return prepared.infer();
  }
}
