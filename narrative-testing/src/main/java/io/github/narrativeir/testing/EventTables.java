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

  /** The header line of {@link #dyadLines}: the columns of a GDELT 1.0 event export it uses. */
  public static final String DYAD_HEADER = "SQLDATE,Actor1Code,Actor2Code,EventRootCode,NumEvents";

  /** The most actors {@link #dyadLines} draws from. */
  public static final int MAX_DYAD_ACTORS = 1000;

  /**
   * The header {@link #DYAD_HEADER} and {@code rows} rows of an event table laid out like GDELT's,
   * for jobs that run every directed dyad: dates as {@code yyyyMMdd} between 1990-01-01 and
   * 2019-12-31, source and target drawn (never equal) from {@code actors} actor codes (the twenty
   * of {@link #lines} first, then {@code X020}, {@code X021}, ...; so at most {@code actors *
   * (actors - 1)} directed dyads), CAMEO root codes {@code 01} to {@code 20} with their leading
   * zero, and 1 to 10 events a row. Deterministic in {@code seed}, one line at a time.
   *
   * @throws IllegalArgumentException if {@code rows} is negative or {@code actors} is not between 2
   *     and {@link #MAX_DYAD_ACTORS}
   */
  public static Iterable<String> dyadLines(long rows, int actors, long seed) {
    checkArgument(rows >= 0, "rows must not be negative, found %s", rows);
    checkArgument(
        actors >= 2 && actors <= MAX_DYAD_ACTORS,
        "actors must be between 2 and %s, found %s",
        MAX_DYAD_ACTORS,
        actors);
    String[] codes = new String[actors];
    for (int i = 0; i < actors; i++) {
      codes[i] = i < ACTORS.length ? ACTORS[i] : String.format("X%03d", i);
    }
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
              return DYAD_HEADER;
            }
            LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
            int source = random.nextInt(actors);
            int target = random.nextInt(actors - 1);
            if (target >= source) {
              target++;
            }
            return String.format(
                "%04d%02d%02d,%s,%s,%02d,%d",
                date.getYear(),
                date.getMonthValue(),
                date.getDayOfMonth(),
                codes[source],
                codes[target],
                1 + random.nextInt(20),
                1 + random.nextInt(10));
          }
        };
  }
}
