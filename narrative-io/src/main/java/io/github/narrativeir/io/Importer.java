package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.internal.CsvLines;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.Severity;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One import: checks the mapping against the model and the table's header, streams the table's rows
 * through the {@linkplain CompiledRule compiled rules} into their {@linkplain RuleTally tallies},
 * then adds to the model where a situation's rows pass a rule's threshold and returns the model
 * with the {@linkplain ImportStatistics statistics} of the import. Problems in the rows are
 * collected up to {@link #MAX_PROBLEMS}, then reading stops. Run once.
 */
final class Importer {
  private static final int MAX_PROBLEMS = 100;

  private final TableImport.Mapping mapping;
  private final Model model;
  private final Optional<List<Situation>> into;
  private final String table;
  private final List<Problem> problems = new ArrayList<>();
  private boolean stopped;
  private long rows;
  private long several;

  Importer(TableImport.Mapping mapping, Model model) {
    this(mapping, model, Optional.empty());
  }

  /**
   * An import into {@code into}, some of the model's situations, when given: rows land in their
   * periods (as in a mapping without {@code periods}) and nothing is generated, whatever the
   * mapping's {@code periods} say. Data are imported again this way into shifted periods.
   */
  Importer(TableImport.Mapping mapping, Model model, Optional<List<Situation>> into) {
    this.mapping = mapping;
    this.model = model;
    this.into = into;
    this.table = mapping.tableSource();
  }

  /** The periods rows land in: {@code into}, the generated periods, or the model's situations. */
  private Optional<TableImport.PeriodSpec> spec() {
    return into.isPresent() ? Optional.empty() : mapping.periods();
  }

  TableImport.Result run() throws IOException {
    problems.addAll(MappingChecks.undeclared(mapping, model));
    throwIfProblems();
    Periods periods =
        spec()
            .map(p -> Periods.every(p.every(), p.from(), p.to()))
            .orElse(Periods.of(into.orElse(model.situations())));
    List<RuleTally> tallies = new ArrayList<>();
    try (TableLines in = new TableLines(Files.newInputStream(mapping.table()), table)) {
      List<String> header = header(in);
      Map<String, Integer> columns = new HashMap<>();
      for (int i = header.size() - 1; i >= 0; i--) {
        columns.put(header.get(i), i);
      }
      problems.addAll(MappingChecks.missingColumns(mapping, columns, header));
      throwIfProblems();
      for (TableImport.Rule rule : mapping.rules()) {
        tallies.add(new RuleTally(CompiledRule.of(mapping, rule, columns)));
      }
      readRows(in, header.size(), columns, periods, tallies);
    }
    throwIfProblems();
    return apply(slots(periods, tallies), tallies);
  }

  /** The table's column names, from its first line. */
  private List<String> header(TableLines in) throws IOException {
    String headerLine = in.next();
    if (headerLine == null) {
      throw new ModelFormatException(
          List.of(
              new Problem(
                  ProblemCode.EMPTY_DOCUMENT,
                  Severity.ERROR,
                  table,
                  1,
                  1,
                  "",
                  "the table is empty; expected a header line with column names")));
    }
    if (headerLine.startsWith("\uFEFF")) {
      headerLine = headerLine.substring(1);
    }
    unclosedQuote(1, headerLine);
    throwIfProblems();
    return CsvLines.split(headerLine, mapping.delimiter());
  }

  /**
   * Reads the rows after the header, counting those each rule selects into its tally; a problem in
   * a row is collected, and reading goes on up to {@link #MAX_PROBLEMS} problems.
   */
  private void readRows(
      TableLines in,
      int fields,
      Map<String, Integer> columns,
      Periods periods,
      List<RuleTally> tallies)
      throws IOException {
    RowDate dates = rowDate(columns);
    for (String line = in.next(); line != null; line = in.next()) {
      int lineNumber = in.lineNumber();
      if (line.isBlank()) {
        continue;
      }
      rows++;
      if (unclosedQuote(lineNumber, line)) {
        if (tooManyProblems(lineNumber)) {
          break;
        }
        continue;
      }
      List<String> row = CsvLines.split(line, mapping.delimiter());
      if (row.size() != fields) {
        problems.add(
            new Problem(
                ProblemCode.TABLE_FIELDS,
                Severity.ERROR,
                table,
                lineNumber,
                CsvLines.columnOf(line, Math.min(row.size(), fields), mapping.delimiter()),
                "",
                "expected "
                    + fields
                    + (fields == 1 ? " field" : " fields")
                    + " (as the header has), found "
                    + row.size()));
        if (tooManyProblems(lineNumber)) {
          break;
        }
        continue;
      }
      RowDate.Outcome date = null;
      for (RuleTally tally : tallies) {
        CompiledRule rule = tally.rule();
        if (!selects(rule, row, lineNumber, line)) {
          continue;
        }
        if (date == null) {
          date = dates.place(row);
          if (date instanceof RowDate.Placed p && p.several()) {
            several++;
          }
        }
        if (date instanceof RowDate.Malformed m) {
          int column = checkNotNull(columns.get(m.column()));
          problem(
              ProblemCode.INVALID_VALUE,
              lineNumber,
              line,
              column,
              "column '"
                  + m.column()
                  + "': malformed date '"
                  + excerpt(m.found())
                  + "' (expected "
                  + m.expected()
                  + ")");
          break;
        }
        int[] slots = periods.slots(((RowDate.Placed) date).date());
        if (slots.length == 0) {
          tally.outside();
          continue;
        }
        Optional<BigDecimal> amount = Optional.empty();
        if (rule.sum().isPresent()) {
          CompiledRule.SumColumn sum = rule.sum().get();
          String cell = sum.cell(row);
          amount = TableImport.number(cell);
          if (amount.isEmpty()) {
            problem(ProblemCode.INVALID_VALUE, lineNumber, line, sum.index(), sum.notANumber(cell));
            continue;
          }
        }
        tally.inside(slots, amount);
      }
      if (tooManyProblems(lineNumber)) {
        break;
      }
    }
  }

  /**
   * The periods rows landed in, as situations: the model's (or {@code into}), or those generated
   * from the first to the last period a row landed in (or the mapping's bounds).
   *
   * @throws ModelFormatException if more periods would be generated than {@link
   *     TableImport#MAX_GENERATED_SITUATIONS}
   */
  private List<Periods.Slot> slots(Periods periods, List<RuleTally> tallies)
      throws ModelFormatException {
    int minSeen = tallies.stream().mapToInt(RuleTally::minSlot).min().orElse(Integer.MAX_VALUE);
    int maxSeen = tallies.stream().mapToInt(RuleTally::maxSlot).max().orElse(Integer.MIN_VALUE);
    Optional<TableImport.PeriodSpec> spec = spec();
    boolean unbounded =
        spec.isPresent() && (spec.get().from().isEmpty() || spec.get().to().isEmpty());
    boolean none = minSeen > maxSeen && unbounded;
    long count = none ? 0 : periods.generatedCount(minSeen, maxSeen);
    if (count > TableImport.MAX_GENERATED_SITUATIONS) {
      TableImport.PeriodSpec p = spec.orElseThrow();
      List<String> range =
          Splitter.on(" to ").splitToList(periods.generatedRange(minSeen, maxSeen).orElseThrow());
      throw new ModelFormatException(
          List.of(
              new Problem(
                  ProblemCode.LIMIT_PERIODS,
                  Severity.ERROR,
                  mapping.source(),
                  p.line(),
                  p.column(),
                  "",
                  Periods.tooMany(p, count, range.get(0), range.get(1)))));
    }
    return none ? List.of() : periods.situations(minSeen, maxSeen);
  }

  /**
   * Whether {@code rule} selects {@code row}.
   *
   * @throws ModelFormatException if a regular expression of the rule gave up on the row: the
   *     expression, not this row, is at fault, so the import stops here rather than try every row
   */
  private boolean selects(CompiledRule rule, List<String> row, int lineNumber, String line)
      throws ModelFormatException {
    try {
      return rule.selects(row);
    } catch (CompiledRule.GaveUp e) {
      problem(ProblemCode.LIMIT_REGEX_STEPS, lineNumber, line, e.index(), e.getMessage());
      throw failure();
    }
  }

  /**
   * Adds the generated situations the model lacks, then what each rule adds where a situation's
   * rows pass its threshold (rule by rule, situation by situation), and returns the model with the
   * statistics of the import.
   *
   * @throws ModelFormatException if a generated period clashes with a situation of the same id
   */
  private TableImport.Result apply(List<Periods.Slot> slots, List<RuleTally> tallies)
      throws ModelFormatException {
    ModelAdditions additions = new ModelAdditions(model);
    ImmutableList<SituationId> generated = generate(slots, additions);
    throwIfProblems();
    ImmutableList.Builder<ImportStatistics.RuleCounts> counts = ImmutableList.builder();
    for (RuleTally tally : tallies) {
      CompiledRule rule = tally.rule();
      ImportStatistics.RuleCounts ruleCounts = tally.counts(slots);
      for (ImportStatistics.SituationCount c : ruleCounts.added()) {
        String source = rule.source(c.rows(), c.sum());
        rule.aspect().ifPresent(a -> additions.addAspect(c.situation(), a, source));
        Optional<Observation> observation = rule.observation(c.situation(), source);
        observation.ifPresent(additions::addObservation);
      }
      counts.add(ruleCounts);
    }
    ImportStatistics statistics =
        new ImportStatistics(
            mapping.source(),
            String.valueOf(mapping.table().getFileName()),
            rows,
            spec().map(TableImport.PeriodSpec::every),
            generated,
            several,
            counts.build());
    return new TableImport.Result(additions.model(), statistics);
  }

  /**
   * Adds the generated periods of {@code slots} the model lacks and returns their ids; a model's
   * situation of the same id and period is reused, one of another period is a problem.
   */
  private ImmutableList<SituationId> generate(List<Periods.Slot> slots, ModelAdditions additions) {
    ImmutableList.Builder<SituationId> generated = ImmutableList.builder();
    for (Periods.Slot slot : slots) {
      if (!slot.generated()) {
        continue;
      }
      Situation g = slot.situation();
      Optional<Situation> there = additions.situation(g.id());
      if (there.isEmpty()) {
        additions.addSituation(g);
        generated.add(g.id());
      } else if (!there.get().from().start().equals(g.from().start())
          || !there.get().to().map(PartialDate::end).equals(g.to().map(PartialDate::end))) {
        Situation existing = there.get();
        TableImport.PeriodSpec p = mapping.periods().orElseThrow();
        problems.add(
            new Problem(
                ProblemCode.PERIOD_CLASH,
                Severity.ERROR,
                mapping.source(),
                p.line(),
                p.column(),
                "",
                "generated period '"
                    + g.id()
                    + "' ("
                    + g.from()
                    + " to "
                    + g.to().orElseThrow()
                    + ") clashes with the model's situation '"
                    + g.id()
                    + "' ("
                    + existing.from()
                    + existing.to().map(t -> " to " + t).orElse("")
                    + ")"));
      }
    }
    return generated.build();
  }

  /** Reports a quoted field that {@code line} opens and does not close; true if there is one. */
  private boolean unclosedQuote(int lineNumber, String line) {
    int quote = CsvLines.unclosedQuote(line);
    if (quote < 0) {
      return false;
    }
    problems.add(
        new Problem(
            ProblemCode.SYNTAX,
            Severity.ERROR,
            table,
            lineNumber,
            quote + 1,
            "",
            "expected a closing quote (\") before the end of the line, found none: a quoted field may not"
                + " span lines (write line breaks inside a field as spaces)"));
    return true;
  }

  /** Throws the {@link #failure()} if there are problems. */
  private void throwIfProblems() throws ModelFormatException {
    if (!problems.isEmpty()) {
      throw failure();
    }
  }

  /**
   * The exception for the problems found; when reading stopped early, its count is of the errors
   * found before the stop note.
   */
  private ModelFormatException failure() {
    return new ModelFormatException(problems, stopped ? problems.size() - 1 : -1);
  }

  /** Adds the stop note and returns true once {@link #MAX_PROBLEMS} problems are found. */
  private boolean tooManyProblems(int lineNumber) {
    if (problems.size() < MAX_PROBLEMS) {
      return false;
    }
    stopped = true;
    problems.add(
        new Problem(
            ProblemCode.TOO_MANY_PROBLEMS,
            Severity.ERROR,
            table,
            lineNumber,
            0,
            "",
            "stopped reading after " + problems.size() + " problems"));
    return true;
  }

  /** At most 60 characters of {@code text}, for a message. */
  static String excerpt(String text) {
    return text.length() <= 60
        ? text
        : text.substring(0, 60) + "... (" + text.length() + " characters)";
  }

  private RowDate rowDate(Map<String, Integer> columns) {
    TableImport.DateSpec d = mapping.date();
    if (d.column().isPresent()) {
      String column = d.column().get();
      return RowDate.column(column, d.precision(), checkNotNull(columns.get(column)));
    }
    int[] indexes = {
      columns.get(d.year().orElseThrow()),
      d.month().map(columns::get).orElse(-1),
      d.day().map(columns::get).orElse(-1)
    };
    return RowDate.split(d.year().get(), d.month(), d.day(), indexes);
  }

  private void problem(ProblemCode code, int lineNumber, String line, int field, String message) {
    problems.add(
        new Problem(
            code,
            Severity.ERROR,
            table,
            lineNumber,
            CsvLines.columnOf(line, field, mapping.delimiter()),
            "",
            message));
  }
}
