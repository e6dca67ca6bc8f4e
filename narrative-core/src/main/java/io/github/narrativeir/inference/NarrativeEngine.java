package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.ValidationReport;

/**
 * The inference engine: derives episodes, narratives, predicted practices and their evaluation
 * from a model, exactly as MODEL.md defines them.
 *
 * <p>The engine is stateless and thread-safe; one instance may serve any number of models and
 * threads. {@link #prepare(Model)} validates and indexes a model once, for repeated runs with
 * different options.
 *
 * <pre>{@code
 * NarrativeEngine engine = NarrativeEngine.create();
 * Inference result = engine.infer(model);
 * for (Prediction p : result.predictions()) {
 *   System.out.println(result.explain(p).render());
 * }
 * }</pre>
 */
public final class NarrativeEngine {
  private static final NarrativeEngine SEQUENTIAL = new NarrativeEngine(false);
  private static final NarrativeEngine PARALLEL = new NarrativeEngine(true);

  private final boolean parallel;

  private NarrativeEngine(boolean parallel) {
    this.parallel = parallel;
  }

  /** Returns the engine. */
  public static NarrativeEngine create() {
    return SEQUENTIAL;
  }

  /**
   * Returns an engine that runs the episodes of different actors in one situation in parallel (on
   * the common fork-join pool). Its results are equal to the sequential engine's, element for
   * element and in the same order.
   */
  public NarrativeEngine parallel() {
    return PARALLEL;
  }

  /** Returns true when this engine runs actors' episodes in parallel. */
  public boolean isParallel() {
    return parallel;
  }

  /**
   * Validates and indexes {@code model} for inference.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model has errors; the
   *     exception carries the whole validation report
   */
  public PreparedModel prepare(Model model) {
    checkNotNull(model, "model");
    ValidationReport report = ModelValidator.validate(model);
    report.throwIfInvalid();
    return new PreparedModel(new CompiledModel(model, report), parallel);
  }

  /**
   * Runs inference on {@code model} with the options stored in it.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model has errors
   */
  public Inference infer(Model model) {
    return prepare(model).infer();
  }

  /**
   * Runs inference on {@code model} with {@code options} instead of the ones stored in it.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model has errors
   */
  public Inference infer(Model model, InferenceOptions options) {
    return prepare(model).infer(options);
  }
}
