package io.github.narrativeir.io;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sources an import records for what a rule adds, such as {@code strikes.csv, rule
 * 'us-strikes': 28 rows} or {@code aid.csv, rule 'large-aid': 1 row, sum of amount 700}: the table,
 * the rule and the rows behind the addition. The notes say the rows the same way, and
 * shift-boundary recognises the sources by their {@link #pattern}.
 */
final class ImportSources {
  private ImportSources() {}

  /** What every source recorded for {@code rule} begins with: table and rule. */
  static String prefix(TableImport.Mapping mapping, TableImport.Rule rule) {
    return mapping.table().getFileName() + ", rule '" + rule.name() + "': ";
  }

  /**
   * The rows behind an addition, as its source and the notes say them: {@code 1 row}, {@code 28
   * rows}, followed by {@code , sum of COLUMN SUM} when the rule sums a column.
   */
  static String rows(long count, Optional<String> sumColumn, Optional<BigDecimal> sum) {
    return count
        + (count == 1 ? " row" : " rows")
        + (sumColumn.isPresent() && sum.isPresent()
            ? ", sum of " + sumColumn.get() + " " + sum.get().toPlainString()
            : "");
  }

  /** The sources an import records for {@code rule}, whatever the rows: any count and sum. */
  static Pattern pattern(TableImport.Mapping mapping, TableImport.Rule rule) {
    return Pattern.compile(
        Pattern.quote(prefix(mapping, rule))
            + "[0-9]+ rows?"
            + rule.sumColumn()
                .map(c -> "(?:" + Pattern.quote(", sum of " + c + " ") + "[-0-9.]+)?")
                .orElse(""));
  }
}
