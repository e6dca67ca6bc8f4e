package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Situation;
import java.util.BitSet;
import java.util.List;

/** Runs MODEL.md steps 1 to 6 over every situation of a compiled model. */
final class Inferrer {
  private final CompiledModel model;
  private final InferenceOptions options;
  private final ImmutableList.Builder<Episode> episodes = ImmutableList.builder();
  private final ImmutableList.Builder<Prediction> predictions = ImmutableList.builder();

  private Inferrer(CompiledModel model, InferenceOptions options) {
    this.model = model;
    this.options = options;
  }

  static Inference infer(CompiledModel model, InferenceOptions options) {
    return new Inferrer(model, options).run();
  }

  private Inference run() {
    List<Prediction> previous = ImmutableList.of();
    for (int i = 0; i < model.situations.size(); i++) {
      BitSet base = base(i, previous);
      ImmutableList.Builder<Prediction> current = ImmutableList.builder();
      for (CompiledActor actor : model.actors) {
        episode(model.situations.get(i), actor, base, current);
      }
      previous = current.build();
      predictions.addAll(previous);
    }
    ImmutableList<Episode> allEpisodes = episodes.build();
    ImmutableList<Prediction> allPredictions = predictions.build();
    ImmutableList<Narrative> narratives = Narratives.of(model, allEpisodes, allPredictions);
    return new Inference(
        model,
        options,
        allEpisodes,
        allPredictions,
        narratives,
        Evaluations.of(model, allPredictions, narratives));
  }

  /** Step 1: the situation's aspects plus the interaction aspects of the previous predictions. */
  private BitSet base(int situation, List<Prediction> previous) {
    BitSet base = new BitSet(model.aspectCount());
    for (int a : model.situationAspects[situation]) {
      base.set(a);
    }
    if (options.interaction()) {
      for (Prediction p : previous) {
        base.set(model.interaction(p));
      }
    }
    return base;
  }

  private void episode(
      Situation situation,
      CompiledActor actor,
      BitSet base,
      ImmutableList.Builder<Prediction> current) {
    EpisodeRun run = new EpisodeRun(actor, base);
    List<Integer> order = run.run();
    BitSet perceived = run.perceived();
    BitSet highlighted = new BitSet();
    ImmutableList.Builder<ConceptId> active = ImmutableList.builder();
    for (int r : order) {
      Concept c = actor.concepts.get(r);
      active.add(c.id());
      for (int a : actor.highlights[r]) {
        if (perceived.get(a)) {
          highlighted.set(a);
        }
      }
    }
    BitSet occludedBase = (BitSet) run.occluded().clone();
    occludedBase.and(base);
    episodes.add(
        Episode.builder()
            .actor(actor.id)
            .situation(situation.id())
            .concepts(active.build())
            .perceived(aspects(perceived))
            .highlighted(aspects(highlighted))
            .occluded(aspects(occludedBase))
            .build());
    current.addAll(Practices.predict(situation.id(), actor, order));
  }

  /**
   * The aspects of {@code bits}, already in id order (aspects are interned in id order), copied
   * into a sorted set without sorting them again.
   */
  private ImmutableSortedSet<AspectId> aspects(BitSet bits) {
    AspectId[] sorted = new AspectId[bits.cardinality()];
    int i = 0;
    for (int a = bits.nextSetBit(0); a >= 0; a = bits.nextSetBit(a + 1)) {
      sorted[i++] = model.aspects[a];
    }
    return ImmutableSortedSet.copyOfSorted(new SortedArrayView<>(sorted));
  }

}
