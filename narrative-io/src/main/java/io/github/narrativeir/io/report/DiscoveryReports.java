package io.github.narrativeir.io.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.io.internal.AtomicFiles;
import io.github.narrativeir.model.Model;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Discovery results ({@link io.github.narrativeir.analysis.Discovery}) rendered for people as plain
 * text or Markdown. A report leads with what a reader must not miss: that discovered concepts are
 * hypotheses found from the observations, without evidence, to be looked for in the actor's
 * discourse; whether the best solution is proven optimal within the bounds or the search stopped
 * first ("NOT proven optimal"); and the tie count in words ("4 solutions tie with the best: the
 * observations do not single out one reading"). Then the solutions side by side with the model as
 * given and the three baselines (explained observations, concepts, literals, balanced accuracy,
 * recall, specificity, precision), the best solution concept by concept with the observations each
 * is needed for, the observations no solution within the bounds explains (and, when the search
 * stopped, those it left undetermined), and the search's counts with its elapsed time. The
 * machine-readable {@code narrative-discovery/1} JSON is {@link
 * io.github.narrativeir.io.DiscoveryWriter}'s job.
 *
 * <p>A report is a function of the result and the model it was run on (the model gives the title
 * and the actor's name): the same result gives the same bytes, except the elapsed time, and every
 * line ends with {@code \n}. User text is escaped for each format.
 *
 * <pre>{@code
 * DiscoveryResult found = Discovery.builder(ActorId.of("PK")).build().run(model);
 * System.out.print(DiscoveryReports.render(found, model, ReportFormat.TEXT));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DiscoveryReports {
  private DiscoveryReports() {}

  /**
   * Returns {@code result} of a discovery on {@code model} rendered as a report in {@code format},
   * ending with a newline.
   *
   * @throws IllegalArgumentException if {@code format} is not {@link ReportFormat#TEXT} or {@link
   *     ReportFormat#MARKDOWN}
   */
  public static String render(DiscoveryResult result, Model model, ReportFormat format) {
    StringWriter text = new StringWriter();
    try {
      write(result, model, format, text);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /**
   * Writes {@code result} of a discovery on {@code model} as a report in {@code format} to {@code
   * out}, a piece at a time; the text is {@link #render}'s. {@code out} is neither flushed nor
   * closed.
   *
   * @throws IllegalArgumentException if {@code format} is not {@link ReportFormat#TEXT} or {@link
   *     ReportFormat#MARKDOWN}
   * @throws IOException if {@code out} fails
   */
  public static void write(DiscoveryResult result, Model model, ReportFormat format, Writer out)
      throws IOException {
    check(result, model, format);
    checkNotNull(out, "out");
    DiscoverySheet sheet = new DiscoverySheet(result, model);
    ReportSink sink = new ReportSink(out);
    try {
      if (format == ReportFormat.TEXT) {
        DiscoveryTextReport.write(sheet, sink);
      } else {
        DiscoveryMarkdownReport.write(sheet, sink);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes {@code result} of a discovery on {@code model} as a report in {@code format} to {@code
   * file} in UTF-8, atomically: the file is either left as it was or holds the whole report.
   *
   * @throws IllegalArgumentException if {@code format} is not {@link ReportFormat#TEXT} or {@link
   *     ReportFormat#MARKDOWN}
   * @throws IOException if the file cannot be written
   */
  public static void write(DiscoveryResult result, Model model, ReportFormat format, Path file)
      throws IOException {
    check(result, model, format);
    checkNotNull(file, "file");
    AtomicFiles.write(file, stream -> write(result, model, format, stream));
  }

  /**
   * Writes {@code result} of a discovery on {@code model} as a report in {@code format} to {@code
   * out} in UTF-8, a piece at a time: the bytes of {@link #render}'s text. Flushes {@code out};
   * does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(
      DiscoveryResult result, Model model, ReportFormat format, OutputStream out)
      throws IOException {
    check(result, model, format);
    checkNotNull(out, "out");
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    write(result, model, format, writer);
    writer.flush();
  }

  private static void check(DiscoveryResult result, Model model, ReportFormat format) {
    checkNotNull(result, "result");
    checkNotNull(model, "model");
    checkNotNull(format, "format");
    checkArgument(
        format == ReportFormat.TEXT || format == ReportFormat.MARKDOWN,
        "a discovery report is text or markdown, not %s",
        format);
  }
}
