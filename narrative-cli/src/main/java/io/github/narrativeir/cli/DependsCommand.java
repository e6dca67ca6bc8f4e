package io.github.narrativeir.cli;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.DependenceReport;
import io.github.narrativeir.analysis.PredictionDependence;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.io.AnalysisWriter;
import io.github.narrativeir.model.Model;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code narrative depends}: which concepts each prediction needs, and which suffice. */
@Command(
    name = "depends",
    mixinStandardHelpOptions = true,
    description = {
      "For each prediction (or those of one actor and practice): the concepts it needs (without"
          + " any one of them it is lost) and its minimal sufficient sets of concepts, across"
          + " actors."
    })
final class DependsCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The model file (- for standard input).")
  String file;

  @Option(names = "--actor", paramLabel = "A", description = "Only predictions of this actor.")
  @Nullable String actor;

  @Option(
      names = "--practice",
      paramLabel = "P",
      description = "Only predictions of this practice.")
  @Nullable String practice;

  @Option(
      names = "--situation",
      paramLabel = "S",
      description = "Only predictions in this situation.")
  @Nullable String situation;

  @Option(
      names = "--max-set-size",
      paramLabel = "N",
      defaultValue = "3",
      description = "Largest sufficient set looked for (default: ${DEFAULT-VALUE}).")
  int maxSetSize;

  @Option(
      names = "--max-reruns",
      paramLabel = "N",
      defaultValue = "20000",
      description =
          "Refuse, before any work, an analysis that could take more than N reruns of inference"
              + " (each takes about a millisecond on a model of 80 concepts; default:"
              + " ${DEFAULT-VALUE}).")
  long maxReruns;

  @Option(
      names = "--quiet",
      description = "Show no progress on standard error (shown only when it is a terminal).")
  boolean quiet;

  @Mixin InteractionOption interaction;

  @Mixin ReadOptions read;

  @Mixin AnalysisOutput output;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Model model = read.load(file, parent.stdin(), spec.commandLine().getErr()).model();
    if (maxSetSize < 0) {
      throw new UserError("narrative depends: --max-set-size must not be negative");
    }
    Inference result = interaction.engine().infer(model, interaction.options(model));
    ImmutableList<Prediction> chosen =
        result.predictions().stream()
            .filter(p -> actor == null || p.actor().value().equals(actor))
            .filter(p -> practice == null || p.practice().value().equals(practice))
            .filter(p -> situation == null || p.situation().value().equals(situation))
            .collect(ImmutableList.toImmutableList());
    if (maxReruns < 0) {
      throw new UserError("narrative depends: --max-reruns must not be negative");
    }
    long bound = Dependence.variantBound(result, chosen, maxSetSize);
    if (bound > maxReruns) {
      long situations = chosen.stream().map(Prediction::situation).distinct().count();
      throw new UserError(
          String.format(
              java.util.Locale.ROOT,
              "narrative depends: %d predictions in %d situations with sets of up to %d concepts"
                  + " could take %s reruns of inference, more than --max-reruns %d; narrow the"
                  + " question with --actor, --practice or --situation, lower --max-set-size, or"
                  + " raise --max-reruns",
              chosen.size(),
              situations,
              maxSetSize,
              bound == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.format("%,d", bound),
              maxReruns));
    }
    DependenceReport report;
    try (Progress progress =
        Progress.of(
            spec.commandLine().getErr(),
            "narrative depends",
            "predictions",
            chosen.size(),
            quiet)) {
      if (chosen.size() == result.predictions().size()) {
        report = Dependence.analyze(result, maxSetSize, progress::done);
      } else {
        ImmutableList.Builder<PredictionDependence> each = ImmutableList.builder();
        int done = 0;
        for (Prediction p : chosen) {
          each.add(Dependence.of(result, p, maxSetSize));
          progress.done(++done);
        }
        report = new DependenceReport(each.build(), 0, 0, 0);
      }
    }
    DependenceReport written = report;
    AnalysisOutput.Streamed text =
        switch (output.format) {
          case JSON -> out -> AnalysisWriter.writeJson(written, out);
          case MARKDOWN -> out -> out.write(AnalysisWriter.toText(written, true));
          case TEXT -> out -> out.write(AnalysisWriter.toText(written, false));
        };
    AnalysisOutput.write(output.output, text, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
