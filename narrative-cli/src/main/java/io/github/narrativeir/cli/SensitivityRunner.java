package io.github.narrativeir.cli;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import java.util.function.IntConsumer;

/**
 * Where {@code narrative sensitivity} runs the variants of its analysis, once the command has read
 * the model, built the analysis from its options and checked its size: on this machine ({@link
 * #LOCAL}, the default), or elsewhere, such as on Spark's executors ({@code narrative-spark
 * sensitivity}). Everything else (the options, the messages, the output) is the command's, so a
 * runner that returns {@link Sensitivity#run}'s result gives the same bytes.
 *
 * @since 0.1.0
 */
public interface SensitivityRunner {
  /** Runs the variants here, as {@link Sensitivity#run} does, reporting each one done. */
  SensitivityRunner LOCAL = (analysis, original, done) -> analysis.run(original, done);

  /**
   * Runs {@code analysis} of {@code original}: the result must equal {@code
   * analysis.run(original)}.
   *
   * @param done called with how many variants are done so far, for the command's progress; a runner
   *     that shows progress of its own may not call it
   */
  SensitivityResult run(Sensitivity analysis, Inference original, IntConsumer done);

  /** Whether the command shows its own progress while {@link #run} runs; true by default. */
  default boolean commandShowsProgress() {
    return true;
  }
}
