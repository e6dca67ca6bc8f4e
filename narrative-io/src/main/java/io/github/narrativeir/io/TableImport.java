package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports a dated table (CSV or TSV) into a model through a declarative mapping ({@code
 * narrative-mapping/1}): each rule selects rows, each selected row lands in the situation whose
 * period contains its date (or in a period the mapping generates: every year, quarter or month),
 * and where a situation's rows pass the rule's threshold the rule adds an aspect to the situation
 * and/or an observation. Everything made from data records where it comes from: an aspect in its
 * situation's {@code provenance}, an observation in its {@code source}, each naming the table, the
 * rule and the rows (count and sum) behind it; explanations show it. An observation the model
 * already has is not duplicated: the data's evidence is added to its source. Rows outside every
 * period are counted and reported, not dropped silently. The table is streamed: memory does not
 * grow with the number of rows.
 *
 * <pre>{@code
 * TableImport.Result r = TableImport.run(Path.of("strikes.mapping.yaml"), model);
 * r.notes().forEach(System.err::println);
 * ModelWriter.write(r.model(), Path.of("with-data.yaml"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TableImport {
  private TableImport() {}

  /**
   * What an import made: the model with its additions, and what to tell the user.
   *
   * @param model the model with the aspects, provenance, observations and situations added
   * @param notes one line per rule (rows selected, rows outside every period, what was added),
   *     and lines on generated periods and on rows placed by the first of several years
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
   * @throws ModelFormatException if the mapping or the table is malformed, or the mapping names an
   *     aspect, actor or practice the model does not declare; problems are located by file, line
   *     and column (in the table: line, column and column name)
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
      DateSpec date,
      Optional<PeriodSpec> periods,
      List<Rule> rules,
      Map<String, int[]> locations) {}

  /** How rows are dated: one column of a precision, or year, month and day columns. */
  record DateSpec(
      Optional<String> column,
      String precision,
      Optional<String> year,
      Optional<String> month,
      Optional<String> day) {}

  /** Periods to generate: every year, quarter or month, optionally bounded. */
  record PeriodSpec(
      String every, Optional<PartialDate> from, Optional<PartialDate> to, int line, int column) {}

  /** One rule of a mapping; {@code at} locates its aspect and observation keys in the mapping. */
  record Rule(
      String name,
      List<Condition> where,
      long minCount,
      Optional<String> sumColumn,
      Optional<BigDecimal> minSum,
      Optional<AspectId> aspect,
      Optional<ActorId> actor,
      Optional<PracticeId> practice,
      Optional<ActorId> target,
      Map<String, int[]> at) {}

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
}
