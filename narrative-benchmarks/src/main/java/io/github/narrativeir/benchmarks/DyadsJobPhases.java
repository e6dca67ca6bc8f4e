package io.github.narrativeir.benchmarks;

import io.github.narrativeir.spark.DyadResults;
import io.github.narrativeir.spark.DyadsJob;
import io.github.narrativeir.spark.ForklessLocalFileSystem;
import io.github.narrativeir.spark.NarrativeSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Where a dyads run's time goes, phase by phase, in one JVM: Spark's start, the job up to every
 * dyad's result (persisted), then writing the four datasets partitioned by dyad. Not a JMH
 * benchmark: one run, its phases timed, to explain {@link DyadsJobBenchmark}'s totals.
 *
 * <pre>{@code
 * java -Xmx6g --add-opens=... -cp ... io.github.narrativeir.benchmarks.DyadsJobPhases ROWS ACTORS MASTER [FORMAT]
 * }</pre>
 */
public final class DyadsJobPhases {
  private DyadsJobPhases() {}

  public static void main(String[] args) throws Exception {
    long rows = Long.parseLong(args[0]);
    int actors = Integer.parseInt(args[1]);
    String master = args[2];
    String format = args.length > 3 ? args[3] : "parquet";
    Path table = DyadTables.table(rows, actors);
    Path dir = Files.createTempDirectory(DyadTables.DIR.toAbsolutePath(), "phases-");
    Path mapping = DyadTables.writeTemplates(dir, table);
    long t0 = System.nanoTime();
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("dyads phases")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName())
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long t1 = System.nanoTime();
    DyadResults results =
        NarrativeSpark.dyads(
            spark,
            DyadsJob.builder()
                .events(table.toString())
                .mapping(mapping)
                .concepts(dir.resolve("dyad.concepts.yaml"))
                .build());
    long dyads = results.results().count();
    long t2 = System.nanoTime();
    long predictions = results.predictions().count();
    long t3 = System.nanoTime();
    results.write(dir.resolve("out").toString(), format);
    long t4 = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d rows, %d actors, %s: %d dyads, %d predictions%n"
            + "  start %.1f s, job to every result %.1f s (%.1f dyads/s, %.0f rows/s),"
            + " predictions from the results %.1f s, write (%s) %.1f s; total %.1f s%n",
        rows,
        actors,
        master,
        dyads,
        predictions,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        dyads / ((t2 - t1) / 1e9),
        rows / ((t2 - t1) / 1e9),
        (t3 - t2) / 1e9,
        format,
        (t4 - t3) / 1e9,
        (t4 - t0) / 1e9);
    spark.stop();
  }
}
