package io.github.narrativeir.io;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.workload.EventTables;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a child JVM with a small heap by {@link LargeTableImportTest}: writes a table of {@code
 * args[1]} rows into the directory {@code args[0]}, imports it through a mapping with generated
 * yearly periods, and prints the import's notes and the number of situations and observations.
 */
final class LargeTableImport {
  private LargeTableImport() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long rows = Long.parseLong(args[1]);
    Path mapping = write(dir, rows);
    TableImport.Result r = TableImport.run(mapping, model());
    r.notes().forEach(System.out::println);
    System.out.println("situations " + r.model().situations().size()
        + ", observations " + r.model().observations().size());
  }

  /** Writes the table and its mapping; returns the mapping. */
  static Path write(Path dir, long rows) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("events.csv"))) {
      for (String line : EventTables.lines(rows, 42)) {
        out.write(line);
        out.newLine();
      }
    }
    Path mapping = dir.resolve("events.mapping.yaml");
    Files.writeString(mapping, String.join("\n",
        "format: narrative-mapping/1",
        "table: events.csv",
        "date: {column: date, precision: day}",
        "periods: {every: year}",
        "rules:",
        "  - name: us-attacks",
        "    where: [{column: actor, equals: USA}, {column: code, in: [\"180\", \"190\", \"195\"]}]",
        "    threshold: {count: 10}",
        "    aspect: attacks",
        "    observation: {actor: US, practice: attack}",
        "  - name: large-aid",
        "    where: [{column: code, matches: \"^07\"}, {column: target, equals: PAK}]",
        "    threshold: {sum: amount, atLeast: 1000000}",
        "    observation: {actor: US, practice: aid, target: PK}",
        ""));
    return mapping;
  }

  static Model model() {
    return Model.builder()
        .addActors(Actor.builder().id("US").build(), Actor.builder().id("PK").build())
        .addAspects(Aspect.of("attacks", "US attacks"))
        .addPractices(PracticeType.builder().id("attack").build(), PracticeType.builder().id("aid").build())
        .build();
  }
}
