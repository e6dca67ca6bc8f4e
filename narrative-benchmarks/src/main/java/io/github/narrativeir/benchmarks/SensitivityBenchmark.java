package io.github.narrativeir.benchmarks;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sensitivity analysis: every exhaustive family run incrementally, one variant after the other and
 * in parallel; and the {@code drop-concept} family run incrementally against brute force (one full
 * inference on each explicitly edited model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SensitivityBenchmark {
  @Param({"4x20x10", "8x40x20"})
  public String size;

  private Model model;
  private Inference result;

  @Setup
  public void setUp() {
    model = Workloads.model(size);
    result = NarrativeEngine.create().infer(model);
  }

  /** Every family, variants one after the other. */
  @Benchmark
  public SensitivityResult allFamilies() {
    return Sensitivity.create().run(result);
  }

  /** Every family, variants in parallel. */
  @Benchmark
  public SensitivityResult allFamiliesParallel() {
    return Sensitivity.builder().parallel(true).build().run(result);
  }

  /** The drop-concept family, incrementally. */
  @Benchmark
  public SensitivityResult dropConcept() {
    return Sensitivity.builder().families(SensitivityFamily.DROP_CONCEPT).build().run(result);
  }

  /** The drop-concept family by one full inference per variant. */
  @Benchmark
  public int dropConceptBruteForce() {
    NarrativeEngine engine = NarrativeEngine.create();
    int predictions = 0;
    for (Concept c : model.concepts()) {
      Model without = ModelEdit.builder().addDroppedConcepts(c.id()).build().applyTo(model);
      predictions += engine.infer(without, result.options()).predictions().size();
    }
    return predictions;
  }
}
