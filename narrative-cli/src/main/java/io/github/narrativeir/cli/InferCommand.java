package io.github.narrativeir.cli;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.ResultWriter;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.Reports;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code narrative infer}: runs inference and writes the result in one of several formats. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    description = {
      "Run inference on a model: episodes, narratives, predicted practices, and the evaluation"
          + " against the model's observations.",
      "text is for the terminal; json is narrative-result/1 for other programs; markdown and html"
          + " (one self-contained file with an SVG timeline) are reports; dot is a Graphviz graph."
    })
final class InferCommand implements Callable<Integer> {
  /** The output formats. */
  enum OutputFormat {
    TEXT(ReportFormat.TEXT),
    JSON(null),
    MARKDOWN(ReportFormat.MARKDOWN),
    DOT(ReportFormat.DOT),
    HTML(ReportFormat.HTML);

    private final @Nullable ReportFormat report;

    OutputFormat(@Nullable ReportFormat report) {
      this.report = report;
    }

    /** Writes {@code result} in this format, a piece at a time. */
    void write(Inference result, Writer out) throws IOException {
      if (report == null) {
        ResultWriter.write(result, out);
      } else {
        Reports.write(result, report, out);
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

  @Mixin InteractionOption interaction;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Model model = read.load(file, parent.stdin(), spec.commandLine().getErr()).model();
    Inference result = interaction.engine().infer(model, interaction.options(model));
    // streamed: a large result or report is never held whole as one string
    if (format == OutputFormat.JSON) {
      AnalysisOutput.write(
          output,
          stream -> ResultWriter.write(result, stream),
          w -> ResultWriter.write(result, w),
          spec.commandLine().getOut());
    } else {
      AnalysisOutput.write(output, w -> format.write(result, w), spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
