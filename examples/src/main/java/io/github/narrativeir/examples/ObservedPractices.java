package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Section 4: why each observed practice was, or was not, predicted, the explained observations
 * first; a start or a stop is explained in the situations before and after it.
 */
final class ObservedPractices {
  private ObservedPractices() {}

  static Section section(Inference result) {
    Evaluation evaluation = result.evaluation().orElseThrow();
    List<Observation> observations = new ArrayList<>(evaluation.explainedObservations());
    observations.addAll(evaluation.unexplained());
    List<String> items = new ArrayList<>();
    for (Observation o : observations) {
      StringBuilder out = new StringBuilder();
      out.append("[")
          .append(items.size() + 1)
          .append("] observed: ")
          .append(MusharrafEra.key(o))
          .append(o.source().map(s -> "\n    source: " + s).orElse(""))
          .append('\n');
      if (o.change().isPresent()) {
        SituationId before = Results.previous(result, o.situation());
        boolean stopped = o.change().get() == ChangeKind.STOPPED;
        out.append(Texts.indent(explain(result, o, stopped ? before : o.situation())));
        out.append(Texts.indent(explain(result, o, stopped ? o.situation() : before)));
      } else {
        out.append(Texts.indent(explain(result, o, o.situation())));
      }
      items.add(out.toString());
    }
    // a blank line between two observations
    return new Section("Why: the explanation of each observed practice", String.join("\n", items));
  }

  /**
   * The explanation of {@code o}'s practice in {@code situation}; an observation without a target
   * takes that of the first prediction of the same actor and practice.
   */
  private static String explain(Inference result, Observation o, SituationId situation) {
    Optional<ActorId> target =
        o.target().isPresent()
            ? o.target()
            : result.predictions().stream()
                .filter(p -> p.actor().equals(o.actor()) && p.practice().equals(o.practice()))
                .map(Prediction::target)
                .findFirst()
                .orElse(Optional.empty());
    return result.explain(o.actor(), o.practice(), target, situation).render();
  }
}
