package io.github.narrativeir.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code narrative-spark dyads}: every directed dyad of an event table. */
@Command(
    name = "dyads",
    mixinStandardHelpOptions = true,
    description = {
      "Run inference for every directed dyad of a dated event table: the mapping template's rules"
          + " (narrative-mapping/1, SELF and OTHER the dyad's source and target) select each dyad's"
          + " rows by Spark SQL over the whole table, and each dyad's import and inference run on"
          + " the executors with the concept set (narrative-concepts/1, actors SELF and OTHER) bound"
          + " to it. Writes predictions/, changes/, episodes/ and evaluations/ partitioned by dyad"
          + " (self=A/other=B), and problems/, under DIR, atomically."
    })
final class DyadsJobCommand implements Callable<Integer> {
  /** How many problems are printed before the counts. */
  static final int PRINTED_PROBLEMS = 10;

  @Option(
      names = "--events",
      required = true,
      paramLabel = "TABLE",
      description = "The event table (CSV, TSV or .parquet).")
  String events;

  @Option(
      names = "--mapping",
      required = true,
      paramLabel = "MAPPING",
      description = "The mapping template.")
  Path mapping;

  @Option(
      names = "--concepts",
      required = true,
      paramLabel = "SET",
      description = "The concept set for a generic dyad.")
  Path concepts;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output directory (must not exist).")
  String out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "parquet",
      description = "parquet or json (JSON lines) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--source-column",
      paramLabel = "COLUMN",
      description = "The column of a row's source actor.")
  String sourceColumn;

  @Option(
      names = "--target-column",
      paramLabel = "COLUMN",
      description = "The column of a row's target actor.")
  String targetColumn;

  @Mixin SparkOptions sparkOptions;

  @ParentCommand NarrativeSparkCli parent;

  @Override
  public Integer call() throws IOException {
    PrintStream err = parent.err();
    String f = format.toLowerCase(Locale.ROOT);
    if (!f.equals("parquet") && !f.equals("json")) {
      throw new UserError("narrative-spark dyads: --format must be parquet or json, not " + format);
    }
    if ((sourceColumn == null) != (targetColumn == null)) {
      throw new UserError(
          "narrative-spark dyads: give --source-column and --target-column together");
    }
    DyadsJob.Builder b = DyadsJob.builder().events(events).mapping(mapping).concepts(concepts);
    if (sourceColumn != null) {
      b.dyadColumns(sourceColumn, targetColumn);
    }
    DyadsJob job = b.build();
    SparkSession spark = sparkOptions.session("narrative dyads");
    try {
      FileSystem fs = FileSystem.get(new org.apache.hadoop.fs.Path(out).toUri(), hadoop(spark));
      org.apache.hadoop.fs.Path target = fs.makeQualified(new org.apache.hadoop.fs.Path(out));
      if (fs.exists(target)) {
        throw new UserError("narrative-spark dyads: " + out + " exists; give a new directory");
      }
      org.apache.hadoop.fs.Path temp =
          new org.apache.hadoop.fs.Path(
              target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
      AtomicBoolean done = new AtomicBoolean();
      Thread cleanup =
          new Thread(
              () -> {
                if (!done.get()) {
                  try {
                    fs.delete(temp, true);
                  } catch (IOException | RuntimeException e) {
                    // the JVM is going down: nothing more to do
                  }
                }
              });
      Runtime.getRuntime().addShutdownHook(cleanup);
      DyadResults results;
      try {
        results = NarrativeSpark.dyads(spark, job);
      } catch (DyadsJob.BadInputException e) {
        e.problems().stream().limit(1000).forEach(err::println);
        throw new UserError(e.getMessage());
      } catch (IOException e) {
        throw new UserError("narrative-spark dyads: cannot read a template: " + e.getMessage());
      }
      JobProgress watch = JobProgress.start(spark, "narrative-spark dyads", !sparkOptions.quiet);
      try {
        results.write(temp.toString(), f);
        if (!fs.rename(temp, target)) {
          throw new IOException("cannot rename " + temp + " to " + target);
        }
        done.set(true);
      } finally {
        watch.close();
        if (!done.get()) {
          fs.delete(temp, true);
        }
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
          // shutting down already
        }
      }
      return report(results, err);
    } finally {
      sparkOptions.release(spark);
    }
  }

  private static Configuration hadoop(SparkSession spark) {
    return spark.sparkContext().hadoopConfiguration();
  }

  /** Prints the first problems and the counts; 2 if there were any. */
  private int report(DyadResults results, PrintStream err) {
    long dyads = results.results().count();
    long failed = results.results().filter(col("result").isNull()).count();
    long problemCount =
        results
                .results()
                .agg(org.apache.spark.sql.functions.sum("problemCount"))
                .first()
                .isNullAt(0)
            ? 0
            : results
                .results()
                .agg(org.apache.spark.sql.functions.sum("problemCount"))
                .first()
                .getLong(0);
    long tableProblems = results.problems().filter(col("self").isNull()).count();
    List<Row> first =
        results
            .problems()
            .orderBy(
                col("self").asc_nulls_first(),
                col("other").asc_nulls_first(),
                col("file"),
                col("line"))
            .limit(PRINTED_PROBLEMS)
            .collectAsList();
    for (Row p : first) {
      String where =
          p.isNullAt(0) ? "" : " (dyad " + p.getString(0) + " -> " + p.getString(1) + ")";
      StringBuilder sb = new StringBuilder(p.getString(2));
      if (p.getLong(3) > 0) {
        sb.append(':').append(p.getLong(3));
        if (p.getInt(4) > 0) {
          sb.append(':').append(p.getInt(4));
        }
      }
      err.println(sb.append(": ").append(p.getString(5)).append(where));
    }
    long all = problemCount + tableProblems;
    if (all > first.size()) {
      err.println(
          String.format(
              Locale.ROOT,
              "... and %,d more problems (all in %s/problems)",
              all - first.size(),
              out));
    }
    err.println(
        String.format(
            Locale.ROOT,
            "narrative-spark dyads: %,d dyads, %,d written, %,d failed; %,d malformed rows left out%s",
            dyads,
            dyads - failed,
            failed,
            tableProblems,
            tableProblems >= 100 ? " (at least)" : ""));
    return failed > 0 || tableProblems > 0 ? NarrativeSparkCli.BAD_INPUT : NarrativeSparkCli.OK;
  }
}
