package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Progress}, on a clock the test moves and a standard error forced to be a terminal. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
  private final StringWriter err = new StringWriter();

  private Progress progress(long total, boolean terminal) {
    return new Progress(
        new PrintWriter(err, true),
        "narrative sensitivity",
        "variants",
        total,
        terminal,
        clock::get);
  }

  private void after(double seconds) {
    clock.addAndGet((long) (seconds * SECOND));
  }

  @Test
  void terminal_nothingBeforeTwoSeconds_thenDoneTotalRateAndTimeLeft_inPlace() {
    Progress p = progress(1_000, true);
    after(1.5);
    p.done(15);
    assertThat(err.toString()).isEmpty();

    after(0.5);
    p.done(20);

    assertThat(err.toString())
        .isEqualTo(
            "\rnarrative sensitivity: 20 / 1,000 variants, 10.0 variants/s, about 1 min 38 s"
                + " left\033[K");
  }

  @Test
  void terminal_rewritesAboutOnceASecond() {
    Progress p = progress(100, true);
    after(2);
    p.done(10);
    after(0.5);
    p.done(15); // too soon
    after(0.5);
    p.done(20);

    assertThat(err.toString())
        .isEqualTo(
            "\rnarrative sensitivity: 10 / 100 variants, 5.0 variants/s, about 18 s left\033[K"
                + "\rnarrative sensitivity: 20 / 100 variants, 6.7 variants/s, about 12 s left\033[K");
  }

  @Test
  void close_clearsTheLineItShowed() {
    Progress p = progress(100, true);
    after(3);
    p.done(99);
    err.getBuffer().setLength(0);

    p.close();

    assertThat(err.toString()).isEqualTo("\r\033[K");
  }

  @Test
  void close_beforeAnythingWasShown_printsNothing() {
    Progress p = progress(100, true);
    p.done(100);

    p.close();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void notATerminal_printsNothing() {
    Progress p = progress(100, false);
    for (int i = 1; i <= 100; i++) {
      after(1);
      p.done(i);
    }
    p.close();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void quietOrNotATerminal_whenStandardErrorIsNotAConsole() {
    // the tests run without a console, as in a pipe
    Progress p =
        Progress.of(new PrintWriter(err, true), "narrative depends", "predictions", 5, false);
    p.close();

    assertThat(Progress.terminal()).isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void line_manyPerSecond_andNothingDoneYet() {
    Progress p = progress(100_000, true);

    assertThat(p.line(12_345, 10 * SECOND))
        .isEqualTo(
            "narrative sensitivity: 12,345 / 100,000 variants, 1,235 variants/s, about 1 min"
                + " 12 s left");
    assertThat(p.line(0, 10 * SECOND))
        .isEqualTo(
            "narrative sensitivity: 0 / 100,000 variants, 0.0 variants/s, time left unknown");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0 s",
    "0.2, 1 s",
    "59, 59 s",
    "60, 1 min 0 s",
    "125, 2 min 5 s",
    "3599.5, 1 h 0 min",
    "3600, 1 h 0 min",
    "3601, 1 h 1 min",
    "7322, 2 h 3 min"
  })
  void duration_roundedUpToTheSecond(double seconds, String text) {
    assertThat(Progress.duration(seconds)).isEqualTo(text);
  }

  @Test
  void openEnded_showsDoneRateElapsedAndTheDetail_askedForOnlyWhenShown() {
    Progress p =
        new Progress(
            new PrintWriter(err, true),
            "narrative discover",
            "partial readings",
            -1,
            true,
            clock::get);
    AtomicLong asked = new AtomicLong();
    after(1);
    p.done(100, () -> "detail " + asked.incrementAndGet());
    assertThat(err.toString()).isEmpty();
    assertThat(asked).hasValue(0);

    after(1.5);
    p.done(
        12_345,
        () -> "best so far explains " + (3 + asked.incrementAndGet()) + " of 5 observations");
    p.close();

    assertThat(asked).hasValue(1);
    assertThat(err.toString())
        .isEqualTo(
            "\rnarrative discover: 12,345 partial readings, 4,938 partial readings/s, 3 s;"
                + " best so far explains 4 of 5 observations\033[K\r\033[K");
  }

  @Test
  void openEnded_notATerminal_showsNothing() {
    Progress p =
        new Progress(
            new PrintWriter(err, true),
            "narrative discover",
            "partial readings",
            -1,
            false,
            clock::get);
    after(10);

    p.done(5, () -> "detail");

    assertThat(err.toString()).isEmpty();
  }
}
