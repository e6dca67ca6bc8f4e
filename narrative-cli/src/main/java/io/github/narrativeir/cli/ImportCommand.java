package io.github.narrativeir.cli;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.io.TableImport;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code narrative import}: a dated table into a model's situations and observations. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import a dated table (CSV or TSV) into a model through a mapping (narrative-mapping/1):"
          + " selected rows land in the situation whose period contains their date, and rules add"
          + " aspects and observations (with the table, rule and row counts as their source) where"
          + " a situation's rows pass the threshold. Rows outside every period are reported."
          + " Several mappings are applied in the order given."
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "MAPPING", description = "The mapping files.")
  List<Path> mappings;

  @Option(names = "--into", required = true, paramLabel = "MODEL", description = "The model file.")
  String model;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description =
          "Write the model to PATH (YAML or JSON by extension) instead of standard output (YAML).")
  @Nullable Path output;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Model base = read.load(model, parent.stdin(), err).model();
    Model imported = base;
    // the mappings are read within the same --max-* limits as the model
    ReadLimits limits = read.reader().limits();
    for (Path mapping : mappings) {
      TableImport.Result result;
      try {
        result = TableImport.run(mapping, imported, limits);
      } catch (ModelFormatException e) {
        e.problems().forEach(p -> ProblemMessages.print(p, err));
        throw new UserError(ReadOptions.errors(mapping, e));
      } catch (NoSuchFileException e) {
        throw new UserError(e.getFile() + ": no such file");
      } catch (AccessDeniedException e) {
        throw new UserError(e.getFile() + ": cannot read: permission denied");
      } catch (IOException e) {
        throw new UserError(mapping + ": cannot read: " + e.getMessage());
      }
      result.notes().forEach(err::println);
      imported = result.model();
    }
    ValidationReport report = ModelValidator.validate(imported);
    if (!report.isValid()) {
      throw new UserError("narrative import: the imported model is not valid:\n" + report.render());
    }
    if (output != null) {
      ModelWriter.write(imported, output);
    } else {
      spec.commandLine().getOut().print(ModelWriter.toText(imported, Format.YAML));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
