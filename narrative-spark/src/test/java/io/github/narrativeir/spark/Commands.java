package io.github.narrativeir.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.narrativeir.cli.NarrativeCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** Runs {@code narrative} and {@code narrative-spark} in this JVM and keeps what they print. */
final class Commands {
  private Commands() {}

  /** What a command printed, and its exit code. */
  record Run(int exit, String out, String err) {}

  static Run narrative(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        NarrativeCli.run(
            args,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8));
    return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
  }

  static Run spark(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        NarrativeSparkCli.run(
            args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
  }
}
