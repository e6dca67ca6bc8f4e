package io.github.narrativeir.spark;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import org.apache.spark.sql.SparkSession;

/**
 * The Java API of narrative on Apache Spark: jobs that take a {@link SparkSession} and give {@link
 * org.apache.spark.sql.Dataset}s.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * DistributedSensitivity s = NarrativeSpark.sensitivity(spark, model, model.options(),
 *     Sensitivity.builder().monteCarlo(MonteCarlo.of(10_000, 42)).build());
 * SensitivityWriter.write(s.result(), Path.of("sensitivity.json"));   // as narrative sensitivity
 * s.outcomes().filter("size(lost) > 0").show();                       // one row per variant
 *
 * DyadResults all = NarrativeSpark.dyads(spark, DyadsJob.builder()
 *     .events("events.csv").mapping(Path.of("dyad.mapping.yaml"))
 *     .concepts(Path.of("dyad.concepts.yaml")).build());
 * all.predictions().write().partitionBy("self", "other").parquet("out/predictions");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NarrativeSpark {
  private NarrativeSpark() {}

  /**
   * Runs {@code analysis} of {@code model}, inferred with {@code options}, with its variants spread
   * over {@code spark}'s executors: the result equals {@link Sensitivity#run} on one machine, and
   * its {@code narrative-sensitivity/1} JSON is the same bytes.
   */
  public static DistributedSensitivity sensitivity(
      SparkSession spark, Model model, InferenceOptions options, Sensitivity analysis) {
    return DistributedSensitivity.run(spark, model, options, analysis, 0, false);
  }

  /**
   * Runs {@code job} on {@code spark}: every directed dyad of its event table, each as {@code
   * narrative import} and {@code narrative infer} would run it alone. The result's datasets are
   * computed when first used.
   *
   * @throws DyadsJob.BadInputException if a template is malformed or names a column the table lacks
   * @throws java.io.IOException if a template cannot be read
   */
  public static DyadResults dyads(SparkSession spark, DyadsJob job) throws java.io.IOException {
    return job.run(spark);
  }
}
