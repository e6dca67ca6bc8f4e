package io.github.narrativeir.io.internal;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a mapping file ({@code narrative-mapping/1}, {@code narrative-dna/1}) whole, but never more
 * than {@link ReadLimits#maxDocumentBytes()} of it (a device or a pipe has no size), and words the
 * problems of read limits.
 */
public final class MappingFiles {
  private MappingFiles() {}

  /**
   * The bytes of the mapping in {@code file}.
   *
   * @param format the mapping's format, named when {@code file} is a directory
   * @param sizeFirst whether a regular file's size is checked before reading it, so that the
   *     problem tells the size
   * @throws ModelFormatException if {@code file} is a directory or longer than the limit
   * @throws IOException if the file cannot be read
   */
  public static byte[] content(
      Path file, String source, String format, ReadLimits limits, boolean sizeFirst)
      throws IOException {
    if (Files.isDirectory(file)) {
      throw new ModelFormatException(
          List.of(
              new Problem(
                  ProblemCode.UNREADABLE_FILE,
                  Severity.ERROR,
                  source,
                  0,
                  0,
                  "",
                  "expected a mapping file (" + format + "), found a directory")));
    }
    long max = limits.maxDocumentBytes();
    if (sizeFirst && Files.isRegularFile(file) && Files.size(file) > max) {
      throw tooLarge(source, "the mapping is " + Files.size(file) + " bytes long", max);
    }
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > max) {
          throw tooLarge(source, "the mapping is more than " + max + " bytes long", max);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** Worded as the limits of the model reader: what was found, the limit, how to raise it. */
  private static ModelFormatException tooLarge(String source, String what, long max) {
    return new ModelFormatException(
        List.of(
            new Problem(
                ProblemCode.LIMIT_DOCUMENT_BYTES,
                Severity.ERROR,
                source,
                0,
                0,
                "",
                limitMessage(what, "maxDocumentBytes", max))));
  }

  /**
   * What was found, the limit, and the {@link ReadLimits} setting that raises it; a program that
   * offers the setting its own way adds that by the problem's code.
   */
  public static String limitMessage(String what, String limit, long value) {
    return what
        + ", over the limit "
        + limit
        + "="
        + value
        + "; raise it with ReadLimits.with"
        + Character.toUpperCase(limit.charAt(0))
        + limit.substring(1)
        + "(...)";
  }
}
