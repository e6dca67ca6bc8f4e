package io.github.narrativeir.io;

import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.internal.CsvLines;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The import as it was before the compiled rules and the statistics (a verbatim copy of {@code
 * Importer} at that commit, renamed and returning its own result): the oracle that {@link
 * ImportOracleTest} compares the import with, model, notes and errors alike.
 */
final class ImporterOracle {
  /** What the former import returned: the model and its notes. */
  record Outcome(Model model, List<String> notes) {}

  private static final int MAX_PROBLEMS = 100;

  private final TableImport.Mapping mapping;
  private final Model model;
  private final Optional<List<Situation>> into;
  private final String table;
  private final List<Problem> problems = new ArrayList<>();
  private boolean stopped;

  /** Selected rows of one rule in one period. */
  private static final class Tally {
    long count;
    BigDecimal sum;
  }

  ImporterOracle(TableImport.Mapping mapping, Model model) {
    this(mapping, model, Optional.empty());
  }

  /**
   * An import into {@code into}, some of the model's situations, when given: rows land in their
   * periods (as in a mapping without {@code periods}) and nothing is generated, whatever the
   * mapping's {@code periods} say. Data are imported again this way into shifted periods.
   */
  ImporterOracle(TableImport.Mapping mapping, Model model, Optional<List<Situation>> into) {
    this.mapping = mapping;
    this.model = model;
    this.into = into;
    this.table = mapping.tableSource();
  }

  /** The periods rows land in: {@code into}, the generated periods, or the model's situations. */
  private Optional<TableImport.PeriodSpec> spec() {
    return into.isPresent() ? Optional.empty() : mapping.periods();
  }

  /**
   * The source an import records for {@code rule}'s aspect and observation in a situation where
   * {@code count} rows (summing to {@code sum}, when the rule sums a column) pass its threshold,
   * such as {@code strikes.csv, rule 'us-strikes': 28 rows}.
   */
  static String evidence(
      TableImport.Mapping mapping, TableImport.Rule rule, long count, BigDecimal sum) {
    return evidencePrefix(mapping, rule) + rowsBehind(rule, count, sum);
  }

  /** What every source recorded for {@code rule} begins with: table and rule. */
  static String evidencePrefix(TableImport.Mapping mapping, TableImport.Rule rule) {
    return mapping.table().getFileName() + ", rule '" + rule.name() + "': ";
  }

  /** The rows behind a rule's addition, as its source and the notes say them. */
  private static String rowsBehind(TableImport.Rule rule, long count, BigDecimal sum) {
    return count
        + (count == 1 ? " row" : " rows")
        + (rule.sumColumn().isPresent() && sum != null
            ? ", sum of " + rule.sumColumn().get() + " " + sum.toPlainString()
            : "");
  }

  /**
   * The sources an import records for {@code rule}, whatever the rows: {@link #evidence} with any
   * count and sum.
   */
  static Pattern evidencePattern(TableImport.Mapping mapping, TableImport.Rule rule) {
    return Pattern.compile(
        Pattern.quote(evidencePrefix(mapping, rule))
            + "[0-9]+ rows?"
            + rule.sumColumn()
                .map(c -> "(?:" + Pattern.quote(", sum of " + c + " ") + "[-0-9.]+)?")
                .orElse(""));
  }

  Outcome run() throws IOException {
    checkDeclared();
    if (!problems.isEmpty()) {
      throw failure();
    }
    List<TableImport.Rule> rules = mapping.rules();
    List<Map<Integer, Tally>> tallies = new ArrayList<>();
    rules.forEach(r -> tallies.add(new HashMap<>()));
    long[] outside = new long[rules.size()];
    long[] selected = new long[rules.size()];
    long several = 0;
    long rows = 0;
    int minSeen = Integer.MAX_VALUE;
    int maxSeen = Integer.MIN_VALUE;
    Periods periods =
        spec()
            .map(p -> Periods.every(p.every(), p.from(), p.to()))
            .orElse(Periods.of(into.orElse(model.situations())));
    try (TableLines in = new TableLines(Files.newInputStream(mapping.table()), table)) {
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
      if (!problems.isEmpty()) {
        throw failure();
      }
      List<String> header = CsvLines.split(headerLine, mapping.delimiter());
      Map<String, Integer> columns = new HashMap<>();
      for (int i = header.size() - 1; i >= 0; i--) {
        columns.put(header.get(i), i);
      }
      checkColumns(columns, header);
      if (!problems.isEmpty()) {
        throw failure();
      }
      RowDate dates = rowDate(columns);
      int[][] conditionColumns = new int[rules.size()][];
      int[] sumColumns = new int[rules.size()];
      for (int r = 0; r < rules.size(); r++) {
        TableImport.Rule rule = rules.get(r);
        conditionColumns[r] =
            rule.where().stream().mapToInt(c -> columns.get(c.column())).toArray();
        sumColumns[r] = rule.sumColumn().map(columns::get).orElse(-1);
      }
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
        if (row.size() != header.size()) {
          problems.add(
              new Problem(
                  ProblemCode.TABLE_FIELDS,
                  Severity.ERROR,
                  table,
                  lineNumber,
                  CsvLines.columnOf(line, Math.min(row.size(), header.size()), mapping.delimiter()),
                  "",
                  "expected "
                      + header.size()
                      + (header.size() == 1 ? " field" : " fields")
                      + " (as the header has), found "
                      + row.size()));
          if (tooManyProblems(lineNumber)) {
            break;
          }
          continue;
        }
        RowDate.Outcome date = null;
        for (int r = 0; r < rules.size(); r++) {
          if (!selects(rules.get(r), conditionColumns[r], row, lineNumber, line)) {
            continue;
          }
          if (date == null) {
            date = dates.place(row);
            if (date instanceof RowDate.Placed p && p.several()) {
              several++;
            }
          }
          if (date instanceof RowDate.Malformed m) {
            problem(
                ProblemCode.INVALID_VALUE,
                lineNumber,
                line,
                columns.get(m.column()),
                "column '"
                    + m.column()
                    + "': malformed date '"
                    + excerpt(m.found())
                    + "' (expected "
                    + m.expected()
                    + ")");
            break;
          }
          selected[r]++;
          int[] slots = periods.slots(((RowDate.Placed) date).date());
          if (slots.length == 0) {
            outside[r]++;
            continue;
          }
          Optional<BigDecimal> amount = Optional.empty();
          if (sumColumns[r] >= 0) {
            String v = RowDate.cell(row, sumColumns[r]);
            amount = TableImport.number(v);
            if (amount.isEmpty()) {
              problem(
                  ProblemCode.INVALID_VALUE,
                  lineNumber,
                  line,
                  sumColumns[r],
                  "column '"
                      + rules.get(r).sumColumn().get()
                      + "': expected a number to sum"
                      + TableImport.numberBounds(v)
                      + ", found '"
                      + excerpt(v)
                      + "'");
              continue;
            }
          }
          for (int slot : slots) {
            minSeen = Math.min(minSeen, slot);
            maxSeen = Math.max(maxSeen, slot);
            Tally t = tallies.get(r).computeIfAbsent(slot, k -> new Tally());
            t.count++;
            if (amount.isPresent()) {
              t.sum = t.sum == null ? amount.get() : t.sum.add(amount.get());
            }
          }
        }
        if (tooManyProblems(lineNumber)) {
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw failure();
    }
    Optional<TableImport.PeriodSpec> spec = spec();
    boolean unbounded =
        spec.isPresent() && (spec.get().from().isEmpty() || spec.get().to().isEmpty());
    boolean none = minSeen > maxSeen && unbounded;
    long count = none ? 0 : periods.generatedCount(minSeen, maxSeen);
    if (count > TableImport.MAX_GENERATED_SITUATIONS) {
      TableImport.PeriodSpec p = spec.orElseThrow();
      String[] range = periods.generatedRange(minSeen, maxSeen).orElseThrow().split(" to ");
      throw new ModelFormatException(
          List.of(
              new Problem(
                  ProblemCode.LIMIT_PERIODS,
                  Severity.ERROR,
                  mapping.source(),
                  p.line(),
                  p.column(),
                  "",
                  Periods.tooMany(p, count, range[0], range[1]))));
    }
    List<Periods.Slot> slots = none ? List.of() : periods.situations(minSeen, maxSeen);
    return apply(slots, tallies, outside, selected, several, rows);
  }

  private boolean selects(
      TableImport.Rule rule, int[] columns, List<String> row, int lineNumber, String line)
      throws ModelFormatException {
    List<TableImport.Condition> where = rule.where();
    for (int c = 0; c < columns.length; c++) {
      TableImport.Condition condition = where.get(c);
      boolean passes;
      try {
        passes = condition.test(RowDate.cell(row, columns[c]));
      } catch (TableImport.RegexGaveUp e) {
        // the expression, not this row, is at fault: stop here rather than try every row
        problem(
            ProblemCode.LIMIT_REGEX_STEPS,
            lineNumber,
            line,
            columns[c],
            "rule '"
                + rule.name()
                + "': the regular expression '"
                + excerpt(condition.pattern().orElseThrow().pattern())
                + "' ("
                + mapping.source()
                + ":"
                + condition.line()
                + ":"
                + condition.at()
                + ") gave up on column '"
                + condition.column()
                + "' of this row: it "
                + e.getMessage());
        throw failure();
      }
      if (!passes) {
        return false;
      }
    }
    return true;
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

  /** The header's column names for a message: the first 20, each cut to 60 characters. */
  private static String columnList(List<String> header) {
    List<String> shown = new ArrayList<>();
    for (String name : header.subList(0, Math.min(20, header.size()))) {
      shown.add(excerpt(name));
    }
    return String.join(", ", shown)
        + (header.size() > 20 ? " and " + (header.size() - 20) + " more" : "");
  }

  /** At most 60 characters of {@code text}, for a message. */
  private static String excerpt(String text) {
    return text.length() <= 60
        ? text
        : text.substring(0, 60) + "... (" + text.length() + " characters)";
  }

  private Outcome apply(
      List<Periods.Slot> slots,
      List<Map<Integer, Tally>> tallies,
      long[] outside,
      long[] selected,
      long several,
      long rows)
      throws ModelFormatException {
    Map<SituationId, Situation> situations = new LinkedHashMap<>();
    model.situations().forEach(s -> situations.put(s.id(), s));
    List<SituationId> generated = new ArrayList<>();
    for (Periods.Slot slot : slots) {
      if (!slot.generated()) {
        continue;
      }
      Situation g = slot.situation();
      Situation existing = situations.get(g.id());
      if (existing == null) {
        situations.put(g.id(), g);
        generated.add(g.id());
      } else if (!existing.from().start().equals(g.from().start())
          || !existing.to().map(PartialDate::end).equals(g.to().map(PartialDate::end))) {
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
    if (!problems.isEmpty()) {
      throw failure();
    }
    Map<SituationId, Set<AspectId>> aspects = new LinkedHashMap<>();
    Map<SituationId, List<AspectSource>> provenance = new LinkedHashMap<>();
    List<Observation> observations = new ArrayList<>(model.observations());
    List<String> notes = new ArrayList<>();
    String tableName = mapping.table().getFileName().toString();
    notes.add(mapping.source() + ": " + rows + " rows read from " + tableName);
    if (!generated.isEmpty()) {
      notes.add(
          mapping.source()
              + ": generated "
              + generated.size()
              + (generated.size() == 1 ? " situation" : " situations")
              + " (every "
              + mapping.periods().orElseThrow().every()
              + "): "
              + generated.get(0)
              + (generated.size() > 1 ? " to " + generated.get(generated.size() - 1) : ""));
    }
    if (several > 0) {
      notes.add(
          mapping.source()
              + ": "
              + several
              + (several == 1 ? " selected row lists" : " selected rows list")
              + " several years; "
              + (several == 1 ? "it is" : "each is")
              + " placed by the first");
    }
    for (int r = 0; r < mapping.rules().size(); r++) {
      TableImport.Rule rule = mapping.rules().get(r);
      List<String> added = new ArrayList<>();
      for (Periods.Slot slot : slots) {
        Tally t = tallies.get(r).get(slot.slot());
        if (t == null
            || t.count < rule.minCount()
            || !rule.minSum().map(min -> t.sum != null && t.sum.compareTo(min) >= 0).orElse(true)) {
          continue;
        }
        SituationId situation = slot.situation().id();
        String rowsBehind = rowsBehind(rule, t.count, t.sum);
        String evidence = evidence(mapping, rule, t.count, t.sum);
        rule.aspect()
            .ifPresent(
                a -> {
                  aspects.computeIfAbsent(situation, k -> new LinkedHashSet<>()).add(a);
                  provenance
                      .computeIfAbsent(situation, k -> new ArrayList<>())
                      .add(AspectSource.of(a, evidence));
                });
        if (rule.actor().isPresent()) {
          observe(observations, rule, situation, evidence);
        }
        added.add(situation + " (" + rowsBehind + ")");
      }
      notes.add(
          mapping.source()
              + ": rule '"
              + rule.name()
              + "': "
              + selected[r]
              + (selected[r] == 1 ? " row" : " rows")
              + " selected, "
              + outside[r]
              + " outside every situation's period; "
              + (added.isEmpty() ? "nothing added" : "added in " + String.join(", ", added)));
    }
    List<Situation> result = new ArrayList<>();
    for (Situation s : situations.values()) {
      Set<AspectId> all = new LinkedHashSet<>(s.aspects());
      all.addAll(aspects.getOrDefault(s.id(), Set.of()));
      List<AspectSource> sources = new ArrayList<>(s.provenance());
      provenance.getOrDefault(s.id(), List.of()).stream()
          .filter(p -> !sources.contains(p))
          .forEach(sources::add);
      result.add(
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(s.from())
              .to(s.to())
              .aspects(all)
              .provenance(sources)
              .build());
    }
    return new Outcome(
        Model.builder().from(model).situations(result).observations(observations).build(),
        List.copyOf(notes));
  }

  /**
   * Adds the rule's observation, or adds its evidence to the same observation already there. An
   * observation that says the practice did not happen is never the same: the data then disagree
   * with it, and both are kept (the validator warns).
   */
  private static void observe(
      List<Observation> observations,
      TableImport.Rule rule,
      SituationId situation,
      String evidence) {
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (o.isPlainPositive()
          && o.actor().equals(rule.actor().get())
          && o.practice().equals(rule.practice().orElseThrow())
          && o.target().equals(rule.target())
          && o.situation().equals(situation)) {
        String source =
            o.source().map(s -> hasPart(s, evidence) ? s : s + "; " + evidence).orElse(evidence);
        observations.set(i, Observation.builder().from(o).source(source).build());
        return;
      }
    }
    observations.add(
        Observation.builder()
            .actor(rule.actor().get())
            .practice(rule.practice().orElseThrow())
            .target(rule.target())
            .situation(situation)
            .source(evidence)
            .build());
  }

  /** Whether {@code evidence} is the whole of {@code source} or one of its "; "-separated parts. */
  private static boolean hasPart(String source, String evidence) {
    return source.equals(evidence)
        || source.startsWith(evidence + "; ")
        || source.endsWith("; " + evidence)
        || source.contains("; " + evidence + "; ");
  }

  private RowDate rowDate(Map<String, Integer> columns) {
    TableImport.DateSpec d = mapping.date();
    if (d.column().isPresent()) {
      return RowDate.column(d.column().get(), d.precision(), columns.get(d.column().get()));
    }
    int[] indexes = {
      columns.get(d.year().orElseThrow()),
      d.month().map(columns::get).orElse(-1),
      d.day().map(columns::get).orElse(-1)
    };
    return RowDate.split(d.year().get(), d.month(), d.day(), indexes);
  }

  /** The rules may only name aspects, actors and practices the model declares. */
  private void checkDeclared() {
    Set<String> aspects = ids(model.aspects(), a -> a.id().value());
    Set<String> actors = ids(model.actors(), a -> a.id().value());
    Set<String> practices = ids(model.practices(), p -> p.id().value());
    for (TableImport.Rule rule : mapping.rules()) {
      rule.aspect().ifPresent(a -> declared(rule, "aspect", "an aspect", a.value(), aspects));
      rule.actor().ifPresent(a -> declared(rule, "actor", "an actor", a.value(), actors));
      rule.practice()
          .ifPresent(p -> declared(rule, "practice", "a practice", p.value(), practices));
      rule.target().ifPresent(a -> declared(rule, "target", "an actor", a.value(), actors));
    }
  }

  private void declared(
      TableImport.Rule rule, String key, String kind, String id, Set<String> known) {
    if (!known.contains(id)) {
      int[] at = rule.at().getOrDefault(key, new int[] {0, 0});
      problems.add(
          new Problem(
              ProblemCode.UNDECLARED_REFERENCE,
              Severity.ERROR,
              mapping.source(),
              at[0],
              at[1],
              "",
              "rule '"
                  + rule.name()
                  + "': "
                  + key
                  + " '"
                  + id
                  + "' is not "
                  + kind
                  + " the model declares"
                  + Suggestions.didYouMean(id, known)));
    }
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private void checkColumns(Map<String, Integer> columns, List<String> header) {
    Set<String> needed = new LinkedHashSet<>();
    TableImport.DateSpec d = mapping.date();
    d.column().ifPresent(needed::add);
    d.year().ifPresent(needed::add);
    d.month().ifPresent(needed::add);
    d.day().ifPresent(needed::add);
    for (TableImport.Rule r : mapping.rules()) {
      r.where().forEach(c -> needed.add(c.column()));
      r.sumColumn().ifPresent(needed::add);
    }
    for (String column : needed) {
      if (!columns.containsKey(column)) {
        int[] at = mapping.locations().getOrDefault(column, new int[] {0, 0});
        problems.add(
            new Problem(
                ProblemCode.UNKNOWN_COLUMN,
                Severity.ERROR,
                mapping.source(),
                at[0],
                at[1],
                "",
                "column '"
                    + column
                    + "' is not in the table "
                    + mapping.table().getFileName()
                    + Suggestions.didYouMean(column, header)
                    + " (columns: "
                    + columnList(header)
                    + ")"));
      }
    }
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
