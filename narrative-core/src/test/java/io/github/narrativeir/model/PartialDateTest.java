package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.narrativeir.model.PartialDate.Precision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({
    // text,      precision, start,      end
    "2001,        YEAR,      2001-01-01, 2001-12-31",
    "2001-09,     MONTH,     2001-09-01, 2001-09-30",
    "2001-09-11,  DAY,       2001-09-11, 2001-09-11",
    "2001-02,     MONTH,     2001-02-01, 2001-02-28",
    "2004-02,     MONTH,     2004-02-01, 2004-02-29",
    "2000-02,     MONTH,     2000-02-01, 2000-02-29",
    "1900-02,     MONTH,     1900-02-01, 1900-02-28",
    "2004-02-29,  DAY,       2004-02-29, 2004-02-29",
    "2001-12,     MONTH,     2001-12-01, 2001-12-31",
    "2001-04,     MONTH,     2001-04-01, 2001-04-30",
    "2001-01,     MONTH,     2001-01-01, 2001-01-31",
    "2004,        YEAR,      2004-01-01, 2004-12-31",
    "0000,        YEAR,      0000-01-01, 0000-12-31",
    "9999-12-31,  DAY,       9999-12-31, 9999-12-31",
  })
  void parse_wellFormed_givesPeriod(String text, Precision precision, String start, String end) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.start()).isEqualTo(LocalDate.parse(start));
    assertThat(date.end()).isEqualTo(LocalDate.parse(end));
    assertThat(date).hasToString(text);
    assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2001-9",
        "01",
        "2001-02-30",
        "2001-02-29",
        "1900-02-29",
        "2001-04-31",
        "2001-09-00",
        "2001-09-32",
        "2001/09",
        " 2001",
        "2001 ",
        "2001\n",
        "2001-09-1",
        "2001-9-11",
        "",
        "201",
        "20011",
        "-2001",
        "+2001",
        "2001-",
        "2001-09-",
        "2001-09-11T00:00",
        "2001-W37",
        "200I",
        "\u0662\u0660\u0660\u0661", // 2001 in Arabic-Indic digits
        "\uFF12\uFF10\uFF10\uFF11" // 2001 in fullwidth digits
      })
  void parse_malformed_throwsNamingValue(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001-13", "2001-00", "2001-99"})
  void parse_monthOutOfRange_throws(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month");
  }

  @Test
  void parse_null_throwsNpe() {
    assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void factories_agreeWithParse() {
    assertThat(PartialDate.ofYear(2001)).isEqualTo(PartialDate.parse("2001"));
    assertThat(PartialDate.ofMonth(2001, 9)).isEqualTo(PartialDate.parse("2001-09"));
    assertThat(PartialDate.ofDay(LocalDate.of(2001, 9, 11)))
        .isEqualTo(PartialDate.parse("2001-09-11"));
    assertThat(PartialDate.ofYear(7)).hasToString("0007");
    assertThat(PartialDate.ofMonth(7, 3)).hasToString("0007-03");
  }

  @Test
  void factories_outOfRange_throw() {
    assertThatThrownBy(() -> PartialDate.ofYear(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> PartialDate.ofYear(10000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000");
    assertThatThrownBy(() -> PartialDate.ofMonth(2001, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month 0");
    assertThatThrownBy(() -> PartialDate.ofMonth(2001, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month 13");
    assertThatThrownBy(() -> PartialDate.ofDay(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compareTo_byStartThenPrecision() {
    List<PartialDate> expected =
        List.of(
            PartialDate.parse("2000-12-31"),
            PartialDate.parse("2001"),
            PartialDate.parse("2001-01"),
            PartialDate.parse("2001-01-01"),
            PartialDate.parse("2001-01-02"),
            PartialDate.parse("2001-09"),
            PartialDate.parse("2001-09-01"),
            PartialDate.parse("2001-09-11"),
            PartialDate.parse("2001-10"),
            PartialDate.parse("2002"));
    List<PartialDate> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 5);

    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @Test
  void compareTo_consistentWithEquals() {
    assertThat(PartialDate.parse("2001-09")).isEqualByComparingTo(PartialDate.ofMonth(2001, 9));
    assertThat(PartialDate.parse("2001")).isNotEqualByComparingTo(PartialDate.parse("2001-01"));
    assertThat(PartialDate.parse("2001-01"))
        .isNotEqualByComparingTo(PartialDate.parse("2001-01-01"));
  }

  @Test
  void compareTo_laterStartWinsOverPrecision() {
    // A year begins before a day inside it, however much more precise the day is.
    assertThat(PartialDate.parse("2001")).isLessThan(PartialDate.parse("2001-06-15"));
    // A day before a year begins precedes that year.
    assertThat(PartialDate.parse("2000-12-31")).isLessThan(PartialDate.parse("2001"));
  }

  @Test
  void equals_byStartAndPrecision() {
    new EqualsTester()
        .addEqualityGroup(
            PartialDate.parse("2001"), PartialDate.parse("2001"), PartialDate.ofYear(2001))
        .addEqualityGroup(PartialDate.parse("2001-01"), PartialDate.ofMonth(2001, 1))
        .addEqualityGroup(
            PartialDate.parse("2001-01-01"), PartialDate.ofDay(LocalDate.of(2001, 1, 1)))
        .addEqualityGroup(PartialDate.parse("2002"))
        .addEqualityGroup(PartialDate.parse("2001-09"))
        .addEqualityGroup(LocalDate.of(2001, 1, 1))
        .testEquals();
  }

  @Test
  void nulls_rejectedByEveryPublicMethod() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2001, 9, 11));
    tester.testAllPublicStaticMethods(PartialDate.class);
    tester.testAllPublicInstanceMethods(PartialDate.parse("2001-09"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001-13", "2001-00"})
  void parse_monthOutOfRange_messageNamesText(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("malformed date '" + text + "'");
  }
}
