package io.github.narrativeir.io;

import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an import adds to a model, and the model with it: situations (generated periods, after the
 * model's own), aspects with the source of each in their situation's provenance, and observations,
 * each merged into the same observation when the model has it. Adding what is already there changes
 * nothing, so that importing twice gives the model of the first import. Mutable: one per import.
 */
final class ModelAdditions {
  private final Model model;
  private final Map<SituationId, Situation> situations = new LinkedHashMap<>();
  private final Map<SituationId, Set<AspectId>> aspects = new LinkedHashMap<>();
  private final Map<SituationId, List<AspectSource>> provenance = new LinkedHashMap<>();
  private final List<Observation> observations;

  ModelAdditions(Model model) {
    this.model = model;
    model.situations().forEach(s -> situations.put(s.id(), s));
    this.observations = new ArrayList<>(model.observations());
  }

  /** The situation of the model, or added, with id {@code id}. */
  Optional<Situation> situation(SituationId id) {
    return Optional.ofNullable(situations.get(id));
  }

  /** Adds {@code situation}, whose id the model does not have, after the situations there. */
  void addSituation(Situation situation) {
    situations.put(situation.id(), situation);
  }

  /** Adds {@code aspect} to {@code situation}, with {@code source} in its provenance. */
  void addAspect(SituationId situation, AspectId aspect, String source) {
    aspects.computeIfAbsent(situation, k -> new LinkedHashSet<>()).add(aspect);
    provenance
        .computeIfAbsent(situation, k -> new ArrayList<>())
        .add(AspectSource.of(aspect, source));
  }

  /**
   * Adds {@code observation}, or adds its source to the same observation already there (same actor,
   * practice, target and situation). An observation that says the practice did not happen, or of a
   * change, is never the same: the data then disagree with it, and both are kept (the validator
   * warns).
   */
  void addObservation(Observation observation) {
    String evidence = observation.source().orElseThrow();
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      if (o.isPlainPositive()
          && o.actor().equals(observation.actor())
          && o.practice().equals(observation.practice())
          && o.target().equals(observation.target())
          && o.situation().equals(observation.situation())) {
        String source =
            o.source().map(s -> hasPart(s, evidence) ? s : s + "; " + evidence).orElse(evidence);
        observations.set(i, Observation.builder().from(o).source(source).build());
        return;
      }
    }
    observations.add(observation);
  }

  /** Whether {@code evidence} is the whole of {@code source} or one of its "; "-separated parts. */
  private static boolean hasPart(String source, String evidence) {
    return source.equals(evidence)
        || source.startsWith(evidence + "; ")
        || source.endsWith("; " + evidence)
        || source.contains("; " + evidence + "; ");
  }

  /**
   * The model with the additions: its situations (then those added) with their aspects and
   * provenance entries added (an entry already there is not repeated), and its observations.
   */
  Model model() {
    List<Situation> result = new ArrayList<>();
    for (Situation s : situations.values()) {
      Set<AspectId> all = new LinkedHashSet<>(s.aspects());
      all.addAll(aspects.getOrDefault(s.id(), Set.of()));
      List<AspectSource> sources = new ArrayList<>(s.provenance());
      for (AspectSource p : provenance.getOrDefault(s.id(), List.of())) {
        if (!sources.contains(p)) {
          sources.add(p);
        }
      }
      result.add(
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(s.from())
              .to(s.to())
              .aspects(all)
              .provenance(sources)
              .build());
    }
    return Model.builder().from(model).situations(result).observations(observations).build();
  }
}
