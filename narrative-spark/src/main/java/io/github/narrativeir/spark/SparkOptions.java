package io.github.narrativeir.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** The options that choose where a job runs. */
final class SparkOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, such as local[2] or spark://host:7077 (default: the one spark-submit"
              + " gives, else local[*]).")
  String master;

  @Option(
      names = "--quiet",
      description = "Show no progress on standard error (shown only when it is a terminal).")
  boolean quiet;

  /**
   * Stops {@code spark} if {@link #session} created it; a session that was running before (the
   * caller's, in the same JVM) is left running.
   */
  void release(SparkSession spark) {
    if (created) {
      spark.stop();
    }
  }

  private boolean created;

  /**
   * The session: one already running in this JVM, the one spark-submit configured, or a local one.
   */
  SparkSession session(String name) {
    if (SparkSession.getDefaultSession().isDefined()
        && !SparkSession.getDefaultSession().get().sparkContext().isStopped()) {
      created = false;
      return SparkSession.getDefaultSession().get();
    }
    created = true;
    SparkConf conf = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName(name);
    String chosen = master != null ? master : conf.get("spark.master", "local[*]");
    b.master(chosen);
    if (chosen.startsWith("local") && !conf.contains("spark.sql.shuffle.partitions")) {
      // one machine: a few shuffle partitions, not Spark's 200 (each a task per stage)
      b.config("spark.sql.shuffle.partitions", "8");
    }
    if (chosen.startsWith("local") && !conf.contains("spark.hadoop.fs.file.impl")) {
      // one machine: no chmod process for every file and directory a job writes
      b.config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName());
    }
    if (chosen.startsWith("local") && !conf.contains("spark.ui.enabled")) {
      b.config("spark.ui.enabled", "false");
    }
    return b.getOrCreate();
  }
}
