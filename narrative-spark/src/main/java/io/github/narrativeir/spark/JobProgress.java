package io.github.narrativeir.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * Progress of the Spark jobs a command runs, on standard error, in place, about once a second:
 * {@code narrative dyads: 12 / 40 tasks}, cleared at the end; shown only when asked and standard
 * error is a terminal, and only for runs over two seconds.
 */
final class JobProgress implements AutoCloseable {
  private static final long DELAY_MILLIS = 2_000;
  private static final long PERIOD_MILLIS = 1_000;

  private final @Nullable Thread thread;
  private final PrintStream err;
  private volatile boolean shown;

  private JobProgress(@Nullable Thread thread, PrintStream err) {
    this.thread = thread;
    this.err = err;
  }

  /** Starts watching {@code spark}'s active stages for {@code command}, if {@code show}. */
  static JobProgress start(SparkSession spark, String command, boolean show) {
    PrintStream err = System.err;
    if (!show || System.console() == null) {
      return new JobProgress(null, err);
    }
    SparkStatusTracker tracker = spark.sparkContext().statusTracker();
    JobProgress[] self = new JobProgress[1];
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(DELAY_MILLIS);
                while (!Thread.currentThread().isInterrupted()) {
                  int done = 0;
                  int total = 0;
                  for (int id : tracker.getActiveStageIds()) {
                    SparkStageInfo stage = tracker.getStageInfo(id).getOrElse(() -> null);
                    if (stage != null) {
                      done += stage.numCompletedTasks();
                      total += stage.numTasks();
                    }
                  }
                  synchronized (err) {
                    err.print(
                        String.format(
                            Locale.ROOT, "\r%s: %,d / %,d tasks\u001b[K", command, done, total));
                    err.flush();
                  }
                  self[0].shown = true;
                  Thread.sleep(PERIOD_MILLIS);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "narrative-progress");
    t.setDaemon(true);
    self[0] = new JobProgress(t, err);
    t.start();
    return self[0];
  }

  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    thread.interrupt();
    try {
      thread.join(PERIOD_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      synchronized (err) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
