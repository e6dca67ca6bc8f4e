package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.List;

/** What the report's sections ask of an inference beyond its own accessors. */
final class Results {
  private Results() {}

  /** Whether the evaluation counts {@code o} as explained. */
  static boolean explained(Inference result, Observation o) {
    return result.evaluation().orElseThrow().explainedObservations().contains(o);
  }

  /** The situation before {@code s} in time order; {@code s} itself if it is the first. */
  static SituationId previous(Inference result, SituationId s) {
    List<Situation> order = result.situations();
    for (int i = 1; i < order.size(); i++) {
      if (order.get(i).id().equals(s)) {
        return order.get(i - 1).id();
      }
    }
    return s;
  }
}
