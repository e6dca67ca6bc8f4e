package io.github.narrativeir.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.narrativeir.cli.NarrativeCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline of {@link DyadsJobBenchmark}: the same table and templates, one dyad at a time
 * through the single-machine commands, as a user without Spark would: bind the templates to the
 * dyad, {@code narrative import} (which reads the whole table) and {@code narrative infer}, in this
 * JVM (no JVM start counted). {@value #DYADS} dyads per shot; the score is seconds per dyad.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class DyadsCliBenchmark {
  static final int DYADS = 4;

  @Param({"1000000", "10000000"})
  public long rows;

  @Param({"200"})
  public int actors;

  private Path dir;
  private List<String[]> dyads;
  private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, UTF_8);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path table = DyadTables.table(rows, actors);
    dir = Files.createTempDirectory(DyadTables.DIR.toAbsolutePath(), "cli-");
    Files.createSymbolicLink(dir.resolve(table.getFileName()), table);
    DyadTables.writeTemplates(dir, table);
    dyads = DyadTables.firstDyads(rows, actors, DYADS);
    for (String[] d : dyads) {
      String name = d[0] + "-" + d[1];
      Files.writeString(
          dir.resolve(name + ".mapping.yaml"),
          DyadTables.bind(Files.readString(dir.resolve("dyad.mapping.yaml")), d),
          UTF_8);
      Files.writeString(
          dir.resolve(name + ".concepts.yaml"),
          DyadTables.bind(Files.readString(dir.resolve("dyad.concepts.yaml")), d),
          UTF_8);
      Files.writeString(
          dir.resolve(name + ".yaml"),
          "format: narrative-model/1\nactors: [{id: \""
              + d[0]
              + "\"}, {id: \""
              + d[1]
              + "\"}]\nsituations: []\nconcepts: []\n",
          UTF_8);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    DyadTables.delete(dir);
  }

  /** {@value #DYADS} dyads, each imported from the whole table and inferred. */
  @Benchmark
  @OperationsPerInvocation(DYADS)
  public int oneDyadAtATime() {
    int exits = 0;
    for (String[] d : dyads) {
      String name = d[0] + "-" + d[1];
      exits +=
          cli(
              "import",
              dir.resolve(name + ".mapping.yaml").toString(),
              "--into",
              dir.resolve(name + ".yaml").toString(),
              "--concepts",
              dir.resolve(name + ".concepts.yaml").toString(),
              "-o",
              dir.resolve(name + ".model.yaml").toString());
      exits +=
          cli(
              "infer",
              dir.resolve(name + ".model.yaml").toString(),
              "--format",
              "json",
              "-o",
              dir.resolve(name + ".result.json").toString());
    }
    if (exits != 0) {
      throw new IllegalStateException("a command failed: exit codes sum to " + exits);
    }
    return exits;
  }

  private int cli(String... args) {
    return NarrativeCli.run(args, new ByteArrayInputStream(new byte[0]), quiet, quiet);
  }
}
