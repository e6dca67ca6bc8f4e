package io.github.narrativeir.io;

import io.github.narrativeir.model.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a mapping dates a row: from one column holding a day, month, year or US federal fiscal year,
 * or from separate year, month and day columns. A row dated by a month, a year or a fiscal year is
 * placed at its middle (the 15th, 1 July, 1 April), so that it lands in the situation that holds
 * most of that period; a cell listing several years ({@code 2006; 2007}, {@code 2002-2007}, {@code
 * FY2002-FY2007}) is placed by the first.
 */
abstract class RowDate {
  static final List<String> PRECISIONS = List.of("day", "month", "year", "fiscal-year");

  /** The outcome of dating a row. */
  sealed interface Outcome permits Placed, Malformed {}

  /** Where a row was placed, and whether its cell listed several years. */
  record Placed(LocalDate date, boolean several) implements Outcome {}

  /** A malformed date: the column, what was found in it and what was expected. */
  record Malformed(String column, String found, String expected) implements Outcome {}

  /** The row's date, or why it has none. */
  abstract Outcome place(List<String> row);

  /** The columns this reads, in the order a mapping names them. */
  abstract List<String> columns();

  /** A one-column date of the given precision. */
  static RowDate column(String column, String precision, int index) {
    return new SingleColumn(column, precision, index);
  }

  /** A date split into year, month and day columns; month and day may be absent. */
  static RowDate split(String year, Optional<String> month, Optional<String> day, int[] indexes) {
    return new SplitColumns(year, month, day, indexes);
  }

  private static final Pattern YEARS =
      Pattern.compile(
          "\\s*(?:FY\\s*)?(\\d{4})(?:\\s*(?:[-\u2013;,/]|to)\\s*(?:FY\\s*)?\\d{4})*\\s*");

  /**
   * The longest date cell read, in characters: longer is a malformed date, before any regular
   * expression runs over it (a list of years such as {@code 2001-2001-...} repeated a hundred
   * thousand times would otherwise recurse through the stack).
   */
  static final int MAX_DATE_CHARS = 200;

  static String cell(List<String> row, int index) {
    return index >= 0 && index < row.size() ? row.get(index) : "";
  }

  private static final class SingleColumn extends RowDate {
    private final String column;
    private final String precision;
    private final int index;

    SingleColumn(String column, String precision, int index) {
      this.column = column;
      this.precision = precision;
      this.index = index;
    }

    @Override
    List<String> columns() {
      return List.of(column);
    }

    @Override
    Outcome place(List<String> row) {
      String raw = cell(row, index);
      String v = raw.trim();
      if (v.length() > MAX_DATE_CHARS) {
        return new Malformed(column, raw, expected());
      }
      switch (precision) {
        case "year":
        case "fiscal-year":
          {
            Matcher m = YEARS.matcher(v);
            boolean fiscal = precision.equals("fiscal-year");
            if (!m.matches() || (!fiscal && v.contains("FY"))) {
              return new Malformed(column, raw, expected());
            }
            int year = Integer.parseInt(m.group(1));
            boolean several = !v.replaceFirst("^FY\\s*", "").trim().equals(m.group(1));
            // US federal fiscal year N runs from 1 October N-1 to 30 September N
            return new Placed(
                fiscal ? LocalDate.of(year, 4, 1) : LocalDate.of(year, 7, 1), several);
          }
        default:
          try {
            return new Placed(middle(PartialDate.parse(dayForm(v))), false);
          } catch (IllegalArgumentException e) {
            return new Malformed(column, raw, expected());
          }
      }
    }

    private String expected() {
      switch (precision) {
        case "year":
          return "a year such as 2002";
        case "fiscal-year":
          return "a fiscal year such as FY2002 or 2002";
        case "day":
          return "a date YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY";
        default:
          return "a month YYYY-MM or a year YYYY";
      }
    }
  }

  private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern WITH_TIME =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

  /**
   * A day as event data write it, in the form {@link PartialDate#parse} reads: {@code 20040617}
   * (GDELT) becomes {@code 2004-06-17}, and a time after the day ({@code 2004-06-17T10:00:00Z},
   * {@code 2004-06-17 10:00}) is dropped.
   */
  static String dayForm(String v) {
    Matcher compact = COMPACT_DAY.matcher(v);
    if (compact.matches()) {
      return compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3);
    }
    Matcher timed = WITH_TIME.matcher(v);
    return timed.matches() ? timed.group(1) : v;
  }

  private static final class SplitColumns extends RowDate {
    private final String year;
    private final Optional<String> month;
    private final Optional<String> day;
    private final int[] indexes;

    SplitColumns(String year, Optional<String> month, Optional<String> day, int[] indexes) {
      this.year = year;
      this.month = month;
      this.day = day;
      this.indexes = indexes;
    }

    @Override
    List<String> columns() {
      List<String> columns = new java.util.ArrayList<>();
      columns.add(year);
      month.ifPresent(columns::add);
      day.ifPresent(columns::add);
      return columns;
    }

    @Override
    Outcome place(List<String> row) {
      String y = cell(row, indexes[0]).trim();
      if (!y.matches("\\d{4}")) {
        return new Malformed(year, cell(row, indexes[0]), "a year such as 2002");
      }
      int yy = Integer.parseInt(y);
      // a month or day that is blank, zero, negative (as COW's -9) or out of range is unknown:
      // the date falls back to the month or year
      Optional<Integer> mm =
          month.flatMap(c -> number(cell(row, indexes[1]))).filter(m -> m >= 1 && m <= 12);
      if (mm.isEmpty()) {
        return new Placed(middle(PartialDate.ofYear(yy)), false);
      }
      Optional<Integer> dd =
          day.flatMap(c -> number(cell(row, indexes[2])))
              .filter(d -> d >= 1 && d <= YearMonth.of(yy, mm.get()).lengthOfMonth());
      try {
        return new Placed(
            dd.map(d -> LocalDate.of(yy, mm.get(), d))
                .orElse(middle(PartialDate.ofMonth(yy, mm.get()))),
            false);
      } catch (DateTimeException e) {
        return new Malformed(year, y, "a year such as 2002");
      }
    }

    private static Optional<Integer> number(String text) {
      try {
        return Optional.of(Integer.parseInt(text.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** The middle of a period: the day itself, the 15th of a month, 1 July of a year. */
  static LocalDate middle(PartialDate date) {
    switch (date.precision()) {
      case YEAR:
        return date.start().withMonth(7);
      case MONTH:
        return date.start().withDayOfMonth(15);
      default:
        return date.start();
    }
  }
}
