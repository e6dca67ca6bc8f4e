package io.github.narrativeir.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.AtomicFiles;
import java.io.IOException;
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
 * }</pre>
 */
public final class Reports {
  private Reports() {}

  /** Returns {@code inference} rendered as a report in {@code format}, ending with a newline. */
  public static String render(Inference inference, ReportFormat format) {
    checkNotNull(inference, "inference");
    checkNotNull(format, "format");
    switch (format) {
      case TEXT:
        return TextReport.render(inference);
      case MARKDOWN:
        return MarkdownReport.render(inference);
      case DOT:
        return DotReport.render(inference);
      case HTML:
        return HtmlReport.render(inference);
      default:
        throw new AssertionError(format);
    }
  }

  /**
   * Writes {@code inference} as a report in {@code format} to {@code file} in UTF-8, atomically:
   * the file is either left as it was or holds the whole report.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Inference inference, ReportFormat format, Path file) throws IOException {
    checkNotNull(file, "file");
    AtomicFiles.write(file, render(inference, format).getBytes(StandardCharsets.UTF_8));
  }
}
