package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.ValidationReport;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The inference engine: derives episodes, narratives, predicted practices and their evaluation from
 * a model, exactly as MODEL.md defines them.
 *
 * <p>The engine is immutable and thread-safe; one instance may serve any number of models and
 * threads. {@link #prepare(Model)} validates and indexes a model once, for repeated runs with
 * different options. {@link #create()} returns the sequential engine; {@link #builder()} configures
 * one that runs the episodes of different actors in one situation on several threads. Either gives
 * the same results, element for element and in the same order.
 *
 * <pre>{@code
 * NarrativeEngine engine = NarrativeEngine.create();
 * Inference result = engine.infer(model);
 * for (Prediction p : result.predictions()) {
 *   System.out.println(result.explain(p).render());
 * }
 *
 * NarrativeEngine fourThreads = NarrativeEngine.builder().parallelism(4).build();
 * Inference same = fourThreads.infer(model);   // equal to result, on up to four threads
 * }</pre>
 *
 * @since 0.1.0
 */
public final class NarrativeEngine {
  private static final NarrativeEngine SEQUENTIAL = new NarrativeEngine(Parallelism.SEQUENTIAL);

  private final Parallelism parallelism;

  private NarrativeEngine(Parallelism parallelism) {
    this.parallelism = parallelism;
  }

  /** Returns the sequential engine: everything runs on the calling thread. */
  public static NarrativeEngine create() {
    return SEQUENTIAL;
  }

  /**
   * Returns a builder of an engine, set to parallelism 1 (sequential) and the common fork-join
   * pool.
   *
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an engine like this one that runs the episodes of different actors in one situation on
   * up to as many threads as there are processors (at least two), on this engine's executor (the
   * common fork-join pool unless the builder set another). Returns this engine if it already runs
   * in parallel. Its results are equal to the sequential engine's, element for element and in the
   * same order.
   *
   * @deprecated Use {@link #builder()}, which sets the number of threads and where they run: {@code
   *     NarrativeEngine.builder().parallelism(Runtime.getRuntime().availableProcessors())
   *     .build()}.
   */
  @Deprecated
  public NarrativeEngine parallel() {
    if (isParallel()) {
      return this;
    }
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    return new NarrativeEngine(new Parallelism(threads, parallelism.executor()));
  }

  /** Returns true when this engine runs actors' episodes on more than one thread. */
  public boolean isParallel() {
    return parallelism.threads() > 1;
  }

  /**
   * Returns the most threads that run the episodes of one situation at once, the calling thread
   * included: 1 when this engine is sequential.
   *
   * @since 0.1.0
   */
  public int parallelism() {
    return parallelism.threads();
  }

  /**
   * Validates and indexes {@code model} for inference. The prepared model runs with this engine's
   * parallelism and executor.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model has errors; the
   *     exception carries the whole validation report
   */
  public PreparedModel prepare(Model model) {
    checkNotNull(model, "model");
    ValidationReport report = ModelValidator.validate(model);
    report.throwIfInvalid();
    return new PreparedModel(new CompiledModel(model, report), parallelism);
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

  /**
   * Configures a {@link NarrativeEngine}: how many threads run the episodes of one situation, and
   * where. Every setting has a default, and the results do not depend on any of them. A builder may
   * be reused: {@link #build()} does not change it.
   *
   * <pre>{@code
   * var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
   * NarrativeEngine engine = NarrativeEngine.builder().parallelism(4).executor(pool).build();
   * Inference result = engine.infer(model);   // the same as NarrativeEngine.create().infer(model)
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int parallelism = 1;
    private Executor executor = ForkJoinPool.commonPool();

    private Builder() {}

    /**
     * Sets the most threads that run the episodes of different actors in one situation at once, the
     * calling thread included: 1 (the default) runs everything on the calling thread; {@code n > 1}
     * runs them on the calling thread and up to {@code n - 1} tasks on the {@linkplain #executor
     * executor}. Situations still run one after the other, as each depends on the one before.
     *
     * @throws IllegalArgumentException if {@code parallelism} is less than 1
     */
    public Builder parallelism(int parallelism) {
      checkArgument(
          parallelism >= 1,
          "parallelism must be at least 1 (1 runs sequentially), but was %s",
          parallelism);
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Sets where the engine runs parallel work: the common fork-join pool by default. Used only
     * when the {@linkplain #parallelism parallelism} is above 1. The calling thread takes part in
     * the work, and waits only for tasks the executor has started; so an executor that is busy,
     * rejects tasks or is the one the caller runs on slows inference down, but never blocks it. The
     * engine does not shut the executor down.
     *
     * @throws NullPointerException if {@code executor} is null
     */
    public Builder executor(Executor executor) {
      this.executor = checkNotNull(executor, "executor");
      return this;
    }

    /** Returns an engine with this builder's settings. */
    public NarrativeEngine build() {
      return parallelism == 1 && executor == ForkJoinPool.commonPool()
          ? SEQUENTIAL
          : new NarrativeEngine(new Parallelism(parallelism, executor));
    }
  }
}
