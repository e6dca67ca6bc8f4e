package io.github.narrativeir.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.internal.AtomicFiles;
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
 * The entry point of reports: inference results rendered for people as plain text, Markdown,
 * Graphviz DOT or a self-contained HTML page. A report is a pure function of the {@link Inference}:
 * the same result always gives the same text, byte for byte, whatever order the model listed its
 * elements in.
 *
 * <pre>{@code
 * Inference result = NarrativeEngine.create().infer(model);
 * System.out.print(Reports.render(result, ReportFormat.TEXT));
 * Reports.write(result, ReportFormat.HTML, Path.of("report.html"));
 * Reports.write(result, ReportFormat.MARKDOWN, writer); // streamed, never held whole
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Reports {
  private Reports() {}

  /** Returns {@code inference} rendered as a report in {@code format}, ending with a newline. */
  public static String render(Inference inference, ReportFormat format) {
    StringWriter text = new StringWriter();
    try {
      write(inference, format, text);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /**
   * Writes {@code inference} as a report in {@code format} to {@code out}, a piece at a time: a
   * large report is never held whole in memory. The text is the same as {@link #render}'s. {@code
   * out} is neither flushed nor closed.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Inference inference, ReportFormat format, Writer out)
      throws IOException {
    checkNotNull(inference, "inference");
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    ReportSink sink = new ReportSink(out);
    try {
      switch (format) {
        case TEXT:
          TextReport.write(inference, sink);
          break;
        case MARKDOWN:
          MarkdownReport.write(inference, sink);
          break;
        case DOT:
          DotReport.write(inference, sink);
          break;
        case HTML:
          HtmlReport.write(inference, sink);
          break;
        default:
          throw new AssertionError(format);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes {@code inference} as a report in {@code format} to {@code file} in UTF-8, atomically and
   * a piece at a time: the file is either left as it was or holds the whole report.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Inference inference, ReportFormat format, Path file) throws IOException {
    checkNotNull(inference, "inference");
    checkNotNull(format, "format");
    checkNotNull(file, "file");
    AtomicFiles.write(file, stream -> write(inference, format, stream));
  }

  /**
   * Writes {@code inference} as a report in {@code format} to {@code out} in UTF-8, a piece at a
   * time: the bytes of {@link #render}'s text. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Inference inference, ReportFormat format, OutputStream out)
      throws IOException {
    checkNotNull(inference, "inference");
    checkNotNull(format, "format");
    checkNotNull(out, "out");
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    write(inference, format, writer);
    writer.flush();
  }
}
