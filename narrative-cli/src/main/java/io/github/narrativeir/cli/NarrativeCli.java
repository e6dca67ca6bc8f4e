package io.github.narrativeir.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code narrative} command: validates models, runs inference and explains predictions.
 *
 * <pre>{@code
 * narrative validate musharraf-era.yaml
 * narrative infer musharraf-era.yaml --format html --output report.html
 * narrative explain musharraf-era.yaml --actor PK --practice support-taliban --situation mid-2000s
 * }</pre>
 */
@Command(
    name = "narrative",
    mixinStandardHelpOptions = true,
    versionProvider = NarrativeCli.Version.class,
    description = {
      "Situational narratives: how states apply persistent concepts to situations, what they see"
          + " and do not see, and which practices follow.",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      InferCommand.class,
      ExplainCommand.class,
      CounterfactualCommand.class,
      DependsCommand.class,
      CompareCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (rerun with --verbose and report it)",
      "2:bad input: an invalid model, a missing file or a wrong option"
    })
public final class NarrativeCli implements Callable<Integer> {
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal error.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final InputStream stdin;

  private NarrativeCli(InputStream stdin) {
    this.stdin = stdin;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Runs the command with {@code args} and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command in-process and returns its exit code: 0 on success, 1 on an internal error,
   * 2 on bad input.
   *
   * @param args the command line
   * @param in standard input, read when a file argument is {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli =
        new CommandLine(new NarrativeCli(in))
            .setOut(outWriter)
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(NarrativeCli::handle);
    try {
      return cli.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static int handle(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof UserError) {
      if (e.getMessage() != null) {
        err.println(e.getMessage());
      }
      return ExitCodes.BAD_INPUT;
    }
    err.println("narrative: internal error: " + e);
    if (verbose(parsed)) {
      e.printStackTrace(err);
    } else {
      err.println("(rerun with --verbose for the stack trace)");
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = NarrativeCli.class.getPackage().getImplementationVersion();
      return new String[] {
        "narrative " + (version == null ? "(development build)" : version),
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
