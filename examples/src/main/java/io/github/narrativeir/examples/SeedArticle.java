package io.github.narrativeir.examples;

import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.PredictionDependence;
import io.github.narrativeir.examples.MusharrafEra.SeedPractice;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sections 3 and 5: the five practices of the seed article ({@link MusharrafEra#SEED}), how many of
 * the observations that stand for each the model explains, and which concepts each depends on.
 */
final class SeedArticle {
  private SeedArticle() {}

  /** Section 3: for each seed practice, its observations and how many are explained. */
  static Section explained(Inference result) {
    StringBuilder out = new StringBuilder();
    for (SeedPractice practice : MusharrafEra.SEED) {
      List<Observation> observations =
          result.model().observations().stream()
              .filter(o -> practice.observations().contains(MusharrafEra.key(o)))
              .toList();
      long explained = observations.stream().filter(o -> Results.explained(result, o)).count();
      out.append("  ").append(practice.number()).append(". ").append(practice.text()).append('\n');
      out.append("     explained: ")
          .append(explained)
          .append(" of ")
          .append(observations.size())
          .append(" observations (")
          .append(String.join("; ", practice.observations()))
          .append(")\n");
    }
    return new Section("The seed article's five practices", out.toString());
  }

  /**
   * Section 5: for each seed practice's observations, the concepts the explaining predictions need;
   * for a stopped practice, the concepts without any one of which it would go on.
   */
  static Section dependence(Inference result) {
    StringBuilder out = new StringBuilder();
    for (SeedPractice practice : MusharrafEra.SEED) {
      out.append("  ").append(practice.number()).append(".\n");
      for (Observation o : result.model().observations()) {
        if (!practice.observations().contains(MusharrafEra.key(o))) {
          continue;
        }
        boolean stopped = o.change().isPresent() && o.change().get() == ChangeKind.STOPPED;
        SituationId situation = stopped ? Results.previous(result, o.situation()) : o.situation();
        for (Prediction p : result.predictions()) {
          if (p.actor().equals(o.actor())
              && p.practice().equals(o.practice())
              && p.situation().equals(situation)
              && (o.target().isEmpty() || o.target().equals(p.target()))) {
            PredictionDependence d = Dependence.of(result, p, 0);
            out.append("     ")
                .append(MusharrafEra.key(o))
                .append(stopped ? " (before the stop)" : "")
                .append(": needs ")
                .append(Texts.ids(d.needed()))
                .append('\n');
          }
        }
        if (stopped) {
          List<ConceptId> stoppers = stoppers(result, o);
          out.append("     ")
              .append(MusharrafEra.key(o))
              .append(
                  stoppers.isEmpty()
                      ? ": no one concept's removal keeps it going; the situation changed under the concept"
                          + " that prescribed it"
                      : ": it would go on without " + Texts.ids(stoppers))
              .append('\n');
        }
      }
    }
    return new Section(
        "What each seed practice depends on (without any one of these, it is lost)",
        out.toString());
  }

  /** The concepts without any one of which a stopped practice would still be predicted. */
  private static List<ConceptId> stoppers(Inference result, Observation o) {
    List<ConceptId> stoppers = new ArrayList<>();
    TreeSet<ConceptId> candidates = new TreeSet<>();
    result.episodes().stream()
        .filter(e -> e.situation().equals(o.situation()))
        .forEach(e -> candidates.addAll(e.concepts()));
    for (ConceptId c : candidates) {
      boolean goesOn =
          result.rerunWithout(Set.of(c), o.situation()).predictions().stream()
              .anyMatch(
                  p ->
                      p.actor().equals(o.actor())
                          && p.practice().equals(o.practice())
                          && p.situation().equals(o.situation())
                          && (o.target().isEmpty() || o.target().equals(p.target())));
      if (goesOn) {
        stoppers.add(c);
      }
    }
    return stoppers;
  }
}
