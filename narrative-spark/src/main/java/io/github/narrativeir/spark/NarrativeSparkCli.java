package io.github.narrativeir.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line of narrative on Spark ({@code java -jar narrative-spark.jar}, or {@code
 * spark-submit --class io.github.narrativeir.spark.NarrativeSparkCli}):
 *
 * <pre>{@code
 * narrative-spark sensitivity MODEL --master 'local[2]' --samples 1000 --seed 42 --format json
 * narrative-spark dyads --events TABLE --mapping MAPPING --concepts SET --out DIR
 * narrative-spark bind dyad.mapping.yaml --self USA --other PAK -o USA-PAK.mapping.yaml
 * }</pre>
 *
 * <p>Exit codes: 0 success, 1 internal error, 2 bad input (for {@code dyads}: also when some dyads
 * failed and the others' results were written).
 *
 * @since 0.1.0
 */
@Command(
    name = "narrative-spark",
    mixinStandardHelpOptions = true,
    version = "narrative-spark 0.1.0",
    description = {
      "Narratives at scale on Apache Spark: every dyad of an event table, and sensitivity analyses"
          + " distributed by variant.",
      ""
    },
    subcommands = {
      SensitivityJobCommand.class,
      DyadsJobCommand.class,
      BindCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error",
      "2:bad input (dyads: also when some dyads failed; the others' results are written)"
    })
public final class NarrativeSparkCli implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final PrintStream err;

  private NarrativeSparkCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  /**
   * Runs the command and exits the JVM with its exit code. Sets, unless given, the system
   * properties that {@code spark-submit} sets on Java 17 and a quiet logging configuration.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    setIfAbsent("io.netty.tryReflectionSetAccessible", "true");
    setIfAbsent(
        "log4j2.configurationFile", "classpath:io/github/narrativeir/spark/log4j2.properties");
    System.exit(run(args, System.out, System.err));
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * Runs the command in this JVM and returns its exit code.
   *
   * @param args the command line
   * @param out standard output
   * @param err standard error
   * @return 0 on success, 1 on an internal error, 2 on bad input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter errWriter =
        new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli =
        new CommandLine(new NarrativeSparkCli(out, err))
            .setOut(
                new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setExecutionExceptionHandler(
                (e, line, parsed) -> {
                  if (e instanceof UserError) {
                    errWriter.println(e.getMessage());
                    return BAD_INPUT;
                  }
                  errWriter.println("narrative-spark: internal error: " + e);
                  e.printStackTrace(errWriter);
                  return INTERNAL_ERROR;
                });
    try {
      return cli.execute(args);
    } finally {
      errWriter.flush();
      out.flush();
    }
  }
}
