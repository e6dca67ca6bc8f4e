package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

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
    Map<ActorId, Map<SituationId, List<PracticeKey>>> predicted = predicted(predictions);
    ImmutableList.Builder<Narrative> narratives = ImmutableList.builder();
    for (Map.Entry<ActorId, List<Episode>> e : byActor.entrySet()) {
      Map<SituationId, List<PracticeKey>> mine = predicted.getOrDefault(e.getKey(), Map.of());
      List<SituationId> situations = e.getValue().stream().map(Episode::situation).toList();
      narratives.add(
          Narrative.builder()
              .actor(e.getKey())
              .episodes(e.getValue())
              .persistent(persistent(e.getValue()))
              .changes(changes(e.getKey(), situations, mine))
              .build());
    }
    return narratives.build();
  }

  /**
   * The changes of every narrative of an inference of {@code model} that predicts {@code
   * predictions}, actor by actor, as {@link #of} gives them: an actor that holds concepts has an
   * episode in every situation, and one that predicts nothing has no changes, so the episodes
   * themselves are not needed.
   */
  static ImmutableList<PracticeChange> changes(CompiledModel model, List<Prediction> predictions) {
    Map<ActorId, Map<SituationId, List<PracticeKey>>> predicted = predicted(predictions);
    List<SituationId> situations = model.situations.stream().map(s -> s.id()).toList();
    ImmutableList.Builder<PracticeChange> all = ImmutableList.builder();
    for (CompiledActor actor : model.actors) {
      Map<SituationId, List<PracticeKey>> mine = predicted.get(actor.id);
      if (mine != null) {
        all.addAll(changes(actor.id, situations, mine));
      }
    }
    return all.build();
  }

  /** Each actor's practice keys in each situation, in key order and without duplicates. */
  private static Map<ActorId, Map<SituationId, List<PracticeKey>>> predicted(
      List<Prediction> predictions) {
    // The predictions of one actor in one situation are usually consecutive and in key order
    // already.
    Map<ActorId, Map<SituationId, List<PracticeKey>>> predicted = new HashMap<>();
    List<PracticeKey> run = null;
    Prediction last = null;
    for (Prediction p : predictions) {
      if (run == null
          || last == null
          || !last.actor().equals(p.actor())
          || !last.situation().equals(p.situation())) {
        run =
            predicted
                .computeIfAbsent(p.actor(), a -> new HashMap<>())
                .computeIfAbsent(p.situation(), s -> new ArrayList<>());
      }
      run.add(PracticeKey.of(p));
      last = p;
    }
    for (Map<SituationId, List<PracticeKey>> mine : predicted.values()) {
      mine.replaceAll((situation, keys) -> sortedDistinct(keys));
    }
    return predicted;
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
        Comparator.comparing((ConceptId c) -> -checkNotNull(counts.get(c))).thenComparing(c -> c));
    return persistent;
  }

  /** {@code keys} itself when strictly increasing, else its distinct keys in order. */
  private static List<PracticeKey> sortedDistinct(List<PracticeKey> keys) {
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
        return new ArrayList<>(new TreeSet<>(keys));
      }
    }
    return keys;
  }

  /**
   * For consecutive episodes, the keys predicted before and not now ({@code stopped}), then those
   * predicted now and not before ({@code started}), each in key order: one merge of the two sorted
   * lists.
   */
  private static List<PracticeChange> changes(
      ActorId actor, List<SituationId> situations, Map<SituationId, List<PracticeKey>> predicted) {
    List<PracticeChange> changes = new ArrayList<>();
    List<PracticeChange> started = new ArrayList<>();
    for (int i = 1; i < situations.size(); i++) {
      SituationId situation = situations.get(i);
      List<PracticeKey> before = predicted.getOrDefault(situations.get(i - 1), List.of());
      List<PracticeKey> now = predicted.getOrDefault(situation, List.of());
      started.clear();
      int b = 0;
      int n = 0;
      while (b < before.size() || n < now.size()) {
        int c = b == before.size() ? 1 : n == now.size() ? -1 : before.get(b).compareTo(now.get(n));
        if (c < 0) {
          changes.add(change(actor, before.get(b++), situation, ChangeKind.STOPPED));
        } else if (c > 0) {
          started.add(change(actor, now.get(n++), situation, ChangeKind.STARTED));
        } else {
          b++;
          n++;
        }
      }
      changes.addAll(started);
    }
    return changes;
  }

  /**
   * The changes of {@code actor} in {@code situation}, the situation after {@code previous}, given
   * its predictions in each (as {@link #changes(CompiledModel, List)} gives them for that pair):
   * for a rerun that recomputed only some of an actor's episodes.
   */
  static List<PracticeChange> changesAt(
      ActorId actor,
      SituationId previous,
      SituationId situation,
      List<Prediction> before,
      List<Prediction> now) {
    Map<SituationId, List<PracticeKey>> predicted = new HashMap<>();
    predicted.put(previous, keys(before));
    predicted.put(situation, keys(now));
    return changes(actor, List.of(previous, situation), predicted);
  }

  private static List<PracticeKey> keys(List<Prediction> predictions) {
    List<PracticeKey> keys = new ArrayList<>(predictions.size());
    for (Prediction p : predictions) {
      keys.add(PracticeKey.of(p));
    }
    return sortedDistinct(keys);
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
