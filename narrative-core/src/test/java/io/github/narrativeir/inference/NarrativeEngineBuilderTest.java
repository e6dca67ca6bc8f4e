package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link NarrativeEngine.Builder} accepts, and that its engines give the sequential result.
 */
class NarrativeEngineBuilderTest {
  private static final Model MODEL = RandomModels.model(new Random(7L), RandomModels.LARGE);

  /** The actors with an episode in every situation: those that hold concepts. */
  private static final int HOLDERS =
      (int) MODEL.concepts().stream().map(Concept::holder).distinct().count();

  private static final Inference SEQUENTIAL = NarrativeEngine.create().infer(MODEL);

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void parallelism_belowOne_isRejected_namingTheValue(int parallelism) {
    NarrativeEngine.Builder builder = NarrativeEngine.builder();

    assertThatThrownBy(() -> builder.parallelism(parallelism))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parallelism must be at least 1 (1 runs sequentially), but was " + parallelism);
  }

  @Test
  void executor_null_isRejected() {
    assertThatThrownBy(() -> NarrativeEngine.builder().executor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor");
  }

  @Test
  void build_withTheDefaults_givesTheSequentialEngine() {
    NarrativeEngine engine = NarrativeEngine.builder().build();

    assertThat(engine).isSameAs(NarrativeEngine.create());
    assertThat(engine.parallelism()).isEqualTo(1);
    assertThat(engine.isParallel()).isFalse();
  }

  @Test
  void build_doesNotChangeTheBuilder_whichMayBeReused() {
    NarrativeEngine.Builder builder = NarrativeEngine.builder().parallelism(3);

    NarrativeEngine three = builder.build();
    NarrativeEngine five = builder.parallelism(5).build();

    assertThat(three.parallelism()).isEqualTo(3);
    assertThat(three.isParallel()).isTrue();
    assertThat(five.parallelism()).isEqualTo(5);
  }

  @Test
  void parallelismOne_withAnExecutor_runsNothingOnIt() {
    AtomicInteger submitted = new AtomicInteger();
    NarrativeEngine engine =
        NarrativeEngine.builder()
            .executor(
                task -> {
                  submitted.incrementAndGet();
                  task.run();
                })
            .build();

    assertThat(engine.infer(MODEL).predictions()).isEqualTo(SEQUENTIAL.predictions());
    assertThat(submitted).hasValue(0);
  }

  @ParameterizedTest(name = "parallelism {0}")
  @ValueSource(ints = {2, 3, 4, 8, 64})
  void
      parallelEngine_onAnExecutor_runsAtMostParallelismMinusOneHelpersPerSituation_andGivesTheSequentialResult(
          int parallelism) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger submitted = new AtomicInteger();
    try {
      NarrativeEngine engine =
          NarrativeEngine.builder()
              .parallelism(parallelism)
              .executor(
                  task -> {
                    submitted.incrementAndGet();
                    pool.execute(task);
                  })
              .build();

      assertSameAsSequential(engine.infer(MODEL));
      assertThat(submitted)
          .hasValue((Math.min(parallelism, HOLDERS) - 1) * MODEL.situations().size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void parallelEngine_onTheCallingThreadsExecutor_givesTheSequentialResult() {
    NarrativeEngine engine =
        NarrativeEngine.builder().parallelism(4).executor(Runnable::run).build();

    assertSameAsSequential(engine.infer(MODEL));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void parallelEngine_whoseExecutorRejectsOrNeverRuns_stillFinishesOnTheCallingThread() {
    List<Runnable> neverRun = new ArrayList<>();
    NarrativeEngine rejecting =
        NarrativeEngine.builder()
            .parallelism(4)
            .executor(
                task -> {
                  throw new RejectedExecutionException("full");
                })
            .build();
    NarrativeEngine idle = NarrativeEngine.builder().parallelism(4).executor(neverRun::add).build();

    assertThat(HOLDERS).isGreaterThanOrEqualTo(4);

    assertSameAsSequential(rejecting.infer(MODEL));
    assertSameAsSequential(idle.infer(MODEL));
    assertThat(neverRun).hasSize(3 * MODEL.situations().size());
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedParallel_isAParallelEngine_withTheSameResult() {
    NarrativeEngine parallel = NarrativeEngine.create().parallel();

    assertThat(parallel.isParallel()).isTrue();
    assertThat(parallel.parallel()).isSameAs(parallel);
    assertSameAsSequential(parallel.infer(MODEL));
  }

  @Test
  @SuppressWarnings("deprecation")
  void deprecatedParallel_keepsTheExecutorTheBuilderSet() {
    AtomicInteger submitted = new AtomicInteger();
    NarrativeEngine engine =
        NarrativeEngine.builder()
            .executor(
                task -> {
                  submitted.incrementAndGet();
                  task.run();
                })
            .build()
            .parallel();

    assertSameAsSequential(engine.infer(MODEL));
    assertThat(submitted.get()).isPositive();
  }

  private static void assertSameAsSequential(Inference actual) {
    assertThat(actual.episodes()).isEqualTo(SEQUENTIAL.episodes());
    assertThat(actual.predictions()).isEqualTo(SEQUENTIAL.predictions());
    assertThat(actual.narratives()).isEqualTo(SEQUENTIAL.narratives());
    assertThat(actual.evaluation()).isEqualTo(SEQUENTIAL.evaluation());
  }
}
