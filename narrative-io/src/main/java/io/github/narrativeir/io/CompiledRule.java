package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule of a mapping resolved once against the table's header: the cells its conditions test and
 * the cell it sums, by index; its threshold; what it adds where a situation's rows pass the
 * threshold (an aspect, an observation, or both, which the model declares) and the source it
 * records for them. Immutable.
 */
final class CompiledRule {
  private final String name;
  private final String mappingSource;
  private final ImmutableList<CellTest> where;
  private final Optional<SumColumn> sum;
  private final long minCount;
  private final Optional<BigDecimal> minSum;
  private final Optional<AspectId> aspect;
  private final Optional<Observed> observation;
  private final String sourcePrefix;

  /** A condition and the index of the cell it tests. */
  private record CellTest(TableImport.Condition condition, int index) {}

  /** The column a rule sums: its name and index. */
  record SumColumn(String name, int index) {
    /** The cell of {@code row} to sum. */
    String cell(List<String> row) {
      return RowDate.cell(row, index);
    }

    /** Why {@code cell}, which is no number within the bounds, cannot be summed. */
    String notANumber(String cell) {
      return "column '"
          + name
          + "': expected a number to sum"
          + TableImport.numberBounds(cell)
          + ", found '"
          + Importer.excerpt(cell)
          + "'";
    }
  }

  /** The observation a rule adds, but its situation and source. */
  private record Observed(ActorId actor, PracticeId practice, Optional<ActorId> target) {}

  /** A {@code matches} expression gave up on a cell of a row: the cell's index, and the message. */
  static final class GaveUp extends Exception {
    private static final long serialVersionUID = 1L;
    private final int index;

    GaveUp(int index, String message) {
      super(message, null, false, false);
      this.index = index;
    }

    @Override
    public String getMessage() {
      return checkNotNull(super.getMessage()); // always given
    }

    /** The index of the cell the expression gave up on. */
    int index() {
      return index;
    }
  }

  private CompiledRule(
      TableImport.Mapping mapping, TableImport.Rule rule, Map<String, Integer> columns) {
    this.name = rule.name();
    this.mappingSource = mapping.source();
    this.where =
        rule.where().stream()
            .map(c -> new CellTest(c, checkNotNull(columns.get(c.column()))))
            .collect(ImmutableList.toImmutableList());
    this.sum = rule.sumColumn().map(c -> new SumColumn(c, checkNotNull(columns.get(c))));
    this.minCount = rule.minCount();
    this.minSum = rule.minSum();
    this.aspect = rule.aspect();
    this.observation =
        rule.actor().map(a -> new Observed(a, rule.practice().orElseThrow(), rule.target()));
    this.sourcePrefix = ImportSources.prefix(mapping, rule);
  }

  /**
   * {@code rule} of {@code mapping} resolved against {@code columns}, the table's column indexes by
   * name, which hold every column the rule names.
   */
  static CompiledRule of(
      TableImport.Mapping mapping, TableImport.Rule rule, Map<String, Integer> columns) {
    return new CompiledRule(mapping, rule, columns);
  }

  /** The rule's name. */
  String name() {
    return name;
  }

  /**
   * Whether {@code row} passes every condition of the rule (the conditions are tested in order, up
   * to the first that fails).
   *
   * @throws GaveUp if a {@code matches} expression took more than its steps on a cell
   */
  boolean selects(List<String> row) throws GaveUp {
    for (int c = 0; c < where.size(); c++) {
      CellTest test = where.get(c);
      boolean passes;
      try {
        passes = test.condition().test(RowDate.cell(row, test.index()));
      } catch (TableImport.RegexGaveUp e) {
        throw new GaveUp(test.index(), gaveUp(test.condition(), e));
      }
      if (!passes) {
        return false;
      }
    }
    return true;
  }

  private String gaveUp(TableImport.Condition condition, TableImport.RegexGaveUp e) {
    return "rule '"
        + name
        + "': the regular expression '"
        + Importer.excerpt(condition.pattern().orElseThrow().pattern())
        + "' ("
        + mappingSource
        + ":"
        + condition.line()
        + ":"
        + condition.at()
        + ") gave up on column '"
        + condition.column()
        + "' of this row: it "
        + e.getMessage();
  }

  /** The column the rule's threshold sums; empty when it counts rows only. */
  Optional<SumColumn> sum() {
    return sum;
  }

  /**
   * Whether {@code count} rows summing to {@code total} (when the rule sums) pass the threshold.
   */
  boolean passes(long count, Optional<BigDecimal> total) {
    return count >= minCount
        && minSum.map(min -> total.isPresent() && total.get().compareTo(min) >= 0).orElse(true);
  }

  /**
   * The source the rule records for what it adds in a situation where {@code count} rows (summing
   * to {@code total}, when it sums) pass its threshold, such as {@code strikes.csv, rule
   * 'us-strikes': 28 rows}.
   */
  String source(long count, Optional<BigDecimal> total) {
    return sourcePrefix + ImportSources.rows(count, sum.map(SumColumn::name), total);
  }

  /** The aspect the rule adds to a situation; empty if it adds none. */
  Optional<AspectId> aspect() {
    return aspect;
  }

  /**
   * The observation the rule adds in {@code situation}, recording {@code source}; empty if none.
   */
  Optional<Observation> observation(SituationId situation, String source) {
    return observation.map(
        o ->
            Observation.builder()
                .actor(o.actor())
                .practice(o.practice())
                .target(o.target())
                .situation(situation)
                .source(source)
                .build());
  }
}
