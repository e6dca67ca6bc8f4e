package io.github.narrativeir.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small CSV file (RFC 4180 quoting, one record per line) from the class path. The example
 * reads its own bundled tables here; a user's event data go through the library's importer.
 */
final class Csv {
  private Csv() {}

  /** The rows of {@code resource} as maps from header to value. */
  static List<Map<String, String>> read(String resource) {
    try (InputStream in = Csv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing data file on the class path: " + resource);
      }
      List<List<String>> records = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      List<Map<String, String>> rows = new ArrayList<>();
      List<String> header = records.get(0);
      for (List<String> record : records.subList(1, records.size())) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.size() ? record.get(i) : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of {@code text}, one per line (the bundled tables have no multi-line fields). */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      if (!line.isEmpty()) {
        records.add(split(line));
      }
    }
    return records;
  }

  /** The fields of one line: commas separate, double quotes enclose, {@code ""} is a quote. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalStateException("unclosed quote in bundled CSV line: " + line);
    }
    fields.add(field.toString());
    return fields;
  }
}
