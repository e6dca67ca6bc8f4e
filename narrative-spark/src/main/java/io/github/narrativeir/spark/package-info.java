/**
 * Narratives at scale on Apache Spark: the {@code dyads} job ({@link
 * io.github.narrativeir.spark.NarrativeSpark#dyads}), which runs inference for every directed dyad
 * of a dated event table, and the {@code sensitivity} job ({@link
 * io.github.narrativeir.spark.NarrativeSpark#sensitivity}), which runs a sensitivity analysis's
 * variants on the executors. Models and concept sets are broadcast once; the engine runs in the
 * executors; results come back as {@link org.apache.spark.sql.Dataset}s. {@link
 * io.github.narrativeir.spark.NarrativeSparkCli} is the command line on top.
 */
@NullMarked
package io.github.narrativeir.spark;

import org.jspecify.annotations.NullMarked;
