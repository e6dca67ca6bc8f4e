package io.github.narrativeir.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.narrativeir.model.ActorId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code narrative-spark bind}: a template bound to one dyad, as the {@code dyads} job binds it on
 * the executors ({@link DyadsJob#bind}), to rerun that dyad on one machine with {@code narrative
 * import} and {@code narrative infer}.
 */
@Command(
    name = "bind",
    mixinStandardHelpOptions = true,
    description = {
      "Print a template (a mapping or a concept set written for a generic dyad) bound to one dyad,"
          + " as the dyads job binds it: SELF becomes --self, OTHER becomes --other. With the bound"
          + " templates, narrative import and narrative infer rerun that dyad on one machine."
    })
final class BindCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The template file.")
  Path template;

  @Option(names = "--self", required = true, paramLabel = "ACTOR", description = "Source actor.")
  String self;

  @Option(names = "--other", required = true, paramLabel = "ACTOR", description = "Target actor.")
  String other;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write to PATH instead of standard output.")
  @Nullable Path output;

  @ParentCommand NarrativeSparkCli parent;

  @Override
  public Integer call() {
    for (String actor : new String[] {self, other}) {
      try {
        ActorId.of(actor);
      } catch (IllegalArgumentException e) {
        throw new UserError("narrative-spark bind: " + e.getMessage());
      }
    }
    String text;
    try {
      text = Files.readString(template, UTF_8);
    } catch (IOException e) {
      throw new UserError("narrative-spark bind: cannot read " + template + ": " + e.getMessage());
    }
    String bound = DyadsJob.bind(text, self, other);
    if (output == null) {
      parent.out().print(bound);
      return NarrativeSparkCli.OK;
    }
    try {
      Files.writeString(output, bound, UTF_8);
    } catch (IOException e) {
      throw new UserError("narrative-spark bind: cannot write " + output + ": " + e.getMessage());
    }
    return NarrativeSparkCli.OK;
  }
}
