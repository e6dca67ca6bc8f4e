package io.github.narrativeir.examples;

import io.github.narrativeir.io.CsvLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a small CSV file from the class path, its lines split by {@link CsvLines}. */
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
        records.add(CsvLines.split(line, ','));
      }
    }
    return records;
  }
}
