package io.github.narrativeir.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for the tests of this module (two threads, no UI). */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null || session.sparkContext().isStopped()) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("narrative-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName())
              .getOrCreate();
    }
    return session;
  }
}
