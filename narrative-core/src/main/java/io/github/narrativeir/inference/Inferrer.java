package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Situation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Runs MODEL.md steps 1 to 6 over every situation of a compiled model. */
final class Inferrer {
  private final CompiledModel model;
  private final InferenceOptions options;
  private final ImmutableList.Builder<Episode> episodes = ImmutableList.builder();

  /** The predictions of each episode, in order. */
  private final List<ImmutableList<Prediction>> predictions = new ArrayList<>();

  private int predictionCount;

  private final Parallelism parallelism;

  private Inferrer(CompiledModel model, InferenceOptions options, Parallelism parallelism) {
    this.model = model;
    this.options = options;
    this.parallelism = parallelism;
  }

  static Inference infer(CompiledModel model, InferenceOptions options, Parallelism parallelism) {
    return new Inferrer(model, options, parallelism).run();
  }

  /** One actor's episode in one situation, and its predictions. */
  private record Outcome(Episode episode, Practices.Tally tally) {}

  private Inference run() {
    List<int[]> previous = List.of();
    int actors = model.actors.size();
    // Each actor's cache of sums: used by the one thread that runs the actor's episode in a
    // situation; situations run one after the other.
    Practices.Decimals[] decimals = new Practices.Decimals[actors];
    Arrays.setAll(decimals, a -> new Practices.Decimals());
    for (int i = 0; i < model.situations.size(); i++) {
      Base base = base(i, previous);
      Situation situation = model.situations.get(i);
      // Episodes of different actors in one situation are independent: with parallelism above 1
      // they run at once, and are collected in actor order, so the result is the same.
      List<Outcome> outcomes =
          parallelism.map(actors, a -> episode(situation, model.actors.get(a), base, decimals[a]));
      List<int[]> interactions = new ArrayList<>(outcomes.size());
      for (Outcome o : outcomes) {
        episodes.add(o.episode());
        predictions.add(o.tally().predictions());
        predictionCount += o.tally().predictions().size();
        interactions.add(o.tally().interactions());
      }
      previous = interactions;
    }
    ImmutableList<Episode> allEpisodes = episodes.build();
    // One copy into a list of the right size, rather than growing a builder of millions.
    ImmutableList.Builder<Prediction> all = ImmutableList.builderWithExpectedSize(predictionCount);
    predictions.forEach(all::addAll);
    ImmutableList<Prediction> allPredictions = all.build();
    ImmutableList<Narrative> narratives = Narratives.of(model, allEpisodes, allPredictions);
    return new Inference(
        model,
        options,
        allEpisodes,
        allPredictions,
        narratives,
        Evaluations.of(model, allPredictions, narratives));
  }

  /**
   * The base of one situation, built once and shared (read only) by the episodes of every actor: as
   * a bit set for membership tests, and as interned indices and ids in id order (the ids are what
   * every episode's perceived set refers to).
   */
  private record Base(BitSet bits, int[] indices, AspectId[] ids) {}

  /**
   * Step 1: the situation's aspects plus the interaction aspects of the previous predictions
   * ({@code previous}: their interned indices, as the tallies of the situation before gave them).
   */
  private Base base(int situation, List<int[]> previous) {
    BitSet bits = new BitSet(model.aspectCount());
    for (int a : model.situationAspects[situation]) {
      bits.set(a);
    }
    if (options.interaction()) {
      for (int[] interactions : previous) {
        for (int a : interactions) {
          bits.set(a);
        }
      }
    }
    int[] indices = bits.stream().toArray();
    AspectId[] ids = new AspectId[indices.length];
    for (int i = 0; i < indices.length; i++) {
      ids[i] = model.aspects[indices[i]];
    }
    return new Base(bits, indices, ids);
  }

  private Outcome episode(
      Situation situation, CompiledActor actor, Base base, Practices.Decimals decimals) {
    EpisodeRun run = new EpisodeRun(actor, base.bits());
    List<Integer> order = run.run();
    // Highlighted and occluded aspects are few: kept as lists of interned indices rather than bit
    // sets over every aspect of the model, whose length grows with the number of actors.
    int[] highlighted = new int[8];
    int h = 0;
    ImmutableList.Builder<ConceptId> active = ImmutableList.builderWithExpectedSize(order.size());
    for (int r : order) {
      Concept c = actor.concepts.get(r);
      active.add(c.id());
      for (int a : actor.highlights[r]) {
        if (run.perceives(a)) {
          if (h == highlighted.length) {
            highlighted = Arrays.copyOf(highlighted, 2 * h);
          }
          highlighted[h++] = actor.global[a];
        }
      }
    }
    // local indices ascend with the interned ones, so these stay in id order
    BitSet occluded = run.occluded();
    int[] occludedBase = new int[occluded.cardinality()];
    int o = 0;
    for (int a = occluded.nextSetBit(0); a >= 0; a = occluded.nextSetBit(a + 1)) {
      if (base.bits().get(actor.global[a])) {
        occludedBase[o++] = actor.global[a];
      }
    }
    occludedBase = Arrays.copyOf(occludedBase, o);
    Episode episode =
        Episode.builder()
            .actor(actor.id)
            .situation(situation.id())
            .concepts(active.build())
            .perceived(perceived(base, occludedBase, run.added(), actor))
            .highlighted(aspects(highlighted, h))
            .occluded(aspects(occludedBase, o))
            .build();
    return new Outcome(episode, Practices.tally(situation.id(), actor, order, decimals));
  }

  /**
   * MODEL.md step 5's perceived set, {@code (B \ removed) ∪ added}, where {@code removed} (interned
   * indices, ascending) is a subset of {@code B} and {@code added} (the actor's local indices) is
   * disjoint from it, kept as its difference from the base the situation's episodes share; the set
   * is built only if asked for.
   */
  private Perception perceived(Base base, int[] removed, BitSet added, CompiledActor actor) {
    int[] positions = new int[removed.length];
    int[] indices = base.indices();
    int from = 0;
    int i = 0;
    for (int r : removed) {
      from = Arrays.binarySearch(indices, from, indices.length, r);
      positions[i++] = from;
    }
    AspectId[] extra = new AspectId[added.cardinality()];
    int j = 0;
    for (int a = added.nextSetBit(0); a >= 0; a = added.nextSetBit(a + 1)) {
      extra[j++] = model.aspects[actor.global[a]];
    }
    return Perception.of(base.ids(), positions, extra);
  }

  /**
   * The aspects of the first {@code n} of {@code indices} (interned indices, in any order, possibly
   * repeated) as a sorted set: aspects are interned in id order, so sorting the indices sorts them.
   */
  private ImmutableSortedSet<AspectId> aspects(int[] indices, int n) {
    int[] sorted = Arrays.copyOf(indices, n);
    Arrays.sort(sorted);
    AspectId[] ids = new AspectId[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        ids[k++] = model.aspects[sorted[i]];
      }
    }
    return sortedSet(k == n ? ids : Arrays.copyOf(ids, k));
  }

  /** A sorted set of {@code sorted}, in id order and free of duplicates, which it takes over. */
  private static ImmutableSortedSet<AspectId> sortedSet(AspectId[] sorted) {
    return ImmutableSortedSet.copyOfSorted(SortedArrayView.handingOver(sorted));
  }
}
