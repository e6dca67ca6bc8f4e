package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.ConceptId;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inference indexed for reruns, built once and shared by every rerun of it: where each episode's
 * predictions are in the result, which concepts (by rank) each episode activated, the interaction
 * aspects each situation's predictions give the next, and the situations in which each concept is
 * active. Episode {@code (i, a)} is situation {@code i} and the actor at position {@code a} of
 * {@link CompiledModel#actors}, numbered {@code i * actors + a}: the order of the result's episodes
 * and predictions.
 */
final class RerunIndex {
  final int actors;

  /**
   * The predictions of episode {@code e} are those from {@code start[e]} to {@code start[e + 1]};
   * one entry more than there are episodes.
   */
  final int[] start;

  /** The ranks of the concepts each episode activated, in activation order. */
  final int[][] active;

  /** The interned interaction aspects of each situation's predictions. */
  final BitSet[] interactions;

  /** For each concept active somewhere: the first and the last situation it is active in. */
  final Map<ConceptId, int[]> activeRange = new HashMap<>();

  RerunIndex(CompiledModel model, Inference result) {
    this.actors = model.actors.size();
    int situations = model.situations.size();
    int episodes = situations * actors;
    this.start = new int[episodes + 1];
    this.active = new int[episodes][];
    this.interactions = new BitSet[situations];
    List<Episode> all = result.episodes();
    List<Prediction> predictions = result.predictions();
    List<Map<ConceptId, Integer>> ranks = new java.util.ArrayList<>();
    for (CompiledActor actor : model.actors) {
      Map<ConceptId, Integer> r = new HashMap<>();
      for (int k = 0; k < actor.size(); k++) {
        r.put(actor.concepts.get(k).id(), k);
      }
      ranks.add(r);
    }
    int p = 0;
    for (int i = 0; i < situations; i++) {
      BitSet bits = new BitSet();
      for (int a = 0; a < actors; a++) {
        int e = i * actors + a;
        Episode episode = all.get(e);
        List<ConceptId> concepts = episode.concepts();
        int[] order = new int[concepts.size()];
        for (int k = 0; k < order.length; k++) {
          ConceptId c = concepts.get(k);
          order[k] = checkNotNull(ranks.get(a).get(c));
          int situation = i;
          activeRange.merge(c, new int[] {i, i}, (range, x) -> new int[] {range[0], situation});
        }
        active[e] = order;
        start[e] = p;
        while (p < predictions.size()
            && predictions.get(p).situation().equals(episode.situation())
            && predictions.get(p).actor().equals(episode.actor())) {
          if (result.options().interaction()) {
            bits.set(model.interaction(predictions.get(p)));
          }
          p++;
        }
      }
      interactions[i] = bits;
    }
    start[episodes] = p;
  }
}
