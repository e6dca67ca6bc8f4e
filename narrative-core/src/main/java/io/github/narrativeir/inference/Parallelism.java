package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * How an engine runs the independent episodes of one situation: one after the other on the calling
 * thread, or on up to {@link #threads} threads, the calling thread and helpers on an executor.
 *
 * <p>The calling thread takes part: it claims tasks like the helpers do and waits only for the
 * tasks a helper has already claimed, never for a helper that has not started. So the work finishes
 * even when the executor is saturated, runs nothing, rejects the helpers, or is the pool the caller
 * itself runs on.
 */
final class Parallelism {
  /** One thread: the caller's. */
  static final Parallelism SEQUENTIAL = new Parallelism(1, ForkJoinPool.commonPool());

  private final int threads;
  private final Executor executor;

  Parallelism(int threads, Executor executor) {
    checkArgument(threads >= 1, "threads must be at least 1, but was %s", threads);
    this.threads = threads;
    this.executor = checkNotNull(executor, "executor");
  }

  /** The most threads that run tasks at once, the caller's included. */
  int threads() {
    return threads;
  }

  /** Where helpers run. */
  Executor executor() {
    return executor;
  }

  /**
   * Returns {@code task.apply(0)}, ..., {@code task.apply(count - 1)} in that order, computed on up
   * to {@link #threads} threads. If a task throws, the first exception thrown is rethrown once
   * every task claimed has finished; tasks not yet claimed are not run.
   */
  <T> List<T> map(int count, IntFunction<? extends T> task) {
    Object[] results = new Object[count];
    int helpers = Math.min(threads, count) - 1;
    if (helpers <= 0) {
      for (int i = 0; i < count; i++) {
        results[i] = task.apply(i);
      }
    } else {
      new Run(count, task, results).run(helpers);
    }
    @SuppressWarnings("unchecked") // every element was put there by task
    List<T> list = (List<T>) Arrays.asList(results);
    return list;
  }

  /** One parallel map: tasks claimed by index, results kept in their slots. */
  private final class Run implements Runnable {
    private final int count;
    private final IntFunction<?> task;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch finished;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Run(int count, IntFunction<?> task, Object[] results) {
      this.count = count;
      this.task = task;
      this.results = results;
      this.finished = new CountDownLatch(count);
    }

    void run(int helpers) {
      for (int h = 0; h < helpers; h++) {
        try {
          executor.execute(this);
        } catch (RejectedExecutionException e) {
          break; // the caller does the helpers' share
        }
      }
      run();
      // the latch orders every result written before the caller reads them
      Uninterruptibles.awaitUninterruptibly(finished);
      Throwable t = failure.get();
      if (t != null) {
        Throwables.throwIfUnchecked(t);
        throw new IllegalStateException(t);
      }
    }

    /** Claims and runs tasks until none is left. */
    @Override
    public void run() {
      for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
        try {
          if (failure.get() == null) {
            results[i] = task.apply(i);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          finished.countDown();
        }
      }
    }
  }
}
