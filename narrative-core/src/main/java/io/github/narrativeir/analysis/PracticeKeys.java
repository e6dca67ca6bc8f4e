package io.github.narrativeir.analysis;

import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;

/** Who did what to whom when: the identity of a prediction across two runs. */
final class PracticeKeys {
  private PracticeKeys() {}

  static String of(Prediction p) {
    return p.actor()
        + " "
        + p.practice()
        + " "
        + p.target().map(ActorId::value).orElse("-")
        + " "
        + p.situation();
  }
}
