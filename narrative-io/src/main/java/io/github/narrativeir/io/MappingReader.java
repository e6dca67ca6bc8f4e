package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.io.internal.MappingFiles;
import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.io.internal.ObjectReader;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads a {@code narrative-mapping/1} file strictly, with located errors. */
final class MappingReader {
  static final String FORMAT = "narrative-mapping/1";
  static final List<String> TOP =
      List.of("format", "table", "delimiter", "date", "periods", "rules");
  static final List<String> DATE = List.of("column", "precision", "year", "month", "day");
  static final List<String> PERIODS = List.of("every", "from", "to");
  static final List<String> EVERY = List.of("year", "quarter", "month");
  static final List<String> RULE = List.of("name", "where", "threshold", "aspect", "observation");
  static final List<String> CONDITION =
      List.of("column", "equals", "in", "matches", "atLeast", "above", "atMost", "below");
  static final List<String> THRESHOLD = List.of("count", "sum", "atLeast");
  static final List<String> OBSERVATION = List.of("actor", "practice", "target");

  private MappingReader() {}

  static TableImport.Mapping read(Path file) throws IOException {
    return read(file, ReadLimits.defaults());
  }

  /**
   * Reads the mapping in {@code file} within {@code limits}: a file larger than {@link
   * ReadLimits#maxDocumentBytes()} is not read, and a device or a pipe is read only up to it.
   */
  static TableImport.Mapping read(Path file, ReadLimits limits) throws IOException {
    String source = file.toString();
    List<Problem> problems = new ArrayList<>();
    byte[] content = MappingFiles.content(file, source, "narrative-mapping/1", limits, true);
    Node root;
    try {
      root =
          new TreeParser(limits, source, problems)
              .parse(content, Format.fromFileName(file).orElse(Format.detect(content)));
    } catch (TreeParser.Fatal e) {
      throw new ModelFormatException(problems);
    }
    ObjectReader.Problems p = new ObjectReader.Problems(source, problems);
    Optional<ObjectReader> top = ObjectReader.of(root, "a mapping", "the mapping", TOP, p);
    if (top.isEmpty()) {
      throw new ModelFormatException(problems);
    }
    ObjectReader r = top.get();
    r.requiredText("format")
        .filter(f -> !f.equals(FORMAT))
        .ifPresent(
            f ->
                r.error(
                    ProblemCode.FORMAT,
                    r.field("format").orElseThrow(),
                    "expected 'format: " + FORMAT + "', found '" + f + "'"));
    Optional<String> tableName = r.requiredText("table");
    Path table =
        tableName.map(t -> file.toAbsolutePath().resolveSibling(t).normalize()).orElse(Path.of(""));
    // messages name the table as the mapping is named: relative to it, not made absolute
    String tableSource =
        tableName
            .map(
                t ->
                    (file.getParent() == null ? Path.of(t) : file.getParent().resolve(t))
                        .normalize()
                        .toString())
            .orElse("");
    if (tableName.isPresent() && Files.isDirectory(table)) {
      r.error(
          ProblemCode.UNREADABLE_FILE,
          r.field("table").orElseThrow(),
          "expected a table (a CSV or TSV file) for 'table', found"
              + " the directory '"
              + tableName.get()
              + "' ("
              + table
              + ")");
    } else if (tableName.isPresent() && !Files.exists(table)) {
      r.error(
          ProblemCode.UNREADABLE_FILE,
          r.field("table").orElseThrow(),
          "no such table '" + tableName.get() + "' (" + table + ")");
    }
    char delimiter = table.toString().endsWith(".tsv") ? '\t' : ',';
    Optional<String> d = r.text("delimiter");
    if (d.isPresent()) {
      String v = d.get().equals("tab") ? "\t" : d.get();
      if (v.length() != 1) {
        r.error(
            ProblemCode.INVALID_VALUE,
            r.field("delimiter").orElseThrow(),
            "expected one character (or 'tab') for 'delimiter', found '" + d.get() + "'");
      } else {
        delimiter = v.charAt(0);
      }
    }
    Map<String, int[]> locations = new HashMap<>();
    TableImport.DateSpec dateSpec =
        new TableImport.DateSpec(
            Optional.of(""), "day", Optional.empty(), Optional.empty(), Optional.empty());
    Optional<ObjectReader> date =
        r.required("date").flatMap(n -> ObjectReader.of(n, "a date", "'date'", DATE, p));
    if (date.isPresent()) {
      dateSpec = dateSpec(date.get(), locations).orElse(dateSpec);
    }
    Optional<TableImport.PeriodSpec> periods =
        r.field("periods")
            .flatMap(n -> ObjectReader.of(n, "periods", "'periods'", PERIODS, p))
            .flatMap(MappingReader::periods);
    List<TableImport.Rule> rules = new ArrayList<>();
    int index = 0;
    for (Node item : r.list("rules")) {
      index++;
      // named as the rule's other messages name it: by its name, else 'rule N' (from 1)
      Node name = item.kind == Node.Kind.OBJECT ? item.fields.get("name") : null;
      String subject =
          "rule '" + (name != null && name.isScalar() ? name.text : "rule " + index) + "'";
      Optional<ObjectReader> rule = ObjectReader.of(item, "a rule", subject, RULE, p);
      if (rule.isPresent()) {
        rule(rule.get(), index, p, locations).ifPresent(rules::add);
      }
    }
    if (rules.isEmpty() && problems.isEmpty()) {
      r.error(ProblemCode.MISSING_FIELD, root, "the mapping has no rules");
    }
    if (!problems.isEmpty()) {
      throw new ModelFormatException(problems);
    }
    return new TableImport.Mapping(
        source, table, tableSource, delimiter, dateSpec, periods, rules, locations);
  }

  private static Optional<TableImport.DateSpec> dateSpec(
      ObjectReader d, Map<String, int[]> locations) {
    for (String key : List.of("column", "year", "month", "day")) {
      d.field(key)
          .filter(Node::isScalar)
          .ifPresent(n -> locations.putIfAbsent(n.text, new int[] {n.line, n.column}));
    }
    Optional<String> column = d.text("column");
    Optional<String> year = d.text("year");
    if (column.isPresent() == year.isPresent()) {
      d.error(
          ProblemCode.FIELD_COMBINATION,
          d.node(),
          "'date' needs either 'column' (one column holding the date) or 'year' (with"
              + " optional 'month' and 'day' columns); found "
              + (column.isPresent() ? "both" : "neither"));
      return Optional.empty();
    }
    if (year.isPresent()) {
      for (String key : List.of("precision")) {
        d.field(key)
            .ifPresent(
                n ->
                    d.error(
                        ProblemCode.FIELD_COMBINATION,
                        n,
                        "'" + key + "' goes with 'column', not with 'year'"));
      }
      if (d.field("day").isPresent() && d.field("month").isEmpty()) {
        d.error(
            ProblemCode.FIELD_COMBINATION,
            d.field("day").orElseThrow(),
            "'day' needs a 'month' column too");
      }
      return Optional.of(
          new TableImport.DateSpec(Optional.empty(), "day", year, d.text("month"), d.text("day")));
    }
    for (String key : List.of("month", "day")) {
      d.field(key)
          .ifPresent(
              n ->
                  d.error(
                      ProblemCode.FIELD_COMBINATION,
                      n,
                      "'" + key + "' goes with 'year', not with 'column'"));
    }
    Optional<String> pr = d.text("precision");
    if (pr.isPresent() && !RowDate.PRECISIONS.contains(pr.get())) {
      d.error(
          ProblemCode.INVALID_VALUE,
          d.field("precision").orElseThrow(),
          "expected one of "
              + String.join(", ", RowDate.PRECISIONS)
              + " for 'precision', found '"
              + pr.get()
              + "'");
      return Optional.empty();
    }
    return Optional.of(
        new TableImport.DateSpec(
            column, pr.orElse("day"), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private static Optional<TableImport.PeriodSpec> periods(ObjectReader r) {
    Optional<String> every = r.requiredText("every");
    if (every.isPresent() && !EVERY.contains(every.get())) {
      r.error(
          ProblemCode.INVALID_VALUE,
          r.field("every").orElseThrow(),
          "expected one of "
              + String.join(", ", EVERY)
              + " for 'every', found '"
              + every.get()
              + "'");
      return Optional.empty();
    }
    Optional<PartialDate> from =
        r.field("from").flatMap(v -> r.parsed(v, "from", PartialDate::parse));
    Optional<PartialDate> to = r.field("to").flatMap(v -> r.parsed(v, "to", PartialDate::parse));
    if (from.isPresent() && to.isPresent() && to.get().end().isBefore(from.get().start())) {
      r.error(
          ProblemCode.INVALID_VALUE,
          r.field("to").orElseThrow(),
          "'to' " + to.get() + " ends before 'from' " + from.get() + " begins");
      return Optional.empty();
    }
    Optional<TableImport.PeriodSpec> spec =
        every.map(e -> new TableImport.PeriodSpec(e, from, to, r.node().line, r.node().column));
    if (spec.isPresent() && from.isPresent() && to.isPresent()) {
      long count = Periods.count(spec.get());
      if (count > TableImport.MAX_GENERATED_SITUATIONS) {
        r.error(
            ProblemCode.LIMIT_PERIODS,
            r.node(),
            Periods.tooMany(spec.get(), count, from.get(), to.get()));
        return Optional.empty();
      }
    }
    return spec;
  }

  private static Optional<TableImport.Rule> rule(
      ObjectReader r, int index, ObjectReader.Problems p, Map<String, int[]> locations) {
    String name = r.text("name").orElse("rule " + index);
    List<TableImport.Condition> where = new ArrayList<>();
    for (Node item : r.list("where")) {
      ObjectReader.of(item, "a condition", "a condition of rule '" + name + "'", CONDITION, p)
          .flatMap(c -> condition(c))
          .ifPresent(
              c -> {
                where.add(c);
                Node column = checkNotNull(item.fields.get("column")); // a condition has one
                locations.putIfAbsent(c.column(), new int[] {column.line, column.column});
              });
    }
    long minCount = 1;
    Optional<String> sum = Optional.empty();
    Optional<BigDecimal> minSum = Optional.empty();
    Optional<ObjectReader> threshold =
        r.field("threshold")
            .flatMap(
                n ->
                    ObjectReader.of(
                        n, "a threshold", "the threshold of rule '" + name + "'", THRESHOLD, p));
    if (threshold.isPresent()) {
      ObjectReader t = threshold.get();
      minCount = t.int32("count").orElse(1);
      if (minCount < 1) {
        t.error(
            ProblemCode.INVALID_VALUE,
            t.field("count").orElseThrow(),
            "expected a count of at least 1, found " + minCount);
      }
      sum = t.text("sum");
      t.field("sum").ifPresent(n -> locations.putIfAbsent(n.text, new int[] {n.line, n.column}));
      minSum = t.field("atLeast").flatMap(n -> number(t, n));
      if (t.field("sum").isPresent() != t.field("atLeast").isPresent()) {
        t.error(
            ProblemCode.FIELD_COMBINATION,
            t.node(),
            t.subject()
                + ": 'sum' (the column to sum) and 'atLeast' (the least sum)"
                + " go together; found only '"
                + (t.field("sum").isPresent() ? "sum" : "atLeast")
                + "'");
      }
    }
    Map<String, int[]> at = new HashMap<>();
    at.put("rule", new int[] {r.node().line, r.node().column});
    Optional<AspectId> aspect = r.field("aspect").flatMap(v -> r.parsed(v, "aspect", AspectId::of));
    r.field("aspect").ifPresent(n -> at.put("aspect", new int[] {n.line, n.column}));
    Optional<ActorId> actor = Optional.empty();
    Optional<PracticeId> practice = Optional.empty();
    Optional<ActorId> target = Optional.empty();
    Optional<ObjectReader> observation =
        r.field("observation")
            .flatMap(
                n ->
                    ObjectReader.of(
                        n,
                        "an observation",
                        "the observation of rule '" + name + "'",
                        OBSERVATION,
                        p));
    if (observation.isPresent()) {
      ObjectReader o = observation.get();
      actor = o.required("actor").flatMap(v -> o.parsed(v, "actor", ActorId::of));
      practice = o.required("practice").flatMap(v -> o.parsed(v, "practice", PracticeId::of));
      target = o.field("target").flatMap(v -> o.parsed(v, "target", ActorId::of));
      for (String key : OBSERVATION) {
        o.field(key).ifPresent(n -> at.put(key, new int[] {n.line, n.column}));
      }
    }
    if (r.field("aspect").isEmpty() && r.field("observation").isEmpty()) {
      r.error(
          ProblemCode.FIELD_COMBINATION,
          r.node(),
          "rule '" + name + "' adds nothing: give it an 'aspect', an 'observation' or both");
      return Optional.empty();
    }
    if (aspect.isEmpty() && observation.isEmpty()) {
      return Optional.empty(); // a malformed aspect, reported
    }
    return Optional.of(
        new TableImport.Rule(
            name, where, minCount, sum, minSum, aspect, actor, practice, target, at));
  }

  private static Optional<TableImport.Condition> condition(ObjectReader c) {
    Optional<String> column = c.requiredText("column");
    List<String> ops = new ArrayList<>();
    for (String op : CONDITION.subList(1, CONDITION.size())) {
      if (c.field(op).isPresent()) {
        ops.add(op);
      }
    }
    if (ops.size() != 1) {
      c.error(
          ProblemCode.FIELD_COMBINATION,
          c.node(),
          c.subject()
              + " needs exactly one of equals, in, matches, atLeast, above,"
              + " atMost, below; found "
              + (ops.isEmpty() ? "none" : String.join(", ", ops)));
      return Optional.empty();
    }
    String op = ops.get(0);
    Node value = c.field(op).orElseThrow();
    List<String> values = new ArrayList<>();
    Optional<BigDecimal> number = Optional.empty();
    Optional<Pattern> pattern = Optional.empty();
    switch (op) {
      case "equals" -> c.text(value, op).ifPresent(values::add);
      case "in" -> c.list(op).forEach(n -> c.text(n, op).ifPresent(values::add));
      case "matches" -> {
        try {
          // no check of the expression's shape here: a bounded number of steps per cell
          // (TableImport.REGEX_STEPS) stops one that backtracks catastrophically, located
          pattern = c.text(value, op).map(Pattern::compile);
        } catch (PatternSyntaxException e) {
          c.error(
              ProblemCode.INVALID_VALUE,
              value,
              "malformed regular expression for 'matches': " + e.getDescription());
          return Optional.empty();
        }
      }
      default -> number = number(c, value);
    }
    if (column.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TableImport.Condition(
            column.get(), op, values, number, pattern, value.line, value.column));
  }

  private static Optional<BigDecimal> number(ObjectReader r, Node n) {
    if (n.kind == Node.Kind.NUMBER) {
      Optional<BigDecimal> number = TableImport.number(n.text);
      if (number.isEmpty()) {
        String text =
            n.text.length() <= 40
                ? n.text
                : n.text.substring(0, 40) + "... (" + n.text.length() + " characters)";
        r.error(
            ProblemCode.INVALID_VALUE,
            n,
            "expected a number" + TableImport.numberBounds(n.text) + ", found " + text);
      }
      return number;
    }
    r.error(ProblemCode.WRONG_TYPE, n, "expected a number, found " + n.describe());
    return Optional.empty();
  }
}
