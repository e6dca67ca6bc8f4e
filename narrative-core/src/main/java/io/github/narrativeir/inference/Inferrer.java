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

  private final boolean parallel;

  private Inferrer(CompiledModel model, InferenceOptions options, boolean parallel) {
    this.model = model;
    this.options = options;
    this.parallel = parallel;
  }

  static Inference infer(CompiledModel model, InferenceOptions options, boolean parallel) {
    return new Inferrer(model, options, parallel).run();
  }

  /** One actor's episode in one situation, and its predictions. */
  private record Outcome(Episode episode, ImmutableList<Prediction> predictions) {}

  private Inference run() {
    List<Prediction> previous = ImmutableList.of();
    for (int i = 0; i < model.situations.size(); i++) {
      BitSet base = base(i, previous);
      Situation situation = model.situations.get(i);
      // Episodes of different actors in one situation are independent: in parallel mode they run
      // at once, and are collected in actor order, so the result is the same.
      List<Outcome> outcomes =
          (parallel ? model.actors.parallelStream() : model.actors.stream())
              .map(actor -> episode(situation, actor, base))
              .toList();
      ImmutableList.Builder<Prediction> current = ImmutableList.builder();
      for (Outcome o : outcomes) {
        episodes.add(o.episode());
        current.addAll(o.predictions());
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

  private Outcome episode(Situation situation, CompiledActor actor, BitSet base) {
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
    Episode episode =
        Episode.builder()
            .actor(actor.id)
            .situation(situation.id())
            .concepts(active.build())
            .perceived(aspects(perceived))
            .highlighted(aspects(highlighted))
            .occluded(aspects(occludedBase))
            .build();
    return new Outcome(episode, Practices.predict(situation.id(), actor, order));
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
