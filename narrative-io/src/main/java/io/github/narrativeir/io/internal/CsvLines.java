package io.github.narrativeir.io.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a CSV or TSV table into its fields: fields may be quoted with {@code "}, and a
 * doubled quote inside quotes is a quote (RFC 4180). Quoted fields may not span lines. Fields are
 * kept as strings, so codes such as {@code 016} keep their leading zeros.
 *
 * <p>Not API: this package is exported only to the project's own modules.
 */
public final class CsvLines {
  private CsvLines() {}

  /** Returns the fields of {@code line}, separated by {@code delimiter}. */
  public static List<String> split(String line, char delimiter) {
    checkNotNull(line, "line");
    List<String> fields = new ArrayList<>();
    int start = 0;
    int length = line.length();
    int quote = line.indexOf('"');
    while (true) {
      if (quote >= 0 && quote < start) {
        quote = line.indexOf('"', start);
      }
      if (start < length && line.charAt(start) == '"') {
        start = quoted(line, start, delimiter, fields);
      } else {
        int end = line.indexOf(delimiter, start);
        if (quote >= 0 && (end < 0 || quote < end)) {
          // a quote inside an unquoted field: take the slow path for the rest of the field
          start = quoted(line, start, delimiter, fields);
        } else {
          fields.add(line.substring(start, end < 0 ? length : end));
          start = end < 0 ? -1 : end + 1;
        }
      }
      if (start < 0) {
        return fields;
      }
    }
  }

  /**
   * Reads one field that contains quotes, from {@code start}; adds it and returns where the next
   * field begins, or -1 at the end of the line.
   */
  private static int quoted(String line, int start, char delimiter, List<String> fields) {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        return i + 1;
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return -1;
  }

  /**
   * Returns the index (from 0) of the quote that opens a quoted field which {@code line} does not
   * close, or -1 when every quoted field of the line is closed. A table whose quoted field spans
   * lines has such a line: the README forbids it, and the import reports it there.
   */
  public static int unclosedQuote(String line) {
    checkNotNull(line, "line");
    int i = line.indexOf('"');
    if (i < 0) {
      return -1;
    }
    int opened = -1;
    boolean quoted = false;
    for (; i < line.length(); i++) {
      if (line.charAt(i) != '"') {
        continue;
      }
      if (!quoted) {
        quoted = true;
        opened = i;
      } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
        i++; // a doubled quote inside quotes is a quote
      } else {
        quoted = false;
      }
    }
    return quoted ? opened : -1;
  }

  /**
   * Returns the column (from 1) at which field {@code field} (from 0) of {@code line} begins, or
   * the column after the end of the line when the line has fewer fields.
   */
  public static int columnOf(String line, int field, char delimiter) {
    checkNotNull(line, "line");
    boolean quoted = false;
    int seen = 0;
    for (int i = 0; i < line.length(); i++) {
      if (seen == field) {
        return i + 1;
      }
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        seen++;
      }
    }
    return line.length() + 1;
  }
}
