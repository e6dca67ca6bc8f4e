package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Severity;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports a dated table (CSV or TSV) into a model through a declarative mapping ({@code
 * narrative-mapping/1}): each rule selects rows, each selected row lands in the situation whose
 * period contains its date, and where a situation's rows pass the rule's threshold the rule adds an
 * aspect to the situation and/or an observation. Every observation made from data names the table,
 * the rule and the rows (count and sum) behind it in its {@code source}. Rows outside every period
 * are counted and reported, not dropped silently. The table is streamed: memory does not grow with
 * the number of rows.
 *
 * <pre>{@code
 * TableImport.Result r = TableImport.run(Path.of("strikes.mapping.yaml"), model);
 * r.notes().forEach(System.err::println);
 * ModelWriter.write(r.model(), Path.of("with-data.yaml"));
 * }</pre>
 */
public final class TableImport {
  private TableImport() {}

  /**
   * What an import made: the model with its additions, and what to tell the user.
   *
   * @param model the model with the aspects and observations added
   * @param notes one line per rule: rows selected, rows outside every period, what was added
   */
  public record Result(Model model, ImmutableList<String> notes) {
    /** Checks that no component is null and copies the notes. */
    public Result {
      checkNotNull(model, "model");
      notes = ImmutableList.copyOf(notes);
    }
  }

  /**
   * Applies the mapping in {@code mappingFile} (its table path is relative to it) to {@code model}.
   *
   * @throws ModelFormatException if the mapping or the table is malformed; problems are located
   *     by file, line and column (for the table: line and column name)
   * @throws IOException if a file cannot be read
   */
  public static Result run(Path mappingFile, Model model) throws IOException {
    checkNotNull(mappingFile, "mappingFile");
    checkNotNull(model, "model");
    Mapping mapping = MappingReader.read(mappingFile);
    return new Importer(mapping, model).run();
  }

  /** A parsed mapping. */
  record Mapping(
      String source,
      Path table,
      char delimiter,
      String dateColumn,
      String precision,
      List<Rule> rules,
      Map<String, int[]> locations) {}

  /** One rule of a mapping. */
  record Rule(
      String name,
      List<Condition> where,
      long minCount,
      Optional<String> sumColumn,
      Optional<BigDecimal> minSum,
      Optional<AspectId> aspect,
      Optional<ActorId> actor,
      Optional<PracticeId> practice,
      Optional<ActorId> target) {}

  /** One condition on a column. */
  record Condition(String column, String op, List<String> values, Optional<BigDecimal> number,
      Optional<Pattern> pattern) {
    boolean test(String value) {
      switch (op) {
        case "equals":
          return value.equals(values.get(0));
        case "in":
          return values.contains(value);
        case "matches":
          return pattern.orElseThrow().matcher(value).find();
        default:
          BigDecimal n;
          try {
            n = new BigDecimal(value.trim());
          } catch (NumberFormatException e) {
            return false;
          }
          int c = n.compareTo(number.orElseThrow());
          return op.equals("atLeast") ? c >= 0 : op.equals("above") ? c > 0 : op.equals("atMost") ? c <= 0 : c < 0;
      }
    }
  }

  /** Streams the table, counts selected rows per rule and situation, and adds what passes. */
  private static final class Importer {
    private final Mapping mapping;
    private final Model model;
    private final List<Situation> order;

    Importer(Mapping mapping, Model model) {
      this.mapping = mapping;
      this.model = model;
      this.order = new ArrayList<>(model.situations());
      order.sort((a, b) -> a.from().start().compareTo(b.from().start()) != 0
          ? a.from().start().compareTo(b.from().start())
          : a.id().compareTo(b.id()));
    }

    Result run() throws IOException {
      String table = mapping.table().toString();
      List<Problem> problems = new ArrayList<>();
      long[][] counts = new long[mapping.rules().size()][order.size()];
      BigDecimal[][] sums = new BigDecimal[mapping.rules().size()][order.size()];
      long[] outside = new long[mapping.rules().size()];
      long[] selected = new long[mapping.rules().size()];
      try (BufferedReader in = Files.newBufferedReader(mapping.table(), StandardCharsets.UTF_8)) {
        String headerLine = in.readLine();
        if (headerLine == null) {
          throw new ModelFormatException(List.of(new Problem(Severity.ERROR, table, 1, 1, "",
              "the table is empty; expected a header line with column names")));
        }
        List<String> header = split(headerLine);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          columns.put(header.get(i), i);
        }
        checkColumns(columns, header, problems);
        if (!problems.isEmpty()) {
          throw new ModelFormatException(problems);
        }
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          List<String> row = split(line);
          String raw = cell(row, columns.get(mapping.dateColumn()));
          Optional<LocalDate> date = date(raw);
          for (int r = 0; r < mapping.rules().size(); r++) {
            Rule rule = mapping.rules().get(r);
            if (!rule.where().stream().allMatch(c -> c.test(cell(row, columns.get(c.column()))))) {
              continue;
            }
            if (date.isEmpty()) {
              problems.add(new Problem(Severity.ERROR, table, lineNumber, 0, "",
                  "column '" + mapping.dateColumn() + "': malformed date '" + raw + "' (expected "
                      + mapping.precision() + ")"));
              continue;
            }
            selected[r]++;
            boolean landed = false;
            for (int s = 0; s < order.size(); s++) {
              if (contains(s, date.get())) {
                landed = true;
                counts[r][s]++;
                if (rule.sumColumn().isPresent()) {
                  String v = cell(row, columns.get(rule.sumColumn().get()));
                  try {
                    BigDecimal n = new BigDecimal(v.trim());
                    sums[r][s] = sums[r][s] == null ? n : sums[r][s].add(n);
                  } catch (NumberFormatException e) {
                    problems.add(new Problem(Severity.ERROR, table, lineNumber, 0, "",
                        "column '" + rule.sumColumn().get() + "': expected a number, found '" + v + "'"));
                  }
                }
              }
            }
            if (!landed) {
              outside[r]++;
            }
          }
          if (problems.size() > 100) {
            break;
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new ModelFormatException(problems);
      }
      return apply(counts, sums, outside, selected);
    }

    private Result apply(long[][] counts, BigDecimal[][] sums, long[] outside, long[] selected) {
      Map<SituationId, Set<AspectId>> aspects = new LinkedHashMap<>();
      List<Observation> observations = new ArrayList<>(model.observations());
      List<String> notes = new ArrayList<>();
      Path tableName = mapping.table().getFileName();
      for (int r = 0; r < mapping.rules().size(); r++) {
        Rule rule = mapping.rules().get(r);
        List<String> added = new ArrayList<>();
        for (int s = 0; s < order.size(); s++) {
          BigDecimal sum = sums[r][s];
          boolean passes =
              counts[r][s] > 0
                  && counts[r][s] >= rule.minCount()
                  && rule.minSum().map(min -> sum != null && sum.compareTo(min) >= 0).orElse(true);
          if (!passes) {
            continue;
          }
          SituationId situation = order.get(s).id();
          String evidence = tableName + ", rule '" + rule.name() + "': " + counts[r][s] + " rows"
              + (rule.sumColumn().isPresent() && sum != null ? ", sum of " + rule.sumColumn().get() + " " + sum.toPlainString() : "");
          rule.aspect().ifPresent(a -> aspects.computeIfAbsent(situation, k -> new LinkedHashSet<>()).add(a));
          if (rule.actor().isPresent()) {
            observations.add(
                Observation.builder()
                    .actor(rule.actor().get())
                    .practice(rule.practice().orElseThrow())
                    .target(rule.target())
                    .situation(situation)
                    .source(evidence)
                    .build());
          }
          added.add(situation + " (" + evidence.substring(evidence.indexOf(':') + 2) + ")");
        }
        notes.add(mapping.source() + ": rule '" + rule.name() + "': " + selected[r] + " rows selected, "
            + outside[r] + " outside every situation's period; "
            + (added.isEmpty() ? "nothing added" : "added in " + String.join(", ", added)));
      }
      List<Situation> situations = new ArrayList<>();
      for (Situation s : model.situations()) {
        Set<AspectId> extra = aspects.getOrDefault(s.id(), Set.of());
        Set<AspectId> all = new LinkedHashSet<>(s.aspects());
        all.addAll(extra);
        situations.add(Situation.builder().id(s.id()).label(s.label()).from(s.from()).to(s.to())
            .aspects(all).build());
      }
      return new Result(
          Model.builder().from(model).situations(situations).observations(observations).build(),
          ImmutableList.copyOf(notes));
    }

    /** A situation's period: from its start to its end, or to the day before the next begins. */
    private boolean contains(int s, LocalDate date) {
      Situation situation = order.get(s);
      if (date.isBefore(situation.from().start())) {
        return false;
      }
      Optional<LocalDate> end =
          situation.to().map(PartialDate::end)
              .or(() -> s + 1 < order.size()
                  ? Optional.of(order.get(s + 1).from().start().minusDays(1))
                  : Optional.empty());
      return end.map(e -> !date.isAfter(e)).orElse(true);
    }

    private Optional<LocalDate> date(String raw) {
      String v = raw.trim();
      try {
        switch (mapping.precision()) {
          case "fiscal-year": {
            int fy = Integer.parseInt(v.replaceFirst("^FY", ""));
            return Optional.of(LocalDate.of(fy - 1, 10, 1)); // US federal fiscal year
          }
          case "year":
            return Optional.of(LocalDate.of(Integer.parseInt(v), 7, 1));
          default:
            return Optional.of(PartialDate.parse(v).start());
        }
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    private void checkColumns(Map<String, Integer> columns, List<String> header, List<Problem> problems) {
      Set<String> needed = new LinkedHashSet<>();
      needed.add(mapping.dateColumn());
      for (Rule r : mapping.rules()) {
        r.where().forEach(c -> needed.add(c.column()));
        r.sumColumn().ifPresent(needed::add);
      }
      for (String column : needed) {
        if (!columns.containsKey(column)) {
          int[] at = mapping.locations().getOrDefault(column, new int[] {0, 0});
          problems.add(new Problem(Severity.ERROR, mapping.source(), at[0], at[1], "",
              "column '" + column + "' is not in the table " + mapping.table().getFileName()
                  + io.github.narrativeir.model.Suggestions.didYouMean(column, header)
                  + " (columns: " + String.join(", ", header) + ")"));
        }
      }
    }

    private List<String> split(String line) {
      return CsvLines.split(line, mapping.delimiter());
    }

    private static String cell(List<String> row, int index) {
      return index < row.size() ? row.get(index) : "";
    }
  }
}
