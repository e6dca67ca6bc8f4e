package io.github.narrativeir.benchmarks;

import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.DependenceReport;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
 * Needed concepts of every prediction: the incremental dependence analysis against brute force (one
 * full inference on the model without each candidate concept).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DependenceBenchmark {
  @Param({"4x20x10", "8x40x20"})
  public String size;

  private Model model;
  private Inference result;

  @Setup
  public void setUp() {
    model = Workloads.model(size);
    result = NarrativeEngine.create().infer(model);
  }

  /** Needed concepts by incremental reruns (sufficient sets not searched: bound 0). */
  @Benchmark
  public DependenceReport incremental() {
    return Dependence.analyze(result, 0);
  }

  /** Needed concepts by one full inference per (prediction, candidate concept). */
  @Benchmark
  public int bruteForce() {
    int needed = 0;
    NarrativeEngine engine = NarrativeEngine.create();
    for (Prediction p : result.predictions()) {
      for (ConceptId c : candidates(p)) {
        Model without =
            Model.builder()
                .from(model)
                .concepts(model.concepts().stream().filter(x -> !x.id().equals(c)).toList())
                .build();
        if (!engine.infer(without).predictions().stream()
            .anyMatch(
                q ->
                    q.actor().equals(p.actor())
                        && q.practice().equals(p.practice())
                        && q.target().equals(p.target())
                        && q.situation().equals(p.situation()))) {
          needed++;
        }
      }
    }
    return needed;
  }

  private List<ConceptId> candidates(Prediction p) {
    TreeSet<ConceptId> c = new TreeSet<>();
    for (var s : result.situations()) {
      for (Episode e : result.episodes()) {
        if (e.situation().equals(s.id())) {
          c.addAll(e.concepts());
        }
      }
      if (s.id().equals(p.situation())) {
        break;
      }
    }
    return new ArrayList<>(c);
  }
}
