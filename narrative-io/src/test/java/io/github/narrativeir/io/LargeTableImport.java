package io.github.narrativeir.io;

import io.github.narrativeir.testing.EventTableFixture;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link LargeTableImportTest}: writes a table of {@code
 * args[1]} rows and its mapping into the directory {@code args[0]} ({@link EventTableFixture}),
 * imports it, and prints the import's notes and the number of situations and observations.
 */
final class LargeTableImport {
  private LargeTableImport() {}

  public static void main(String[] args) throws IOException {
    Path mapping = EventTableFixture.write(Path.of(args[0]), Long.parseLong(args[1]));
    TableImport.Result r = TableImport.run(mapping, EventTableFixture.model());
    r.notes().forEach(System.out::println);
    System.out.println(
        "situations "
            + r.model().situations().size()
            + ", observations "
            + r.model().observations().size());
  }
}
