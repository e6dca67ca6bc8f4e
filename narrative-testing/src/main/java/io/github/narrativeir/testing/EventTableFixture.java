package io.github.narrativeir.testing;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated event table ({@link EventTables}, seed 42), a mapping over it with generated yearly
 * periods and two rules (equals and in; a regular expression and a sum threshold), and the model
 * the mapping imports into: the input of the import's memory test and of its benchmark.
 *
 * @since 0.1.0
 */
public final class EventTableFixture {
  private EventTableFixture() {}

  /**
   * Writes {@code events.csv} of {@code rows} rows and {@code events.mapping.yaml} into {@code
   * dir}.
   */
  public static Path write(Path dir, long rows) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("events.csv"))) {
      for (String line : EventTables.lines(rows, 42)) {
        out.write(line);
        out.newLine();
      }
    }
    Path mapping = dir.resolve("events.mapping.yaml");
    Files.writeString(
        mapping,
        String.join(
            "\n",
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

  /** The model the mapping imports into: its actors, aspect and practices, nothing else. */
  public static Model model() {
    return Model.builder()
        .addActors(Actor.builder().id("US").build(), Actor.builder().id("PK").build())
        .addAspects(Aspect.of("attacks", "US attacks"))
        .addPractices(
            PracticeType.builder().id("attack").build(), PracticeType.builder().id("aid").build())
        .build();
  }
}
