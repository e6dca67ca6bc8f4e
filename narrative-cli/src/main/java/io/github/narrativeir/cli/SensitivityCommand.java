package io.github.narrativeir.cli;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.SensitivityWriter;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.SensitivityReports;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code narrative sensitivity}: how much each result rests on each coding choice (MODEL.md, {@code
 * narrative-sensitivity/1}).
 */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "How fragile is each result: run one-at-a-time variants of the model (a concept left out,"
          + " an aspect taken out of or added to a situation, a weight halved or doubled, two"
          + " concepts exchanging ranks) and report, for each prediction, the share of the"
          + " variants that keep it and which lose it; the observations whose explanation flips;"
          + " the predictions variants gain; and the spread of the scores.",
      "text and markdown lead with what is fragile (predictions that hold in fewer than 90%% of"
          + " the variants, observations that flip), each variant in plain words; json is"
          + " narrative-sensitivity/1; html is one self-contained page with the predictions by"
          + " family, shaded by share."
    })
final class SensitivityCommand implements Callable<Integer> {
  /** The output formats. */
  enum OutputFormat {
    TEXT(ReportFormat.TEXT),
    MARKDOWN(ReportFormat.MARKDOWN),
    JSON(null),
    HTML(ReportFormat.HTML);

    private final @Nullable ReportFormat report;

    OutputFormat(@Nullable ReportFormat report) {
      this.report = report;
    }

    /** Writes {@code result} of {@code original} in this format, a piece at a time. */
    void write(SensitivityResult result, Inference original, Writer out) throws IOException {
      if (report == null) {
        SensitivityWriter.write(result, out);
      } else {
        SensitivityReports.write(result, original, report, out);
      }
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The model file (- for standard input).")
  String file;

  @Mixin SensitivityFamilies families;

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
  @Nullable Path output;

  @Option(
      names = "--max-variants",
      paramLabel = "N",
      defaultValue = "20000",
      description =
          "Refuse, before any work, an analysis of more than N variants (each an incremental"
              + " rerun of inference, a few milliseconds on a model of 80 concepts: the default,"
              + " ${DEFAULT-VALUE}, is about a minute there).")
  long maxVariants;

  @Option(
      names = "--parallel",
      description = "Run the variants in parallel, on every core (same output).")
  boolean parallel;

  @Option(
      names = "--no-interaction",
      description =
          "Do not feed predicted practices into the next situation, in the model and every"
              + " variant.")
  boolean noInteraction;

  @Option(
      names = "--quiet",
      description =
          "Show no progress on standard error (shown only when it is a terminal, for runs over"
              + " two seconds).")
  boolean quiet;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    families.check();
    if (maxVariants < 0) {
      throw new UserError("narrative sensitivity: --max-variants must not be negative");
    }
    PrintWriter err = spec.commandLine().getErr();
    Model model = read.load(file, parent.stdin(), err).model();
    NarrativeEngine engine = InteractionOption.engine(parallel);
    Inference original =
        engine.infer(
            model, noInteraction ? model.options().withInteraction(false) : model.options());
    Sensitivity analysis = families.analysis(parallel, model, read.reader().limits(), err);
    int variants = analysis.variantCount(original);
    if (variants > maxVariants) {
      throw new UserError(tooMany(variants, families.counts(original)));
    }
    SensitivityRunner runner = parent.sensitivityRunner();
    SensitivityResult result;
    try (Progress progress =
        Progress.of(
            err,
            "narrative sensitivity",
            "variants",
            variants,
            quiet || !runner.commandShowsProgress())) {
      result = runner.run(analysis, original, progress::done);
    }
    if (format == OutputFormat.JSON && result.observations().isEmpty() && !quiet) {
      err.println(
          "narrative sensitivity: the model has no observations; scores need observations, so"
              + " every score is null");
    }
    // streamed: written a piece at a time, and on Ctrl-C not at all (the analysis comes first)
    AnalysisOutput.write(
        output, w -> format.write(result, original, w), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  private String tooMany(int variants, Map<String, Integer> counts) {
    return String.format(
        Locale.ROOT,
        "narrative sensitivity: the analysis has %,d variants (%s), more than --max-variants %d;"
            + " run fewer families with --family NAME, or raise --max-variants",
        variants,
        counts.entrySet().stream()
            .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", ")),
        maxVariants);
  }
}
