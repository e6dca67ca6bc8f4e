package io.github.narrativeir.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.VariantOutcome;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A sensitivity analysis run on Spark: the variants spread over the executors by index, each run
 * there against the original inference (made once per executor from the model broadcast once), and
 * their outcomes aggregated on the driver into the same {@link SensitivityResult} as {@link
 * Sensitivity#run} gives on one machine, so that its {@code narrative-sensitivity/1} JSON is the
 * same bytes.
 *
 * <p>{@link #outcomes()} is one row per variant ({@link #OUTCOME_SCHEMA}), to query, join or write.
 *
 * @since 0.1.0
 */
public final class DistributedSensitivity {
  /** Who does what to whom when: a prediction a variant gains. */
  public static final StructType GAINED_SCHEMA =
      new StructType()
          .add("actor", DataTypes.StringType, false)
          .add("practice", DataTypes.StringType, false)
          .add("target", DataTypes.StringType, true)
          .add("situation", DataTypes.StringType, false);

  /**
   * One row per variant: {@code index} (from 0, in the order variants are listed), {@code name},
   * {@code lost} (indices of the original's predictions the variant loses), {@code gained}, {@code
   * explained} (indices, in the evaluation's order, of the observations it explains), the scores
   * {@code balancedAccuracy}, {@code recall} and {@code changesExplained} as exact decimal text
   * (null when undefined), and the episodes {@code recomputed} and {@code reused}.
   */
  public static final StructType OUTCOME_SCHEMA =
      new StructType()
          .add("index", DataTypes.IntegerType, false)
          .add("name", DataTypes.StringType, false)
          .add("lost", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("gained", DataTypes.createArrayType(GAINED_SCHEMA, false), false)
          .add("explained", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("balancedAccuracy", DataTypes.StringType, true)
          .add("recall", DataTypes.StringType, true)
          .add("changesExplained", DataTypes.StringType, true)
          .add("recomputed", DataTypes.LongType, false)
          .add("reused", DataTypes.LongType, false);

  /**
   * The plans an executor has made, by run (a random key: broadcast ids start again with each Spark
   * context): one original inference per executor and run.
   */
  private static final Cache<String, Sensitivity.Plan> PLANS =
      CacheBuilder.newBuilder().maximumSize(4).build();

  private final Inference original;
  private final SensitivityResult result;
  private final Dataset<Row> outcomes;

  private DistributedSensitivity(
      Inference original, SensitivityResult result, Dataset<Row> outcomes) {
    this.original = original;
    this.result = result;
    this.outcomes = outcomes;
  }

  /** The original inference, run on the driver. */
  public Inference original() {
    return original;
  }

  /** The analysis's result, equal to {@link Sensitivity#run} on one machine. */
  public SensitivityResult result() {
    return result;
  }

  /** One row per variant, in index order ({@link #OUTCOME_SCHEMA}); held on the driver. */
  public Dataset<Row> outcomes() {
    return outcomes;
  }

  /**
   * Runs {@code analysis} (whether or not it is set to parallel) on {@code model} with {@code
   * options}, its variants on the executors of {@code spark} in {@code slices} tasks (0: twice the
   * default parallelism).
   */
  static DistributedSensitivity run(
      SparkSession spark,
      Model model,
      InferenceOptions options,
      Sensitivity analysis,
      int slices,
      boolean showProgress) {
    checkNotNull(spark, "spark");
    checkNotNull(model, "model");
    checkNotNull(options, "options");
    checkNotNull(analysis, "analysis");
    Inference original = NarrativeEngine.create().infer(model, options);
    Sensitivity.Plan plan = analysis.plan(original);
    int variants = plan.variantCount();
    List<Row> rows;
    if (variants == 0) {
      rows = List.of();
    } else {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<SensitivitySpec> spec = sc.broadcast(SensitivitySpec.of(model, options, analysis));
      int n = slices > 0 ? slices : Math.max(1, 2 * sc.defaultParallelism());
      String key = java.util.UUID.randomUUID().toString();
      MapPartitionsFunction<Long, Row> work = indices -> outcomes(key, spec.value(), indices);
      JobProgress watch = JobProgress.start(spark, "narrative sensitivity", showProgress);
      try {
        rows =
            spark
                .range(0, variants, 1, Math.min(n, variants))
                .mapPartitions(work, Encoders.row(OUTCOME_SCHEMA))
                .collectAsList();
      } finally {
        watch.close();
        spec.destroy();
      }
    }
    List<VariantOutcome> outcomes = new ArrayList<>(rows.size());
    rows.forEach(r -> outcomes.add(outcome(r)));
    SensitivityResult result = plan.result(outcomes);
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> Integer.compare(a.getInt(0), b.getInt(0)));
    return new DistributedSensitivity(
        original, result, spark.createDataFrame(sorted, OUTCOME_SCHEMA));
  }

  /** Runs the variants of {@code indices} on an executor. */
  private static Iterator<Row> outcomes(String key, SensitivitySpec spec, Iterator<Long> indices)
      throws ExecutionException {
    Sensitivity.Plan plan =
        PLANS.get(
            key,
            () -> {
              Model model = ModelBytes.model(spec.model());
              Inference original =
                  NarrativeEngine.create()
                      .infer(model, model.options().withInteraction(spec.interaction()));
              return spec.analysis().plan(original);
            });
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return indices.hasNext();
      }

      @Override
      public Row next() {
        return row(plan.outcome(Math.toIntExact(indices.next())));
      }
    };
  }

  private static Row row(VariantOutcome o) {
    List<Row> gained = new ArrayList<>(o.gained().size());
    for (VariantOutcome.Gained g : o.gained()) {
      gained.add(
          RowFactory.create(
              g.actor().value(),
              g.practice().value(),
              g.target().map(ActorId::value).orElse(null),
              g.situation().value()));
    }
    return RowFactory.create(
        o.index(),
        o.name(),
        o.lost().toArray(new Integer[0]),
        gained.toArray(new Row[0]),
        o.explained().toArray(new Integer[0]),
        o.balancedAccuracy().map(BigDecimal::toString).orElse(null),
        o.recall().map(BigDecimal::toString).orElse(null),
        o.changesExplained().map(BigDecimal::toString).orElse(null),
        o.recomputed(),
        o.reused());
  }

  private static VariantOutcome outcome(Row r) {
    ImmutableList.Builder<VariantOutcome.Gained> gained = ImmutableList.builder();
    for (Row g : r.<Row>getList(3)) {
      gained.add(
          new VariantOutcome.Gained(
              ActorId.of(g.getString(0)),
              PracticeId.of(g.getString(1)),
              Optional.ofNullable(g.getString(2)).map(ActorId::of),
              SituationId.of(g.getString(3))));
    }
    return new VariantOutcome(
        r.getInt(0),
        r.getString(1),
        ImmutableList.copyOf(r.<Integer>getList(2)),
        gained.build(),
        ImmutableList.copyOf(r.<Integer>getList(4)),
        decimal(r, 5),
        decimal(r, 6),
        decimal(r, 7),
        r.getLong(8),
        r.getLong(9));
  }

  private static Optional<BigDecimal> decimal(Row r, int i) {
    return r.isNullAt(i) ? Optional.empty() : Optional.of(new BigDecimal(r.getString(i)));
  }
}
