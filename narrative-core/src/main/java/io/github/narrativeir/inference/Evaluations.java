package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MODEL.md step 8: observations against predictions and change records. */
final class Evaluations {
  private Evaluations() {}

  static Optional<Evaluation> of(
      CompiledModel model, List<Prediction> predictions, List<Narrative> narratives) {
    List<Observation> observations = model.model.observations();
    if (observations.isEmpty()) {
      return Optional.empty();
    }
    Map<Occasion, List<PracticeChange>> changes = new HashMap<>();
    for (Narrative n : narratives) {
      for (PracticeChange c : n.changes()) {
        changes
            .computeIfAbsent(new Occasion(c.actor(), c.practice(), c.situation()), k -> new ArrayList<>())
            .add(c);
      }
    }
    Map<Occasion, List<Prediction>> predicted = new HashMap<>();
    for (Prediction p : predictions) {
      predicted
          .computeIfAbsent(new Occasion(p.actor(), p.practice(), p.situation()), k -> new ArrayList<>())
          .add(p);
    }
    Map<Occasion, List<Observation>> plain = new HashMap<>();
    ImmutableList.Builder<Observation> explained = ImmutableList.builder();
    List<Observation> unexplained = new ArrayList<>();
    for (Observation o : observations) {
      Occasion occasion = new Occasion(o.actor(), o.practice(), o.situation());
      boolean found =
          o.change().isPresent()
              ? changes.getOrDefault(occasion, List.of()).stream().anyMatch(c -> explains(o, c))
              : predicted.getOrDefault(occasion, List.of()).stream().anyMatch(p -> matches(o, p));
      if (o.change().isEmpty()) {
        plain.computeIfAbsent(occasion, k -> new ArrayList<>()).add(o);
      }
      if (found) {
        explained.add(o);
      } else {
        unexplained.add(o);
      }
    }
    Comparator<Observation> order = observationOrder(model);
    unexplained.sort(order);
    ImmutableList.Builder<Prediction> matched = ImmutableList.builder();
    ImmutableList.Builder<Prediction> unmatched = ImmutableList.builder();
    for (Prediction p : predictions) {
      boolean found =
          plain.getOrDefault(new Occasion(p.actor(), p.practice(), p.situation()), List.of())
              .stream()
              .anyMatch(o -> matches(o, p));
      (found ? matched : unmatched).add(p);
    }
    return Optional.of(
        Evaluation.builder()
            .observations(observations.size())
            .explainedObservations(ImmutableList.sortedCopyOf(order, explained.build()))
            .unexplained(unexplained)
            .predictions(predictions.size())
            .matchedPredictions(matched.build())
            .unmatched(unmatched.build())
            .build());
  }

  /** Who did what when: the part of a practice that observations must match exactly. */
  private record Occasion(ActorId actor, PracticeId practice, SituationId situation) {}

  /** A plain observation matches a prediction of the same actor, practice and situation whose
   * target is the observed one, or any target when the observation names none. */
  static boolean matches(Observation o, Prediction p) {
    return o.actor().equals(p.actor())
        && o.practice().equals(p.practice())
        && o.situation().equals(p.situation())
        && (o.target().isEmpty() || o.target().equals(p.target()));
  }

  /** A change observation is explained by a change record of the same kind, likewise matched. */
  static boolean explains(Observation o, PracticeChange c) {
    return o.change().equals(Optional.of(c.change()))
        && o.actor().equals(c.actor())
        && o.practice().equals(c.practice())
        && o.situation().equals(c.situation())
        && (o.target().isEmpty() || o.target().equals(c.target()));
  }

  /**
   * Situation order, then actor, practice, target and change, absent values first (as MODEL.md
   * prescribes), then source, absent first, so that the order never depends on the input's.
   */
  static Comparator<Observation> observationOrder(CompiledModel model) {
    return Comparator.comparing((Observation o) -> model.situationIndex.get(o.situation()))
        .thenComparing(Observation::actor)
        .thenComparing(Observation::practice)
        .thenComparing(Observation::target, PracticeKey.TARGET_ORDER)
        .thenComparing(o -> o.change().map(ChangeKind::token).orElse(""))
        .thenComparing(o -> o.source().isPresent())
        .thenComparing(o -> o.source().orElse(""));
  }
}
