package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.Situation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How {@link BoundaryShifts} moves a boundary: partial dates, open ends, gaps and overlaps, and the
 * shifts it skips (a situation left empty, the situations reordered, a year past 9999).
 */
class BoundaryShiftDatesTest {
  @ParameterizedTest(name = "from {0} moved {1} month(s) is {2}")
  @CsvSource({
    "2007, -1, 2006-12",
    "2007, 1, 2007-02",
    "2001-09, -1, 2001-08",
    "2001-09, 1, 2001-10",
    "2000-01, -1, 1999-12",
    "2001-09-11, -1, 2001-08-11",
    "2001-09-11, 1, 2001-10-11",
    "2001-03-31, -1, 2001-02-28",
    "2001-01-31, 1, 2001-02-28",
    "2000-01-31, 1, 2000-02-29"
  })
  void shiftStart_movesTheFirstDay_aYearBecomesAMonth_aDayStaysADay(
      String from, int months, String shifted) {
    assertThat(BoundaryShifts.shiftStart(PartialDate.parse(from), months)).hasToString(shifted);
  }

  @ParameterizedTest(name = "to {0} moved {1} month(s) is {2}")
  @CsvSource({
    "2006, -1, 2006-11",
    "2006, 1, 2007-01",
    "2001-08, -1, 2001-07",
    "2001-08, 1, 2001-09",
    "1999-12, 1, 2000-01",
    "2001-09-10, -1, 2001-08-10",
    "2001-09-10, 1, 2001-10-10",
    // the day after (31 January) moves to 28 February: the period ends the day before
    "2001-01-30, 1, 2001-02-27",
    "2001-02-28, -1, 2001-01-31",
    "2000-02-28, 1, 2000-03-28"
  })
  void shiftEnd_movesTheDayAfter_aYearBecomesAMonth_aDayStaysADay(
      String to, int months, String shifted) {
    assertThat(BoundaryShifts.shiftEnd(PartialDate.parse(to), months)).hasToString(shifted);
  }

  @Test
  void adjacentPeriods_stayAdjacent_forEveryDayOfFourYears() {
    for (LocalDate day = LocalDate.of(2000, 1, 1); day.getYear() < 2004; day = day.plusDays(1)) {
      for (int months : new int[] {-1, 1}) {
        PartialDate from = BoundaryShifts.shiftStart(PartialDate.ofDay(day), months);
        PartialDate to = BoundaryShifts.shiftEnd(PartialDate.ofDay(day.minusDays(1)), months);

        assertThat(to.end().plusDays(1)).as("%s moved %s", day, months).isEqualTo(from.start());
      }
    }
    for (int month = 1; month <= 12; month++) {
      for (int months : new int[] {-1, 1}) {
        PartialDate from = BoundaryShifts.shiftStart(PartialDate.ofMonth(2001, month), months);
        PartialDate to =
            BoundaryShifts.shiftEnd(
                month == 1 ? PartialDate.ofYear(2000) : PartialDate.ofMonth(2001, month - 1),
                months);
        assertThat(to.end().plusDays(1)).as("%s moved %s", month, months).isEqualTo(from.start());
      }
    }
  }

  private static Situation s(String id, String from, String to) {
    Situation.Builder b = Situation.builder().id(id).from(from);
    return to == null ? b.build() : b.to(to).build();
  }

  private static String moved(Situation earlier, Situation later, Situation next, int months)
      throws Exception {
    List<Situation> moved = BoundaryShifts.move(earlier, later, Optional.ofNullable(next), months);
    return moved.stream()
        .map(x -> x.id() + " " + x.from() + x.to().map(t -> " to " + t).orElse(""))
        .reduce((a, b) -> a + ", " + b)
        .orElseThrow();
  }

  @Test
  void openEndedEarlierSituation_keepsItsOpenEnd_onlyTheNextOnesFromMoves() throws Exception {
    assertThat(moved(s("a", "2004", null), s("b", "2007", "2008"), null, -1))
        .isEqualTo("a 2004, b 2006-12 to 2008");
  }

  @Test
  void gapBetweenTwoSituations_movesWhole() throws Exception {
    assertThat(moved(s("a", "2000", "2001"), s("b", "2003", "2004"), null, -1))
        .isEqualTo("a 2000 to 2001-11, b 2002-12 to 2004");
    assertThat(moved(s("a", "2000", "2001"), s("b", "2003", "2004"), null, 1))
        .isEqualTo("a 2000 to 2002-01, b 2003-02 to 2004");
  }

  @Test
  void daysStayDays_andTheOtherSituationsOwnEndsDoNotMove() throws Exception {
    assertThat(
            moved(s("a", "2001-01-01", "2001-09-10"), s("b", "2001-09-11", "2001-12-31"), null, 1))
        .isEqualTo("a 2001-01-01 to 2001-10-10, b 2001-10-11 to 2001-12-31");
  }

  @Test
  void earlierSituationEndingBeforeItBegins_isSkipped() {
    assertThatThrownBy(
            () -> moved(s("a", "2006-12", "2006-12"), s("b", "2007-01", "2008"), null, -1))
        .hasMessage("situation 'a' would end (2006-11) before it begins (2006-12)");
  }

  @Test
  void laterSituationBeginningAfterItEnds_isSkipped() {
    assertThatThrownBy(() -> moved(s("a", "2006", "2006"), s("b", "2007-01", "2007-01"), null, 1))
        .hasMessage("situation 'b' would begin (2007-02) after it ends (2007-01)");
  }

  @Test
  void openEndedEarlierSituation_leftEmpty_isSkipped() {
    assertThatThrownBy(() -> moved(s("a", "2006-12", null), s("b", "2007-01", "2008"), null, -1))
        .hasMessage(
            "situation 'a' (from 2006-12, open-ended) would be empty: 'b' would begin (2006-12)"
                + " no later than it does");
  }

  @Test
  void openEndedLaterSituation_leftEmptyByTheNext_isSkipped() {
    assertThatThrownBy(
            () -> moved(s("a", "2006", "2006"), s("b", "2007", null), s("c", "2007-02", null), 1))
        .hasMessage(
            "situation 'b' (open-ended) would be empty: it would begin (2007-02) no earlier than"
                + " 'c' (2007-02)");
  }

  @Test
  void laterSituationPassingTheNext_isSkipped() {
    // overlapping situations: b moved a month later would begin after c
    assertThatThrownBy(
            () ->
                moved(
                    s("a", "2000", "2010"),
                    s("b", "2005", "2006"),
                    s("c", "2005-01-15", "2008"),
                    1))
        .hasMessage(
            "situation 'b' would begin (2005-02) after 'c' (2005-01-15), changing the order of"
                + " the situations");
  }

  @Test
  void laterSituationPassingTheEarlier_isSkipped() {
    assertThatThrownBy(
            () -> moved(s("a", "2005-01-15", "2005-03"), s("b", "2005-02", "2006"), null, -1))
        .hasMessage(
            "situation 'b' would begin (2005-01) before 'a' (2005-01-15), changing the order of"
                + " the situations");
  }

  @Test
  void shiftPastTheYear9999_isSkipped() {
    assertThatThrownBy(() -> moved(s("a", "9999-01", "9999-11"), s("b", "9999-12", null), null, 1))
        .hasMessage("the boundary between 'a' and 'b' would leave the years 0 to 9999");
  }
}
