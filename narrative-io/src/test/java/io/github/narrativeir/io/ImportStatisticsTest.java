package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.ImportStatistics.RuleCounts;
import io.github.narrativeir.io.ImportStatistics.SituationCount;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.SituationId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's statistics hold every number its notes say (and the counts of situations where a
 * rule's rows fell short of its threshold, which the notes leave out); the notes are rendered from
 * them; and a statistic that contradicts itself cannot be made.
 */
class ImportStatisticsTest {
  @TempDir Path temp;

  private static SituationId id(String id) {
    return SituationId.of(id);
  }

  @Test
  void statistics_holdTheNumbersTheNotesSay_andTheCountsBelowTheThreshold() throws Exception {
    Model model = ModelReader.create().read(TableImportTest.file("model.yaml")).model();
    Path mapping = TableImportTest.file("strikes.mapping.yaml");

    TableImport.Result r = TableImport.run(mapping, model);

    // us-strikes: 2 rows in early (below the count of 3), 4 in late, 1 in 2010; large-aid: 700
    // in early, 300 in late (below the sum of 500)
    assertThat(r.statistics())
        .isEqualTo(
            new ImportStatistics(
                mapping.toString(),
                "events.csv",
                10,
                Optional.empty(),
                ImmutableList.of(),
                0,
                ImmutableList.of(
                    new RuleCounts(
                        "us-strikes",
                        Optional.empty(),
                        7,
                        1,
                        ImmutableList.of(
                            new SituationCount(id("early"), 2, Optional.empty(), false),
                            new SituationCount(id("late"), 4, Optional.empty(), true))),
                    new RuleCounts(
                        "large-aid",
                        Optional.of("amount"),
                        2,
                        0,
                        ImmutableList.of(
                            new SituationCount(
                                id("early"), 1, Optional.of(new BigDecimal("700")), true),
                            new SituationCount(
                                id("late"), 1, Optional.of(new BigDecimal("300")), false))))));
    assertThat(r.notes())
        .containsExactly(
            mapping + ": 10 rows read from events.csv",
            mapping
                + ": rule 'us-strikes': 7 rows selected, 1 outside every situation's period; added in"
                + " late (4 rows)",
            mapping
                + ": rule 'large-aid': 2 rows selected, 0 outside every situation's period; added in"
                + " early (1 row, sum of amount 700)");
    assertThat(r.statistics().rules().get(0).added())
        .extracting(SituationCount::situation)
        .containsExactly(id("late"));
  }

  @Test
  void statistics_ofGeneratedPeriodsAndYearLists_areTheNumbersTheNotesSay() throws Exception {
    Files.writeString(
        temp.resolve("t.csv"),
        "years,code\n\"2001; 2002\",s\n2003,s\n2001-2002,s\n2001,x\n",
        StandardCharsets.UTF_8);
    Path mapping = temp.resolve("m.mapping.yaml");
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: t.csv\n"
            + "date: {column: years, precision: year}\nperiods: {every: year, to: 2002}\n"
            + "rules:\n  - {name: r, where: [{column: code, equals: s}], threshold: {count: 2},"
            + " aspect: strikes}\n",
        StandardCharsets.UTF_8);
    Model model =
        Model.builder()
            .addActors(Actor.of("US"))
            .addAspects(Aspect.of("strikes", "strikes"))
            .build();

    TableImport.Result r = TableImport.run(mapping, model);

    assertThat(r.statistics().rowsRead()).isEqualTo(4);
    assertThat(r.statistics().every()).contains("year");
    assertThat(r.statistics().generated()).containsExactly(id("2001"), id("2002"));
    assertThat(r.statistics().severalYears()).isEqualTo(2);
    assertThat(r.statistics().rules())
        .containsExactly(
            new RuleCounts(
                "r",
                Optional.empty(),
                3,
                1,
                ImmutableList.of(new SituationCount(id("2001"), 2, Optional.empty(), true))));
    assertThat(r.notes())
        .containsExactly(
            mapping + ": 4 rows read from t.csv",
            mapping + ": generated 2 situations (every year): 2001 to 2002",
            mapping + ": 2 selected rows list several years; each is placed by the first",
            mapping
                + ": rule 'r': 3 rows selected, 1 outside every situation's period; added in 2001 (2 rows)");
  }

  @Test
  void notes_renderedFromStatistics_sayOneInTheSingular() {
    ImportStatistics one =
        new ImportStatistics(
            "m.yaml",
            "t.csv",
            1,
            Optional.of("month"),
            ImmutableList.of(id("2001-09")),
            1,
            ImmutableList.of(
                new RuleCounts(
                    "r",
                    Optional.of("amount"),
                    1,
                    0,
                    ImmutableList.of(
                        new SituationCount(
                            id("2001-09"), 1, Optional.of(new BigDecimal("2.50")), true))),
                new RuleCounts(
                    "q",
                    Optional.empty(),
                    1,
                    0,
                    ImmutableList.of(
                        new SituationCount(id("2001-09"), 1, Optional.empty(), false)))));

    assertThat(ImportNotes.of(one))
        .containsExactly(
            "m.yaml: 1 rows read from t.csv",
            "m.yaml: generated 1 situation (every month): 2001-09",
            "m.yaml: 1 selected row lists several years; it is placed by the first",
            "m.yaml: rule 'r': 1 row selected, 0 outside every situation's period; added in 2001-09 (1 row,"
                + " sum of amount 2.50)",
            "m.yaml: rule 'q': 1 row selected, 0 outside every situation's period; nothing added");
    assertThat(new TableImport.Result(Model.builder().build(), one).notes())
        .isEqualTo(ImportNotes.of(one));
  }

  @Test
  void generatedPeriods_partitionTheRows_soTheSituationsHoldEveryRowSelectedInside() {
    // each row lands in one generated period: a rule's situations add up to its rows inside
    qt().withExamples(100)
        .forAll(ImportOracleTest.cases())
        .checkAssert(
            c -> {
              if (!c.mapping().contains("periods:")) {
                return;
              }
              Optional<TableImport.Result> r = run(c);
              r.ifPresent(
                  result -> {
                    for (RuleCounts rule : result.statistics().rules()) {
                      assertThat(rule.situations().stream().mapToLong(SituationCount::rows).sum())
                          .as("%s", c)
                          .isEqualTo(rule.selected() - rule.outside());
                    }
                    assertThat(result.statistics().generated())
                        .as("%s", c)
                        .isSubsetOf(result.model().situations().stream().map(s -> s.id()).toList());
                  });
            });
  }

  private int cases;

  /** The import of the case; empty if it fails. */
  private Optional<TableImport.Result> run(ImportOracleTest.Case c) {
    try {
      Path dir = Files.createDirectory(temp.resolve("case-" + cases++));
      Files.writeString(dir.resolve("t.csv"), c.table(), StandardCharsets.UTF_8);
      Path mapping = dir.resolve("m.mapping.yaml");
      Files.writeString(mapping, c.mapping(), StandardCharsets.UTF_8);
      return Optional.of(TableImport.run(mapping, c.model()));
    } catch (ModelFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  // ----- statistics that contradict themselves -----

  @Test
  void ruleCounts_moreOutsideThanSelected_isRejectedNamingTheRule() {
    assertThatThrownBy(() -> new RuleCounts("r", Optional.empty(), 2, 3, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'r': outside 3 is not between 0 and selected 2");
  }

  @Test
  void ruleCounts_moreRowsInASituationThanSelectedInside_isRejected() {
    assertThatThrownBy(
            () ->
                new RuleCounts(
                    "r",
                    Optional.empty(),
                    3,
                    1,
                    ImmutableList.of(new SituationCount(id("a"), 3, Optional.empty(), true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'r': 3 rows in situation 'a', but 2 selected rows inside a period");
  }

  @Test
  void ruleCounts_aSumWithoutASumColumn_andNoSumWithOne_areRejected() {
    assertThatThrownBy(
            () ->
                new RuleCounts(
                    "r",
                    Optional.empty(),
                    1,
                    0,
                    ImmutableList.of(
                        new SituationCount(id("a"), 1, Optional.of(BigDecimal.ONE), true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'r': situation 'a' has a sum, but the rule sums no column");
    assertThatThrownBy(
            () ->
                new RuleCounts(
                    "r",
                    Optional.of("amount"),
                    1,
                    0,
                    ImmutableList.of(new SituationCount(id("a"), 1, Optional.empty(), true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'r': situation 'a' has no sum, but the rule sums amount");
  }

  @Test
  void situationCount_withoutRows_isRejected() {
    assertThatThrownBy(() -> new SituationCount(id("a"), 0, Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("situation 'a': rows 0 is less than 1");
  }

  @Test
  void importStatistics_generatedWithoutEvery_orMoreRowsThanRead_isRejected() {
    assertThatThrownBy(
            () ->
                new ImportStatistics(
                    "m",
                    "t",
                    0,
                    Optional.empty(),
                    ImmutableList.of(id("2001")),
                    0,
                    ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("situations [2001] are generated without 'every'");
    assertThatThrownBy(
            () ->
                new ImportStatistics(
                    "m", "t", 1, Optional.empty(), ImmutableList.of(), 2, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("severalYears 2 is not between 0 and rowsRead 1");
    assertThatThrownBy(
            () ->
                new ImportStatistics(
                    "m",
                    "t",
                    1,
                    Optional.empty(),
                    ImmutableList.of(),
                    0,
                    ImmutableList.of(
                        new RuleCounts("r", Optional.empty(), 2, 2, ImmutableList.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule 'r' selects 2 rows of the 1 read");
  }

  @Test
  void nullComponents_areRejectedByName() {
    assertThatThrownBy(
            () ->
                new ImportStatistics(
                    null, "t", 0, Optional.empty(), ImmutableList.of(), 0, ImmutableList.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mapping");
    assertThatThrownBy(() -> new TableImport.Result(Model.builder().build(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("statistics");
  }
}
