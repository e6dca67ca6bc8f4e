package io.github.narrativeir.cli;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
          + " every machine: the inputs of the benchmarks (docs/PERFORMANCE.md).",
      "The whole is bounded by the heap: about one value (an id, a number, a list entry) per 256"
          + " bytes of maximum heap, so about 1,000,000 values (45,000 concepts) in 256 MB; a"
          + " model of more is refused with a message saying its size."
    })
final class GenerateCommand implements Callable<Integer> {
  /** Bytes of heap a generated value (an id, a number, a list entry) may take, writing included. */
  static final long HEAP_BYTES_PER_VALUE = 256;

  static final int MAX_ACTORS = 100_000;
  static final int MAX_CONCEPTS = 100_000;
  static final int MAX_SITUATIONS = 12 * 8999;
  static final int MAX_ASPECTS = 1_000_000;
  static final int MAX_PRACTICES = 100_000;
  static final int MAX_TRIGGER_SIZE = 1000;
  static final double MAX_CONSTRUALS = 100;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed, any integer (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--actors",
      defaultValue = "4",
      description = "Actors, 1 to 100000 (default: ${DEFAULT-VALUE}).")
  int actors;

  @Option(
      names = "--concepts",
      defaultValue = "20",
      description = "Concepts per actor, 0 to 100000 (default: ${DEFAULT-VALUE}).")
  int concepts;

  @Option(
      names = "--situations",
      defaultValue = "10",
      description = "Situations, 1 to 107988 (default: ${DEFAULT-VALUE}).")
  int situations;

  @Option(
      names = "--aspects",
      defaultValue = "200",
      description = "Declared aspects, 1 to 1000000 (default: ${DEFAULT-VALUE}).")
  int aspects;

  @Option(
      names = "--aspects-per-situation",
      defaultValue = "30",
      description = "Aspects per situation, 0 to --aspects (default: ${DEFAULT-VALUE}).")
  int aspectsPerSituation;

  @Option(
      names = "--practices",
      defaultValue = "10",
      description = "Practice types, 1 to 100000 (default: ${DEFAULT-VALUE}).")
  int practices;

  @Option(
      names = "--trigger-size",
      defaultValue = "2",
      description = "Aspects per trigger list, 0 to 1000 (default: ${DEFAULT-VALUE}).")
  int triggerSize;

  @Option(
      names = "--construals",
      defaultValue = "1.0",
      description = "Construals per concept, a number from 0 to 100 (default: ${DEFAULT-VALUE}).")
  double construals;

  @Option(
      names = "--occlusions",
      defaultValue = "0.3",
      description = "Occlusion probability, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double occlusions;

  @Option(
      names = "--proscriptions",
      defaultValue = "0.3",
      description = "Proscription probability, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double proscriptions;

  @Option(
      names = "--interaction",
      defaultValue = "0.3",
      description =
          "Probability of an interaction aspect in a trigger, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double interaction;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "json",
      description = "json or yaml (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write to PATH (atomically) instead of standard output.")
  @Nullable Path output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Format f;
    switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> f = Format.JSON;
      case "yaml" -> f = Format.YAML;
      default ->
          throw new UserError(
              "narrative generate: --format must be json or yaml, not '" + format + "'");
    }
    check();
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
    Format written = f;
    AnalysisOutput.write(
        output, out -> ModelWriter.write(model, written, out), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** Checks every size against its range, then the whole against the heap. */
  void check() {
    range("--actors", actors, 1, MAX_ACTORS);
    range("--concepts", concepts, 0, MAX_CONCEPTS);
    range("--situations", situations, 1, MAX_SITUATIONS);
    range("--aspects", aspects, 1, MAX_ASPECTS);
    range("--aspects-per-situation", aspectsPerSituation, 0, aspects);
    range("--practices", practices, 1, MAX_PRACTICES);
    range("--trigger-size", triggerSize, 0, MAX_TRIGGER_SIZE);
    range("--construals", construals, 0, MAX_CONSTRUALS);
    range("--occlusions", occlusions, 0, 1);
    range("--proscriptions", proscriptions, 0, 1);
    range("--interaction", interaction, 0, 1);
    double values = estimatedValues();
    long allowed = Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_VALUE;
    if (values > allowed) {
      throw new UserError(
          String.format(
              java.util.Locale.ROOT,
              "narrative generate: a model of %d actors x %d concepts, %d situations of %d aspects"
                  + " has about %,.0f values, more than the %,d that fit this Java heap of %d MB"
                  + " (one per %d bytes); choose smaller sizes, or give Java a bigger heap"
                  + " (JAVA_OPTS=-Xmx4g)",
              actors,
              concepts,
              situations,
              aspectsPerSituation,
              values,
              allowed,
              Runtime.getRuntime().maxMemory() >> 20,
              HEAP_BYTES_PER_VALUE));
    }
  }

  /**
   * About how many values (ids, numbers, list entries) the generated model holds: what its memory
   * and the written file grow with.
   */
  double estimatedValues() {
    double perConcept = 11 + 1.5 * triggerSize + 2.5 * construals;
    return (double) actors
        + 2.0 * practices
        + aspects
        + (double) situations * (2 + aspectsPerSituation)
        + (double) actors * concepts * perConcept;
  }

  private static void range(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new UserError(
          "narrative generate: "
              + option
              + " must be from "
              + min
              + " to "
              + max
              + ", not "
              + value);
    }
  }

  private static void range(String option, double value, double min, double max) {
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new UserError(
          "narrative generate: "
              + option
              + " must be a number from "
              + plain(min)
              + " to "
              + plain(max)
              + ", not "
              + value);
    }
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
