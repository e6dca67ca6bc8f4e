package io.github.narrativeir.benchmarks;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.PreparedModel;
import io.github.narrativeir.inference.ReferenceEngine;
import io.github.narrativeir.model.Model;
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
 * The engine against the literal reference algorithm of MODEL.md on the same generated models, in
 * the same run: the ratio of their times is the speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EngineBenchmark {
  @Param({"5x50x20", "10x100x50", "20x200x100"})
  public String size;

  private Model model;
  private PreparedModel prepared;
  private PreparedModel preparedParallel;

  @Setup
  public void setUp() {
    model = Workloads.model(size);
    prepared = NarrativeEngine.create().prepare(model);
    preparedParallel =
        NarrativeEngine.builder()
            .parallelism(Runtime.getRuntime().availableProcessors())
            .build()
            .prepare(model);
  }

  /**
   * The engine on a prepared model with one thread per processor (episodes of one situation at
   * once).
   */
  @Benchmark
  public Inference enginePreparedParallel() {
    return preparedParallel.infer();
  }

  /** The engine, validation and indexing included. */
  @Benchmark
  public Inference engine() {
    return NarrativeEngine.create().infer(model);
  }

  /** The engine on a prepared (validated, indexed) model. */
  @Benchmark
  public Inference enginePrepared() {
    return prepared.infer();
  }

  /** The literal algorithm: recompute the perceived set and rescan every concept per step. */
  @Benchmark
  public Object reference() {
    return ReferenceEngine.infer(model);
  }
}
