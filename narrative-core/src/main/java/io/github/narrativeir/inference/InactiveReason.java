package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import java.math.BigDecimal;

/**
 * Why a concept that names a practice did not weigh in: it never became active, because its trigger
 * failed on what its holder finally perceived.
 *
 * @param concept the concept
 * @param prescribes true when it prescribes the practice, false when it proscribes it
 * @param weight the sum of its weights for (or against) the practice and target
 * @param missingAll the trigger's {@code all} aspects that were not perceived
 * @param missingAny the trigger's {@code any} aspects when none of them was perceived, else empty
 * @param presentNone the trigger's {@code none} aspects that were perceived
 * @param occluded those of the missing aspects that an active concept occluded
 * @since 0.1.0
 */
public record InactiveReason(
    Concept concept,
    boolean prescribes,
    BigDecimal weight,
    ImmutableSet<AspectId> missingAll,
    ImmutableSet<AspectId> missingAny,
    ImmutableSet<AspectId> presentNone,
    ImmutableSet<AspectId> occluded) {
  /** Checks that no component is null and copies the collections. */
  public InactiveReason {
    checkNotNull(concept, "concept");
    checkNotNull(weight, "weight");
    missingAll = ImmutableSet.copyOf(missingAll);
    missingAny = ImmutableSet.copyOf(missingAny);
    presentNone = ImmutableSet.copyOf(presentNone);
    occluded = ImmutableSet.copyOf(occluded);
  }
}
