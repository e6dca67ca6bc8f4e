package io.github.narrativeir.cli;

import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import picocli.CommandLine.Option;

/** The {@code --no-interaction} option of the commands that run inference. */
final class InteractionOption {
  @Option(
      names = "--no-interaction",
      description = "Do not feed predicted practices into the next situation.")
  boolean off;

  @Option(
      names = "--parallel",
      description =
          "Run the episodes of different actors in one situation in parallel (same result).")
  boolean parallel;

  /** The engine: parallel when the option is given. */
  NarrativeEngine engine() {
    return engine(parallel);
  }

  /**
   * The engine of a command's {@code --parallel} option: on as many threads as there are processors
   * when {@code parallel} is true, else sequential.
   */
  static NarrativeEngine engine(boolean parallel) {
    return parallel
        ? NarrativeEngine.builder().parallelism(Runtime.getRuntime().availableProcessors()).build()
        : NarrativeEngine.create();
  }

  /** The model's own options, with interaction turned off when the option is given. */
  InferenceOptions options(Model model) {
    return off ? model.options().withInteraction(false) : model.options();
  }
}
