package io.github.narrativeir.benchmarks;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.model.Model;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading and writing a large model file, YAML and JSON. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IoBenchmark {
  @Param({"JSON", "YAML"})
  public Format format;

  @Param({"20x200x100"})
  public String size;

  private Model model;
  private byte[] text;

  @Setup
  public void setUp() {
    model = Workloads.model(size);
    text = ModelWriter.toText(model, format).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public LoadedModel read() throws ModelFormatException {
    return ModelReader.create().read("model", text, format);
  }

  @Benchmark
  public String write() {
    return ModelWriter.toText(model, format);
  }
}
