package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One engine and one prepared model serve many threads at once and give the single-threaded result. */
class EngineConcurrencyTest {
  private static final int THREADS = 8;
  private static final int RUNS_PER_THREAD = 30;

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
              : result.explain(result.predictions().get(result.predictions().size() / 2))
                  .render());
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void sharedEngineAndPreparedModel_giveTheSingleThreadedResult_fromEightThreads()
      throws Exception {
    NarrativeEngine engine = NarrativeEngine.create();
    Model model = largeModel();
    PreparedModel prepared = engine.prepare(model);
    InferenceOptions on = InferenceOptions.defaults().withInteraction(true);
    InferenceOptions off = InferenceOptions.defaults().withInteraction(false);
    Outcome expectedOn = Outcome.of(prepared.infer(on));
    Outcome expectedOff = Outcome.of(prepared.infer(off));
    Outcome expectedModel = Outcome.of(engine.infer(model));
    assertThat(expectedOn.predictions()).isNotEmpty();
    assertThat(expectedOn.episodes()).isEqualTo(ReferenceEngine.infer(model, on).episodes());
    assertThat(expectedOn).isNotEqualTo(expectedOff);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<String> mismatches = new ArrayList<>();
                  for (int i = 0; i < RUNS_PER_THREAD; i++) {
                    switch ((thread + i) % 3) {
                      case 0:
                        check(Outcome.of(prepared.infer(on)), expectedOn, "prepared/on", mismatches);
                        break;
                      case 1:
                        check(Outcome.of(prepared.infer(off)), expectedOff, "prepared/off", mismatches);
                        break;
                      default:
                        check(Outcome.of(engine.infer(model)), expectedModel, "engine", mismatches);
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
      assertThat(mismatches).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void check(Outcome actual, Outcome expected, String what, List<String> mismatches) {
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
