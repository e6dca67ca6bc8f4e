package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ConceptId;

/**
 * One step of interaction: a practice predicted in one situation became an interaction aspect of
 * the next, which helped trigger a concept supporting another prediction there.
 *
 * @param from the earlier prediction
 * @param concept the concept whose trigger used its interaction aspect
 * @param to the later prediction the concept supports
 * @since 0.1.0
 */
public record PracticeLink(Prediction from, ConceptId concept, Prediction to) {
  /** Checks that no component is null. */
  public PracticeLink {
    checkNotNull(from, "from");
    checkNotNull(concept, "concept");
    checkNotNull(to, "to");
  }
}
