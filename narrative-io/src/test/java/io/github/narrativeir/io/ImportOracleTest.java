package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Situation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The import gives what it gave before its rules were compiled and its notes rendered from
 * statistics ({@link ImporterOracle}, a copy of the former import): for tables, mappings and models
 * decoded from lists of small integers (so that a counterexample shrinks to fewer rows, rules and
 * situations), the same model and the same notes, or the same located errors. Imports into given
 * situations (as shift-boundary imports again) are compared too.
 */
class ImportOracleTest {
  @TempDir Path temp;
  private int cases;

  @Test
  void importedModelNotesAndErrors_areThoseOfTheFormerImport_alsoIntoGivenSituations() {
    qt().withExamples(600)
        .withShrinkCycles(200)
        .forAll(cases())
        .checkAssert(
            c -> {
              Optional<TableImport.Mapping> mapping = write(c);
              if (mapping.isEmpty()) {
                return; // the mapping is malformed: the import is not reached
              }
              Optional<List<Situation>> into = Optional.of(c.into());
              compare(
                  c,
                  "import",
                  () -> new Importer(mapping.get(), c.model()).run(),
                  () -> new ImporterOracle(mapping.get(), c.model()).run());
              compare(
                  c,
                  "import into " + c.into().stream().map(s -> s.id().value()).toList(),
                  () -> new Importer(mapping.get(), c.model(), into).run(),
                  () -> new ImporterOracle(mapping.get(), c.model(), into).run());
            });
  }

  /** An import. */
  private interface Run<T> {
    T run() throws IOException;
  }

  /** Writes the case's table and mapping and reads the mapping; empty if it is malformed. */
  private Optional<TableImport.Mapping> write(Case c) {
    try {
      // new files in a new directory: rewriting a file can take milliseconds (it is flushed)
      Path dir = Files.createDirectory(temp.resolve("case-" + cases++));
      Files.writeString(dir.resolve("t.csv"), c.table(), StandardCharsets.UTF_8);
      Path file = dir.resolve("m.mapping.yaml");
      Files.writeString(file, c.mapping(), StandardCharsets.UTF_8);
      return Optional.of(MappingReader.read(file));
    } catch (ModelFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compare(
      Case c, String what, Run<TableImport.Result> actual, Run<ImporterOracle.Outcome> expected) {
    ImporterOracle.Outcome want = null;
    ModelFormatException wantError = null;
    try {
      want = expected.run();
    } catch (ModelFormatException e) {
      wantError = e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      TableImport.Result got = actual.run();
      assertThat(wantError).as("%s: the former import failed; %s", what, c).isNull();
      assertThat(got.model()).as("%s: %s", what, c).isEqualTo(want.model());
      assertThat(got.notes()).as("%s: %s", what, c).isEqualTo(want.notes());
    } catch (ModelFormatException e) {
      assertThat(wantError)
          .as("%s: the former import succeeded; %s: %s", what, c, e.getMessage())
          .isNotNull();
      assertThat(e.problems()).as("%s: %s", what, c).isEqualTo(wantError.problems());
      assertThat(e.errorCount()).as("%s: %s", what, c).isEqualTo(wantError.errorCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ----- cases decoded from choices -----

  /** A model, a mapping, a table, and some of the model's situations to import into. */
  record Case(
      List<Integer> choices, Model model, String mapping, String table, List<Situation> into) {
    @Override
    public String toString() {
      return "choices "
          + choices
          + "\nmodel situations "
          + model.situations()
          + "\nobservations "
          + model.observations()
          + "\nmapping:\n"
          + mapping
          + "table:\n"
          + table;
    }
  }

  /** Integer choices, read one at a time; 0 once they run out. */
  private static final class Choices {
    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int next(int bound) {
      return next >= values.size() ? 0 : Math.floorMod(values.get(next++), bound);
    }

    boolean chance(int oneIn) {
      return next(oneIn) == oneIn - 1;
    }

    <T> T pick(List<T> items) {
      return items.get(next(items.size()));
    }
  }

  static Gen<Case> cases() {
    return lists()
        .of(integers().between(0, 63))
        .ofSizeBetween(0, 160)
        .map(ImportOracleTest::decode)
        .describedAs(Case::toString);
  }

  private static final List<String> DATE_SPECS =
      List.of(
          "{column: date}",
          "{column: date, precision: month}",
          "{column: date, precision: year}",
          "{column: date, precision: fiscal-year}",
          "{year: y, month: m, day: d}",
          "{year: y, month: m}",
          "{year: y}");
  private static final List<String> CONDITIONS =
      List.of(
          "{column: code, equals: s}",
          "{column: code, in: [s, t]}",
          "{column: note, matches: 'a+b'}",
          "{column: amount, atLeast: 2}",
          "{column: amount, below: 0}",
          "{column: code, equals: x}");
  private static final List<String> THRESHOLDS =
      List.of(
          "",
          ", threshold: {count: 2}",
          ", threshold: {sum: amount, atLeast: 1}",
          ", threshold: {count: 2, sum: amount, atLeast: 0.5}",
          ", threshold: {count: 3}");
  private static final List<String> ADDS =
      List.of(
          ", aspect: strikes",
          ", aspect: large-aid",
          ", observation: {actor: US, practice: strike, target: PK}",
          ", aspect: strikes, observation: {actor: US, practice: aid, target: PK}",
          ", observation: {actor: US, practice: strike}");
  private static final List<String> PERIODS =
      List.of(
          "",
          "",
          "periods: {every: year}\n",
          "periods: {every: quarter}\n",
          "periods: {every: month}\n",
          "periods: {every: year, from: 2001}\n",
          "periods: {every: quarter, to: 2002}\n",
          "periods: {every: month, from: 2001-06, to: 2002-03}\n",
          "periods: {every: year, from: 2000, to: 2003}\n");
  private static final List<String> CODES = List.of("s", "t", "x");
  private static final List<String> AMOUNTS =
      List.of("1", "2.5", "-3", "1E+1", "0.10", "7", "1.50");
  private static final List<String> NOTES =
      List.of("ab", "aab", "x", "\"a, b\"", "\"say \"\"b\"\"\"");

  static Case decode(List<Integer> choices) {
    Choices c = new Choices(choices);
    Model.Builder m =
        Model.builder()
            .addActors(Actor.of("US"), Actor.of("PK"))
            .addAspects(Aspect.of("strikes", "strikes"), Aspect.of("large-aid", "large aid"))
            .addPractices(
                PracticeType.builder().id("strike").build(),
                PracticeType.builder().id("aid").build());
    int situations = c.next(4);
    List<Situation> made = new ArrayList<>();
    for (int i = 0; i < situations; i++) {
      int year = 2000 + c.next(4);
      Situation.Builder s = Situation.builder();
      switch (c.next(4)) {
        case 0 -> s.id("s" + i).from(String.valueOf(year)).to(String.valueOf(year + c.next(3)));
        case 1 -> s.id("s" + i).from(year + "-0" + (1 + c.next(9)));
        case 2 -> s.id(String.valueOf(year)).from(String.valueOf(year)).to(String.valueOf(year));
        default -> s.id(String.valueOf(year)).from(year + "-03").to(year + "-05");
      }
      if (c.chance(4)) {
        s.addAspects("strikes").addProvenance(AspectSource.of("strikes", "a book"));
      }
      Situation situation = s.build();
      if (made.stream().noneMatch(o -> o.id().equals(situation.id()))) {
        made.add(situation);
      }
    }
    m.addAllSituations(made);
    int observations = made.isEmpty() ? 0 : c.next(3);
    for (int i = 0; i < observations; i++) {
      Observation.Builder o =
          Observation.builder()
              .actor("US")
              .practice(c.pick(List.of("strike", "aid")))
              .situation(c.pick(made).id());
      if (!c.chance(3)) {
        o.target("PK");
      }
      if (c.chance(4)) {
        o.occurred(false);
      }
      switch (c.next(3)) {
        case 0 -> o.source("press");
        case 1 -> o.source("t.csv, rule 'r0': 1 row");
        default -> {}
      }
      m.addObservations(o.build());
    }
    Model model = m.build();

    String dateSpec = c.pick(DATE_SPECS);
    boolean split = dateSpec.startsWith("{year");
    StringBuilder mapping =
        new StringBuilder("format: narrative-mapping/1\ntable: t.csv\ndate: ")
            .append(dateSpec)
            .append('\n')
            .append(c.pick(PERIODS))
            .append("rules:\n");
    int rules = 1 + c.next(3);
    for (int r = 0; r < rules; r++) {
      mapping.append("  - {name: r").append(c.chance(6) ? 0 : r).append(", where: [");
      int conditions = c.next(3);
      for (int k = 0; k < conditions; k++) {
        // rarely a column the table does not have
        mapping
            .append(k == 0 ? "" : ", ")
            .append(c.chance(40) ? "{column: cod, equals: s}" : c.pick(CONDITIONS));
      }
      // rarely an aspect the model does not declare
      mapping
          .append(']')
          .append(c.pick(THRESHOLDS))
          .append(c.chance(40) ? ", aspect: strike" : c.pick(ADDS))
          .append("}\n");
    }

    StringBuilder table =
        new StringBuilder(split ? "y,m,d,code,amount,note\n" : "date,code,amount,note\n");
    int rows = c.next(24);
    for (int i = 0; i < rows; i++) {
      // rarely a blank line, a row of too few fields, a quote left open
      switch (c.next(64)) {
        case 61 -> table.append('\n');
        case 62 -> table.append("2001,s\n");
        case 63 -> table.append("2001,\"s,1,x\n");
        default -> {
          table
              .append(split ? splitDate(c) : date(c, dateSpec))
              .append(',')
              .append(c.pick(CODES))
              .append(',')
              .append(c.chance(40) ? "n/a" : c.pick(AMOUNTS))
              .append(',')
              .append(c.pick(NOTES))
              .append('\n');
        }
      }
    }
    List<Situation> into = model.situations().stream().filter(s -> !c.chance(3)).toList();
    return new Case(choices, model, mapping.toString(), table.toString(), into);
  }

  private static String date(Choices c, String spec) {
    int year = 2000 + c.next(4);
    int month = 1 + c.next(12);
    String mm = (month < 10 ? "0" : "") + month;
    int kind = c.next(48);
    if (kind == 47) {
      return "bad";
    } else if (kind >= 42) {
      return "\"" + year + "; " + (year + 1) + "\"";
    } else if (kind >= 40) {
      return "FY" + year + "-FY" + (year + 1);
    } else if (kind == 39) {
      return String.valueOf(year);
    }
    if (spec.contains("fiscal-year")) {
      return "FY" + year;
    }
    if (spec.contains("year")) {
      return String.valueOf(year);
    }
    if (spec.contains("month")) {
      return year + "-" + mm;
    }
    return year + "-" + mm + "-" + (10 + c.next(19));
  }

  private static String splitDate(Choices c) {
    String year = c.chance(48) ? "-9" : String.valueOf(2000 + c.next(4));
    String month = c.pick(List.of("1", "6", "12", "-9", "", "13"));
    String day = c.pick(List.of("1", "15", "31", "0", ""));
    return year + "," + month + "," + day;
  }
}
