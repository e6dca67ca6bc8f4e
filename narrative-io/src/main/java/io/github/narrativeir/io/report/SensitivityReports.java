package io.github.narrativeir.io.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.analysis.SensitivityResult;
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
 * Sensitivity results ({@link io.github.narrativeir.analysis.Sensitivity}) rendered for people as
 * plain text, Markdown or a self-contained HTML page. Text and Markdown lead with what is fragile:
 * the predictions that hold in fewer than 90% of the variants, then the observations whose
 * explanation flips, each with the variants that do it in plain words ("without the aspect
 * insurgency in later", "with the weight of us.frontline-ally against strike on PK doubled"); then
 * the gained predictions, the spread of the scores (original, min, median, max), the families run
 * with their counts, and the robust predictions last. The HTML page adds a table of the predictions
 * by family, shaded by share, with the variants that lose each in the cell's tooltip. A model
 * without observations gets its predictions' shares, and the report says that scores need
 * observations. The machine-readable {@code narrative-sensitivity/1} JSON is {@link
 * io.github.narrativeir.io.SensitivityWriter}'s job.
 *
 * <p>A report is a pure function of the result and the inference it was run on: the same result
 * always gives the same bytes, and every line ends with {@code \n}. User text (the model's name,
 * sources) is escaped for each format.
 *
 * <pre>{@code
 * Inference result = NarrativeEngine.create().infer(model);
 * SensitivityResult s = Sensitivity.create().run(result);
 * System.out.print(SensitivityReports.render(s, result, ReportFormat.TEXT));
 * SensitivityReports.write(s, result, ReportFormat.HTML, Path.of("sensitivity.html"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SensitivityReports {
  private SensitivityReports() {}

  /**
   * Returns {@code result} rendered as a report in {@code format}, ending with a newline.
   *
   * @throws IllegalArgumentException if {@code format} is {@link ReportFormat#DOT}, or {@code
   *     result} was not run on {@code inference} (its predictions differ)
   */
  public static String render(SensitivityResult result, Inference inference, ReportFormat format) {
    StringWriter text = new StringWriter();
    try {
      write(result, inference, format, text);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /**
   * Writes {@code result} as a report in {@code format} to {@code out}, a piece at a time; the text
   * is {@link #render}'s. {@code out} is neither flushed nor closed.
   *
   * @throws IllegalArgumentException if {@code format} is {@link ReportFormat#DOT}, or {@code
   *     result} was not run on {@code inference} (its predictions differ)
   * @throws IOException if {@code out} fails
   */
  public static void write(
      SensitivityResult result, Inference inference, ReportFormat format, Writer out)
      throws IOException {
    check(result, inference, format);
    checkNotNull(out, "out");
    SensitivitySheet sheet = new SensitivitySheet(result, inference);
    ReportSink sink = new ReportSink(out);
    try {
      switch (format) {
        case TEXT -> SensitivityTextReport.write(sheet, sink);
        case MARKDOWN -> SensitivityMarkdownReport.write(sheet, sink);
        case HTML -> SensitivityHtmlReport.write(sheet, sink);
        default -> throw new AssertionError(format);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes {@code result} as a report in {@code format} to {@code file} in UTF-8, atomically and a
   * piece at a time: the file is either left as it was or holds the whole report.
   *
   * @throws IllegalArgumentException if {@code format} is {@link ReportFormat#DOT}, or {@code
   *     result} was not run on {@code inference} (its predictions differ)
   * @throws IOException if the file cannot be written
   */
  public static void write(
      SensitivityResult result, Inference inference, ReportFormat format, Path file)
      throws IOException {
    check(result, inference, format);
    checkNotNull(file, "file");
    AtomicFiles.write(file, stream -> write(result, inference, format, stream));
  }

  /**
   * Writes {@code result} as a report in {@code format} to {@code out} in UTF-8, a piece at a time:
   * the bytes of {@link #render}'s text. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(
      SensitivityResult result, Inference inference, ReportFormat format, OutputStream out)
      throws IOException {
    check(result, inference, format);
    checkNotNull(out, "out");
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    write(result, inference, format, writer);
    writer.flush();
  }

  private static void check(SensitivityResult result, Inference inference, ReportFormat format) {
    checkNotNull(result, "result");
    checkNotNull(inference, "inference");
    checkNotNull(format, "format");
    checkArgument(
        format != ReportFormat.DOT,
        "a sensitivity report is text, markdown or html, not %s",
        format);
    checkArgument(
        ranOn(result, inference),
        "the sensitivity result was not run on this inference: its %s predictions differ from the"
            + " inference's %s",
        result.predictions().size(),
        inference.predictions().size());
  }

  private static boolean ranOn(SensitivityResult result, Inference inference) {
    if (result.predictions().size() != inference.predictions().size()) {
      return false;
    }
    for (int i = 0; i < result.predictions().size(); i++) {
      if (!result.predictions().get(i).prediction().equals(inference.predictions().get(i))) {
        return false;
      }
    }
    return true;
  }
}
