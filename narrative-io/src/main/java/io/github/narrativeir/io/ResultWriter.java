package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.internal.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes inference results as {@code narrative-result/1} JSON, exactly as MODEL.md shows it: the
 * same keys in the same order, sets sorted by id, {@code null} for an absent target, numbers as
 * {@code 1.0} and {@code 0.5}, two-space indentation and a final newline. The same result always
 * gives the same bytes.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultWriter {
  private ResultWriter() {}

  /** Returns {@code result} as {@code narrative-result/1} JSON text. */
  public static String toJson(Inference result) {
    checkNotNull(result, "result");
    return JsonText.write(ResultTree.of(result));
  }

  /**
   * Writes {@code result} as {@code narrative-result/1} JSON to {@code file}, atomically: the file
   * is either left as it was or holds the whole result.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Inference result, Path file) throws IOException {
    checkNotNull(result, "result");
    AtomicFiles.write(file, out -> write(result, out));
  }

  /**
   * Writes {@code result} as {@code narrative-result/1} JSON to {@code out}, the same text as
   * {@link #toJson}, a chunk at a time: the whole text is never held in memory, so results larger
   * than the heap could hold as one string can be written. Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Inference result, Writer out) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(out, "out");
    JsonText.write(ResultTree.of(result), out);
  }

  /**
   * Writes {@code result} as {@code narrative-result/1} JSON to {@code out} in UTF-8: the bytes of
   * {@link #toJson}, written as they are made, so that the whole text is never held in memory.
   * Flushes {@code out}; does not close it.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Inference result, OutputStream out) throws IOException {
    checkNotNull(result, "result");
    checkNotNull(out, "out");
    JsonText.write(ResultTree.of(result), out);
  }
}
