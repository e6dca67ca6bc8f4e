package io.github.narrativeir.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The progress of a long analysis on standard error, such as {@code narrative sensitivity: 120 /
 * 1,234 variants, 85.3 variants/s, about 13 s left}: shown once the run has taken two seconds,
 * rewritten in place about once a second, and cleared at the end, so that nothing of it stays on
 * the screen. Only when standard error is a terminal (never in a pipe, a file or a test), and never
 * with {@code --quiet}. The output file is not touched: it is written whole at the end, and on
 * Ctrl-C not at all.
 *
 * <p>Called on one thread, the one that runs the analysis.
 */
final class Progress implements AutoCloseable {
  /** How long a run goes before its progress is shown. */
  static final long DELAY_NANOS = 2_000_000_000L;

  /** How often the line is rewritten, at most. */
  static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final String what;
  private final String unit;
  private final long total;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private long last;
  private boolean shown;

  /**
   * The progress of {@code total} {@code unit}s of {@code what} (such as {@code narrative
   * sensitivity} and {@code variants}) on {@code err}, shown only when {@code enabled}, timed by
   * {@code clock} (nanoseconds, as {@link System#nanoTime}).
   */
  Progress(
      PrintWriter err, String what, String unit, long total, boolean enabled, LongSupplier clock) {
    this.err = err;
    this.what = what;
    this.unit = unit;
    this.total = total;
    this.enabled = enabled;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /**
   * The progress of {@code total} {@code unit}s of {@code what} on {@code err}: shown when standard
   * error is a terminal, unless {@code quiet}.
   */
  static Progress of(PrintWriter err, String what, String unit, long total, boolean quiet) {
    return new Progress(err, what, unit, total, !quiet && terminal(), System::nanoTime);
  }

  /**
   * Whether standard error is taken to be a terminal: the JVM has a console (standard input and
   * output are a terminal) and {@code TERM} is set. Java 17 cannot ask about standard error alone,
   * so with standard output redirected no progress is shown.
   */
  @SuppressWarnings("SystemConsoleNull") // isTerminal() is asked too, where the JVM has it
  static boolean terminal() {
    Console console = System.console();
    return console != null && isTerminal(console) && System.getenv("TERM") != null;
  }

  /**
   * {@code Console.isTerminal()} where the JVM has it (Java 22 and later, where {@code
   * System.console()} can return a console with the standard streams redirected); before, having a
   * console means standard input and output are a terminal.
   */
  private static boolean isTerminal(Console console) {
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  /** Says that {@code done} of the total are done; shows it when it is time to. */
  void done(long done) {
    long now = clock.getAsLong();
    if (due(now)) {
      show(line(done, now - start));
    }
  }

  /**
   * Says that {@code done} units are done, of a total not known in advance, followed by what {@code
   * detail} says (asked for only when the line is shown); shows it when it is time to, as {@code
   * narrative discover: 12,345 partial readings, 8,000 partial readings/s, 12 s; best so far
   * explains 4 of 5 observations}.
   */
  void done(long done, Supplier<String> detail) {
    long now = clock.getAsLong();
    if (due(now)) {
      show(openLine(done, now - start) + "; " + detail.get());
    }
  }

  /** Whether a line is to be shown at {@code now}; if so, remembers that it was. */
  private boolean due(long now) {
    if (!enabled || now - start < DELAY_NANOS || (shown && now - last < INTERVAL_NANOS)) {
      return false;
    }
    last = now;
    return true;
  }

  private void show(String line) {
    shown = true;
    err.print("\r" + line + "\033[K");
    err.flush();
  }

  /**
   * The line for {@code done} units of an open-ended run after {@code elapsed} nanoseconds: {@code
   * narrative discover: 12,345 partial readings, 8,000 partial readings/s, 12 s}.
   */
  String openLine(long done, long elapsed) {
    double seconds = elapsed / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    return what
        + ": "
        + String.format(Locale.ROOT, "%,d ", done)
        + unit
        + ", "
        + rate(rate)
        + " "
        + unit
        + "/s, "
        + duration(seconds);
  }

  /** Clears the line, if it was shown. */
  @Override
  public void close() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  /**
   * The line for {@code done} of the total after {@code elapsed} nanoseconds: {@code narrative
   * sensitivity: 120 / 1,234 variants, 85.3 variants/s, about 13 s left}.
   */
  String line(long done, long elapsed) {
    double seconds = elapsed / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder sb =
        new StringBuilder(what)
            .append(": ")
            .append(String.format(Locale.ROOT, "%,d / %,d ", done, total))
            .append(unit)
            .append(", ")
            .append(rate(rate))
            .append(' ')
            .append(unit)
            .append("/s, ");
    if (rate <= 0) {
      sb.append("time left unknown");
    } else {
      sb.append("about ").append(duration(Math.max(0, total - done) / rate)).append(" left");
    }
    return sb.toString();
  }

  /** A rate with one decimal below 100, whole above: {@code 8.5}, {@code 1,234}. */
  static String rate(double perSecond) {
    return perSecond < 100
        ? String.format(Locale.ROOT, "%.1f", perSecond)
        : String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  /** A duration rounded up to the second: {@code 13 s}, {@code 2 min 5 s}, {@code 1 h 2 min}. */
  static String duration(double seconds) {
    long s = (long) Math.ceil(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    long minutes = (s + 59) / 60;
    return minutes / 60 + " h " + minutes % 60 + " min";
  }
}
