package io.github.narrativeir.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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
 * narrative sensitivity musharraf-era.yaml --family drop-concept -f html -o sensitivity.html
 * narrative discover musharraf-era.yaml --actor PK --mode replace -o pk.discovered.concepts.yaml
 * narrative import-dna debates.dna --mapping dna.mapping.yaml --into model.yaml -o with-evidence.yaml
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
      SensitivityCommand.class,
      DiscoverCommand.class,
      CompareCommand.class,
      GenerateCommand.class,
      ImportCommand.class,
      ImportDnaCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (rerun with --verbose and report it), or memory or stack exhausted (the"
          + " message says what to do)",
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
  private final SensitivityRunner sensitivityRunner;

  private NarrativeCli(InputStream stdin, SensitivityRunner sensitivityRunner) {
    this.stdin = stdin;
    this.sensitivityRunner = sensitivityRunner;
  }

  InputStream stdin() {
    return stdin;
  }

  SensitivityRunner sensitivityRunner() {
    return sensitivityRunner;
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
   * Runs the command in-process and returns its exit code: 0 on success, 1 on an internal error, 2
   * on bad input.
   *
   * @param args the command line
   * @param in standard input, read when a file argument is {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, SensitivityRunner.LOCAL);
  }

  /**
   * Runs the command in-process as {@link #run(String[], InputStream, PrintStream, PrintStream)}
   * does, with the variants of {@code narrative sensitivity} run by {@code sensitivityRunner} (such
   * as on Spark's executors) instead of on this machine.
   *
   * @param args the command line
   * @param in standard input, read when a file argument is {@code -}
   * @param out standard output
   * @param err standard error
   * @param sensitivityRunner where {@code narrative sensitivity} runs its variants
   * @return the exit code
   * @since 0.1.0
   */
  public static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      SensitivityRunner sensitivityRunner) {
    checkNotNull(sensitivityRunner, "sensitivityRunner");
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli =
        new CommandLine(new NarrativeCli(in, sensitivityRunner))
            .setOut(outWriter)
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(NarrativeCli::handle);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Picocli hands exceptions to handle(); errors escape execute(). By now the stack has
      // unwound and what filled the heap is unreachable, so one line can be printed.
      errWriter.println(exhausted(e, commandName(cli)));
      return ExitCodes.INTERNAL_ERROR;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  static int handle(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    Throwable exhausted = exhaustion(e);
    if (exhausted != null) {
      // An error thrown in a worker thread (--parallel) arrives wrapped in an exception.
      err.println(exhausted(exhausted, cmd.getCommandName()));
      return ExitCodes.INTERNAL_ERROR;
    }
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

  /** The out-of-memory or stack-overflow error among {@code e} and its causes, or null. */
  private static @Nullable Throwable exhaustion(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
        return t;
      }
    }
    return null;
  }

  /** The name of the subcommand that ran, or "narrative". */
  private static String commandName(CommandLine cli) {
    ParseResult parsed = cli.getParseResult();
    String name = cli.getCommandName();
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      name = p.commandSpec().name();
    }
    return name;
  }

  /**
   * One line for resource exhaustion: what ran out and what to do. It names no Java class: the user
   * did nothing wrong in Java, and a trace would hide the advice.
   */
  static String exhausted(Throwable e, String command) {
    String what = "narrative".equals(command) ? "narrative" : "narrative " + command;
    if (e instanceof StackOverflowError) {
      return what
          + ": out of stack space (the input is nested or chained too deeply for the"
          + " thread stack); lower --max-nesting-depth or simplify the input, or give Java a"
          + " bigger stack (JAVA_OPTS=-Xss16m bin/narrative ..., or java -Xss16m -jar"
          + " narrative.jar ...)";
    }
    long heapMb = Runtime.getRuntime().maxMemory() >> 20;
    return what
        + ": out of memory (the Java heap of "
        + heapMb
        + " MB is full); give Java a"
        + " bigger heap (JAVA_OPTS=-Xmx4g bin/narrative ..., or java -Xmx4g -jar narrative.jar"
        + " ...), or use a smaller input or a lower limit option (see --help)";
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
