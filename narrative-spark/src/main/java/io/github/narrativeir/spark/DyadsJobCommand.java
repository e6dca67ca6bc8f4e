package io.github.narrativeir.spark;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code narrative-spark dyads}: placeholder until the dyads job lands. */
@Command(name = "dyads", mixinStandardHelpOptions = true, description = "Every dyad of an event table.")
final class DyadsJobCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserError("narrative-spark dyads: not yet");
  }
}
