package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a row is placed: a day on itself; a month, a year or a fiscal year at its middle (the 15th,
 * 1 July, 1 April); a cell listing several years by the first; split year, month and day columns
 * falling back to the month or the year when the day or month is unknown.
 */
class RowDateTest {
  private static RowDate.Outcome single(String precision, String cell) {
    return RowDate.column("when", precision, 1).place(List.of("x", cell));
  }

  /** Year, month and day in columns 0, 1 and 2. */
  private static RowDate.Outcome split(String year, String month, String day) {
    return RowDate.split("y", Optional.of("m"), Optional.of("d"), new int[] {0, 1, 2})
        .place(List.of(year, month, day));
  }

  @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
  @CsvSource({
    "day,         2004-06-17,    2004-06-17",
    "day,         ' 2004-06-17 ', 2004-06-17",
    // GDELT's compact days, and timestamps, whose time is dropped
    "day,         20040617,      2004-06-17",
    "day,         2004-06-17T10:05:00Z, 2004-06-17",
    "day,         2004-06-17 10:05, 2004-06-17",
    "day,         2004-06-17T23:59:59.5+05:00, 2004-06-17",
    // a day column may hold a coarser date: placed at its middle
    "day,         2004-06,       2004-06-15",
    "day,         2004,          2004-07-01",
    "month,       2004-02,       2004-02-15",
    "month,       2004,          2004-07-01",
    "year,        2004,          2004-07-01",
    "year,        ' 2004 ',      2004-07-01",
    // US federal fiscal year N runs from October N-1 to September N: its middle is 1 April N
    "fiscal-year, FY2002,        2002-04-01",
    "fiscal-year, FY 2002,       2002-04-01",
    "fiscal-year, 2002,          2002-04-01",
  })
  void oneColumn_placedOnTheDayOrAtTheMiddleOfItsPeriod(
      String precision, String cell, String expected) {
    assertThat(single(precision, cell))
        .isEqualTo(new RowDate.Placed(LocalDate.parse(expected), false));
  }

  @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "year        | 2006; 2007         | 2006-07-01",
        "year        | 2002-2007          | 2002-07-01",
        "year        | 2002 - 2007        | 2002-07-01",
        "year        | 2002\u20132007     | 2002-07-01",
        "year        | 2002, 2003, 2005   | 2002-07-01",
        "year        | 2002/2003          | 2002-07-01",
        "year        | 2002 to 2004       | 2002-07-01",
        "fiscal-year | FY2002-FY2007      | 2002-04-01",
        "fiscal-year | FY2002; FY2003     | 2002-04-01",
        "fiscal-year | 2003-2004          | 2003-04-01",
      })
  void yearCellListingSeveralYears_placedByTheFirst_andMarked(
      String precision, String cell, String expected) {
    assertThat(single(precision, cell))
        .isEqualTo(new RowDate.Placed(LocalDate.parse(expected), true));
  }

  @ParameterizedTest(name = "{0} ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "day         | 2004-6     | a date YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY",
        "day         | ''         | a date YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY",
        "day         | 17/06/2004 | a date YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY",
        "day         | 2001-02-30 | a date YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY",
        "month       | 2004-13    | a month YYYY-MM or a year YYYY",
        "month       | June 2004  | a month YYYY-MM or a year YYYY",
        "year        | FY2002     | a year such as 2002",
        "year        | 2002-FY2003 | a year such as 2002",
        "year        | 04         | a year such as 2002",
        "year        | ''         | a year such as 2002",
        "year        | 2002-07    | a year such as 2002",
        "fiscal-year | FY02       | a fiscal year such as FY2002 or 2002",
      })
  void malformedCell_namesTheColumnWhatWasFoundAndWhatWasExpected(
      String precision, String cell, String expected) {
    assertThat(single(precision, cell)).isEqualTo(new RowDate.Malformed("when", cell, expected));
  }

  @ParameterizedTest(name = "{0}-{1}-{2} -> {3}")
  @CsvSource({
    "2001, 9,   11,  2001-09-11",
    "2001, 09,  01,  2001-09-01",
    "2001, ' 9', ' 11', 2001-09-11",
    "2004, 2,   29,  2004-02-29",
    // an unknown day (blank, 0, negative as COW's -9, out of range): the middle of the month
    "2001, 9,   '',  2001-09-15",
    "2001, 9,   0,   2001-09-15",
    "2001, 9,   -9,  2001-09-15",
    "2001, 9,   31,  2001-09-15",
    "2001, 2,   30,  2001-02-15",
    "2001, 2,   29,  2001-02-15",
    "2001, 9,   x,   2001-09-15",
    // an unknown month: the middle of the year, whatever the day says
    "2001, '',  11,  2001-07-01",
    "2001, 0,   11,  2001-07-01",
    "2001, -9,  -9,  2001-07-01",
    "2001, 13,  1,   2001-07-01",
  })
  void splitColumns_unknownDayOrMonthFallsBackToTheMonthOrTheYear(
      String year, String month, String day, String expected) {
    assertThat(split(year, month, day))
        .isEqualTo(new RowDate.Placed(LocalDate.parse(expected), false));
  }

  @ParameterizedTest(name = "year ''{0}''")
  @CsvSource({"'', ''", "-9, -9", "01, 01", "2001.0, 2001.0", "MMI, MMI"})
  void splitColumns_malformedYear_isMalformed(String year, String found) {
    assertThat(split(year, "1", "1"))
        .isEqualTo(new RowDate.Malformed("y", found, "a year such as 2002"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2001, 2001-07-01", "1999, 1999-07-01"})
  void splitColumns_yearOnly_placedAtItsMiddle(String year, String expected) {
    RowDate date = RowDate.split("y", Optional.empty(), Optional.empty(), new int[] {0, -1, -1});

    assertThat(date.place(List.of(year)))
        .isEqualTo(new RowDate.Placed(LocalDate.parse(expected), false));
    assertThat(date.columns()).containsExactly("y");
  }

  @ParameterizedTest(name = "row of {0} fields")
  @CsvSource({"0", "1"})
  void shortRow_missingCellsAreBlank(int fields) {
    RowDate date = RowDate.split("y", Optional.of("m"), Optional.of("d"), new int[] {0, 1, 2});

    assertThat(date.place(List.of("2001", "9").subList(0, fields + 1)))
        .isEqualTo(
            new RowDate.Placed(LocalDate.parse(fields == 0 ? "2001-07-01" : "2001-09-15"), false));
    assertThat(date.columns()).containsExactly("y", "m", "d");
  }
}
