package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ValidationReport;

/**
 * A validated model, indexed for inference. Immutable and thread-safe: run it as often as needed,
 * from any thread.
 *
 * @since 0.1.0
 */
public final class PreparedModel {
  private final CompiledModel compiled;
  private final Parallelism parallelism;

  PreparedModel(CompiledModel compiled, Parallelism parallelism) {
    this.compiled = compiled;
    this.parallelism = parallelism;
  }

  /** The model. */
  public Model model() {
    return compiled.model;
  }

  /** The model's validation report: no errors, possibly warnings. */
  public ValidationReport validation() {
    return compiled.report;
  }

  /** Runs inference with the options stored in the model. */
  public Inference infer() {
    return infer(compiled.model.options());
  }

  /** Runs inference with {@code options}. */
  public Inference infer(InferenceOptions options) {
    checkNotNull(options, "options");
    return Inferrer.infer(compiled, options, parallelism);
  }
}
