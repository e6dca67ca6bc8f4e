package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A validated model indexed for inference: situations in time order, every aspect id interned to a
 * dense integer in id order (so that a bit set iterates in sorted order), and each actor's concepts
 * compiled by rank.
 */
final class CompiledModel {
  /** Situations by the first day of {@code from}, then by id. */
  static final Comparator<Situation> SITUATION_ORDER =
      Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id);

  final Model model;
  final ValidationReport report;
  final ImmutableList<Situation> situations;
  final ImmutableMap<SituationId, Integer> situationIndex;
  final AspectId[] aspects;
  final ImmutableMap<AspectId, Integer> aspectIndex;
  final int[][] situationAspects;
  final ImmutableList<CompiledActor> actors;
  final ImmutableMap<ActorId, CompiledActor> actorsById;
  final ImmutableMap<ConceptId, Concept> conceptsById;

  /** The interned index of the interaction aspect of each (actor, practice, target) prescribed. */
  private final Map<Interaction, Integer> interactions = new HashMap<>();

  /** Who did what to whom: the key of an interaction aspect. */
  private record Interaction(ActorId actor, PracticeId practice, Optional<ActorId> target) {}

  CompiledModel(Model model, ValidationReport report) {
    this.model = model;
    this.report = report;
    List<Situation> ordered = new ArrayList<>(model.situations());
    ordered.sort(SITUATION_ORDER);
    this.situations = ImmutableList.copyOf(ordered);
    ImmutableMap.Builder<SituationId, Integer> si = ImmutableMap.builder();
    for (int i = 0; i < situations.size(); i++) {
      si.put(situations.get(i).id(), i);
    }
    this.situationIndex = si.buildOrThrow();

    SortedSet<AspectId> universe = new TreeSet<>();
    model.aspects().forEach(a -> universe.add(a.id()));
    model.situations().forEach(s -> universe.addAll(s.aspects()));
    for (Concept c : model.concepts()) {
      universe.addAll(c.when().allOf());
      universe.addAll(c.when().anyOf());
      universe.addAll(c.when().noneOf());
      for (Construal k : c.construes()) {
        universe.addAll(k.from());
        universe.add(k.to());
      }
      universe.addAll(c.highlights());
      universe.addAll(c.occludes());
      for (Prescription p : c.prescribes()) {
        universe.add(InteractionAspects.of(c.holder(), p.practice(), p.target()));
      }
    }
    this.aspects = universe.toArray(new AspectId[0]);
    ImmutableMap.Builder<AspectId, Integer> ai = ImmutableMap.builder();
    for (int i = 0; i < aspects.length; i++) {
      ai.put(aspects[i], i);
    }
    this.aspectIndex = ai.buildOrThrow();
    for (Concept c : model.concepts()) {
      for (Prescription p : c.prescribes()) {
        interactions.put(
            new Interaction(c.holder(), p.practice(), p.target()),
            aspectIndex.get(InteractionAspects.of(c.holder(), p.practice(), p.target())));
      }
    }

    this.situationAspects = new int[situations.size()][];
    for (int i = 0; i < situations.size(); i++) {
      situationAspects[i] = indices(situations.get(i).aspects());
    }

    Map<ActorId, List<Concept>> byHolder = new TreeMap<>();
    ImmutableMap.Builder<ConceptId, Concept> ci = ImmutableMap.builder();
    for (Concept c : model.concepts()) {
      byHolder.computeIfAbsent(c.holder(), h -> new ArrayList<>()).add(c);
      ci.put(c.id(), c);
    }
    this.conceptsById = ci.buildOrThrow();
    ImmutableList.Builder<CompiledActor> compiled = ImmutableList.builder();
    ImmutableMap.Builder<ActorId, CompiledActor> byId = ImmutableMap.builder();
    for (Map.Entry<ActorId, List<Concept>> e : byHolder.entrySet()) {
      CompiledActor actor = new CompiledActor(e.getKey(), e.getValue(), this);
      compiled.add(actor);
      byId.put(e.getKey(), actor);
    }
    this.actors = compiled.build();
    this.actorsById = byId.buildOrThrow();
  }

  int index(AspectId aspect) {
    Integer i = aspectIndex.get(aspect);
    if (i == null) {
      throw new IllegalStateException("aspect not interned: " + aspect);
    }
    return i;
  }

  int[] indices(Iterable<AspectId> ids) {
    List<Integer> list = new ArrayList<>();
    for (AspectId id : ids) {
      list.add(index(id));
    }
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The interned index of the interaction aspect of {@code p}, without building its id. */
  int interaction(Prediction p) {
    Integer i = interactions.get(new Interaction(p.actor(), p.practice(), p.target()));
    return i != null ? i : index(InteractionAspects.of(p.actor(), p.practice(), p.target()));
  }

  int aspectCount() {
    return aspects.length;
  }
}
