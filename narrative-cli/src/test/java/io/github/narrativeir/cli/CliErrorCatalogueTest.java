package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.NarrativeCliTest.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line's part of {@code docs/ERRORS.md}: each class of usage error and refusal, with
 * the command, exactly what it prints on standard error and its exit code, run in-process on the
 * examples in {@code src/test/resources/cli-errors/}. Regenerate with {@code
 * -Dnarrative.updateGolden=true} after an intended change of a message.
 */
class CliErrorCatalogueTest {
  /**
   * One class of command-line error: its title, the command's arguments ({@code {NAME}} is the
   * example file NAME), a note for the page, and, for what cannot be provoked on demand, where the
   * outcome comes from instead of a run.
   */
  record Entry(String title, List<String> args, String note, Supplier<Run> instead) {}

  /** The classes of command-line error, in the page's order. */
  static final List<Entry> ENTRIES =
      List.of(
          // usage
          entry("No command", ""),
          entry("Unknown command", "", "frobnicate"),
          entry("Unknown option", "", "validate", "{model.yaml}", "--strict"),
          entry("A required option missing", "", "explain", "{model.yaml}", "--actor", "PK"),
          entry("A required parameter missing", "", "infer"),
          entry("An option value of the wrong type", "", "generate", "--actors", "many"),
          entry(
              "An option value not among its choices",
              "",
              "infer",
              "{model.yaml}",
              "--format",
              "pdf"),
          // files
          entry(
              "A model with errors",
              "Each problem as the model part above shows it, then the count"
                  + " (exact, also past the 1,000 problems printed).",
              "validate",
              "{broken.yaml}"),
          entry("No such file", "", "validate", "{nope.yaml}"),
          entry("A directory for a model", "", "validate", "{out-dir}"),
          entry(
              "A concept set that does not exist (`--concepts`)",
              "",
              "infer",
              "{model.yaml}",
              "--concepts",
              "{nope.concepts.yaml}"),
          entry(
              "`--concepts` with the model on standard input",
              "",
              "infer",
              "-",
              "--concepts",
              "{rival.concepts.yaml}"),
          entry(
              "A theory that does not exist (`compare --theory`)",
              "",
              "compare",
              "{model.yaml}",
              "--theory",
              "rival={nope.concepts.yaml}"),
          entry(
              "A concept set given before any model (`compare`)",
              "",
              "compare",
              "{rival.concepts.yaml}"),
          entry(
              "Two theories of one name (`compare`)",
              "",
              "compare",
              "{model.yaml}",
              "--theory",
              "model={rival.concepts.yaml}"),
          entry(
              "A reading no provider offers (`--reading`)",
              "",
              "infer",
              "{model.yaml}",
              "--reading",
              "nope"),
          entry(
              "A mapping that does not exist (`import`)",
              "",
              "import",
              "{nope.mapping.yaml}",
              "--into",
              "{model.yaml}"),
          entry(
              "A mapping with errors (`import`)",
              "Each problem as the import part above shows it, then" + " the count.",
              "import",
              "{bad.mapping.yaml}",
              "--into",
              "{model.yaml}"),
          entry(
              "A file that is no DNA database (`import-dna`)",
              "Every error of `import-dna` is listed in [DNA.md](DNA.md#errors).",
              "import-dna",
              "{plain.txt}",
              "--mapping",
              "{dna.mapping.yaml}",
              "--into",
              "{model.yaml}",
              "-o",
              "{out.yaml}"),
          entry(
              "A mapping naming a variable the DNA export lacks (`import-dna`)",
              "",
              "import-dna",
              "{statements.csv}",
              "--mapping",
              "{dna.mapping.yaml}",
              "--into",
              "{model.yaml}",
              "-o",
              "{out.yaml}"),
          // limits
          entry(
              "A read limit out of its range",
              "",
              "validate",
              "{model.yaml}",
              "--max-nesting-depth",
              "0"),
          entry(
              "A file over a read limit",
              "",
              "infer",
              "{model.yaml}",
              "--max-document-bytes",
              "100"),
          // what a command refuses
          entry(
              "An unknown actor, practice, target or situation (`explain`)",
              "",
              "explain",
              "{model.yaml}",
              "--actor",
              "PK",
              "--practice",
              "transitt"),
          entry(
              "An unknown concept (`counterfactual`)",
              "",
              "counterfactual",
              "{model.yaml}",
              "--without",
              "us.war-on-terrorr"),
          entry(
              "A malformed SITUATION:ASPECT (`counterfactual`)",
              "",
              "counterfactual",
              "{model.yaml}",
              "--without-aspect",
              "later-insurgency"),
          entry(
              "An unknown situation or aspect (`counterfactual`)",
              "",
              "counterfactual",
              "{model.yaml}",
              "--with-aspect",
              "later:insurgencyy"),
          entry("A size out of range (`generate`)", "", "generate", "--actors", "1000000"),
          entry("A number out of range (`generate`)", "", "generate", "--construals", "Infinity"),
          entry("An unknown format (`generate`)", "", "generate", "--format", "xml"),
          entry(
              "A model too large for the heap (`generate`)",
              "`<heap>` stands for the maximum heap of"
                  + " the Java running `narrative`, in MB, and `<values>` for one value per 256 bytes of it.",
              "generate",
              "--actors",
              "100000",
              "--concepts",
              "100"),
          entry(
              "A negative bound (`depends`)", "", "depends", "{model.yaml}", "--max-reruns", "-1"),
          entry(
              "An analysis over `--max-reruns` (`depends`)",
              "",
              "depends",
              "{model.yaml}",
              "--max-reruns",
              "10"),
          entry(
              "An unknown family (`sensitivity`)",
              "",
              "sensitivity",
              "{model.yaml}",
              "--family",
              "drop-concepts"),
          entry(
              "An analysis over `--max-variants` (`sensitivity`)",
              "",
              "sensitivity",
              "{model.yaml}",
              "--max-variants",
              "10"),
          entry("An unknown actor (`discover`)", "", "discover", "{model.yaml}", "--actor", "PKK"),
          entry(
              "An actor without plain observations (`discover`)",
              "Discovery proposes concepts for"
                  + " what an actor was observed doing: it needs observations of the actor without a"
                  + " `change`.",
              "discover",
              "{model.yaml}",
              "--actor",
              "TB"),
          entry(
              "A bound out of range (`discover`)",
              "`--max-all` is 0 to 3, `--max-none` 0 to 2,"
                  + " `--max-concepts` 1 to 9, `--top` 1 to 100, `--tie-cap` at least 1; each is checked"
                  + " before the model is read.",
              "discover",
              "{model.yaml}",
              "--actor",
              "PK",
              "--max-concepts",
              "10"),
          entry(
              "A time limit without a unit (`discover`)",
              "",
              "discover",
              "{model.yaml}",
              "--actor",
              "PK",
              "--time-limit",
              "90"),
          entry(
              "A time limit that is not one (`discover`)",
              "",
              "discover",
              "{model.yaml}",
              "--actor",
              "PK",
              "--time-limit",
              "1.5m"),
          entry(
              "A time limit out of range (`discover`)",
              "",
              "discover",
              "{model.yaml}",
              "--actor",
              "PK",
              "--time-limit",
              "25h"),
          entry(
              "A concept named among the ids discovery gives (`discover`)",
              "Discovered concepts are"
                  + " named `<actor>.discovered.<n>`, from one past the highest such number in the model;"
                  + " in add mode an own concept of priority 0 whose id sorts between them would rank"
                  + " among them.",
              "discover",
              "{clash.yaml}",
              "--actor",
              "PK"),
          // output
          entry("An output that is a directory", "", "infer", "{model.yaml}", "-o", "{out-dir}"),
          entry(
              "An output under a file",
              "A missing directory is not an error: it is created. Other"
                  + " failures say why in the operating system's words (`Permission denied`, `No space left"
                  + " on device`).",
              "infer",
              "{model.yaml}",
              "-o",
              "{plain.txt/report.txt}"),
          // exit 1
          new Entry(
              "Out of memory",
              List.of("infer", "{big.json}", "-f", "html", "-o", "{report.html}"),
              "For example a report too large for the heap; `<heap>` stands for the maximum heap in MB."
                  + " What fills the heap cannot be provoked on demand in a test, so this is the message"
                  + " as `narrative` words it (`HostileCliTest` provokes it in a 256 MB heap).",
              () ->
                  new Run(
                      ExitCodes.INTERNAL_ERROR,
                      "",
                      NarrativeCli.exhausted(new OutOfMemoryError(), "infer") + "\n")),
          new Entry(
              "Out of stack",
              List.of("validate", "{deep.json}", "--max-nesting-depth", "1000000"),
              "For example a document nested deeper than the thread's stack allows (the message as"
                  + " `narrative` words it).",
              () ->
                  new Run(
                      ExitCodes.INTERNAL_ERROR,
                      "",
                      NarrativeCli.exhausted(new StackOverflowError(), "validate") + "\n")),
          new Entry(
              "Internal error",
              List.of("infer", "{model.yaml}"),
              "A bug: any exception the command does not expect (here an `IllegalStateException`);"
                  + " `--verbose` prints its stack trace. Please report it.",
              CliErrorCatalogueTest::internalError));

  /** What the page says of the examples the test makes instead of keeping them as fixtures. */
  static final Set<String> MADE = Set.of("out-dir");

  /** The examples and what the test makes, copied here so that nothing is written elsewhere. */
  @TempDir static Path temp;

  private static Entry entry(String title, String note, String... args) {
    return new Entry(title, List.of(args), note, null);
  }

  @Test
  void cliPart_listsEveryErrorClassWithItsCommandOutputAndExitCode() throws IOException {
    ErrorPage.check("cli", "CliErrorCatalogueTest (narrative-cli)", catalogue());
  }

  @Test
  void cliPart_usesEveryExample() throws IOException {
    Set<String> used = new TreeSet<>(Set.of("events.csv")); // the table of bad.mapping.yaml
    for (Entry e : ENTRIES) {
      for (String arg : e.args()) {
        Matcher m = NAME.matcher(arg);
        while (m.find()) {
          used.add(m.group(1).replaceFirst("/.*", ""));
        }
      }
    }
    Set<String> examples = new TreeSet<>(MADE);
    try (Stream<Path> files = Files.list(examples())) {
      files.forEach(f -> examples.add(f.getFileName().toString()));
    }

    assertThat(used).containsAll(examples);
  }

  private static final Pattern NAME = Pattern.compile("\\{([^}]+)}");

  /**
   * The part: each entry's command, run on a copy of the examples with paths relative to the
   * working directory, as a user names them; in the page they are relative to the examples'
   * directory, and an absolute path a message prints begins with {@code /path/to/}.
   */
  static String catalogue() throws IOException {
    Path dir = copyOfTheExamples();
    Path relative = Path.of("").toAbsolutePath().relativize(dir);
    StringBuilder out = new StringBuilder();
    out.append("## Command line\n\n")
        .append(
            "Every class of usage error and refusal of `narrative`, with the command, exactly what it\n")
        .append(
            "prints on standard error (nothing is printed on standard output) and its exit code: 2 for\n")
        .append(
            "bad input or usage, 1 for exhausted memory or stack and internal errors. A usage error is\n")
        .append(
            "followed by the usage of the command, shown here in brackets. The examples are in\n")
        .append(
            "`narrative-cli/src/test/resources/cli-errors/` (`model.yaml` is a small model of the US\n")
        .append(
            "and Pakistan; `out-dir` a directory); a path printed in full begins with `/path/to/`\n")
        .append("here.\n");
    for (Entry e : ENTRIES) {
      Run run = e.instead() != null ? e.instead().get() : run(e.args(), relative);
      assertThat(run.exit()).as("%s: exit code of %s", e.title(), e.args()).isIn(1, 2);
      assertThat(run.out()).as("%s: standard output", e.title()).isEmpty();
      // a relative path made absolute but not normalized (the working directory, then '..')
      String err =
          withoutUsage(run.err())
              .replace(Path.of("").toAbsolutePath() + "/" + relative + "/", "/path/to/")
              .replace(relative + "/", "")
              .replace(dir + "/", "/path/to/");
      out.append("\n### ").append(e.title()).append("\n\n");
      if (!e.note().isEmpty()) {
        out.append(e.note()).append("\n\n");
      }
      out.append("```\n$ narrative");
      for (String arg : e.args()) {
        out.append(' ').append(shell(NAME.matcher(arg).replaceAll("$1")));
      }
      out.append('\n')
          .append(heapShown(err))
          .append("$ echo $?\n")
          .append(run.exit())
          .append("\n```\n");
    }
    return out.append('\n').toString();
  }

  private static Run run(List<String> args, Path relative) {
    List<String> expanded = new ArrayList<>();
    for (String arg : args) {
      expanded.add(
          NAME.matcher(arg).replaceAll(m -> Matcher.quoteReplacement(relative + "/" + m.group(1))));
    }
    return NarrativeCliTest.run(expanded.toArray(String[]::new));
  }

  /** An argument as a shell needs it written. */
  private static String shell(String arg) {
    return arg.isEmpty() || !arg.matches("[A-Za-z0-9_./:=@%+,-]+")
        ? "'" + arg.replace("'", "'\\''") + "'"
        : arg;
  }

  /**
   * {@code err} with the usage help of a command that follows a usage error replaced by one line
   * saying whose it is: it is exactly what {@code narrative help COMMAND} prints.
   */
  private static String withoutUsage(String err) {
    Matcher m = Pattern.compile("(?m)^Usage: narrative( [a-z]+)?").matcher(err);
    if (!m.find()) {
      return err;
    }
    String command = m.group(1) == null ? "" : m.group(1).trim();
    Run help =
        command.isEmpty() ? NarrativeCliTest.run("--help") : NarrativeCliTest.run("help", command);
    String usage = help.out();
    assertThat(err.substring(m.start())).as("the usage after a usage error").isEqualTo(usage);
    String name = command.isEmpty() ? "narrative" : "narrative " + command;
    return err.substring(0, m.start())
        + "[the usage of `"
        + name
        + "`, as `"
        + (command.isEmpty() ? "narrative --help" : "narrative help " + command)
        + "` prints it]\n";
  }

  /** {@code err} with the numbers that depend on this Java's heap shown as placeholders. */
  private static String heapShown(String err) {
    long max = Runtime.getRuntime().maxMemory();
    return err.replace(
            String.format(
                Locale.ROOT, "the %,d that fit", max / GenerateCommand.HEAP_BYTES_PER_VALUE),
            "the <values> that fit")
        .replace("Java heap of " + (max >> 20) + " MB", "Java heap of <heap> MB");
  }

  /** What an unexpected exception in a command prints, through the command's own handler. */
  private static Run internalError() {
    StringWriter err = new StringWriter();
    CommandLine cli =
        new CommandLine(new NarrativeCliTest.Failing()).setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler(NarrativeCli::handle);
    int exit = cli.execute();
    return new Run(exit, "", err.toString());
  }

  private static Path copyOfTheExamples() throws IOException {
    Path dir = temp.resolve("cli-errors");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(examples())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.createDirectories(dir.resolve("out-dir"));
    return dir;
  }

  private static Path examples() {
    try {
      return Path.of(CliErrorCatalogueTest.class.getResource("/cli-errors").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
