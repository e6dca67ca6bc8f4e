package io.github.narrativeir.cli;

import io.github.narrativeir.io.LoadedModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code narrative validate FILE...}: checks model files and reports every problem, located. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check model files: syntax, unknown fields, types, ids, dates, references, weights.",
      "Every problem is printed as FILE:LINE:COLUMN: message; warnings do not fail validation.",
      "Exits 0 when every file is valid, 2 when one is not."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Model files (- for standard input).")
  List<String> files;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (String file : files) {
      try {
        LoadedModel loaded = read.load(file, parent.stdin(), err);
        int warnings = loaded.warnings().size();
        out.println(
            file
                + ": valid"
                + (warnings == 0
                    ? ""
                    : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)")));
      } catch (UserError e) {
        err.println(e.getMessage());
        exit = ExitCodes.BAD_INPUT;
      }
    }
    return exit;
  }
}
