package io.github.narrativeir.io;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.SituationId;
import java.util.List;

/**
 * The notes of an import, said from its {@link ImportStatistics}: each begins with the mapping as
 * it was named; the rows read, the situations generated (if any), the selected rows listing several
 * years (if any), then per rule the rows selected, those outside every period and where the rule
 * added.
 */
final class ImportNotes {
  private ImportNotes() {}

  static ImmutableList<String> of(ImportStatistics s) {
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    String at = s.mapping() + ": ";
    notes.add(at + s.rowsRead() + " rows read from " + s.table());
    List<SituationId> generated = s.generated();
    if (!generated.isEmpty()) {
      int n = generated.size();
      notes.add(
          at
              + "generated "
              + n
              + (n == 1 ? " situation" : " situations")
              + " (every "
              + s.every().orElseThrow()
              + "): "
              + generated.get(0)
              + (n > 1 ? " to " + generated.get(n - 1) : ""));
    }
    long several = s.severalYears();
    if (several > 0) {
      notes.add(
          at
              + several
              + (several == 1 ? " selected row lists" : " selected rows list")
              + " several years; "
              + (several == 1 ? "it is" : "each is")
              + " placed by the first");
    }
    for (ImportStatistics.RuleCounts rule : s.rules()) {
      notes.add(
          at
              + "rule '"
              + rule.name()
              + "': "
              + rule.selected()
              + (rule.selected() == 1 ? " row" : " rows")
              + " selected, "
              + rule.outside()
              + " outside every situation's period; "
              + added(rule));
    }
    return notes.build();
  }

  /** Where the rule added, with the rows behind each addition; or that it added nothing. */
  private static String added(ImportStatistics.RuleCounts rule) {
    List<String> added =
        rule.added().stream()
            .map(
                c ->
                    c.situation()
                        + " ("
                        + ImportSources.rows(c.rows(), rule.sumColumn(), c.sum())
                        + ")")
            .toList();
    return added.isEmpty() ? "nothing added" : "added in " + String.join(", ", added);
  }
}
