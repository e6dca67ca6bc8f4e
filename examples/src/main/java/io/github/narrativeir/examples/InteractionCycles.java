package io.github.narrativeir.examples;

import io.github.narrativeir.analysis.PracticeCycle;
import io.github.narrativeir.analysis.PracticeCycles;
import io.github.narrativeir.analysis.PracticeLink;
import io.github.narrativeir.inference.Inference;
import java.util.List;

/**
 * Section 6: the practices that reproduce themselves through the other state's concepts, each cycle
 * with the links that close it.
 */
final class InteractionCycles {
  private InteractionCycles() {}

  static Section section(Inference result) {
    StringBuilder out = new StringBuilder();
    List<PracticeCycle> cycles = PracticeCycles.find(result);
    if (cycles.isEmpty()) {
      out.append("  none\n");
    }
    for (PracticeCycle cycle : cycles) {
      out.append("  ").append(String.join(" -> ", cycle.practices())).append(" -> (back)\n");
      for (PracticeLink l : cycle.links()) {
        out.append("    ")
            .append(l.from().actor())
            .append(' ')
            .append(l.from().practice())
            .append(" in ")
            .append(l.from().situation())
            .append(" triggers ")
            .append(l.concept())
            .append(", behind ")
            .append(l.to().actor())
            .append(' ')
            .append(l.to().practice())
            .append(" in ")
            .append(l.to().situation())
            .append('\n');
      }
    }
    return new Section("Self-reproducing practices (interaction cycles)", out.toString());
  }
}
