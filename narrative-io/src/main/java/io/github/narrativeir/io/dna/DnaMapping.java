package io.github.narrativeir.io.dna;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptId;
import java.util.Optional;

/**
 * A {@code narrative-dna/1} mapping, read: the statement type to read, the variables that hold a
 * statement's organisation, concept, speaker and agreement, whether disagreeing statements are kept
 * as counter-evidence, how organisations become actors and DNA concepts concept ids, and where the
 * mapping wrote each name, to locate what the database or the model does not have.
 *
 * @param source the mapping as named, for messages
 * @param statementType the label of the statement type to read
 * @param organization the variable holding a statement's organisation
 * @param concept the variable holding a statement's concept
 * @param speaker the variable holding who spoke, if any
 * @param agreement the boolean variable saying whether the speaker agrees, if any
 * @param counterEvidence whether disagreeing statements become evidence (marked as disagreeing)
 * @param attribute the attribute of organisations mapped instead of their names, if any
 * @param organizations the actor of each organisation name (or attribute value), if given; else a
 *     name must be an actor id itself
 * @param concepts the route of each DNA concept to the model's concepts
 * @param references every actor and concept id the mapping names, for checking against the model
 */
record DnaMapping(
    String source,
    Name statementType,
    Name organization,
    Name concept,
    Optional<Name> speaker,
    Optional<Name> agreement,
    boolean counterEvidence,
    Optional<Name> attribute,
    Optional<ImmutableMap<String, ActorId>> organizations,
    ImmutableMap<String, Route> concepts,
    ImmutableList<Reference> references) {

  /** The format tag of the mapping. */
  static final String FORMAT = "narrative-dna/1";

  /** Where in the mapping a value was written. */
  record At(int line, int column, String pointer) {}

  /** A name the mapping gives (a statement type, variable or attribute), and where. */
  record Name(String name, At at) {}

  /**
   * Where statements of one DNA concept go: to one concept, whoever says it (its holder must be the
   * organisation's actor), or to a concept per actor.
   */
  record Route(Optional<ConceptId> any, ImmutableMap<ActorId, ConceptId> byActor) {}

  /**
   * An actor or concept id the mapping names, to be declared by the model.
   *
   * @param concept true for a concept id, false for an actor id
   * @param id the id
   * @param holder for a concept given for one actor: that actor, who must hold it
   * @param subject what names it, for messages (such as {@code concept 'War on terror'})
   * @param at where
   */
  record Reference(boolean concept, String id, Optional<ActorId> holder, String subject, At at) {}
}
