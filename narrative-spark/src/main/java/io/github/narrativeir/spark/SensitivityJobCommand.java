package io.github.narrativeir.spark;

import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.io.SensitivityWriter;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.SensitivityReports;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code narrative-spark sensitivity}: {@code narrative sensitivity} with the variants run on
 * Spark's executors; the same output for the same arguments.
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "narrative sensitivity with the variants spread over Spark's executors: the same families"
          + " (--family), the same monte-carlo samples (--samples N --seed S), the same output"
          + " (json is narrative-sensitivity/1, the same bytes)."
    })
final class SensitivityJobCommand implements Callable<Integer> {
  /** The output formats. */
  enum OutputFormat {
    TEXT(ReportFormat.TEXT),
    MARKDOWN(ReportFormat.MARKDOWN),
    JSON(null),
    HTML(ReportFormat.HTML);

    /** The report format, or null for json (written by {@link SensitivityWriter}). */
    final @Nullable ReportFormat report;

    OutputFormat(@Nullable ReportFormat report) {
      this.report = report;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The model file.")
  Path file;

  @Option(
      names = "--family",
      paramLabel = "NAME",
      split = ",",
      description =
          "Run only this family (repeatable; default: all): drop-concept, drop-aspect,"
              + " add-aspect, weight, swap-rank, or monte-carlo with --samples.")
  List<String> families = new ArrayList<>();

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Add a monte-carlo family of N samples (1 to 10000).")
  Integer samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed of the monte-carlo samples (default: 1).")
  Long seed;

  @Option(
      names = "--no-interaction",
      description = "Do not feed predicted practices into the next situation.")
  boolean noInteraction;

  @Option(
      names = "--concepts",
      paramLabel = "FILE",
      description = "Replace the model's concepts with those of this concept set (repeatable).")
  List<Path> conceptSets = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write to PATH (atomically) instead of standard output.")
  Path output;

  @Option(
      names = "--max-variants",
      paramLabel = "N",
      defaultValue = "20000",
      description =
          "Refuse, before any work, an analysis of more than N variants (default: ${DEFAULT-VALUE}).")
  long maxVariants;

  @Option(
      names = "--slices",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Spark tasks to spread the variants over (default: twice the default parallelism).")
  int slices;

  @Mixin SparkOptions sparkOptions;

  @ParentCommand NarrativeSparkCli parent;

  @Override
  public Integer call() throws IOException {
    PrintStream err = parent.err();
    Sensitivity analysis = analysis();
    if (slices < 0) {
      throw new UserError("narrative-spark sensitivity: --slices must not be negative");
    }
    Model model = Inputs.model(file, conceptSets, err).model();
    InferenceOptions options =
        noInteraction ? model.options().withInteraction(false) : model.options();
    SparkSession spark = sparkOptions.session("narrative sensitivity");
    DistributedSensitivity run;
    try {
      int variants =
          analysis.variantCount(
              io.github.narrativeir.inference.NarrativeEngine.create().infer(model, options));
      if (variants > maxVariants) {
        throw new UserError(
            String.format(
                Locale.ROOT,
                "narrative-spark sensitivity: the analysis has %,d variants, more than --max-variants"
                    + " %d; run fewer families with --family NAME, or raise --max-variants",
                variants,
                maxVariants));
      }
      run =
          DistributedSensitivity.run(spark, model, options, analysis, slices, !sparkOptions.quiet);
    } finally {
      sparkOptions.release(spark);
    }
    if (format == OutputFormat.JSON
        && run.result().observations().isEmpty()
        && !sparkOptions.quiet) {
      err.println(
          "narrative sensitivity: the model has no observations; scores need observations, so"
              + " every score is null");
    }
    if (output != null) {
      if (format.report == null) {
        SensitivityWriter.write(run.result(), output);
      } else {
        SensitivityReports.write(run.result(), run.original(), format.report, output);
      }
    } else {
      Writer w = new OutputStreamWriter(parent.out(), StandardCharsets.UTF_8);
      if (format.report == null) {
        SensitivityWriter.write(run.result(), w);
      } else {
        SensitivityReports.write(run.result(), run.original(), format.report, w);
      }
      w.flush();
    }
    return NarrativeSparkCli.OK;
  }

  /** The analysis the options ask for, checked before any work. */
  Sensitivity analysis() {
    boolean monteCarloNamed = false;
    Set<SensitivityFamily> chosen = EnumSet.noneOf(SensitivityFamily.class);
    for (String name : families) {
      String n = name.strip();
      if (n.equals(MonteCarlo.NAME)) {
        monteCarloNamed = true;
        continue;
      }
      try {
        chosen.add(SensitivityFamily.parse(n));
      } catch (IllegalArgumentException e) {
        throw new UserError("narrative-spark sensitivity: " + e.getMessage());
      }
    }
    if (families.isEmpty()) {
      chosen = EnumSet.allOf(SensitivityFamily.class);
    }
    if (samples == null && monteCarloNamed) {
      throw new UserError(
          "narrative-spark sensitivity: --family monte-carlo needs --samples N (how many samples)");
    }
    if (seed != null && samples == null) {
      throw new UserError(
          "narrative-spark sensitivity: --seed needs --samples N (the monte-carlo samples it seeds)");
    }
    Sensitivity.Builder b = Sensitivity.builder().families(chosen);
    if (samples != null) {
      if (samples < 1 || samples > MonteCarlo.MAX_SAMPLES) {
        throw new UserError(
            "narrative-spark sensitivity: --samples must be from 1 to "
                + MonteCarlo.MAX_SAMPLES
                + ", not "
                + samples);
      }
      b.monteCarlo(MonteCarlo.of(samples, seed == null ? 1L : seed));
    }
    return b.build();
  }
}
