package io.github.narrativeir.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelComposition;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSets;
import io.github.narrativeir.model.InvalidModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by the commands that read model files: the read limits. */
final class ReadOptions {
  @Option(
      names = "--max-document-bytes",
      paramLabel = "N",
      description =
          "Largest model file accepted, in bytes (default: ${DEFAULT-VALUE}; at most 1073741824).")
  long maxDocumentBytes = ReadLimits.defaults().maxDocumentBytes();

  @Option(
      names = "--max-nesting-depth",
      paramLabel = "N",
      description =
          "Deepest nesting of mappings and lists accepted (default: ${DEFAULT-VALUE}; at most 1000).")
  int maxNestingDepth = ReadLimits.defaults().maxNestingDepth();

  @Option(
      names = "--max-string-length",
      paramLabel = "N",
      description =
          "Longest string accepted, in characters (default: ${DEFAULT-VALUE}; at most 1073741824).")
  int maxStringLength = ReadLimits.defaults().maxStringLength();

  @Option(
      names = "--max-aliases",
      paramLabel = "N",
      description =
          "YAML aliases accepted in one file (default: ${DEFAULT-VALUE}; at most 1000000).")
  int maxAliases = ReadLimits.defaults().maxAliases();

  @Option(
      names = "--max-values",
      paramLabel = "N",
      description =
          "Most values (mappings, lists, scalars) accepted in one file (default: ${DEFAULT-VALUE},"
              + " which fits a 256 MB heap; at most 100000000).")
  int maxValues = ReadLimits.defaults().maxValues();

  @Option(
      names = "--concepts",
      paramLabel = "FILE",
      description =
          "Replace the model's concepts with those of this concept set (narrative-concepts/1);"
              + " repeat to combine sets, e.g. to run a rival reading of the same case.")
  List<Path> conceptSets = new ArrayList<>();

  @Option(
      names = "--reading",
      paramLabel = "NAME",
      description =
          "Replace the model's concepts with a concept set provided in Java on the class path"
              + " (a ConceptSetProvider service); repeatable, combines with --concepts.")
  List<String> readings = new ArrayList<>();

  ModelReader reader() {
    inRange("--max-document-bytes", maxDocumentBytes, 1, ReadLimits.MAX_DOCUMENT_BYTES);
    inRange("--max-nesting-depth", maxNestingDepth, 1, ReadLimits.MAX_NESTING_DEPTH);
    inRange("--max-string-length", maxStringLength, 1, ReadLimits.MAX_STRING_LENGTH);
    inRange("--max-aliases", maxAliases, 0, ReadLimits.MAX_ALIASES);
    inRange("--max-values", maxValues, 1, ReadLimits.MAX_VALUES);
    return ModelReader.create()
        .withLimits(
            ReadLimits.defaults()
                .withMaxDocumentBytes(maxDocumentBytes)
                .withMaxNestingDepth(maxNestingDepth)
                .withMaxStringLength(maxStringLength)
                .withMaxAliases(maxAliases)
                .withMaxValues(maxValues));
  }

  private static void inRange(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new UserError(
          "narrative: "
              + option
              + " "
              + value
              + " is out of range: it must be between "
              + min
              + " and "
              + max);
    }
  }

  /**
   * Reads the model in {@code file} ({@code -} for standard input) composed with the concept sets
   * of {@code --concepts} and {@code --reading}, whose concepts replace the model's when there are
   * any, printing its warnings to {@code err}; on errors prints them all and throws {@link
   * UserError}. A reading no provider offers is named once the model is read.
   */
  LoadedModel load(String file, InputStream stdin, PrintWriter err) {
    try {
      if (file.equals("-") && !conceptSets.isEmpty()) {
        throw new UserError(
            "narrative: --concepts needs the model in a file, not on standard input");
      }
      ModelReader reader = reader();
      Map<String, ConceptSet> provided = readings.isEmpty() ? Map.of() : ConceptSets.provided();
      Optional<String> unknown =
          readings.stream().filter(r -> !provided.containsKey(r)).findFirst();
      ModelComposition.Builder b =
          ModelComposition.builder()
              .reader(reader)
              .addConceptSetFiles(conceptSets)
              .warningListener(warning -> ProblemMessages.print(warning, err));
      if (unknown.isEmpty()) {
        readings.forEach(r -> b.addConceptSet(checkNotNull(provided.get(r)))); // none unknown
        b.replaceConcepts(!conceptSets.isEmpty() || !readings.isEmpty());
      } else {
        b.replaceConcepts(!conceptSets.isEmpty());
      }
      ModelComposition composition = b.build();
      LoadedModel loaded =
          file.equals("-") ? composition.read("<stdin>", stdin) : composition.read(Path.of(file));
      if (unknown.isPresent()) {
        throw new UserError(
            "narrative: no concept set provider named '"
                + unknown.get()
                + "' on the class path"
                + (provided.isEmpty()
                    ? ""
                    : " (known: " + String.join(", ", provided.keySet()) + ")"));
      }
      return loaded;
    } catch (ModelFormatException e) {
      for (Problem problem : e.problems()) {
        ProblemMessages.print(problem, err);
      }
      // exact, though the reader keeps only the first 1000 problems and a line counting the rest
      throw new UserError(errors(file, e));
    } catch (InvalidModelException e) {
      throw new UserError(
          "narrative: the readings do not combine with the model:\n" + e.report().render());
    } catch (NoSuchFileException e) {
      // the file that is missing: the model, or a concept set given with --concepts
      throw new UserError(named(e, file) + ": no such file");
    } catch (FileSystemException e) {
      String why =
          e.getReason() != null
              ? e.getReason()
              : e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : "I/O error";
      throw new UserError(named(e, file) + ": cannot read: " + why);
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage());
    }
  }

  /** {@code FILE: N errors}, with the exact number of errors of the failed read. */
  static String errors(Object file, ModelFormatException e) {
    long errors = e.errorCount();
    return file + ": " + errors + (errors == 1 ? " error" : " errors");
  }

  private static String named(FileSystemException e, String file) {
    return e.getFile() != null ? e.getFile() : file;
  }
}
