package io.github.narrativeir.cli;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.DependenceReport;
import io.github.narrativeir.analysis.PredictionDependence;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.io.AnalysisWriter;
import io.github.narrativeir.model.Model;
import java.util.concurrent.Callable;
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
  @Parameters(index = "0", paramLabel = "FILE", description = "The model file (- for standard input).")
  String file;

  @Option(names = "--actor", paramLabel = "A", description = "Only predictions of this actor.")
  String actor;

  @Option(names = "--practice", paramLabel = "P", description = "Only predictions of this practice.")
  String practice;

  @Option(names = "--situation", paramLabel = "S", description = "Only predictions in this situation.")
  String situation;

  @Option(
      names = "--max-set-size",
      paramLabel = "N",
      defaultValue = "3",
      description = "Largest sufficient set looked for (default: ${DEFAULT-VALUE}).")
  int maxSetSize;

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
    DependenceReport report;
    if (chosen.size() == result.predictions().size()) {
      report = Dependence.analyze(result, maxSetSize);
    } else {
      ImmutableList<PredictionDependence> each =
          chosen.stream()
              .map(p -> Dependence.of(result, p, maxSetSize))
              .collect(ImmutableList.toImmutableList());
      report = new DependenceReport(each, 0, 0, 0);
    }
    String text =
        switch (output.format) {
          case JSON -> AnalysisWriter.toJson(report);
          case MARKDOWN -> AnalysisWriter.toText(report, true);
          case TEXT -> AnalysisWriter.toText(report, false);
        };
    output.write(text, spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
