package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 1: the situational narrative of each of the two states, situation by situation: the
 * concepts it applied, what they made it see and not see, the practices predicted, and the
 * practices it started and stopped.
 */
final class StateNarratives {
  /** The states whose narratives are printed. */
  static final List<String> STATES = List.of("PK", "US");

  private StateNarratives() {}

  static Section section(Inference result) {
    Model model = result.model();
    List<String> narratives = new ArrayList<>();
    for (Narrative n : result.narratives()) {
      if (STATES.contains(n.actor().value())) {
        narratives.add(narrative(result, model, n));
      }
    }
    // a blank line between two states
    return new Section("The situational narratives", String.join("\n", narratives));
  }

  private static String narrative(Inference result, Model model, Narrative n) {
    StringBuilder out = new StringBuilder();
    out.append(model.actor(n.actor()).map(Actor::name).orElse(n.actor().value()))
        .append(" (")
        .append(n.actor())
        .append(")\n");
    out.append("  persistent concepts: ").append(Texts.labels(model, n.persistent())).append('\n');
    for (Episode e : n.episodes()) {
      Situation s = model.situation(e.situation()).orElseThrow();
      out.append("  ")
          .append(s.label())
          .append(" (")
          .append(s.id())
          .append(", ")
          .append(s.from())
          .append(s.to().map(t -> " to " + t).orElse(""))
          .append(")\n");
      out.append("    concepts:    ").append(Texts.labels(model, e.concepts())).append('\n');
      out.append("    highlighted: ").append(Texts.ids(e.highlighted())).append('\n');
      out.append("    occluded:    ").append(Texts.ids(e.occluded())).append('\n');
      List<String> practices = new ArrayList<>();
      for (Prediction p : result.predictions()) {
        if (p.actor().equals(n.actor()) && p.situation().equals(e.situation())) {
          practices.add(p.practice() + Texts.arrow(p.target()));
        }
      }
      out.append("    practices:   ")
          .append(practices.isEmpty() ? "-" : String.join(", ", practices))
          .append('\n');
    }
    List<String> changes = new ArrayList<>();
    for (PracticeChange c : n.changes()) {
      changes.add(
          c.change().token()
              + " "
              + c.practice()
              + Texts.arrow(c.target())
              + " in "
              + c.situation());
    }
    out.append("  changes: ")
        .append(changes.isEmpty() ? "-" : String.join("; ", changes))
        .append('\n');
    return out.toString();
  }
}
