package io.github.narrativeir.benchmarks;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.PreparedModel;
import io.github.narrativeir.io.ResultWriter;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What writing the {@code narrative-result/1} JSON adds to inference, in the same run: {@code
 * infer} runs the engine on a prepared model, {@code inferModel} on the model itself (validation
 * and indexing included, as {@code narrative infer} and a single {@code engine.infer(model)} do);
 * {@code inferAndWrite} runs it on the prepared model and writes the result to a stream that only
 * counts bytes, {@code inferAndWriteToWriter} to a UTF-8 {@code Writer} over such a stream. A fresh
 * result is written each time, so that the perceived sets the writer needs are worked out as they
 * would be after a real run. The cost of writing is {@code inferAndWrite - infer}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResultWriteBenchmark {
  @Param({"20x200x100"})
  public String size;

  private Model model;
  private PreparedModel prepared;

  @Setup
  public void setUp() {
    model = Workloads.model(size);
    prepared = NarrativeEngine.create().prepare(model);
  }

  /** Inference on the model itself, validation and indexing included. */
  @Benchmark
  public Inference inferModel() {
    return NarrativeEngine.create().infer(model);
  }

  /** Inference alone: the baseline. */
  @Benchmark
  public Inference infer() {
    return prepared.infer();
  }

  /** Inference, then the result written as JSON to a byte-counting stream. */
  @Benchmark
  public long inferAndWrite(Blackhole blackhole) throws IOException {
    Inference result = prepared.infer();
    CountingStream out = new CountingStream();
    ResultWriter.write(result, out);
    blackhole.consume(result);
    return out.count;
  }

  /** Inference, then the result written as JSON through a UTF-8 writer to a counting stream. */
  @Benchmark
  public long inferAndWriteToWriter(Blackhole blackhole) throws IOException {
    Inference result = prepared.infer();
    CountingStream out = new CountingStream();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ResultWriter.write(result, writer);
    blackhole.consume(result);
    return out.count;
  }

  /** Counts what is written to it and keeps nothing. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
