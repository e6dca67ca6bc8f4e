package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Observation;
import org.immutables.value.Value;

/**
 * How the predictions compare with the observations, both ways: which observations the model
 * explains and which it does not, and which predictions some observation matches and which none
 * does. Absence of an observation is not evidence that a practice did not happen, so there is no
 * single score.
 */
@Value.Immutable
public interface Evaluation {
  /** The number of observations. */
  int observations();

  /**
   * The observations a prediction (or, for a change, a change record) explains, sorted like {@link
   * #unexplained()}.
   */
  ImmutableList<Observation> explainedObservations();

  /** The number of explained observations. */
  @Value.Derived
  default int explained() {
    return explainedObservations().size();
  }

  /**
   * The observations nothing explains, sorted by situation order, then actor, practice, target and
   * change (absent first), then source (absent first).
   */
  ImmutableList<Observation> unexplained();

  /** The number of predictions. */
  int predictions();

  /** The predictions some plain observation matches, in prediction order. */
  ImmutableList<Prediction> matchedPredictions();

  /** The number of matched predictions. */
  @Value.Derived
  default int matched() {
    return matchedPredictions().size();
  }

  /** The predictions no plain observation matches, in prediction order. */
  ImmutableList<Prediction> unmatched();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  final class Builder extends ImmutableEvaluation.Builder {}
}
