package io.github.narrativeir.benchmarks;

import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.spark.NarrativeSpark;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Monte-Carlo sensitivity samples, {@link #samples} per shot (seed 42, the default distribution, no
 * exhaustive family) of a generated model: {@code singleJvm} is {@link Sensitivity#run} on one
 * thread, what {@code narrative sensitivity --family monte-carlo} does; {@code spark} is {@link
 * NarrativeSpark#sensitivity} on a local session of {@link #master} (for {@code singleJvm} the
 * master is not used). The score is milliseconds per shot (divide by {@link #samples}); both give
 * the same result (the tests of narrative-spark check the bytes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Dio.netty.tryReflectionSetAccessible=true",
      "-Xmx4g"
    })
public class SparkMonteCarloBenchmark {
  /** Samples per shot (about 0.1 s each at 20x200x100 on one thread). */
  @Param({"200"})
  public int samples;

  @Param({"20x200x100"})
  public String size;

  @Param({"local[1]", "local[2]"})
  public String master;

  private Model model;
  private Inference original;
  private Sensitivity analysis;
  private SparkSession spark;

  @Setup(Level.Trial)
  public void setUp() {
    model = Workloads.model(size);
    original = NarrativeEngine.create().infer(model);
    analysis =
        Sensitivity.builder().families(List.of()).monteCarlo(MonteCarlo.of(samples, 42)).build();
    spark =
        SparkSession.builder()
            .master(master)
            .appName("monte-carlo benchmark")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    spark.stop();
  }

  /** The baseline: the samples one after the other in this JVM. */
  @Benchmark
  public SensitivityResult singleJvm() {
    return analysis.run(original);
  }

  /** The samples spread over the session's executors (tasks), the result gathered. */
  @Benchmark
  public SensitivityResult spark() {
    return NarrativeSpark.sensitivity(spark, model, model.options(), analysis).result();
  }
}
