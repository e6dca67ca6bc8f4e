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
  private static final NarrativeEngine INSTANCE = new NarrativeEngine();

  private NarrativeEngine() {}

  /** Returns the engine. */
  public static NarrativeEngine create() {
    return INSTANCE;
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
    return new PreparedModel(new CompiledModel(model, report));
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
