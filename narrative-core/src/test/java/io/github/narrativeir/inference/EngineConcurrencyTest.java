package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One engine and one prepared model serve many threads at once and give the single-threaded result,
 * whatever the engine's parallelism and executor.
 */
class EngineConcurrencyTest {
  private static final int THREADS = 8;
  private static final int RUNS_PER_THREAD = 30;

  /** Fewer for the parallel engines: each run is itself spread over several threads. */
  private static final int PARALLEL_RUNS_PER_THREAD = 6;

  private static final Model MODEL = largeModel();
  private static final InferenceOptions ON = InferenceOptions.defaults().withInteraction(true);
  private static final InferenceOptions OFF = InferenceOptions.defaults().withInteraction(false);

  /** What a run derives, compared as a whole. */
  private record Outcome(
      List<Episode> episodes,
      List<Prediction> predictions,
      List<Narrative> narratives,
      Optional<Evaluation> evaluation,
      String explanation) {
    static Outcome of(Inference result) {
      return new Outcome(
          result.episodes(),
          result.predictions(),
          result.narratives(),
          result.evaluation(),
          result.predictions().isEmpty()
              ? ""
              : result.explain(result.predictions().get(result.predictions().size() / 2)).render());
    }
  }

  /** The single-threaded results the runs are compared with. */
  private record Expected(Outcome on, Outcome off, Outcome model) {
    static Expected of(Model model) {
      PreparedModel prepared = NarrativeEngine.create().prepare(model);
      return new Expected(
          Outcome.of(prepared.infer(ON)),
          Outcome.of(prepared.infer(OFF)),
          Outcome.of(NarrativeEngine.create().infer(model)));
    }
  }

  private static final Expected EXPECTED = Expected.of(MODEL);

  @Test
  void expected_isTheReferenceResult_andDependsOnInteraction() {
    assertThat(EXPECTED.on().predictions()).isNotEmpty();
    assertThat(EXPECTED.on().episodes()).isEqualTo(ReferenceEngine.infer(MODEL, ON).episodes());
    assertThat(EXPECTED.on()).isNotEqualTo(EXPECTED.off());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sharedEngineAndPreparedModel_giveTheSingleThreadedResult_fromEightThreads()
      throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      assertThat(runFromEightThreads(NarrativeEngine.create(), callers, RUNS_PER_THREAD)).isEmpty();
    } finally {
      callers.shutdownNow();
    }
  }

  @ParameterizedTest(name = "parallelism {0}")
  @ValueSource(ints = {2, 4})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sharedParallelEngine_onTheCommonPool_givesTheSingleThreadedResult_fromEightThreads(
      int parallelism) throws Exception {
    NarrativeEngine engine = NarrativeEngine.builder().parallelism(parallelism).build();
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      assertThat(runFromEightThreads(engine, callers, PARALLEL_RUNS_PER_THREAD)).isEmpty();
    } finally {
      callers.shutdownNow();
    }
  }

  @ParameterizedTest(name = "parallelism {0}")
  @ValueSource(ints = {2, 4})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sharedParallelEngine_onAnExplicitExecutor_runsOnIt_andGivesTheSingleThreadedResult(
      int parallelism) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    AtomicInteger submitted = new AtomicInteger();
    Executor counting =
        task -> {
          submitted.incrementAndGet();
          pool.execute(task);
        };
    NarrativeEngine engine =
        NarrativeEngine.builder().parallelism(parallelism).executor(counting).build();
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try {
      assertThat(runFromEightThreads(engine, callers, PARALLEL_RUNS_PER_THREAD)).isEmpty();
      // per situation and run, a task for each thread but the caller, at most one per actor
      long holders = MODEL.concepts().stream().map(Concept::holder).distinct().count();
      assertThat(holders).isGreaterThanOrEqualTo(parallelism);
      assertThat(submitted.get())
          .isEqualTo(
              (parallelism - 1) * MODEL.situations().size() * THREADS * PARALLEL_RUNS_PER_THREAD);
    } finally {
      callers.shutdownNow();
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void parallelEngine_whoseExecutorIsTheCallersOwnBusyPool_finishesWithTheSingleThreadedResult()
      throws Exception {
    // every thread of the pool is a caller waiting on its own run: the helpers it submits start
    // only once a caller is done, so each caller must do its whole run itself
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    NarrativeEngine engine = NarrativeEngine.builder().parallelism(4).executor(callers).build();
    try {
      assertThat(runFromEightThreads(engine, callers, PARALLEL_RUNS_PER_THREAD)).isEmpty();
    } finally {
      callers.shutdownNow();
    }
  }

  /**
   * Runs {@code engine} and one model it prepared from {@link #THREADS} tasks on {@code callers} at
   * once, {@code runs} times each, with interaction on, off, and as the model says; returns the
   * runs whose outcome differs from the single-threaded one.
   */
  private static List<String> runFromEightThreads(
      NarrativeEngine engine, ExecutorService callers, int runs) throws Exception {
    PreparedModel prepared = engine.prepare(MODEL);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          callers.submit(
              () -> {
                start.await();
                List<String> mismatches = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                  switch ((thread + i) % 3) {
                    case 0:
                      check(
                          Outcome.of(prepared.infer(ON)), EXPECTED.on(), "prepared/on", mismatches);
                      break;
                    case 1:
                      check(
                          Outcome.of(prepared.infer(OFF)),
                          EXPECTED.off(),
                          "prepared/off",
                          mismatches);
                      break;
                    default:
                      check(
                          Outcome.of(engine.infer(MODEL)), EXPECTED.model(), "engine", mismatches);
                      break;
                  }
                }
                return mismatches;
              }));
    }
    List<String> mismatches = new ArrayList<>();
    for (Future<List<String>> f : futures) {
      mismatches.addAll(f.get(60, TimeUnit.SECONDS));
    }
    return mismatches;
  }

  private static void check(
      Outcome actual, Outcome expected, String what, List<String> mismatches) {
    if (!actual.equals(expected)) {
      mismatches.add(what + " differs on " + Thread.currentThread().getName());
    }
  }

  /** A random model with 8 actors, 40 declared aspects, 25 situations and up to 96 concepts. */
  private static Model largeModel() {
    Model model = RandomModels.model(new Random(20010911L), RandomModels.LARGE);
    assertThat(model.situations()).hasSize(25);
    return model;
  }
}
