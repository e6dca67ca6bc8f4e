package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How {@link Parallelism#map} spreads tasks over threads and collects their results. */
class ParallelismTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void map_returnsTheResultsInTaskOrder_whateverThreadRanThem() {
    List<Integer> expected = IntStream.range(0, 1000).map(i -> i * i).boxed().toList();

    for (int threads : new int[] {1, 2, 5, 64}) {
      assertThat(new Parallelism(threads, pool).map(1000, i -> i * i)).isEqualTo(expected);
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void map_runsTasksOnUpToThreadsThreads_theCallerAmongThem() throws Exception {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    // every task waits until three have started, so three threads must be running them at once
    CountDownLatch started = new CountDownLatch(3);

    new Parallelism(3, pool)
        .map(
            30,
            i -> {
              threads.add(Thread.currentThread());
              started.countDown();
              try {
                started.await();
              } catch (InterruptedException e) {
                throw new AssertionError(e);
              }
              return i;
            });

    assertThat(threads).hasSize(3).contains(Thread.currentThread());
  }

  @Test
  void map_withOneThread_runsEverythingOnTheCaller_andNothingOnTheExecutor() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    new Parallelism(
            1,
            task -> {
              throw new AssertionError("submitted");
            })
        .map(10, i -> threads.add(Thread.currentThread()));

    assertThat(threads).containsExactly(Thread.currentThread());
  }

  @Test
  void map_ofNoTasks_isEmpty() {
    assertThat(new Parallelism(4, pool).map(0, i -> i)).isEmpty();
  }

  @Test
  void map_rethrowsTheFirstFailure_andRunsNoTaskClaimedAfterIt() {
    AtomicInteger ran = new AtomicInteger();
    Parallelism direct = new Parallelism(4, Runnable::run);

    assertThatThrownBy(
            () ->
                direct.map(
                    100,
                    i -> {
                      ran.incrementAndGet();
                      if (i == 10) {
                        throw new IllegalStateException("task 10");
                      }
                      return i;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("task 10");
    // the direct executor runs the first helper to the end before anything else: tasks 0 to 10
    assertThat(ran).hasValue(11);
  }

  @Test
  void map_rethrowsAnError_asItIs() {
    Parallelism parallelism = new Parallelism(2, ForkJoinPool.commonPool());

    assertThatThrownBy(
            () ->
                parallelism.map(
                    8,
                    i -> {
                      throw new StackOverflowError("deep");
                    }))
        .isInstanceOf(StackOverflowError.class)
        .hasMessage("deep");
  }
}
