package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reruns a baseline inference with a {@link ModelEdit}, recomputing only what the edit can reach.
 *
 * <p>Situations before the first one the edit changes directly are reused whole. From there on, an
 * episode's activation is recomputed when a left-out concept was active in it, when its actor's
 * concepts are in a new rank order, or when the base aspects its actor's concepts mention differ
 * from the baseline's: because the edit takes aspects out of the situation or adds some, or because
 * the interaction aspects of the situation before changed. An episode whose activation cannot
 * change but in which a concept with new weights is active keeps the baseline's active concepts and
 * only has its practices summed again. Every other episode activates exactly the same concepts with
 * the same weights as in the baseline, so its predictions are reused. Once past the last situation
 * the edit changes directly, the rest is reused whole as soon as a situation's predictions give the
 * next the same interaction aspects as the baseline's.
 */
final class Rerunner {
  private Rerunner() {}

  /** The predictions of a rerun, with how many episodes were recomputed and reused. */
  /**
   * The rerun's predictions, how many episodes were recomputed and reused, and the actors (by
   * index) with at least one recomputed episode: every other actor predicts exactly what it did in
   * the baseline, in every situation.
   */
  record Result(
      ImmutableList<Prediction> predictions,
      int recomputed,
      int reused,
      BitSet touched,
      BitSet touchedEpisodes,
      List<List<Prediction>> episodePredictions) {}

  static Result rerun(
      CompiledModel model,
      Inference baseline,
      RerunIndex index,
      CompiledEdit edit,
      int lastSituation) {
    ImmutableList<Prediction> original = baseline.predictions();
    int actors = index.actors;
    boolean interaction = baseline.options().interaction();
    ImmutableList.Builder<Prediction> all = ImmutableList.builder();
    BitSet delta = new BitSet();
    List<Prediction> previous = List.of();
    int recomputed = 0;
    int reused = 0;
    BitSet touched = new BitSet(actors);
    // by episode (situation * actors + actor): whether it was recomputed, and its predictions
    BitSet touchedEpisodes = new BitSet();
    List<List<Prediction>> episodePredictions = new ArrayList<>();
    for (int i = 0; i <= lastSituation; i++) {
      int firstEpisode = i * actors;
      if (i < edit.first || (i > edit.last && delta.isEmpty())) {
        // Nothing reaches this situation (and, past the last, any later one): reuse it whole.
        int end = i < edit.first ? Math.min(edit.first, lastSituation + 1) : lastSituation + 1;
        all.addAll(original.subList(index.start[firstEpisode], index.start[end * actors]));
        for (int e = firstEpisode; e < end * actors; e++) {
          episodePredictions.add(original.subList(index.start[e], index.start[e + 1]));
        }
        previous = original.subList(index.start[(end - 1) * actors], index.start[end * actors]);
        reused += (end - i) * actors;
        i = end - 1;
        continue;
      }
      SituationId situation = model.situations.get(i).id();
      for (int a : edit.removed[i]) {
        delta.set(a);
      }
      for (int a : edit.added[i]) {
        delta.set(a);
      }
      List<Prediction> current = new ArrayList<>();
      BitSet base = null;
      boolean changed = false;
      for (int a = 0; a < actors; a++) {
        int e = firstEpisode + a;
        CompiledActor actor = model.actors.get(a);
        int[] active = index.active[e];
        boolean activation =
            (edit.reordered[a]
                    && (intersects(active, edit.moved[a])
                        || intersects(active, edit.reweighted[a])))
                || intersects(active, edit.dropped[a])
                || actor.mentioned.intersects(delta);
        if (activation) {
          if (base == null) {
            base = base(model, edit, i, previous, interaction);
          }
          CompiledActor run = edit.actors[a];
          List<Prediction> mine =
              Practices.predict(situation, run, new EpisodeRun(run, base, edit.disabled[a]).run());
          current.addAll(mine);
          episodePredictions.add(mine);
          recomputed++;
          touched.set(a);
          touchedEpisodes.set(e);
          changed = true;
        } else if (intersects(active, edit.reweighted[a])) {
          List<Integer> order = new ArrayList<>(active.length);
          for (int r : active) {
            order.add(r);
          }
          List<Prediction> mine = Practices.predict(situation, edit.actors[a], order);
          current.addAll(mine);
          episodePredictions.add(mine);
          recomputed++;
          touched.set(a);
          touchedEpisodes.set(e);
          changed = true;
        } else {
          List<Prediction> mine = original.subList(index.start[e], index.start[e + 1]);
          current.addAll(mine);
          episodePredictions.add(mine);
          reused++;
        }
      }
      delta =
          changed && interaction ? difference(model, index.interactions[i], current) : new BitSet();
      all.addAll(current);
      previous = current;
    }
    return new Result(
        all.build(), recomputed, reused, touched, touchedEpisodes, episodePredictions);
  }

  private static boolean intersects(int[] ranks, BitSet set) {
    if (set.isEmpty()) {
      return false;
    }
    for (int r : ranks) {
      if (set.get(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Step 1 for the edited model: situation {@code i}'s aspects as edited, plus the interaction
   * aspects of the rerun's predictions in the situation before.
   */
  private static BitSet base(
      CompiledModel model,
      CompiledEdit edit,
      int i,
      List<Prediction> previous,
      boolean interaction) {
    BitSet base = new BitSet(model.aspectCount());
    for (int a : model.situationAspects[i]) {
      base.set(a);
    }
    for (int a : edit.removed[i]) {
      base.clear(a);
    }
    for (int a : edit.added[i]) {
      base.set(a);
    }
    if (interaction) {
      for (Prediction p : previous) {
        base.set(model.interaction(p));
      }
    }
    return base;
  }

  /** The interaction aspects of one situation's predictions that differ from the baseline's. */
  private static BitSet difference(CompiledModel model, BitSet before, List<Prediction> current) {
    BitSet after = new BitSet();
    for (Prediction p : current) {
      after.set(model.interaction(p));
    }
    after.xor(before);
    return after;
  }
}
