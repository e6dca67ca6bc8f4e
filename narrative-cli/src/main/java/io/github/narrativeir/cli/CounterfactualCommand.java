package io.github.narrativeir.cli;

import io.github.narrativeir.analysis.CounterfactualResult;
import io.github.narrativeir.analysis.Counterfactuals;
import io.github.narrativeir.analysis.Variation;
import io.github.narrativeir.io.AnalysisWriter;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code narrative counterfactual}: what the model predicts without some concepts or aspects. */
@Command(
    name = "counterfactual",
    mixinStandardHelpOptions = true,
    description = {
      "Run a variant of the model (without some concepts, with or without some aspects in some"
          + " situations, interaction off) and compare it with the original: predictions lost and"
          + " gained, episodes whose active concepts changed, observations newly (un)explained."
    })
final class CounterfactualCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The model file (- for standard input).")
  String file;

  @Option(
      names = "--without",
      paramLabel = "CONCEPT",
      split = ",",
      description = "Leave out these concepts.")
  List<String> without = new ArrayList<>();

  @Option(
      names = "--without-aspect",
      paramLabel = "SITUATION:ASPECT",
      description = "Take an aspect out of a situation (repeatable).")
  List<String> withoutAspects = new ArrayList<>();

  @Option(
      names = "--with-aspect",
      paramLabel = "SITUATION:ASPECT",
      description = "Add a declared aspect to a situation (repeatable).")
  List<String> withAspects = new ArrayList<>();

  @Option(names = "--no-interaction", description = "Run the variant without interaction.")
  boolean noInteraction;

  @Mixin ReadOptions read;

  @Mixin AnalysisOutput output;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Model model = read.load(file, parent.stdin(), spec.commandLine().getErr()).model();
    Variation.Builder v = Variation.builder();
    try {
      without.forEach(v::withoutConcepts);
      withoutAspects.forEach(s -> v.withoutAspect(situation(s), aspect(s)));
      withAspects.forEach(s -> v.withAspect(situation(s), aspect(s)));
      if (noInteraction) {
        v.interaction(false);
      }
      CounterfactualResult r = Counterfactuals.run(model, v.build());
      String text =
          switch (output.format) {
            case JSON -> AnalysisWriter.toJson(r);
            case MARKDOWN -> AnalysisWriter.toText(r, true);
            case TEXT -> AnalysisWriter.toText(r, false);
          };
      output.write(text, spec.commandLine().getOut());
    } catch (IllegalArgumentException e) {
      throw new UserError("narrative counterfactual: " + e.getMessage());
    }
    return ExitCodes.OK;
  }

  private static String situation(String pair) {
    int colon = pair.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected SITUATION:ASPECT, found '" + pair + "'");
    }
    return pair.substring(0, colon);
  }

  private static String aspect(String pair) {
    return pair.substring(pair.indexOf(':') + 1);
  }
}
