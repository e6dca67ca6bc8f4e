package io.github.narrativeir.benchmarks;

import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Monte-Carlo sensitivity samples per second (the default distribution, seed 42, no exhaustive
 * family), on one thread (the analysis one sample after the other) and on two (its parallel mode on
 * a common fork-join pool of two workers, set for the forked JVM: the default is one worker per
 * core but one, so a single worker on two cores). Each invocation runs {@value #SAMPLES} samples;
 * the score is per sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2")
public class MonteCarloBenchmark {
  static final int SAMPLES = 8;

  @Param({"20x200x100"})
  public String size;

  /** 1: one sample after the other; 2: in parallel on two workers. */
  @Param({"1", "2"})
  public int threads;

  private Inference result;
  private Sensitivity analysis;

  @Setup
  public void setUp() {
    if (threads == 2 && ForkJoinPool.getCommonPoolParallelism() != 2) {
      throw new IllegalStateException(
          "two threads need -Djava.util.concurrent.ForkJoinPool.common.parallelism=2, but the pool has "
              + ForkJoinPool.getCommonPoolParallelism());
    }
    result = NarrativeEngine.create().infer(Workloads.model(size));
    analysis =
        Sensitivity.builder()
            .families(List.of())
            .monteCarlo(MonteCarlo.of(SAMPLES, 42))
            .parallel(threads > 1)
            .build();
  }

  /**
   * {@value #SAMPLES} samples, each drawn and run incrementally; the score is samples per second.
   */
  @Benchmark
  @OperationsPerInvocation(SAMPLES)
  public SensitivityResult samples() {
    return analysis.run(result);
  }
}
