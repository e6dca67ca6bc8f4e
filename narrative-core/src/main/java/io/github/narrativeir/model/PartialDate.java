package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision of a year ({@code 2001}), a month ({@code 2001-09}) or a day
 * ({@code 2001-09-11}). A partial date stands for the period it names: {@link #start()} is its
 * first day, {@link #end()} its last.
 *
 * <p>Partial dates are ordered by their first day, then by precision (year before month before
 * day).
 *
 * @since 0.1.0
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How precisely a {@link PartialDate} is known. */
  public enum Precision {
    /** Known to the year: {@code YYYY}. */
    YEAR,
    /** Known to the month: {@code YYYY-MM}. */
    MONTH,
    /** Known to the day: {@code YYYY-MM-DD}. */
    DAY
  }

  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

  private final LocalDate start;
  private final Precision precision;

  private PartialDate(LocalDate start, Precision precision) {
    this.start = start;
    this.precision = precision;
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException if {@code text} has any other form (such as {@code 2001-9}) or
   *     names a month or day that does not exist
   */
  public static PartialDate parse(String text) {
    checkNotNull(text, "text");
    Matcher m = FORM.matcher(text);
    checkArgument(
        m.matches(),
        "malformed date '%s': expected YYYY, YYYY-MM or YYYY-MM-DD (such as 2001, 2001-09 or 2001-09-11)",
        text);
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) == null) {
        return ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return ofMonth(year, month);
      }
      return ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format("malformed date '%s': %s", text, e.getMessage()), e);
    }
  }

  /**
   * Returns the year {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not in 0..9999
   */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
  }

  /**
   * Returns the month {@code month} (1..12) of {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not in 0..9999 or {@code month} not in
   *     1..12
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month %s is not in 1..12", month);
    return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
  }

  /**
   * Returns the day {@code date}.
   *
   * @throws IllegalArgumentException if the year of {@code date} is not in 0..9999
   */
  public static PartialDate ofDay(LocalDate date) {
    checkNotNull(date, "date");
    checkYear(date.getYear());
    return new PartialDate(date, Precision.DAY);
  }

  private static void checkYear(int year) {
    checkArgument(year >= 0 && year <= 9999, "year %s is not in 0..9999", year);
  }

  /** The first day of the period this date names. */
  public LocalDate start() {
    return start;
  }

  /** The last day of the period this date names. */
  public LocalDate end() {
    switch (precision) {
      case YEAR:
        return LocalDate.of(start.getYear(), 12, 31);
      case MONTH:
        return YearMonth.from(start).atEndOfMonth();
      default:
        return start;
    }
  }

  /** How precisely this date is known. */
  public Precision precision() {
    return precision;
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PartialDate
        && ((PartialDate) obj).start.equals(start)
        && ((PartialDate) obj).precision == precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, precision);
  }

  /** The date in the form it was written: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @Override
  public String toString() {
    String year = String.format("%04d", start.getYear());
    switch (precision) {
      case YEAR:
        return year;
      case MONTH:
        return String.format("%s-%02d", year, start.getMonthValue());
      default:
        return String.format("%s-%02d-%02d", year, start.getMonthValue(), start.getDayOfMonth());
    }
  }
}
