package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** MODEL.md step 7: each actor's episodes in order, its persistent concepts, and its changes. */
final class Narratives {
  private Narratives() {}

  static ImmutableList<Narrative> of(
      CompiledModel model, List<Episode> episodes, List<Prediction> predictions) {
    Map<ActorId, List<Episode>> byActor = new TreeMap<>();
    for (Episode e : episodes) {
      byActor.computeIfAbsent(e.actor(), a -> new ArrayList<>()).add(e);
    }
    Map<ActorId, Map<SituationId, Set<PracticeKey>>> predicted = new HashMap<>();
    for (Prediction p : predictions) {
      predicted
          .computeIfAbsent(p.actor(), a -> new HashMap<>())
          .computeIfAbsent(p.situation(), s -> new TreeSet<>())
          .add(PracticeKey.of(p));
    }
    ImmutableList.Builder<Narrative> narratives = ImmutableList.builder();
    for (Map.Entry<ActorId, List<Episode>> e : byActor.entrySet()) {
      Map<SituationId, Set<PracticeKey>> mine = predicted.getOrDefault(e.getKey(), Map.of());
      narratives.add(
          Narrative.builder()
              .actor(e.getKey())
              .episodes(e.getValue())
              .persistent(persistent(e.getValue()))
              .changes(changes(e.getKey(), e.getValue(), mine))
              .build());
    }
    return narratives.build();
  }

  private static List<ConceptId> persistent(List<Episode> episodes) {
    Map<ConceptId, Integer> counts = new HashMap<>();
    for (Episode e : episodes) {
      for (ConceptId c : e.concepts()) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    List<ConceptId> persistent = new ArrayList<>();
    counts.forEach(
        (c, n) -> {
          if (n >= 2) {
            persistent.add(c);
          }
        });
    persistent.sort(
        Comparator.comparing((ConceptId c) -> -counts.get(c)).thenComparing(c -> c));
    return persistent;
  }

  private static List<PracticeChange> changes(
      ActorId actor, List<Episode> episodes, Map<SituationId, Set<PracticeKey>> predicted) {
    List<PracticeChange> changes = new ArrayList<>();
    for (int i = 1; i < episodes.size(); i++) {
      SituationId situation = episodes.get(i).situation();
      Set<PracticeKey> before = predicted.getOrDefault(episodes.get(i - 1).situation(), Set.of());
      Set<PracticeKey> now = predicted.getOrDefault(situation, Set.of());
      for (PracticeKey k : new TreeSet<>(before)) {
        if (!now.contains(k)) {
          changes.add(change(actor, k, situation, ChangeKind.STOPPED));
        }
      }
      for (PracticeKey k : new TreeSet<>(now)) {
        if (!before.contains(k)) {
          changes.add(change(actor, k, situation, ChangeKind.STARTED));
        }
      }
    }
    return changes;
  }

  private static PracticeChange change(
      ActorId actor, PracticeKey key, SituationId situation, ChangeKind kind) {
    return PracticeChange.builder()
        .actor(actor)
        .practice(key.practice())
        .target(key.target())
        .situation(situation)
        .change(kind)
        .build();
  }
}
