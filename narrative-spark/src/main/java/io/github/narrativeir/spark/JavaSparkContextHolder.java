package io.github.narrativeir.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/** Broadcasting from a session's Java context. */
final class JavaSparkContextHolder {
  private JavaSparkContextHolder() {}

  static <T> Broadcast<T> broadcast(SparkSession spark, T value) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(value);
  }
}
