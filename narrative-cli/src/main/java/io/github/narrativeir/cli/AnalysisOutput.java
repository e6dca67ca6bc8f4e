package io.github.narrativeir.cli;

import io.github.narrativeir.io.internal.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The output options of the analysis commands: format and destination. */
final class AnalysisOutput {
  /** The formats of analysis output. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PATH",
      description = "Write to PATH (atomically) instead of standard output.")
  @Nullable Path output;

  /** Writes {@code text} to the output file, or to {@code out}. */
  void write(String text, PrintWriter out) {
    write(output, text, out);
  }

  /** Text written a piece at a time, never held whole. */
  interface Streamed {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code output} atomically, or to {@code out} when it is null, a chunk
   * at a time.
   */
  static void write(@Nullable Path output, Streamed content, PrintWriter out) {
    if (output == null) {
      try {
        content.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a PrintWriter does not throw
      }
      out.flush();
      return;
    }
    try {
      AtomicFiles.write(
          output,
          stream -> {
            Writer writer =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(writer);
            writer.flush();
          });
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + e.getMessage());
    }
  }

  /**
   * Writes {@code bytes} to {@code output} atomically, or {@code text}, the same content as
   * characters, to {@code out} when it is null: for content that is faster written as bytes.
   */
  static void write(
      @Nullable Path output, AtomicFiles.Content bytes, Streamed text, PrintWriter out) {
    if (output == null) {
      write(null, text, out);
      return;
    }
    try {
      AtomicFiles.write(output, bytes);
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + e.getMessage());
    }
  }

  /** Writes {@code text} to {@code output} atomically, or to {@code out} when it is null. */
  static void write(@Nullable Path output, String text, PrintWriter out) {
    if (output == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + e.getMessage());
    }
  }
}
