package io.github.narrativeir.benchmarks;

import io.github.narrativeir.io.TableImport;
import io.github.narrativeir.io.internal.CsvLines;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.testing.EventTableFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Importing a generated dated-event table (default one million rows) through the mapping of {@link
 * EventTableFixture} (two rules, generated yearly periods), against two baselines in the same run:
 * reading the file's lines, and reading and splitting them into fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ImportBenchmark {
  @Param({"1000000"})
  public long rows;

  private Path dir;
  private Path table;
  private Path mapping;
  private Model model;

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("import-benchmark");
    mapping = EventTableFixture.write(dir, rows);
    table = dir.resolve("events.csv");
    model = EventTableFixture.model();
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The import: read, split, select, date, tally, apply. */
  @Benchmark
  public TableImport.Result importTable() throws IOException {
    return TableImport.run(mapping, model);
  }

  /** Baseline: read the lines and nothing else. */
  @Benchmark
  public long readLines() throws IOException {
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        chars += line.length();
      }
    }
    return chars;
  }

  /** Baseline: read the lines and split them into fields. */
  @Benchmark
  public long readAndSplit() throws IOException {
    long fields = 0;
    try (BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        fields += CsvLines.split(line, ',').size();
      }
    }
    return fields;
  }
}
