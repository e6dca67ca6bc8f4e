package io.github.narrativeir.cli;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.workload.WorkloadGenerator;
import io.github.narrativeir.workload.WorkloadSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code narrative generate}: a synthetic model of a given size, for benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a valid synthetic model of a given size, the same for the same options and seed on"
          + " every machine: the inputs of the benchmarks (docs/PERFORMANCE.md)."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--actors", defaultValue = "4", description = "Actors (default: ${DEFAULT-VALUE}).")
  int actors;

  @Option(names = "--concepts", defaultValue = "20", description = "Concepts per actor (default: ${DEFAULT-VALUE}).")
  int concepts;

  @Option(names = "--situations", defaultValue = "10", description = "Situations (default: ${DEFAULT-VALUE}).")
  int situations;

  @Option(names = "--aspects", defaultValue = "200", description = "Declared aspects (default: ${DEFAULT-VALUE}).")
  int aspects;

  @Option(names = "--aspects-per-situation", defaultValue = "30", description = "Aspects per situation (default: ${DEFAULT-VALUE}).")
  int aspectsPerSituation;

  @Option(names = "--practices", defaultValue = "10", description = "Practice types (default: ${DEFAULT-VALUE}).")
  int practices;

  @Option(names = "--trigger-size", defaultValue = "2", description = "Aspects per trigger list (default: ${DEFAULT-VALUE}).")
  int triggerSize;

  @Option(names = "--construals", defaultValue = "1.0", description = "Construals per concept (default: ${DEFAULT-VALUE}).")
  double construals;

  @Option(names = "--occlusions", defaultValue = "0.3", description = "Occlusion probability (default: ${DEFAULT-VALUE}).")
  double occlusions;

  @Option(names = "--proscriptions", defaultValue = "0.3", description = "Proscription probability (default: ${DEFAULT-VALUE}).")
  double proscriptions;

  @Option(names = "--interaction", defaultValue = "0.3", description = "Probability of an interaction aspect in a trigger (default: ${DEFAULT-VALUE}).")
  double interaction;

  @Option(names = {"-f", "--format"}, defaultValue = "json", description = "json or yaml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH", description = "Write to PATH instead of standard output.")
  Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Model model;
    try {
      model =
          WorkloadGenerator.generate(
              WorkloadSpec.builder()
                  .seed(seed)
                  .actors(actors)
                  .conceptsPerActor(concepts)
                  .situations(situations)
                  .aspects(aspects)
                  .aspectsPerSituation(aspectsPerSituation)
                  .practices(practices)
                  .triggerSize(triggerSize)
                  .construalDensity(construals)
                  .occlusionDensity(occlusions)
                  .proscriptionDensity(proscriptions)
                  .interactionDensity(interaction)
                  .build());
    } catch (IllegalStateException e) {
      throw new UserError("narrative generate: " + e.getMessage());
    }
    Format f;
    switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> f = Format.JSON;
      case "yaml" -> f = Format.YAML;
      default -> throw new UserError("narrative generate: --format must be json or yaml, not '" + format + "'");
    }
    AnalysisOutput.write(output, ModelWriter.toText(model, f), spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
