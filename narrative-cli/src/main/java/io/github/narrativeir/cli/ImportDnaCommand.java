package io.github.narrativeir.cli;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.io.dna.DnaImport;
import io.github.narrativeir.io.dna.DnaReport;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code narrative import-dna}: the statements of a Discourse Network Analyzer database as evidence
 * of a model's concepts, with a report of the import.
 */
@Command(
    name = "import-dna",
    mixinStandardHelpOptions = true,
    description = {
      "Import the statements of a Discourse Network Analyzer (DNA) database as evidence of the"
          + " model's concepts, through a mapping (narrative-dna/1): each statement whose"
          + " organisation maps to an actor and whose concept to a concept of that actor becomes"
          + " an evidence of it (quote, speaker, date, and the document, database and statement as"
          + " its source). Evidence the model has is kept; importing twice changes nothing. The"
          + " database is opened read-only. The report (Markdown) counts the statements read,"
          + " selected and mapped, lists those not mapped, and counts per concept and period those"
          + " that support and those that disagree."
    })
final class ImportDnaCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "DATABASE",
      description =
          "A DNA 3.0 database (.dna, SQLite) or DNA's statement export of one statement type (CSV);"
              + " told apart by content.")
  Path database;

  @Option(
      names = "--mapping",
      required = true,
      paramLabel = "MAPPING",
      description = "The mapping (narrative-dna/1, YAML or JSON).")
  Path mapping;

  @Option(names = "--into", required = true, paramLabel = "MODEL", description = "The model file.")
  String model;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "PATH",
      description = "Write the model with the evidence to PATH (YAML or JSON by extension).")
  Path output;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write the report (Markdown) to FILE instead of standard output; a summary line goes to"
              + " standard error.")
  @Nullable Path report;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Model base = read.load(model, parent.stdin(), err).model();
    // the mapping is read within the same --max-* limits as the model
    ReadLimits limits = read.reader().limits();
    DnaImport.Result result;
    try {
      result = DnaImport.run(database, mapping, base, limits);
    } catch (ModelFormatException e) {
      e.problems().forEach(p -> ProblemMessages.print(p, err));
      throw new UserError(ReadOptions.errors(e.errors().get(0).source(), e));
    } catch (NoSuchFileException e) {
      throw new UserError(e.getFile() + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UserError(e.getFile() + ": cannot read: permission denied");
    } catch (IOException e) {
      throw new UserError(database + ": cannot read: " + e.getMessage());
    }
    ValidationReport validation = ModelValidator.validate(result.model());
    if (!validation.isValid()) {
      throw new UserError(
          "narrative import-dna: the imported model is not valid:\n" + validation.render());
    }
    try {
      ModelWriter.write(result.model(), output);
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + e.getMessage());
    }
    DnaReport r = result.report();
    AnalysisOutput.write(report, r.render(), spec.commandLine().getOut());
    if (report != null) {
      err.println(
          database
              + ": "
              + r.read()
              + " statements read, "
              + r.mapped()
              + " mapped ("
              + r.added()
              + " added as evidence, "
              + r.alreadyPresent()
              + " already in the model), "
              + r.notMapped()
              + " not mapped; the report is in "
              + report);
    }
    return ExitCodes.OK;
  }
}
