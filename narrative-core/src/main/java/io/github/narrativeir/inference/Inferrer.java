package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
        base.set(model.index(InteractionAspects.of(p.actor(), p.practice(), p.target())));
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
    practices(situation, actor, order, current);
  }

  /** Step 6: sums of weights per practice and target; predicted when support exceeds opposition. */
  private void practices(
      Situation situation,
      CompiledActor actor,
      List<Integer> order,
      ImmutableList.Builder<Prediction> current) {
    Map<PracticeKey, Tally> tallies = new TreeMap<>();
    for (int r : order) {
      Concept c = actor.concepts.get(r);
      for (Prescription p : c.prescribes()) {
        tallies.computeIfAbsent(key(p), k -> new Tally()).support(c.id(), p.weight());
      }
      for (Prescription p : c.proscribes()) {
        tallies.computeIfAbsent(key(p), k -> new Tally()).oppose(c.id(), p.weight());
      }
    }
    for (Map.Entry<PracticeKey, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.support.compareTo(t.opposition) > 0) {
        current.add(
            Prediction.builder()
                .actor(actor.id)
                .practice(e.getKey().practice())
                .target(e.getKey().target())
                .situation(situation.id())
                .support(t.support)
                .opposition(t.opposition)
                .addAllSupporting(t.supporting)
                .addAllOpposing(t.opposing)
                .build());
      }
    }
  }

  private static PracticeKey key(Prescription p) {
    return new PracticeKey(p.practice(), p.target());
  }

  private ImmutableSortedSet<AspectId> aspects(BitSet bits) {
    ImmutableSortedSet.Builder<AspectId> set = ImmutableSortedSet.naturalOrder();
    for (int a = bits.nextSetBit(0); a >= 0; a = bits.nextSetBit(a + 1)) {
      set.add(model.aspects[a]);
    }
    return set.build();
  }

  /** Exact sums of the weights for and against one practice. */
  private static final class Tally {
    BigDecimal support = BigDecimal.ZERO;
    BigDecimal opposition = BigDecimal.ZERO;
    final TreeSet<ConceptId> supporting = new TreeSet<>();
    final TreeSet<ConceptId> opposing = new TreeSet<>();

    void support(ConceptId concept, BigDecimal weight) {
      support = support.add(weight);
      supporting.add(concept);
    }

    void oppose(ConceptId concept, BigDecimal weight) {
      opposition = opposition.add(weight);
      opposing.add(concept);
    }
  }
}
