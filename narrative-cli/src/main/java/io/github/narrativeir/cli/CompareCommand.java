package io.github.narrativeir.cli;

import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.io.AnalysisWriter;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code narrative compare}: rival theories scored against one set of observations, side by side
 * with the baselines, and whether each beats them.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Score rival theories against one set of observations: which theory explains which"
          + " observation, and each theory's evaluation.",
      "Every theory and the baselines all (every observed practice everywhere), none (nothing) and"
          + " persistence (what was observed in the situation before) are scored side by side: true"
          + " and false positives and negatives, changes explained, unassessed predictions, recall,"
          + " specificity, balanced accuracy and precision. One line per theory says whether it beats"
          + " every baseline on balanced accuracy and on changes explained, or why the observations"
          + " cannot tell (balanced accuracy needs negative evidence: observations with"
          + " occurred: false).",
      "Each FILE is a model, or a concept set (narrative-concepts/1) that replaces the concepts of"
          + " the first model given; --theory NAME=FILE names such a set. The observations are the"
          + " first model's, or those of --observations FILE."
    })
final class CompareCommand implements Callable<Integer> {
  private static final Pattern CONCEPT_SET =
      Pattern.compile("(?m)^\\s*\"?format\"?\\s*:\\s*[\"']?narrative-concepts/1");

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Models or concept sets, one per theory.")
  List<Path> files;

  @Option(
      names = "--theory",
      paramLabel = "NAME=FILE",
      description =
          "A named theory: a concept set that replaces the concepts of the first model (repeatable).")
  Map<String, Path> named = new LinkedHashMap<>();

  @Option(
      names = "--observations",
      paramLabel = "FILE",
      description = "A model file whose observations all theories are scored against.")
  @Nullable Path observations;

  @Mixin ReadOptions read;

  @Mixin AnalysisOutput output;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Map<String, Model> theories = new LinkedHashMap<>();
    Path base = null;
    for (Path file : files) {
      String name = name(file, theories);
      if (isConceptSet(file)) {
        if (base == null) {
          throw new UserError(
              "narrative compare: " + file + " is a concept set; give a model first");
        }
        theories.put(name, load(base, List.of(file)).model());
      } else {
        base = base == null ? file : base;
        theories.put(name, load(file, List.of()).model());
      }
    }
    for (Map.Entry<String, Path> theory : named.entrySet()) {
      if (base == null) {
        throw new UserError("narrative compare: --theory needs a model FILE to apply it to");
      }
      if (theories.containsKey(theory.getKey())) {
        throw new UserError("narrative compare: two theories are named '" + theory.getKey() + "'");
      }
      theories.put(theory.getKey(), load(base, List.of(theory.getValue())).model());
    }
    List<Observation> scored =
        observations != null
            ? load(observations, List.of()).model().observations()
            : theories.values().iterator().next().observations();
    try {
      TheoryComparison c = TheoryComparison.of(theories, scored);
      String text =
          switch (output.format) {
            case JSON -> AnalysisWriter.toJson(c);
            case MARKDOWN -> AnalysisWriter.toText(c, true);
            case TEXT -> AnalysisWriter.toText(c, false);
          };
      output.write(text, spec.commandLine().getOut());
    } catch (IllegalArgumentException e) {
      throw new UserError("narrative compare: " + e.getMessage());
    } catch (io.github.narrativeir.model.InvalidModelException e) {
      throw new UserError(
          "narrative compare: the observations do not fit a theory's model:\n"
              + e.report().render());
    }
    return ExitCodes.OK;
  }

  private LoadedModel load(Path file, List<Path> sets) {
    List<Path> saved = read.conceptSets;
    read.conceptSets = new ArrayList<>(sets);
    try {
      return read.load(file.toString(), parent.stdin(), spec.commandLine().getErr());
    } finally {
      read.conceptSets = saved;
    }
  }

  /**
   * Whether {@code file} declares itself a concept set, from its first 64 KiB (decoded leniently:
   * the reader reports a bad encoding, located); a file that is not regular is read as a model.
   */
  private static boolean isConceptSet(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64 << 10);
    } catch (IOException e) {
      return false; // reading it as a model reports why
    }
    return CONCEPT_SET.matcher(new String(head, java.nio.charset.StandardCharsets.UTF_8)).find();
  }

  private static String name(Path file, Map<String, Model> taken) {
    String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
    String unique = name;
    for (int i = 2; taken.containsKey(unique); i++) {
      unique = name + "-" + i;
    }
    return unique;
  }
}
