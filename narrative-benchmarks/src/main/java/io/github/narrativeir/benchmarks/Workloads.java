package io.github.narrativeir.benchmarks;

import io.github.narrativeir.model.Model;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;

/** The benchmark inputs: generated models named {@code ACTORSxCONCEPTSxSITUATIONS}. */
final class Workloads {
  private Workloads() {}

  static Model model(String size) {
    String[] p = size.split("x", -1);
    return WorkloadGenerator.generate(
        WorkloadSpec.builder()
            .seed(42)
            .actors(Integer.parseInt(p[0]))
            .conceptsPerActor(Integer.parseInt(p[1]))
            .situations(Integer.parseInt(p[2]))
            .aspects(Math.max(200, Integer.parseInt(p[1]) * 2))
            .build());
  }
}
