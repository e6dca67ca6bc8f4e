package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an import read and added, as numbers: the rows it read, the situations it generated, the
 * selected rows whose date lists several years, and for each rule the rows it selected, those
 * outside every situation's period, and per situation the rows (and their sum) that landed there
 * and whether they passed the rule's threshold. The import's {@linkplain TableImport.Result#notes()
 * notes} say these numbers in words.
 *
 * <pre>{@code
 * TableImport.Result r = TableImport.run(Path.of("strikes.mapping.yaml"), model);
 * for (ImportStatistics.RuleCounts rule : r.statistics().rules()) {
 *   System.out.println(rule.name() + ": " + rule.selected() + " rows selected, "
 *       + rule.outside() + " outside, added in " + rule.added().size() + " situations");
 * }
 * }</pre>
 *
 * @param mapping the mapping as it was named to the import (the notes begin with it)
 * @param table the table's file name, as the sources name it
 * @param rowsRead the rows of the table: its lines after the header, blank lines not counted
 * @param every what the mapping's {@code periods} generate ({@code year}, {@code quarter} or {@code
 *     month}); empty when the import generates no periods
 * @param generated the situations the import generated and added to the model, in date order (a
 *     period the model already had is reused, not counted)
 * @param severalYears the rows selected by some rule whose date lists several years (each is placed
 *     by the first)
 * @param rules one entry per rule of the mapping, in the mapping's order
 * @since 0.1.0
 */
public record ImportStatistics(
    String mapping,
    String table,
    long rowsRead,
    Optional<String> every,
    ImmutableList<SituationId> generated,
    long severalYears,
    ImmutableList<ImportStatistics.RuleCounts> rules) {
  /**
   * Checks the components and copies the lists.
   *
   * @throws IllegalArgumentException if a count is negative, more rows list several years or are
   *     selected by a rule than were read, or situations are generated without {@code every}
   */
  public ImportStatistics {
    checkNotNull(mapping, "mapping");
    checkNotNull(table, "table");
    checkNotNull(every, "every");
    generated = ImmutableList.copyOf(generated);
    rules = ImmutableList.copyOf(rules);
    checkArgument(rowsRead >= 0, "rowsRead is negative: %s", rowsRead);
    checkArgument(
        severalYears >= 0 && severalYears <= rowsRead,
        "severalYears %s is not between 0 and rowsRead %s",
        severalYears,
        rowsRead);
    checkArgument(
        generated.isEmpty() || every.isPresent(),
        "situations %s are generated without 'every'",
        generated);
    for (RuleCounts rule : rules) {
      checkArgument(
          rule.selected() <= rowsRead,
          "rule '%s' selects %s rows of the %s read",
          rule.name(),
          rule.selected(),
          rowsRead);
    }
  }

  /**
   * The rows one rule selected: in all, outside every situation's period, and in each situation
   * where some landed.
   *
   * @param name the rule's name
   * @param sumColumn the column the rule's threshold sums; empty when it counts rows only
   * @param selected the rows the rule selected
   * @param outside the selected rows whose date is outside every situation's period
   * @param situations the situations where selected rows landed, in inference order (of the model's
   *     situations) or date order (of generated periods); a row lands in every situation whose
   *     period holds its date
   */
  public record RuleCounts(
      String name,
      Optional<String> sumColumn,
      long selected,
      long outside,
      ImmutableList<SituationCount> situations) {
    /**
     * Checks the components and copies the list.
     *
     * @throws IllegalArgumentException if a count is negative, more rows are outside or in one
     *     situation than were selected, or a situation's sum is present and the rule sums no
     *     column, or the other way round
     */
    public RuleCounts {
      checkNotNull(name, "name");
      checkNotNull(sumColumn, "sumColumn");
      situations = ImmutableList.copyOf(situations);
      checkArgument(
          outside >= 0 && outside <= selected,
          "rule '%s': outside %s is not between 0 and selected %s",
          name,
          outside,
          selected);
      for (SituationCount s : situations) {
        checkArgument(
            s.rows() <= selected - outside,
            "rule '%s': %s rows in situation '%s', but %s selected rows inside a period",
            name,
            s.rows(),
            s.situation(),
            selected - outside);
        checkArgument(
            s.sum().isPresent() == sumColumn.isPresent(),
            "rule '%s': situation '%s' has %s, but the rule sums %s",
            name,
            s.situation(),
            s.sum().isPresent() ? "a sum" : "no sum",
            sumColumn.orElse("no column"));
      }
    }

    /** The situations where the rows passed the threshold and the rule added to the model. */
    public ImmutableList<SituationCount> added() {
      return situations.stream()
          .filter(SituationCount::added)
          .collect(ImmutableList.toImmutableList());
    }
  }

  /**
   * The rows of one rule that landed in one situation.
   *
   * @param situation the situation
   * @param rows how many rows landed there (at least one)
   * @param sum their sum of the rule's {@code sumColumn}, when the rule sums a column
   * @param added whether the rows passed the rule's threshold, so that the rule added its aspect,
   *     its observation, or its evidence to an observation already there
   */
  public record SituationCount(
      SituationId situation, long rows, Optional<BigDecimal> sum, boolean added) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code rows} is less than one
     */
    public SituationCount {
      checkNotNull(situation, "situation");
      checkNotNull(sum, "sum");
      checkArgument(rows >= 1, "situation '%s': rows %s is less than 1", situation, rows);
    }
  }
}
