package io.github.narrativeir.spark;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.cli.NarrativeCli;
import io.github.narrativeir.cli.SensitivityRunner;
import io.github.narrativeir.inference.Inference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code narrative-spark sensitivity}: {@code narrative sensitivity} itself (its options, its
 * checks, its messages, its output) with the variants run on Spark's executors through a {@link
 * SensitivityRunner}; so the same arguments give the same bytes, every option included ({@code
 * --mapping}, {@code --reading}, {@code --concepts}, the {@code --max-*} limits, ...).
 */
@Command(
    name = "sensitivity",
    description = {
      "narrative sensitivity with the variants spread over Spark's executors: every option of"
          + " narrative sensitivity (listed below these), the same checks and the same output (json"
          + " is narrative-sensitivity/1, the same bytes).",
      ""
    })
final class SensitivityJobCommand implements Callable<Integer> {
  @Option(
      names = "--slices",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Spark tasks to spread the variants over (default: twice the default parallelism).")
  int slices;

  @Option(
      names = {"-h", "--help"},
      description = "Show this help (Spark's options, then narrative sensitivity's) and exit.")
  boolean help;

  @Mixin SparkOptions sparkOptions;

  /** Everything else: the arguments of {@code narrative sensitivity}, in their order. */
  @Unmatched List<String> arguments = new ArrayList<>();

  @ParentCommand NarrativeSparkCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (help) {
      spec.commandLine().usage(parent.out());
      parent.out().println();
      return NarrativeCli.run(
          new String[] {"sensitivity", "--help"}, System.in, parent.out(), parent.err());
    }
    if (slices < 0) {
      throw new UserError("narrative-spark sensitivity: --slices must not be negative");
    }
    List<String> args = new ArrayList<>();
    args.add("sensitivity");
    args.addAll(arguments);
    if (sparkOptions.quiet) {
      args.add("--quiet");
    }
    return NarrativeCli.run(
        args.toArray(String[]::new), System.in, parent.out(), parent.err(), new OnSpark());
  }

  /** Runs the variants on the session of {@link #sparkOptions}, with Spark's stage progress. */
  private final class OnSpark implements SensitivityRunner {
    @Override
    public SensitivityResult run(Sensitivity analysis, Inference original, IntConsumer done) {
      SparkSession spark = sparkOptions.session("narrative sensitivity");
      try {
        return DistributedSensitivity.run(
                spark, original.model(), original.options(), analysis, slices, !sparkOptions.quiet)
            .result();
      } finally {
        sparkOptions.release(spark);
      }
    }

    @Override
    public boolean commandShowsProgress() {
      return false;
    }
  }
}
