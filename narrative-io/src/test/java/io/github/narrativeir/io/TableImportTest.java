package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Situation;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dated table becomes situation aspects and observations through a mapping. */
class TableImportTest {
  @TempDir Path temp;

  static Path file(String name) {
    try {
      return Path.of(TableImportTest.class.getResource("/import/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void rowsLandInTheirSituation_thresholdsDecide_provenanceIsRecorded() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    Situation early = r.model().situations().get(0);
    Situation late = r.model().situations().get(1);
    // codes are strings: "016" keeps its zero; "190" is not an attack
    assertThat(early.aspects()).extracting(a -> a.value()).containsExactly("large-aid");
    assertThat(late.aspects()).extracting(a -> a.value()).containsExactly("drone-campaign");
    assertThat(r.model().observations())
        .extracting(
            o ->
                o.actor()
                    + " "
                    + o.practice()
                    + " "
                    + o.situation()
                    + " | "
                    + o.source().orElseThrow())
        .containsExactly(
            "US strike late | events.csv, rule 'us-strikes': 4 rows",
            "US aid early | events.csv, rule 'large-aid': 1 row, sum of amount 700");
    assertThat(r.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .contains(
                        "rule 'us-strikes': 7 rows selected, 1 outside every"
                            + " situation's period; added in late (4 rows)"));
    assertThat(io.github.narrativeir.model.ModelValidator.validate(r.model()).isValid()).isTrue();
  }

  @Test
  void importedModel_writesAndReadsBack() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path out = temp.resolve("with-data.yaml");

    ModelWriter.write(TableImport.run(file("strikes.mapping.yaml"), model).model(), out);

    assertThat(ModelReader.create().read(out).model().observations()).hasSize(2);
    assertThat(Files.readString(out)).contains("rule 'us-strikes': 4 rows");
  }

  @Test
  void malformedMapping_everyProblemLocated() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path mapping = file("invalid/bad.mapping.yaml");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(
            mapping
                + ":3:33: expected one of day, month, year, fiscal-year for"
                + " 'precision', found 'week'")
        .hasMessageContaining(
            mapping
                + ":11:9: a condition of rule 'r2' needs exactly one of equals,"
                + " in, matches, atLeast, above, atMost, below; found none");
  }

  @Test
  void unknownColumn_namesTheColumnsAndTheClosest() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path mapping = temp.resolve("m.yaml");
    Files.copy(file("events.csv"), temp.resolve("events.csv"));
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: events.csv\n"
            + "date: {column: date}\nrules:\n  - {name: r, where: [{column: actr, equals: USA}], aspect: large-aid}\n");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            mapping
                + ":5:32: column 'actr' is not in the table events.csv; did you mean"
                + " 'actor'? (columns: date, actor, code, country, amount, note)");
  }

  @Test
  void malformedDateInTheTable_locatedByLineAndColumnName() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Path table = temp.resolve("events.csv");
    Files.writeString(table, "date,code\n2004-06-17,016\n2004-6,016\n");
    Path mapping = temp.resolve("m.yaml");
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: events.csv\n"
            + "date: {column: date}\nrules:\n  - {name: r, where: [{column: code, equals: \"016\"}], aspect: large-aid}\n");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            table
                + ":3:1: column 'date': malformed date '2004-6' (expected a date"
                + " YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY)");
  }

  @Test
  void tableProblems_nameTheTableBesideTheMappingAsTheMappingIsNamed_notMadeAbsolute()
      throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Files.createDirectories(temp.resolve("data"));
    Files.writeString(temp.resolve("data/events.csv"), "date,code\n2004-6,016\n");
    Path mapping = temp.resolve("maps/m.yaml");
    Files.createDirectories(mapping.getParent());
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: ../data/events.csv\n"
            + "date: {column: date}\nrules:\n  - {name: r, where: [{column: code, equals: \"016\"}], aspect: large-aid}\n");
    Path relative = Path.of("").toAbsolutePath().relativize(mapping);

    assertThatThrownBy(() -> TableImport.run(relative, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(
            relative.getParent().resolve("../data/events.csv").normalize() + ":2:1: column 'date'");
  }

  @Test
  void ruleProblems_nameTheRuleByItsName_orItsNumberFromOne() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Files.copy(file("events.csv"), temp.resolve("events.csv"));
    Path mapping = temp.resolve("m.yaml");
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\nrules:\n"
            + "  - {name: strikes, treshold: {count: 2}, aspect: large-aid}\n"
            + "  - {treshold: {count: 2}, aspect: large-aid}\n");

    assertThatThrownBy(() -> TableImport.run(mapping, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(
            mapping
                + ":5:21: unknown field 'treshold' in rule 'strikes'; did you mean 'threshold'?")
        .hasMessageContaining(
            mapping + ":6:6: unknown field 'treshold' in rule 'rule 2'; did you mean 'threshold'?");
  }

  @Test
  void malformedAspect_isOneProblem_notAlsoARuleThatAddsNothing() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Files.copy(file("events.csv"), temp.resolve("events.csv"));
    Path mapping = temp.resolve("m.yaml");
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\nrules:\n"
            + "  - {name: r, aspect: large aid}\n");

    ModelFormatException e =
        (ModelFormatException) catchThrowable(() -> TableImport.run(mapping, model));

    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            mapping
                + ":5:23: rule 'r': 'aspect':"
                + " malformed aspect id 'large aid': an id is a non-empty string of ASCII letters, digits, '.', '-',"
                + " '_' and ':' (at /rules/0/aspect)");
  }

  // ----- helpers for the tests below: a small model, a table and a mapping written to temp -----

  private static final String HEAD = "format: narrative-mapping/1\ntable: t.csv\n";

  /** US and PK, aspects strikes and large-aid, practices strike and aid, the given situations. */
  private static Model small(Situation... situations) {
    return Model.builder()
        .addActors(Actor.of("US"), Actor.of("PK"))
        .addAspects(Aspect.of("strikes", "strikes"), Aspect.of("large-aid", "large aid"))
        .addPractices(
            PracticeType.builder().id("strike").build(), PracticeType.builder().id("aid").build())
        .addSituations(situations)
        .build();
  }

  private static Situation situation(String id, String from, String to) {
    return Situation.builder().id(id).from(from).to(to).build();
  }

  /** Writes {@code table} as {@code name} and the mapping, and returns the mapping's path. */
  private Path mapping(String name, String table, String mapping) throws Exception {
    Files.writeString(temp.resolve(name), table, StandardCharsets.UTF_8);
    Path file = temp.resolve("m.mapping.yaml");
    Files.writeString(file, mapping, StandardCharsets.UTF_8);
    return file;
  }

  private Path mapping(String table, String mapping) throws Exception {
    return mapping("t.csv", table, mapping);
  }

  private static List<String> ids(Model model) {
    return model.situations().stream().map(s -> s.id().value()).toList();
  }

  private static Situation situation(Model model, String id) {
    return model.situations().stream()
        .filter(s -> s.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> aspects(Model model, String id) {
    return situation(model, id).aspects().stream().map(a -> a.value()).toList();
  }

  private static String periods(Model model) {
    return model.situations().stream()
        .map(s -> s.id() + "=" + s.from() + ".." + s.to().map(Object::toString).orElse(""))
        .collect(Collectors.joining(" "));
  }

  private static final String STRIKES_RULE =
      "rules:\n  - {name: r, where: [{column: code, equals: s}], aspect: strikes}\n";

  // ----- dates at the middle of their period, fiscal years, lists of years -----

  @Test
  void fiscalYear_landsInTheSituationHoldingItsMiddle_notItsFirstOrCalendarYear() throws Exception {
    // FY2002 is October 2001 to September 2002: most of it, and its middle (1 April 2002), is in
    // 2002
    Model model = small(situation("y2001", "2001", "2001"), situation("y2002", "2002", "2002"));
    Path m =
        mapping(
            "fy,code\nFY2002,s\n2003,s\n",
            HEAD + "date: {column: fy, precision: fiscal-year}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, model);

    assertThat(aspects(r.model(), "y2001")).isEmpty();
    assertThat(aspects(r.model(), "y2002")).containsExactly("strikes");
    assertThat(r.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .endsWith(
                        "rule 'r': 2 rows selected, 1 outside every situation's period; added in y2002 (1 row)"));
  }

  @Test
  void yearAndMonth_landInTheSituationHoldingTheirMiddle() throws Exception {
    // 2004 is placed on 1 July (second half), 2004-06 on 15 June (second half of June)
    Model model =
        small(
            situation("h1", "2004-01-01", "2004-06-14"),
            situation("h2", "2004-06-15", "2004-12-31"));
    Path years =
        mapping("y,code\n2004,s\n", HEAD + "date: {column: y, precision: year}\n" + STRIKES_RULE);

    assertThat(aspects(TableImport.run(years, model).model(), "h2")).containsExactly("strikes");
    assertThat(aspects(TableImport.run(years, model).model(), "h1")).isEmpty();

    Path months =
        mapping(
            "m,code\n2004-06,s\n", HEAD + "date: {column: m, precision: month}\n" + STRIKES_RULE);

    assertThat(aspects(TableImport.run(months, model).model(), "h2")).containsExactly("strikes");
    assertThat(aspects(TableImport.run(months, model).model(), "h1")).isEmpty();
  }

  @Test
  void yearLists_placedByTheFirst_andOnlySelectedRowsCountedInTheNote() throws Exception {
    Model model = small(situation("a", "2002", "2005"), situation("b", "2006", "2009"));
    // the unselected row (code x) lists years too: it is not counted
    Path m =
        mapping(
            "years,code\n\"2006; 2007\",s\n2002-2007,s\n2008,s\n\"2003, 2004\",x\n",
            HEAD
                + "date: {column: years, precision: year}\n"
                + "rules:\n  - {name: r, where: [{column: code, equals: s}], aspect: strikes}\n");

    TableImport.Result r = TableImport.run(m, model);

    assertThat(situation(r.model(), "a").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 1 row"));
    assertThat(situation(r.model(), "b").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 2 rows"));
    assertThat(r.notes())
        .contains(m + ": 2 selected rows list several years; each is placed by the first");
  }

  @Test
  void noYearLists_noNote() throws Exception {
    Path m =
        mapping("y,code\n2002,s\n", HEAD + "date: {column: y, precision: year}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small(situation("a", "2002", "2005")));

    assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("several years"));
  }

  @Test
  void splitDateColumns_unknownDaysAndMonthsFallBack_andPlaceRowsInTheirSituations()
      throws Exception {
    // COW-style: -9 for unknown; 2001-02-30 does not exist: the middle of February
    Model model =
        small(
            situation("jan", "2001-01", "2001-01"),
                situation("feb-early", "2001-02-01", "2001-02-14"),
            situation("feb-late", "2001-02-15", "2001-02-28"),
                situation("rest", "2001-03", "2001-12"));
    Path m =
        mapping(
            "StYear,StMon,StDay,code\n2001,1,31,s\n2001,2,30,s\n2001,2,-9,s\n2001,-9,-9,s\n"
                + "2001,2,0,s\n2001,2,,s\n2001,2,1,s\n",
            HEAD + "date: {year: StYear, month: StMon, day: StDay}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, model);

    assertThat(situation(r.model(), "jan").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 1 row"));
    assertThat(situation(r.model(), "feb-early").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 1 row"));
    assertThat(situation(r.model(), "feb-late").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 4 rows"));
    // the year alone: 1 July
    assertThat(situation(r.model(), "rest").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 1 row"));
  }

  @Test
  void splitDateColumns_malformedYear_locatedAtItsField() throws Exception {
    Path m =
        mapping(
            "code,StYear,StMon\ns,2001,1\ns,-9,1\n",
            HEAD + "date: {year: StYear, month: StMon}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, small(situation("a", "2001", "2001"))))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            temp.resolve("t.csv")
                + ":3:3: column 'StYear': malformed date '-9' (expected a year"
                + " such as 2002)");
  }

  // ----- generated periods -----

  @Test
  void everyYear_generatesOneSituationPerYear_fromTheFirstToTheLastRow_withoutGaps()
      throws Exception {
    Path m =
        mapping(
            "date,code\n2003-05-01,s\n2001-03-01,s\n2003-06-01,x\n2001-12-31,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small());

    assertThat(periods(r.model())).isEqualTo("2001=2001..2001 2002=2002..2002 2003=2003..2003");
    assertThat(situation(r.model(), "2001").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 2 rows"));
    assertThat(aspects(r.model(), "2002")).isEmpty();
    assertThat(aspects(r.model(), "2003")).containsExactly("strikes");
    assertThat(r.notes())
        .contains(
            m + ": 4 rows read from t.csv",
            m + ": generated 3 situations (every year): 2001 to 2003",
            m
                + ": rule 'r': 3 rows selected, 0 outside every situation's period; added in 2001 (2 rows),"
                + " 2003 (1 row)");
    assertThat(ModelValidator.validate(r.model()).isValid()).isTrue();
  }

  @Test
  void everyQuarter_idsLabelsAndMonths_andAYearPlacedInItsThirdQuarter() throws Exception {
    Path m =
        mapping(
            "date,code\n2001-02-10,s\n2001-09-30,s\n2002-01-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: quarter}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small());

    assertThat(periods(r.model()))
        .isEqualTo(
            "2001-q1=2001-01..2001-03 2001-q2=2001-04..2001-06"
                + " 2001-q3=2001-07..2001-09 2001-q4=2001-10..2001-12 2002-q1=2002-01..2002-03");
    assertThat(situation(r.model(), "2001-q3").label()).contains("2001 Q3");
    assertThat(
            r.model().situations().stream()
                .filter(s -> !s.aspects().isEmpty())
                .map(s -> s.id().value()))
        .containsExactly("2001-q1", "2001-q3", "2002-q1");

    Path year =
        mapping(
            "y,code\n2001,s\n",
            HEAD
                + "date: {column: y, precision: year}\nperiods: {every: quarter}\n"
                + STRIKES_RULE);

    assertThat(periods(TableImport.run(year, small()).model()))
        .isEqualTo("2001-q3=2001-07..2001-09");
  }

  @Test
  void everyMonth_idsAreTheMonths() throws Exception {
    Path m =
        mapping(
            "date,code\n2001-09-11,s\n2001-11-30,s\n2000-12,x\n",
            HEAD + "date: {column: date}\nperiods: {every: month}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small());

    assertThat(periods(r.model()))
        .isEqualTo("2001-09=2001-09..2001-09 2001-10=2001-10..2001-10 2001-11=2001-11..2001-11");
    assertThat(aspects(r.model(), "2001-10")).isEmpty();
    assertThat(aspects(r.model(), "2001-11")).containsExactly("strikes");
  }

  @Test
  void bounds_generateEveryPeriodBetween_rowsOutsideAreCountedAsOutside() throws Exception {
    Path m =
        mapping(
            "date,code\n2001-02-01,s\n2001-05-01,s\n2001-12-01,s\n",
            HEAD
                + "date: {column: date}\nperiods: {every: quarter, from: 2001-04, to: 2001-09}\n"
                + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small());

    assertThat(ids(r.model())).containsExactly("2001-q2", "2001-q3");
    assertThat(r.notes())
        .contains(
            m + ": generated 2 situations (every quarter): 2001-q2 to 2001-q3",
            m
                + ": rule 'r': 3 rows selected, 2 outside every situation's period; added in 2001-q2 (1 row)");
  }

  @Test
  void bounds_areThePeriodsHoldingTheirFirstAndLastDay() throws Exception {
    // from 2001-09-11: the first month is September, so a row of 1 September is inside; to 2001:
    // December
    Path m =
        mapping(
            "date,code\n2001-09-01,s\n2001-12-31,s\n2002-01-01,s\n",
            HEAD
                + "date: {column: date}\nperiods: {every: month, from: 2001-09-11, to: 2001}\n"
                + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small());

    assertThat(ids(r.model())).containsExactly("2001-09", "2001-10", "2001-11", "2001-12");
    assertThat(aspects(r.model(), "2001-09")).containsExactly("strikes");
    assertThat(aspects(r.model(), "2001-12")).containsExactly("strikes");
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("3 rows selected, 1 outside"));
  }

  @Test
  void oneBound_theOtherEndIsTheLastOrFirstRow() throws Exception {
    Path from =
        mapping(
            "date,code\n2000-06-01,s\n2003-06-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year, from: 2001}\n" + STRIKES_RULE);

    assertThat(ids(TableImport.run(from, small()).model())).containsExactly("2001", "2002", "2003");

    Path to =
        mapping(
            "date,code\n2000-06-01,s\n2003-06-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year, to: 2001}\n" + STRIKES_RULE);

    assertThat(ids(TableImport.run(to, small()).model())).containsExactly("2000", "2001");
  }

  @Test
  void noRowSelected_nothingGenerated_unlessBothBoundsAreGiven() throws Exception {
    Model model = small(situation("hand", "1990", "1990"));
    Path none =
        mapping(
            "date,code\n2001-06-01,x\n",
            HEAD + "date: {column: date}\nperiods: {every: year}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(none, model);

    assertThat(r.model()).isEqualTo(model);
    assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains("generated"));
    assertThat(r.notes())
        .contains(
            none
                + ": rule 'r': 0 rows selected, 0 outside every situation's period;"
                + " nothing added");

    // rows only before 'from', and no 'to': nothing is generated either
    Path before =
        mapping(
            "date,code\n2001-06-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year, from: 2005}\n" + STRIKES_RULE);

    assertThat(TableImport.run(before, model).model()).isEqualTo(model);

    Path bounded =
        mapping(
            "date,code\n2001-06-01,x\n",
            HEAD
                + "date: {column: date}\nperiods: {every: year, from: 2001, to: 2002}\n"
                + STRIKES_RULE);

    assertThat(ids(TableImport.run(bounded, model).model()))
        .containsExactly("hand", "2001", "2002");
  }

  @Test
  void generatedPeriod_clashingWithASituationOfTheSameId_isALocatedError() throws Exception {
    Model model = small(situation("2001", "2001-03", "2001-05"));
    Path m =
        mapping(
            "date,code\n2001-06-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            m
                + ":4:10: generated period '2001' (2001 to 2001) clashes with the model's"
                + " situation '2001' (2001-03 to 2001-05)");
  }

  @Test
  void generatedPeriod_sameIdAndPeriod_reusesTheSituation_keepingItsLabelAndAspects()
      throws Exception {
    Situation mine =
        Situation.builder()
            .id("2001")
            .label("the first year")
            .from("2001")
            .to("2001")
            .addAspects("large-aid")
            .build();
    Model model = small(mine);
    Path m =
        mapping(
            "date,code\n2001-06-01,s\n2002-06-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, model);

    assertThat(ids(r.model())).containsExactly("2001", "2002");
    assertThat(situation(r.model(), "2001").label()).contains("the first year");
    assertThat(aspects(r.model(), "2001")).containsExactly("large-aid", "strikes");
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).endsWith("(every year): 2002"));
    assertThat(ModelValidator.validate(r.model()).isValid()).isTrue();
  }

  @Test
  void generatedPeriod_sameDaysWrittenByMonth_reusesTheSituation() throws Exception {
    Model model = small(situation("2001", "2001-01", "2001-12"));
    Path m =
        mapping(
            "date,code\n2001-06-01,s\n",
            HEAD + "date: {column: date}\nperiods: {every: year}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, model);

    assertThat(ids(r.model())).containsExactly("2001");
    assertThat(aspects(r.model(), "2001")).containsExactly("strikes");
  }

  // ----- observations merged, imports idempotent -----

  @Test
  void existingObservation_getsTheDataAsEvidence_insteadOfADuplicate() throws Exception {
    Model base = ModelReader.create().read(file("model.yaml")).model();
    Model model =
        Model.builder()
            .from(base)
            .addObservations(
                Observation.builder()
                    .actor("US")
                    .practice("strike")
                    .target("PK")
                    .situation("late")
                    .source("press reports")
                    .build())
            .addObservations(
                Observation.builder()
                    .actor("US")
                    .practice("aid")
                    .target("PK")
                    .situation("early")
                    .build())
            .build();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    assertThat(r.model().observations())
        .extracting(
            o ->
                o.actor()
                    + " "
                    + o.practice()
                    + " "
                    + o.situation()
                    + " | "
                    + o.source().orElseThrow())
        .containsExactly(
            "US strike late | press reports; events.csv, rule 'us-strikes': 4 rows",
            "US aid early | events.csv, rule 'large-aid': 1 row, sum of amount 700");
  }

  @Test
  void observationOfAChangeOrAnotherTarget_isNotMerged() throws Exception {
    Model base = ModelReader.create().read(file("model.yaml")).model();
    Observation started =
        Observation.builder()
            .actor("US")
            .practice("strike")
            .target("PK")
            .situation("late")
            .change(ChangeKind.STARTED)
            .source("press")
            .build();
    Observation untargeted =
        Observation.builder()
            .actor("US")
            .practice("strike")
            .situation("late")
            .source("press")
            .build();
    Model model = Model.builder().from(base).addObservations(started, untargeted).build();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    assertThat(r.model().observations()).hasSize(4).startsWith(started, untargeted);
  }

  @Test
  void negativeObservationOfTheSameCell_isNotMerged_andTheDisagreementIsAWarning()
      throws Exception {
    Model base = ModelReader.create().read(file("model.yaml")).model();
    Observation denied =
        Observation.builder()
            .actor("US")
            .practice("strike")
            .target("PK")
            .situation("late")
            .occurred(false)
            .source("a government denial")
            .build();
    Model model = Model.builder().from(base).addObservations(denied).build();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    assertThat(r.model().observations()).first().isEqualTo(denied);
    assertThat(r.model().observations())
        .filteredOn(o -> o.practice().value().equals("strike") && o.occurred())
        .singleElement()
        .satisfies(o -> assertThat(o.source()).contains("events.csv, rule 'us-strikes': 4 rows"));
    assertThat(ModelValidator.validate(r.model()).warnings())
        .anySatisfy(w -> assertThat(w.message()).contains("the sources disagree"));
  }

  @Test
  void evidenceThatIsOnlyPartOfTheExistingSource_isStillAdded() throws Exception {
    // an earlier import of another table version said 7000; 700 is new evidence, not the same
    Model base = ModelReader.create().read(file("model.yaml")).model();
    String earlier = "events.csv, rule 'large-aid': 1 row, sum of amount 7000";
    Model model =
        Model.builder()
            .from(base)
            .addObservations(
                Observation.builder()
                    .actor("US")
                    .practice("aid")
                    .target("PK")
                    .situation("early")
                    .source(earlier)
                    .build())
            .build();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    assertThat(r.model().observations())
        .filteredOn(o -> o.practice().value().equals("aid"))
        .extracting(o -> o.source().orElseThrow())
        .containsExactly(earlier + "; events.csv, rule 'large-aid': 1 row, sum of amount 700");
  }

  @Test
  void importingTwice_leavesTheModelAsAfterTheFirstImport() throws Exception {
    Model base = ModelReader.create().read(file("model.yaml")).model();
    Model model =
        Model.builder()
            .from(base)
            .addObservations(
                Observation.builder()
                    .actor("US")
                    .practice("strike")
                    .target("PK")
                    .situation("late")
                    .source("press")
                    .build())
            .build();

    Model once = TableImport.run(file("strikes.mapping.yaml"), model).model();
    Model twice = TableImport.run(file("strikes.mapping.yaml"), once).model();

    assertThat(twice).isEqualTo(once);
    assertThat(once.observations()).hasSize(2);
  }

  @Test
  void importingGeneratedPeriodsTwice_leavesTheModelAsAfterTheFirstImport() throws Exception {
    Path m =
        mapping(
            "date,code,amount\n2001-03-01,s,5\n2003-05-01,s,7\n",
            HEAD
                + "date: {column: date}\nperiods: {every: quarter}\nrules:\n"
                + "  - {name: r, where: [{column: code, equals: s}], threshold: {sum: amount, atLeast: 1},"
                + " aspect: strikes, observation: {actor: US, practice: strike, target: PK}}\n");

    Model once = TableImport.run(m, small()).model();
    Model twice = TableImport.run(m, once).model();

    assertThat(twice).isEqualTo(once);
    assertThat(once.situations()).hasSize(10);
    assertThat(once.observations())
        .extracting(o -> o.situation() + " " + o.source().orElseThrow())
        .containsExactly(
            "2001-q1 t.csv, rule 'r': 1 row, sum of amount 5",
            "2003-q2 t.csv, rule 'r': 1 row, sum of amount 7");
  }

  // ----- provenance of imported aspects -----

  @Test
  void importedAspects_haveProvenanceNamingTableRuleRowsAndSum() throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();

    TableImport.Result r = TableImport.run(file("strikes.mapping.yaml"), model);

    assertThat(situation(r.model(), "early").provenance())
        .containsExactly(
            AspectSource.of("large-aid", "events.csv, rule 'large-aid': 1 row, sum of amount 700"));
    assertThat(situation(r.model(), "late").provenance())
        .containsExactly(
            AspectSource.of("drone-campaign", "events.csv, rule 'us-strikes': 4 rows"));
    assertThat(
            situation(r.model(), "late")
                .sourcesOf(io.github.narrativeir.model.AspectId.of("drone-campaign")))
        .containsExactly("events.csv, rule 'us-strikes': 4 rows");
  }

  @Test
  void aspectAlreadyTypedByHand_keepsItsProvenanceAndGainsTheData() throws Exception {
    Situation typed =
        Situation.builder()
            .id("a")
            .from("2001")
            .to("2001")
            .addAspects("strikes")
            .addProvenance(AspectSource.of("strikes", "a book"))
            .build();
    Path m = mapping("date,code\n2001-06-01,s\n", HEAD + "date: {column: date}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small(typed));

    assertThat(situation(r.model(), "a").aspects()).hasSize(1);
    assertThat(situation(r.model(), "a").provenance())
        .containsExactly(
            AspectSource.of("strikes", "a book"),
            AspectSource.of("strikes", "t.csv, rule 'r': 1 row"));
  }

  // ----- mappings naming what the model does not declare; thresholds -----

  @Test
  void undeclaredAspectActorPracticeAndTarget_eachLocatedInTheMapping_withDidYouMean()
      throws Exception {
    Model model = ModelReader.create().read(file("model.yaml")).model();
    Files.copy(file("events.csv"), temp.resolve("events.csv"));
    Path m = temp.resolve("typos.mapping.yaml");
    Files.writeString(
        m,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\nrules:\n"
            + "  - name: typos\n"
            + "    aspect: drone-campain\n"
            + "    observation: {actor: USA, practice: strik, target: PAK}\n");

    ModelFormatException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ModelFormatException.class, () -> TableImport.run(m, model));

    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            m
                + ":6:13: rule 'typos': aspect 'drone-campain' is not an aspect the model declares;"
                + " did you mean 'drone-campaign'?",
            m
                + ":7:26: rule 'typos': actor 'USA' is not an actor the model declares; did you mean 'US'?",
            m
                + ":7:41: rule 'typos': practice 'strik' is not a practice the model declares;"
                + " did you mean 'strike'?",
            m
                + ":7:56: rule 'typos': target 'PAK' is not an actor the model declares; did you mean 'PK'?");
  }

  @Test
  void countBelowOne_isALocatedError() throws Exception {
    Path m =
        mapping(
            "date,code\n2001-06-01,s\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r, threshold: {count: 0}, aspect: strikes}\n");

    assertThatThrownBy(() -> TableImport.run(m, small()))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            m + ":5:34: expected a count of at least 1, found 0 (at /rules/0/threshold/count)");
  }

  @Test
  void sumWithoutAtLeast_andAtLeastWithoutSum_areErrors() throws Exception {
    Path m =
        mapping(
            "date,code,amount\n2001-06-01,s,1\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r1, threshold: {sum: amount}, aspect: strikes}\n"
                + "  - {name: r2, threshold: {atLeast: 5}, aspect: strikes}\n");

    ModelFormatException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ModelFormatException.class, () -> TableImport.run(m, small()));

    assertThat(e.problems())
        .extracting(Problem::render)
        .satisfiesExactly(
            p ->
                assertThat(p)
                    .startsWith(m + ":5:")
                    .contains("rule 'r1'")
                    .contains(
                        "'sum' (the column to sum) and 'atLeast' (the least sum) go together; found only 'sum'"),
            p ->
                assertThat(p)
                    .startsWith(m + ":6:")
                    .contains("rule 'r2'")
                    .contains("go together; found only 'atLeast'"));
  }

  @Test
  void sumThreshold_decidesPerSituation_andASumCellThatIsNoNumberIsLocated() throws Exception {
    Model model = small(situation("a", "2001", "2001"), situation("b", "2002", "2002"));
    String mapping =
        HEAD
            + "date: {column: date}\nrules:\n"
            + "  - {name: r, threshold: {count: 2, sum: amount, atLeast: 10}, aspect: strikes}\n";
    Path m = mapping("date,amount\n2001-01-01,4\n2001-02-01,6.5\n2002-01-01,20\n", mapping);

    // a: 2 rows summing 10.5, b: one row of 20 (below the count)
    assertThat(situation(TableImport.run(m, model).model(), "a").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 2 rows, sum of amount 10.5"));
    assertThat(aspects(TableImport.run(m, model).model(), "b")).isEmpty();

    // the quoted note holds the delimiter: the column still points at the amount field
    Path bad =
        mapping(
            "note,date,amount\n\"a, b\",2001-01-01,4\n\"c, d\",2001-02-01,n/a\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r, threshold: {sum: amount, atLeast: 1}, aspect: strikes}\n");

    assertThatThrownBy(() -> TableImport.run(bad, model))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            temp.resolve("t.csv")
                + ":3:19: column 'amount': expected a number to sum, found 'n/a'");
  }

  // ----- table formats -----

  @Test
  void byteOrderMark_beforeTheHeader_isNotPartOfTheFirstColumnName() throws Exception {
    Path m =
        mapping("\uFEFFdate,code\n2001-06-01,s\n", HEAD + "date: {column: date}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small(situation("a", "2001", "2001")));

    assertThat(aspects(r.model(), "a")).containsExactly("strikes");
  }

  @Test
  void quotedFields_mayHoldTheDelimiterAndQuotes() throws Exception {
    Path m =
        mapping(
            "date,actor,code\n2001-06-01,\"USA, Inc\",s\n2001-07-01,\"say \"\"hi\"\"\",s\n"
                + "2001-08-01,USA,s\n",
            HEAD
                + "date: {column: date}\nrules:\n"
                + "  - {name: r1, where: [{column: actor, equals: 'USA, Inc'}, {column: code, equals: s}],"
                + " aspect: strikes}\n"
                + "  - {name: r2, where: [{column: actor, equals: 'say \"hi\"'}], aspect: large-aid}\n");

    TableImport.Result r = TableImport.run(m, small(situation("a", "2001", "2001")));

    assertThat(situation(r.model(), "a").provenance())
        .containsExactly(
            AspectSource.of("strikes", "t.csv, rule 'r1': 1 row"),
            AspectSource.of("large-aid", "t.csv, rule 'r2': 1 row"));
  }

  @Test
  void tsvTable_isTabSeparated_andCommasAreText() throws Exception {
    Path m =
        mapping(
            "t.tsv",
            "date\tactor\tcode\n2001-06-01\tUSA, Inc\ts\n2001-07-01\tUSA\ts\n",
            "format: narrative-mapping/1\ntable: t.tsv\ndate: {column: date}\nrules:\n"
                + "  - {name: r, where: [{column: actor, equals: 'USA, Inc'}], aspect: strikes}\n");

    TableImport.Result r = TableImport.run(m, small(situation("a", "2001", "2001")));

    assertThat(situation(r.model(), "a").provenance())
        .containsExactly(AspectSource.of("strikes", "t.tsv, rule 'r': 1 row"));
  }

  @Test
  void tsvTable_malformedDate_locatedByTabSeparatedColumn() throws Exception {
    Path m =
        mapping(
            "t.tsv",
            "code\tdate\ns\t2001-06-01\ns\t2001-6\n",
            "format: narrative-mapping/1\ntable: t.tsv\ndate: {column: date}\n" + STRIKES_RULE);

    assertThatThrownBy(() -> TableImport.run(m, small(situation("a", "2001", "2001"))))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            temp.resolve("t.tsv")
                + ":3:3: column 'date': malformed date '2001-6' (expected a date"
                + " YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY)");
  }

  @Test
  void delimiterOption_semicolonAndTab() throws Exception {
    Path semi =
        mapping(
            "t.txt",
            "date;code\n2001-06-01;s\n",
            "format: narrative-mapping/1\ntable: t.txt\ndelimiter: ';'\ndate: {column: date}\n"
                + STRIKES_RULE);

    assertThat(aspects(TableImport.run(semi, small(situation("a", "2001", "2001"))).model(), "a"))
        .containsExactly("strikes");

    Path tab =
        mapping(
            "t.txt",
            "date\tcode\n2001-06-01\ts\n",
            "format: narrative-mapping/1\ntable: t.txt\ndelimiter: tab\ndate: {column: date}\n"
                + STRIKES_RULE);

    assertThat(aspects(TableImport.run(tab, small(situation("a", "2001", "2001"))).model(), "a"))
        .containsExactly("strikes");
  }

  @Test
  void crlfLinesAndBlankLines_areRead() throws Exception {
    Path m =
        mapping(
            "date,code\r\n2001-06-01,s\r\n\r\n2001-07-01,s\r\n",
            HEAD + "date: {column: date}\n" + STRIKES_RULE);

    TableImport.Result r = TableImport.run(m, small(situation("a", "2001", "2001")));

    assertThat(situation(r.model(), "a").provenance())
        .containsExactly(AspectSource.of("strikes", "t.csv, rule 'r': 2 rows"));
    assertThat(r.notes()).contains(m + ": 2 rows read from t.csv");
  }
}
