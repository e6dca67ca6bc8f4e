package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reruns a baseline inference with some concepts left out, recomputing only what the change can
 * reach. An episode is recomputed when a left-out concept was active in it, or when the base
 * aspects its actor's concepts mention differ from the baseline's (because the interaction
 * aspects of the situation before changed); every other episode activates exactly the same
 * concepts as in the baseline, so its predictions are reused.
 */
final class Rerunner {
  private Rerunner() {}

  static Rerun rerun(
      CompiledModel model, Inference baseline, Set<ConceptId> removed, int lastSituation) {
    Map<ActorId, BitSet> disabled = new HashMap<>();
    for (CompiledActor actor : model.actors) {
      BitSet ranks = new BitSet();
      for (ConceptId id : removed) {
        int r = actor.rank(id);
        if (r >= 0) {
          ranks.set(r);
        }
      }
      disabled.put(actor.id, ranks);
    }
    Map<String, List<Prediction>> original = new HashMap<>();
    for (Prediction p : baseline.predictions()) {
      original.computeIfAbsent(p.situation() + "\u0000" + p.actor(), k -> new ArrayList<>()).add(p);
    }
    boolean interaction = baseline.options().interaction();
    ImmutableList.Builder<Prediction> all = ImmutableList.builder();
    BitSet delta = new BitSet();
    List<Prediction> previous = List.of();
    int recomputed = 0;
    int reused = 0;
    for (int i = 0; i <= lastSituation; i++) {
      var situation = model.situations.get(i).id();
      List<Prediction> current = new ArrayList<>();
      BitSet base = null;
      for (CompiledActor actor : model.actors) {
        Episode before = baseline.episode(actor.id, situation).orElseThrow();
        boolean lostActive = before.concepts().stream().anyMatch(removed::contains);
        if (!lostActive && !actor.mentioned.intersects(delta)) {
          current.addAll(original.getOrDefault(situation + "\u0000" + actor.id, List.of()));
          reused++;
          continue;
        }
        if (base == null) {
          base = base(model, i, previous, interaction);
        }
        EpisodeRun run = new EpisodeRun(actor, base, disabled.get(actor.id));
        current.addAll(Practices.predict(situation, actor, run.run()));
        recomputed++;
      }
      delta = interaction ? difference(model, original, situation, current) : new BitSet();
      all.addAll(current);
      previous = current;
    }
    return new Rerun(all.build(), recomputed, reused);
  }

  private static BitSet base(CompiledModel model, int situation, List<Prediction> previous, boolean interaction) {
    BitSet base = new BitSet(model.aspectCount());
    for (int a : model.situationAspects[situation]) {
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
  private static BitSet difference(
      CompiledModel model,
      Map<String, List<Prediction>> original,
      io.github.narrativeir.model.SituationId situation,
      List<Prediction> current) {
    BitSet before = new BitSet();
    for (CompiledActor actor : model.actors) {
      for (Prediction p : original.getOrDefault(situation + "\u0000" + actor.id, List.of())) {
        before.set(model.interaction(p));
      }
    }
    BitSet after = new BitSet();
    for (Prediction p : current) {
      after.set(model.interaction(p));
    }
    before.xor(after);
    return before;
  }
}
