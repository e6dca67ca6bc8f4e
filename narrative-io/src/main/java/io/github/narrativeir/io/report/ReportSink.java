package io.github.narrativeir.io.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Where a report is written, a piece at a time: a report of a large inference (hundreds of
 * megabytes of HTML) is never held whole in memory. A failed write is thrown as an {@link
 * UncheckedIOException}, which {@link Reports} turns back into the {@link IOException} it wraps.
 * The sink remembers the last two characters written, which is all the look-back a report needs (to
 * start a section after exactly one blank line).
 */
final class ReportSink {
  private final Writer out;
  private long written;
  private char last;
  private char beforeLast;

  ReportSink(Writer out) {
    this.out = out;
  }

  ReportSink append(String text) {
    int n = text.length();
    if (n == 0) {
      return this;
    }
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    beforeLast = n >= 2 ? text.charAt(n - 2) : last;
    last = text.charAt(n - 1);
    written += n;
    return this;
  }

  ReportSink append(CharSequence text) {
    return append(text.toString());
  }

  ReportSink append(char c) {
    try {
      out.write(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    beforeLast = last;
    last = c;
    written++;
    return this;
  }

  ReportSink append(int number) {
    return append(String.valueOf(number));
  }

  ReportSink append(long number) {
    return append(String.valueOf(number));
  }

  /** Whether nothing has been written yet. */
  boolean isEmpty() {
    return written == 0;
  }

  /** Whether what was written so far ends with a blank line (two line breaks). */
  boolean endsWithBlankLine() {
    return written >= 2 && last == '\n' && beforeLast == '\n';
  }
}
