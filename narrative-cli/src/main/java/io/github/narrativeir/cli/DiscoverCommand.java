package io.github.narrativeir.cli;

import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.DiscoveryWriter;
import io.github.narrativeir.io.report.DiscoveryReports;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
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
 * {@code narrative discover}: which concepts would explain an actor's observations, and how many
 * equally good readings exist (MODEL.md, "Discovery"; {@code narrative-discovery/1}).
 */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = {
      "Which concepts would explain what an actor was observed doing, and how many readings"
          + " explain it equally well.",
      "Searches the actor's possible concepts (triggers of at most --max-all and --max-none"
          + " aspects, each prescribing one observed practice) for the sets of at most"
          + " --max-concepts that, added to the actor's own concepts (--mode add) or in their place"
          + " (--mode replace), explain the most observations of the model with the fewest concepts"
          + " and literals.",
      "Discovered concepts are hypotheses found from the observations, without evidence: look"
          + " for them in the actor's discourse. A tie count above 1 means the observations do not"
          + " single out one reading.",
      "The report (standard output) shows the top solutions side by side with the model as given"
          + " and the baselines, the tie count, whether the best is proven optimal, and what no"
          + " solution within the bounds explains; json is narrative-discovery/1. -o writes the best"
          + " solution as a narrative-concepts/1 file, for include: in the model or --concepts."
    })
final class DiscoverCommand implements Callable<Integer> {
  private static final String COMMAND = "narrative discover";

  /** The output formats of the report. */
  enum OutputFormat {
    TEXT(ReportFormat.TEXT),
    MARKDOWN(ReportFormat.MARKDOWN),
    JSON(null);

    private final @Nullable ReportFormat report;

    OutputFormat(@Nullable ReportFormat report) {
      this.report = report;
    }

    /** Writes {@code result} of a discovery on {@code model} in this format, a piece at a time. */
    void write(DiscoveryResult result, Model model, Writer out) throws IOException {
      if (report == null) {
        DiscoveryWriter.write(result, out);
      } else {
        DiscoveryReports.write(result, model, report, out);
      }
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How discovered concepts join the model, as the option names it. */
  enum ModeOption {
    ADD(Discovery.Mode.ADD),
    REPLACE(Discovery.Mode.REPLACE);

    final Discovery.Mode mode;

    ModeOption(Discovery.Mode mode) {
      this.mode = mode;
    }

    @Override
    public String toString() {
      return mode.token();
    }
  }

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The model file (- for standard input).")
  String file;

  @Option(
      names = "--actor",
      required = true,
      paramLabel = "A",
      description =
          "The actor whose concepts are sought; it needs plain observations (without a change).")
  String actor;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "add",
      description =
          "add: the discovered concepts join the actor's own; replace: they take their place"
              + " (default: ${DEFAULT-VALUE}).")
  ModeOption mode;

  @Option(
      names = "--max-all",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "The most aspects a discovered trigger requires, 0 to 3 (default: ${DEFAULT-VALUE}).")
  int maxAll;

  @Option(
      names = "--max-none",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "The most aspects a discovered trigger excludes, 0 to 2 (default: ${DEFAULT-VALUE}).")
  int maxNone;

  @Option(
      names = "--max-concepts",
      paramLabel = "N",
      defaultValue = "4",
      description = "The most concepts of a solution, 1 to 9 (default: ${DEFAULT-VALUE}).")
  int maxConcepts;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "How many solutions to show, one per reading, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--time-limit",
      paramLabel = "TIME",
      defaultValue = "60s",
      description =
          "How long the search may run: a whole number and a unit, ms, s, m or h, such as 500ms,"
              + " 90s, 5m or 1h; at most 24h (default: ${DEFAULT-VALUE}). When it runs out, the"
              + " report gives the best found and says it is not proven optimal.")
  String timeLimit;

  @Option(
      names = "--tie-cap",
      paramLabel = "N",
      defaultValue = "1000000",
      description =
          "Count at most N solutions tied with the best; the report then says \"at least N\""
              + " (default: ${DEFAULT-VALUE}).")
  long tieCap;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "The report's format, one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description =
          "Also write the best solution to PATH (atomically) as a narrative-concepts/1 concept set"
              + " (JSON for .json, YAML otherwise), its concepts named <actor>.discovered.<n>, each"
              + " labelled with the observations it explains and without evidence.")
  @Nullable Path output;

  @Option(
      names = "--no-interaction",
      description =
          "Do not feed predicted practices into the next situation, in the search and the evaluations.")
  boolean noInteraction;

  @Option(
      names = "--quiet",
      description =
          "Show no progress and no note on standard error (progress is shown only when it is a"
              + " terminal, for runs over two seconds).")
  boolean quiet;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // every option is checked before the model is read
    inRange("--max-all", maxAll, 0, Discovery.MAX_ALL_LIMIT);
    inRange("--max-none", maxNone, 0, Discovery.MAX_NONE_LIMIT);
    inRange("--max-concepts", maxConcepts, 1, Discovery.MAX_CONCEPTS_LIMIT);
    inRange("--top", top, 1, Discovery.TOP_LIMIT);
    if (tieCap < 1) {
      throw new UserError(
          COMMAND + ": --tie-cap " + tieCap + " is out of range: it must be at least 1");
    }
    Duration limit = TimeLimits.parse(COMMAND, "--time-limit", timeLimit, Discovery.TIME_LIMIT_MAX);
    PrintWriter err = spec.commandLine().getErr();
    Model model = read.load(file, parent.stdin(), err).model();
    if (noInteraction) {
      model = Model.builder().from(model).options(model.options().withInteraction(false)).build();
    }
    ActorId actorId = actor(model);
    Discovery discovery =
        Discovery.builder(actorId)
            .mode(mode.mode)
            .maxAll(maxAll)
            .maxNone(maxNone)
            .maxConcepts(maxConcepts)
            .top(top)
            .tieCap(tieCap)
            .timeLimit(limit)
            .build();
    int observations = model.observations().size();
    DiscoveryResult result;
    try (Progress progress = Progress.of(err, COMMAND, "partial readings", -1, quiet)) {
      result =
          discovery.run(
              model,
              (nodes, best) ->
                  progress.done(
                      nodes,
                      () ->
                          "best so far explains "
                              + best
                              + " of "
                              + observations
                              + " observations"));
    } catch (IllegalArgumentException e) {
      // what only the search can tell: too many situations or pairs, an own concept's id among
      // the discovered ones', bounds that would make too many triggers (the options that set them
      // are named here: the library speaks of its builder's bounds)
      String message = e.getMessage();
      if (message == null) {
        throw e; // the search always says why: without a message, an internal error
      }
      if (message.endsWith("lower maxAll or maxNone")) {
        message += " (--max-all, --max-none)";
      }
      throw new UserError(COMMAND + ": " + message);
    } catch (OutOfMemoryError e) {
      // the candidates grow with the aspects to the power of the bounds; by now the search's
      // structures are unreachable, so one line can be printed
      err.println(outOfMemory());
      return ExitCodes.INTERNAL_ERROR;
    }
    if (output != null) {
      try {
        DiscoveryWriter.writeBest(result, output);
      } catch (IOException e) {
        throw new UserError(output + ": cannot write: " + e.getMessage());
      }
      if (result.best().concepts().isEmpty() && !quiet) {
        err.println(
            COMMAND
                + ": the best solution has no concepts; "
                + output
                + " holds an empty concept set");
      }
    }
    Model discovered = model;
    AnalysisOutput.write(
        null, w -> format.write(result, discovered, w), spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** The actor named by {@code --actor}: in the model, with plain observations. */
  private ActorId actor(Model model) {
    List<String> ids = model.actors().stream().map(a -> a.id().value()).toList();
    if (!ids.contains(actor)) {
      throw new UserError(
          COMMAND
              + ": unknown actor '"
              + actor
              + "'"
              + ids.stream()
                  .filter(actor::equalsIgnoreCase)
                  .findFirst()
                  .or(() -> Suggestions.plausible(actor, ids))
                  .map(c -> "; did you mean '" + c + "'?")
                  .orElse("")
              + " (known: "
              + String.join(", ", ids)
              + ")");
    }
    TreeSet<String> observed = new TreeSet<>();
    for (Observation o : model.observations()) {
      if (o.change().isEmpty()) {
        observed.add(o.actor().value());
      }
    }
    if (!observed.contains(actor)) {
      List<String> withPlain =
          model.actors().stream()
              .map(Actor::id)
              .map(ActorId::value)
              .filter(observed::contains)
              .toList();
      throw new UserError(
          COMMAND
              + ": actor "
              + actor
              + " has no plain observation (one without a"
              + " change) for discovery to explain; "
              + (withPlain.isEmpty()
                  ? "the model has none"
                  : "actors that have: " + withPlain.stream().collect(Collectors.joining(", "))));
    }
    return ActorId.of(actor);
  }

  /** What to do when the search fills the heap: lower the bounds, or a bigger heap. */
  private String outOfMemory() {
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    return COMMAND
        + ": out of memory (the Java heap of "
        + heapMb
        + " MB is full) searching"
        + " concepts with --max-all "
        + maxAll
        + " --max-none "
        + maxNone
        + ": the triggers to"
        + " consider grow with the model's aspects to the power of --max-all + --max-none, so lower"
        + " them, or give Java a bigger heap (JAVA_OPTS=-Xmx4g bin/narrative ..., or java -Xmx4g"
        + " -jar narrative.jar ...)";
  }

  private static void inRange(String option, int value, int min, int max) {
    if (value < min || value > max) {
      throw new UserError(
          COMMAND
              + ": "
              + option
              + " "
              + value
              + " is out of range: it must be between "
              + min
              + " and "
              + max);
    }
  }
}
