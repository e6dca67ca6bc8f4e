package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import java.math.BigDecimal;

/**
 * Why an active concept weighs in on a practice: what it puts behind (or against) it, when it
 * activated, and which perceived aspects satisfied its trigger at that moment, each with its
 * derivation.
 *
 * @param concept the concept
 * @param weight the sum of its weights for (or against) the practice and target
 * @param activation its position in the episode's activation order, from 1
 * @param allOf derivations of the trigger's {@code all} aspects, by aspect id
 * @param anyOf derivations of the trigger's {@code any} aspects that were perceived, by aspect id
 * @param noneOf the trigger's {@code none} aspects, none of which was perceived, by id
 * @since 0.1.0
 */
public record ConceptReason(
    Concept concept,
    BigDecimal weight,
    int activation,
    ImmutableList<Derivation> allOf,
    ImmutableList<Derivation> anyOf,
    ImmutableSet<AspectId> noneOf) {
  /** Checks that no component is null and copies the collections. */
  public ConceptReason {
    checkNotNull(concept, "concept");
    checkNotNull(weight, "weight");
    allOf = ImmutableList.copyOf(allOf);
    anyOf = ImmutableList.copyOf(anyOf);
    noneOf = ImmutableSet.copyOf(noneOf);
  }
}
