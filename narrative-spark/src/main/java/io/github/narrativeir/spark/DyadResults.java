package io.github.narrativeir.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.posexplode;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The results of the dyads job, as {@link Dataset}s keyed by the dyad ({@code self}, the source
 * actor, and {@code other}, the target): {@link #results()} one row per dyad with its {@code
 * narrative-result/1} JSON (what {@code narrative infer --format json} prints for that dyad alone)
 * or its problems; {@link #predictions()}, {@link #changes()}, {@link #episodes()} and {@link
 * #evaluations()} the result's parts, one row per element with {@code narrative-result/1}'s fields
 * (decimals, such as {@code support} and the ratios, as their exact JSON text); and {@link
 * #problems()} one row per problem, located by file, line and column. The datasets are computed
 * once ({@link #results()} is persisted) and can be queried, joined and written.
 *
 * @since 0.1.0
 */
public final class DyadResults {
  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType);

  /** A problem: the file, line and column (0 when unknown), and the message. */
  public static final StructType PROBLEM_SCHEMA =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("column", DataTypes.IntegerType, false)
          .add("message", DataTypes.StringType, false);

  /**
   * One row per dyad: {@code self}, {@code other}, {@code result} (the {@code narrative-result/1}
   * JSON; null when the dyad failed), {@code problems} (the first few) and {@code problemCount}.
   */
  public static final StructType RESULT_SCHEMA =
      new StructType()
          .add("self", DataTypes.StringType, false)
          .add("other", DataTypes.StringType, false)
          .add("result", DataTypes.StringType, true)
          .add("problems", DataTypes.createArrayType(PROBLEM_SCHEMA, false), false)
          .add("problemCount", DataTypes.IntegerType, false);

  private static final StructType SCORES =
      new StructType()
          .add("truePositives", DataTypes.LongType)
          .add("falseNegatives", DataTypes.LongType)
          .add("trueNegatives", DataTypes.LongType)
          .add("falsePositives", DataTypes.LongType)
          .add("changes", DataTypes.LongType)
          .add("changesExplained", DataTypes.LongType)
          .add("unassessed", DataTypes.LongType)
          .add("recall", DataTypes.StringType)
          .add("specificity", DataTypes.StringType)
          .add("balancedAccuracy", DataTypes.StringType)
          .add("precision", DataTypes.StringType);

  private static final StructType PREDICTION =
      new StructType()
          .add("actor", DataTypes.StringType)
          .add("practice", DataTypes.StringType)
          .add("target", DataTypes.StringType)
          .add("situation", DataTypes.StringType)
          .add("support", DataTypes.StringType)
          .add("opposition", DataTypes.StringType)
          .add("concepts", STRINGS);

  private static final StructType OBSERVATION =
      new StructType()
          .add("actor", DataTypes.StringType)
          .add("practice", DataTypes.StringType)
          .add("target", DataTypes.StringType)
          .add("situation", DataTypes.StringType)
          .add("change", DataTypes.StringType)
          .add("occurred", DataTypes.BooleanType);

  /** The parts of {@code narrative-result/1} read back from each dyad's JSON. */
  static final StructType RESULT_JSON =
      new StructType()
          .add(
              "episodes",
              new ArrayType(
                  new StructType()
                      .add("actor", DataTypes.StringType)
                      .add("situation", DataTypes.StringType)
                      .add("concepts", STRINGS)
                      .add("perceived", STRINGS)
                      .add("highlighted", STRINGS)
                      .add("occluded", STRINGS),
                  true))
          .add("predictions", new ArrayType(PREDICTION, true))
          .add(
              "narratives",
              new ArrayType(
                  new StructType()
                      .add("actor", DataTypes.StringType)
                      .add("persistent", STRINGS)
                      .add(
                          "changes",
                          new ArrayType(
                              new StructType()
                                  .add("practice", DataTypes.StringType)
                                  .add("target", DataTypes.StringType)
                                  .add("situation", DataTypes.StringType)
                                  .add("change", DataTypes.StringType),
                              true)),
                  true))
          .add(
              "evaluation",
              new StructType()
                  .add("observations", DataTypes.LongType)
                  .add("explained", DataTypes.LongType)
                  .add("unexplained", new ArrayType(OBSERVATION, true))
                  .add("predictions", DataTypes.LongType)
                  .add("matched", DataTypes.LongType)
                  .add("unmatched", new ArrayType(PREDICTION, true))
                  .add("scores", SCORES)
                  .add(
                      "baselines",
                      new ArrayType(
                          new StructType().add("name", DataTypes.StringType).add("scores", SCORES),
                          true)));

  private final Dataset<Row> results;
  private final Dataset<Row> tableProblems;

  DyadResults(Dataset<Row> results, Dataset<Row> tableProblems) {
    this.results = results;
    this.tableProblems = tableProblems;
  }

  /** One row per dyad ({@link #RESULT_SCHEMA}). */
  public Dataset<Row> results() {
    return results;
  }

  private Dataset<Row> parsed() {
    return results
        .filter(col("result").isNotNull())
        .select(col("self"), col("other"), from_json(col("result"), RESULT_JSON, Map.of()).as("r"));
  }

  /**
   * One row per prediction: {@code self}, {@code other}, {@code index} (its place in the dyad's
   * result, from 0), then {@code actor}, {@code practice}, {@code target} (null when absent),
   * {@code situation}, {@code support}, {@code opposition} and {@code concepts}, as in {@code
   * narrative-result/1}.
   */
  public Dataset<Row> predictions() {
    return parsed()
        .select(
            col("self"),
            col("other"),
            posexplode(col("r.predictions")).as(new String[] {"index", "p"}))
        .select("self", "other", "index", "p.*");
  }

  /**
   * One row per practice change of an actor's narrative: {@code self}, {@code other}, {@code index}
   * (the narrative's place times a million plus the change's), {@code actor}, {@code practice},
   * {@code target}, {@code situation}, {@code change}.
   */
  public Dataset<Row> changes() {
    return parsed()
        .select(
            col("self"),
            col("other"),
            posexplode(col("r.narratives")).as(new String[] {"n_index", "n"}))
        .select(
            col("self"),
            col("other"),
            col("n_index"),
            col("n.actor").as("actor"),
            posexplode(col("n.changes")).as(new String[] {"c_index", "c"}))
        .select(
            col("self"),
            col("other"),
            col("n_index").multiply(1_000_000).plus(col("c_index")).as("index"),
            col("actor"),
            col("c.*"));
  }

  /** One row per episode: {@code self}, {@code other}, {@code index}, then the episode's fields. */
  public Dataset<Row> episodes() {
    return parsed()
        .select(
            col("self"),
            col("other"),
            posexplode(col("r.episodes")).as(new String[] {"index", "e"}))
        .select("self", "other", "index", "e.*");
  }

  /**
   * One row per dyad whose model has observations: {@code self}, {@code other}, then the
   * evaluation's fields ({@code observations}, {@code explained}, {@code unexplained}, {@code
   * predictions}, {@code matched}, {@code unmatched}, {@code scores}, {@code baselines}).
   */
  public Dataset<Row> evaluations() {
    return parsed()
        .filter(col("r.evaluation").isNotNull())
        .select("self", "other", "r.evaluation.*");
  }

  /**
   * Writes the datasets under {@code dir} ({@code predictions/}, {@code changes/}, {@code
   * episodes/}, {@code evaluations/}, partitioned by dyad as {@code self=A/other=B}, one file per
   * dyad with its rows in result order; and {@code problems/}, JSON lines in dyad and line order)
   * in {@code format} ({@code parquet} or {@code json}).
   */
  public void write(String dir, String format) {
    partitioned(predictions(), "index")
        .write()
        .format(format)
        .partitionBy("self", "other")
        .save(dir + "/predictions");
    partitioned(changes(), "index")
        .write()
        .format(format)
        .partitionBy("self", "other")
        .save(dir + "/changes");
    partitioned(episodes(), "index")
        .write()
        .format(format)
        .partitionBy("self", "other")
        .save(dir + "/episodes");
    partitioned(evaluations(), null)
        .write()
        .format(format)
        .partitionBy("self", "other")
        .save(dir + "/evaluations");
    problems()
        .coalesce(1)
        .orderBy(
            col("self").asc_nulls_first(),
            col("other").asc_nulls_first(),
            col("file"),
            col("line"),
            col("column"))
        .write()
        .json(dir + "/problems");
  }

  private static Dataset<Row> partitioned(Dataset<Row> ds, @Nullable String order) {
    Dataset<Row> byDyad = ds.repartition(col("self"), col("other"));
    return order == null
        ? byDyad.sortWithinPartitions("self", "other")
        : byDyad.sortWithinPartitions("self", "other", order);
  }

  /**
   * One row per problem ({@code self} and {@code other} null for a problem of the table, such as a
   * malformed row, that belongs to no dyad), then {@link #PROBLEM_SCHEMA}'s fields: the first
   * {@value DyadRunner#MAX_PROBLEMS_PER_DYAD} of each dyad, and the first of the table's.
   */
  public Dataset<Row> problems() {
    Dataset<Row> dyads =
        results
            .filter(col("problemCount").gt(0))
            .select(col("self"), col("other"), explode(col("problems")).as("p"))
            .select("self", "other", "p.*");
    return tableProblems.unionByName(dyads);
  }
}
