package io.github.narrativeir.inference;

import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link ModelEdit} compiled against one compiled model and an inference of it: for each actor,
 * the compiled concepts to run (the model's own, or rebuilt with new weights or a new rank order)
 * and what the edit changes about them; for each situation, the interned aspects its base loses and
 * gains; and the range of situations the edit reaches directly.
 */
final class CompiledEdit {
  /** The first situation the edit changes directly; the number of situations when none. */
  final int first;

  /** The last situation the edit changes directly; -1 when none. */
  final int last;

  /** Per situation: the interned aspects its base loses (a subset of its aspects), or none. */
  final int[][] removed;

  /** Per situation: the interned aspects its base gains (none of its aspects), or none. */
  final int[][] added;

  /** Per actor position: the compiled concepts to run episodes with. */
  final CompiledActor[] actors;

  /** Per actor position: the ranks, in {@link #actors}, of the concepts left out. */
  final BitSet[] disabled;

  /** Per actor position: the ranks, in the model's compiled actor, of the concepts left out. */
  final BitSet[] dropped;

  /**
   * Per actor position: the ranks, in the model's compiled actor (and in {@link #actors}, which
   * keeps the order when only weights change), of the concepts whose weights change.
   */
  final BitSet[] reweighted;

  /** Per actor position: whether its concepts are in a new rank order. */
  final boolean[] reordered;

  /**
   * Per actor position: the ranks, in the model's compiled actor, of the concepts whose order
   * relative to some other concept of the actor the new rank order changes. An episode in which
   * none of them (and no reweighted concept) is active activates the same concepts in the same
   * order: at each step the original chose an active concept, which keeps its order with every
   * other concept, so it is still the highest-ranked applicable one.
   */
  final BitSet[] moved;

  private static final int[] NONE = new int[0];

  /**
   * @throws IllegalArgumentException if the edit does not fit the model
   */
  CompiledEdit(CompiledModel model, RerunIndex index, ModelEdit edit) {
    ModelEdits.check(model.model, edit);
    int situations = model.situations.size();
    int n = model.actors.size();
    this.removed = new int[situations][];
    this.added = new int[situations][];
    this.actors = new CompiledActor[n];
    this.disabled = new BitSet[n];
    this.dropped = new BitSet[n];
    this.reweighted = new BitSet[n];
    this.reordered = new boolean[n];
    this.moved = new BitSet[n];
    int from = situations;
    int to = -1;
    for (int i = 0; i < situations; i++) {
      SituationId s = model.situations.get(i).id();
      Set<AspectId> out = edit.removedAspects().get(s);
      Set<AspectId> in = edit.addedAspects().get(s);
      removed[i] = out.isEmpty() ? NONE : model.indices(out);
      added[i] = in.isEmpty() ? NONE : model.indices(in);
      if (!out.isEmpty() || !in.isEmpty()) {
        from = Math.min(from, i);
        to = Math.max(to, i);
      }
    }
    Map<ConceptId, Integer> priorities = ModelEdits.priorities(edit);
    Map<ConceptId, Boolean> weighted = new HashMap<>();
    edit.weights().keySet().forEach(e -> weighted.put(e.concept(), true));
    for (int a = 0; a < n; a++) {
      CompiledActor actor = model.actors.get(a);
      List<ConceptId> rankOrder = edit.rankOrders().get(actor.id);
      reordered[a] = rankOrder != null;
      moved[a] = rankOrder != null ? moved(actor, rankOrder) : new BitSet();
      dropped[a] = new BitSet();
      reweighted[a] = new BitSet();
      boolean rebuild = reordered[a];
      for (int r = 0; r < actor.size(); r++) {
        ConceptId c = actor.concepts.get(r).id();
        int[] range = index.activeRange.get(c);
        boolean drop = edit.droppedConcepts().contains(c);
        boolean weigh = weighted.containsKey(c);
        if (moved[a].get(r) && range != null) {
          from = Math.min(from, range[0]);
          to = Math.max(to, range[1]);
        }
        if (drop) {
          dropped[a].set(r);
        }
        if (weigh) {
          reweighted[a].set(r);
          rebuild = true;
        }
        if ((drop || weigh) && range != null) {
          from = Math.min(from, range[0]);
          to = Math.max(to, range[1]);
        }
      }
      if (rebuild) {
        List<Concept> held = new ArrayList<>(actor.size());
        for (Concept c : actor.concepts) {
          held.add(reordered[a] ? ModelEdits.edited(c, priorities, ModelEdit.none()) : c);
        }
        actor = new CompiledActor(actor.id, held, model, weights(edit, actor));
      }
      actors[a] = actor;
      if (reordered[a]) {
        disabled[a] = new BitSet();
        for (int r = 0; r < actor.size(); r++) {
          if (edit.droppedConcepts().contains(actor.concepts.get(r).id())) {
            disabled[a].set(r);
          }
        }
      } else {
        disabled[a] = dropped[a];
      }
    }
    this.first = from;
    this.last = to;
  }

  /**
   * The ranks of the concepts of {@code actor} that change places relative to another in {@code
   * order} (a permutation of its concepts, highest first): a concept keeps its order with every
   * other exactly when it keeps its position and the concepts above it are the same.
   */
  private static BitSet moved(CompiledActor actor, List<ConceptId> order) {
    BitSet moved = new BitSet();
    Map<ConceptId, Integer> balance = new HashMap<>();
    int unequal = 0;
    for (int r = 0; r < actor.size(); r++) {
      ConceptId was = actor.concepts.get(r).id();
      ConceptId now = order.get(r);
      if (unequal != 0 || !was.equals(now)) {
        moved.set(r);
      }
      for (Map.Entry<ConceptId, Integer> step : List.of(Map.entry(was, 1), Map.entry(now, -1))) {
        int before = balance.getOrDefault(step.getKey(), 0);
        int after = before + step.getValue();
        balance.put(step.getKey(), after);
        unequal += (after != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
      }
    }
    return moved;
  }

  /** The edit's weights of {@code actor}'s concepts. */
  private static Map<ModelEdit.Entry, BigDecimal> weights(ModelEdit edit, CompiledActor actor) {
    if (edit.weights().isEmpty()) {
      return Map.of();
    }
    Set<ConceptId> held = new java.util.HashSet<>();
    actor.concepts.forEach(c -> held.add(c.id()));
    Map<ModelEdit.Entry, BigDecimal> mine = new HashMap<>();
    edit.weights()
        .forEach(
            (e, w) -> {
              if (held.contains(e.concept())) {
                mine.put(e, w);
              }
            });
    return mine;
  }
}
