package io.github.narrativeir.io.dna;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.Problem;
import java.io.Closeable;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The statements of one statement type, read one at a time from a DNA database or export: never all
 * of them in memory. A problem reading them is thrown as an {@link UncheckedIOException} whose
 * cause is the {@link io.github.narrativeir.io.ModelFormatException} (located) or the {@link
 * java.io.IOException}. Closing releases the file or connection.
 */
interface StatementReader extends Iterator<CodedStatement>, Closeable {
  /** What was read, for the report: {@code DNA 3.0.8 database}, {@code DNA statement export}. */
  String kind();

  /**
   * The problems of the statements read so far that were skipped (a malformed record of an export),
   * located; empty when every statement was read. The import fails when there are any.
   */
  default ImmutableList<Problem> problems() {
    return ImmutableList.of();
  }
}
