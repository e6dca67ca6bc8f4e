package io.github.narrativeir.cli;

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
      description = "Run the episodes of different actors in one situation in parallel (same result).")
  boolean parallel;

  /** The engine: parallel when the option is given. */
  io.github.narrativeir.inference.NarrativeEngine engine() {
    io.github.narrativeir.inference.NarrativeEngine engine =
        io.github.narrativeir.inference.NarrativeEngine.create();
    return parallel ? engine.parallel() : engine;
  }

  /** The model's own options, with interaction turned off when the option is given. */
  InferenceOptions options(Model model) {
    return off ? model.options().withInteraction(false) : model.options();
  }
}
