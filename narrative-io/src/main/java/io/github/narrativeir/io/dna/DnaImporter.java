package io.github.narrativeir.io.dna;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.dna.DnaMapping.Route;
import io.github.narrativeir.io.dna.DnaReport.Reason;
import io.github.narrativeir.io.internal.PeriodIndex;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PartialDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One import: streams the statements of a {@link StatementReader} through the mapping, counting
 * each in the {@link ReportTally}, and adds the evidence of each mapped statement to its concept
 * unless the model has it already (the same database file name and statement id in the concept's
 * evidence). Run once.
 */
final class DnaImporter {
  private final DnaMapping mapping;
  private final Model model;
  private final String file;
  private final Set<ActorId> actors = new HashSet<>();
  private final Map<ConceptId, ActorId> holders = new HashMap<>();
  private final Map<ConceptId, Set<Long>> present = new HashMap<>();
  private final Map<ConceptId, List<Evidence>> additions = new LinkedHashMap<>();
  private final ReportTally tally;

  /** An import into {@code model} of the database whose file name is {@code file}. */
  DnaImporter(DnaMapping mapping, Model model, String file) {
    this.mapping = mapping;
    this.model = model;
    this.file = file;
    this.tally = new ReportTally(new PeriodIndex(model.situations()));
    for (Actor a : model.actors()) {
      actors.add(a.id());
    }
    Pattern ours = EvidenceSources.pattern(file);
    for (Concept c : model.concepts()) {
      holders.put(c.id(), c.holder());
      for (Evidence e : c.evidence()) {
        OptionalLong statement = EvidenceSources.statement(e.source(), ours);
        if (statement.isPresent()) {
          present.computeIfAbsent(c.id(), k -> new HashSet<>()).add(statement.getAsLong());
        }
      }
    }
  }

  /**
   * Reads every statement of {@code reader} and returns the model with the evidence added and the
   * report; {@code database} names the database in the report.
   *
   * @throws ModelFormatException if the reader skipped malformed statements (every problem,
   *     located) or could not read on
   * @throws IOException if the database cannot be read
   */
  DnaImport.Result run(StatementReader reader, String database) throws IOException {
    try {
      while (reader.hasNext()) {
        statement(reader.next());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!reader.problems().isEmpty()) {
      throw new ModelFormatException(reader.problems());
    }
    DnaReport report =
        tally.report(
            database,
            reader.kind(),
            mapping.source(),
            mapping.statementType().name(),
            mapping.counterEvidence(),
            model);
    return new DnaImport.Result(model(), report);
  }

  private void statement(CodedStatement s) {
    tally.read++;
    Optional<ActorId> actor = s.organizationKey().flatMap(this::actor);
    Optional<Route> route = s.concept().map(mapping.concepts()::get);
    Optional<ConceptId> concept = Optional.empty();
    if (actor.isPresent() && route.isPresent()) {
      concept = conceptOf(route.get(), actor.get());
    }
    if (concept.isPresent()) {
      tally.concept(concept.get(), s.date(), s.agrees());
    }
    if (!s.agrees() && !mapping.counterEvidence()) {
      tally.disagreeingSkipped++;
      return;
    }
    tally.selected++;
    if (concept.isEmpty()) {
      unmapped(s, actor, route);
      return;
    }
    tally.mapped++;
    ConceptId c = concept.get();
    if (!present.computeIfAbsent(c, k -> new HashSet<>()).add(s.id())) {
      tally.alreadyPresent++;
      return;
    }
    tally.added++;
    additions.computeIfAbsent(c, k -> new ArrayList<>()).add(evidence(s));
  }

  /** The actor of an organisation's name (or attribute value). */
  private Optional<ActorId> actor(String key) {
    if (mapping.organizations().isPresent()) {
      return Optional.ofNullable(mapping.organizations().get().get(key));
    }
    try {
      ActorId id = ActorId.of(key);
      return actors.contains(id) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not an id at all
    }
  }

  /** The concept of {@code actor} that {@code route} leads to, if any. */
  private Optional<ConceptId> conceptOf(Route route, ActorId actor) {
    if (route.any().isPresent()) {
      ConceptId c = route.any().get();
      ActorId holder = holders.get(c);
      return holder != null && holder.equals(actor) ? Optional.of(c) : Optional.empty();
    }
    return Optional.ofNullable(route.byActor().get(actor));
  }

  /** Counts why {@code s} was not mapped: its organisation, its concept, or both; or the holder. */
  private void unmapped(CodedStatement s, Optional<ActorId> actor, Optional<Route> route) {
    if (s.organizationKey().isEmpty()) {
      tally.unmapped(
          Reason.NO_ORGANIZATION,
          s.organization()
              .map(
                  name ->
                      name
                          + " (no '"
                          + mapping.attribute().map(DnaMapping.Name::name).orElse("")
                          + "')")
              .orElse(""),
          s.id());
    } else if (actor.isEmpty()) {
      tally.unmapped(Reason.ORGANIZATION, s.organizationKey().get(), s.id());
    }
    if (s.concept().isEmpty()) {
      tally.unmapped(Reason.NO_CONCEPT, "", s.id());
    } else if (route.isEmpty()) {
      tally.unmapped(Reason.CONCEPT, s.concept().get(), s.id());
    }
    if (actor.isPresent() && route.isPresent()) {
      tally.unmapped(
          Reason.HOLDER,
          s.concept().orElse("")
              + " (said by "
              + s.organization().orElse("")
              + ", actor "
              + actor.get()
              + ")",
          s.id());
    }
  }

  private Evidence evidence(CodedStatement s) {
    Evidence.Builder e =
        Evidence.builder()
            .source(EvidenceSources.of(s.title(), file, s.document(), s.id(), !s.agrees()));
    s.speaker().ifPresent(e::speaker);
    s.date().map(PartialDate::ofDay).ifPresent(e::date);
    s.quote().ifPresent(e::quote);
    return e.build();
  }

  /** The model with the evidence added to its concepts, after the evidence they had. */
  private Model model() {
    if (additions.isEmpty()) {
      return model;
    }
    List<Concept> concepts = new ArrayList<>();
    for (Concept c : model.concepts()) {
      List<Evidence> added = additions.get(c.id());
      concepts.add(added == null ? c : Concept.builder().from(c).addAllEvidence(added).build());
    }
    return Model.builder().from(model).concepts(concepts).build();
  }
}
