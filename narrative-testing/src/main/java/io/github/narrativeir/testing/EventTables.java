package io.github.narrativeir.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Seeded, deterministic dated-event tables for measuring and testing imports: a CSV header line
 * {@code date,actor,code,target,amount,note} and then {@code rows} rows, dated by day between
 * 1990-01-01 and 2019-12-31, with CAMEO-like three-digit codes (leading zeros kept, such as {@code
 * 016}), twenty actor codes and a decimal amount. The lines are produced one at a time, so a table
 * of any size can be written without holding it in memory.
 *
 * <pre>{@code
 * try (BufferedWriter out = Files.newBufferedWriter(Path.of("events.csv"))) {
 *   for (String line : EventTables.lines(1_000_000, 42)) {
 *     out.write(line);
 *     out.newLine();
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EventTables {
  /** The header line. */
  public static final String HEADER = "date,actor,code,target,amount,note";

  private static final String[] ACTORS = {
    "USA", "PAK", "IND", "AFG", "CHN", "RUS", "IRN", "GBR", "FRA", "DEU",
    "JPN", "PRK", "KOR", "SAU", "TUR", "ISR", "EGY", "BRA", "ZAF", "NGA"
  };
  private static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(2019, 12, 31).toEpochDay() - FIRST.toEpochDay() + 1);

  private EventTables() {}

  /**
   * The header and {@code rows} rows of a table generated from {@code seed}; iterating twice gives
   * the same lines.
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public static Iterable<String> lines(long rows, long seed) {
    checkArgument(rows >= 0, "rows must not be negative, found %s", rows);
    return () ->
        new Iterator<>() {
          private final SplittableRandom random = new SplittableRandom(seed);
          private long next = -1;

          @Override
          public boolean hasNext() {
            return next < rows;
          }

          @Override
          public String next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            next++;
            if (next == 0) {
              return HEADER;
            }
            LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
            String actor = ACTORS[random.nextInt(ACTORS.length)];
            String target = ACTORS[random.nextInt(ACTORS.length)];
            int code = 10 + random.nextInt(191);
            int cents = random.nextInt(10_000_000);
            return date
                + ","
                + actor
                + ","
                + String.format("%03d", code)
                + ","
                + target
                + ","
                + cents / 100
                + "."
                + String.format("%02d", cents % 100)
                + ","
                + (random.nextInt(10) == 0 ? "\"quoted, with a comma\"" : "");
          }
        };
  }
}
