package io.github.narrativeir.io.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a header, a rule of dashes and rows, each column padded with spaces to its
 * widest cell (in code points) and two spaces between columns; no trailing spaces. Cells are made
 * one-line by {@link Escaping#plain(String)}.
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  TextTable(String... header) {
    this.columns = header.length;
    rows.add(clean(header));
  }

  /** Adds a row; it must have as many cells as the header. */
  TextTable row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + columns + " columns");
    }
    rows.add(clean(cells));
    return this;
  }

  /** True when the table has no rows besides its header. */
  boolean isEmpty() {
    return rows.size() == 1;
  }

  /** Appends the table to {@code out}, each line indented by {@code indent}. */
  void appendTo(ReportSink out, String indent) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], Escaping.width(row[i]));
      }
    }
    String[] rule = new String[columns];
    for (int i = 0; i < columns; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, indent, rows.get(0), widths);
    line(out, indent, rule, widths);
    for (String[] row : rows.subList(1, rows.size())) {
      line(out, indent, row, widths);
    }
  }

  private static void line(ReportSink out, String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells[i]);
      if (i < cells.length - 1) {
        line.append(" ".repeat(widths[i] - Escaping.width(cells[i])));
      }
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line.substring(0, end)).append('\n');
  }

  private static String[] clean(String[] cells) {
    String[] copy = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      copy[i] = Escaping.plain(cells[i]);
    }
    return copy;
  }
}
