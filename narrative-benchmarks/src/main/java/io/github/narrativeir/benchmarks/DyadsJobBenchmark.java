package io.github.narrativeir.benchmarks;

import io.github.narrativeir.spark.DyadResults;
import io.github.narrativeir.spark.DyadsJob;
import io.github.narrativeir.spark.ForklessLocalFileSystem;
import io.github.narrativeir.spark.NarrativeSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The {@code dyads} job end to end on a generated event table in GDELT's layout ({@link
 * DyadTables}): read the table, run the template's rules as Spark SQL, import and infer every
 * directed dyad, write the four datasets as Parquet partitioned by dyad. One shot per trial (a run
 * is minutes long), in a fresh local session of {@link #master}; the score is seconds per run, to
 * divide into the rows and the dyads. {@link DyadsCliBenchmark} is the single-machine baseline of
 * the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
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
      "-Xmx6g"
    })
public class DyadsJobBenchmark {
  @Param({"1000000", "10000000"})
  public long rows;

  /** 200 actors: 39,800 directed dyads, about as many as GDELT's country pairs. */
  @Param({"200"})
  public int actors;

  @Param({"local[1]", "local[2]"})
  public String master;

  private SparkSession spark;
  private DyadsJob job;
  private Path dir;
  private int run;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path table = DyadTables.table(rows, actors);
    dir = Files.createTempDirectory(DyadTables.DIR.toAbsolutePath(), "job-");
    Path mapping = DyadTables.writeTemplates(dir, table);
    job =
        DyadsJob.builder()
            .events(table.toString())
            .mapping(mapping)
            .concepts(dir.resolve("dyad.concepts.yaml"))
            .build();
    spark =
        SparkSession.builder()
            .master(master)
            .appName("dyads benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName())
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    spark.stop();
    DyadTables.delete(dir);
  }

  /** Every dyad of the table, written; returns the number of dyads (printed for the record). */
  @Benchmark
  public long allDyads() throws IOException {
    DyadResults results = NarrativeSpark.dyads(spark, job);
    results.write(dir.resolve("out-" + run++).toString(), "parquet");
    long dyads = results.results().count();
    long failed = results.results().filter("problemCount > 0").count();
    System.err.printf(
        "%n%d rows, %d dyads (%d with problems) on %s%n", rows, dyads, failed, master);
    return dyads;
  }
}
