package io.github.narrativeir.inference;

import io.github.narrativeir.model.Observation;

/**
 * What the model makes of one observation (MODEL.md step 8).
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** The practice was observed and is predicted. */
  TRUE_POSITIVE(true),
  /** The practice was observed but is not predicted. */
  FALSE_NEGATIVE(false),
  /** The sources say the practice did not happen, and it is not predicted. */
  TRUE_NEGATIVE(true),
  /** The sources say the practice did not happen, but it is predicted. */
  FALSE_POSITIVE(false),
  /** The practice was observed to start or stop, and the actor's narrative has that change. */
  CHANGE_EXPLAINED(true),
  /** The practice was observed to start or stop, but the actor's narrative lacks that change. */
  CHANGE_UNEXPLAINED(false);

  private final boolean explained;

  Outcome(boolean explained) {
    this.explained = explained;
  }

  /** Whether the observation counts as explained. */
  public boolean explained() {
    return explained;
  }

  /** The outcome of {@code observation}, given whether the model explains it. */
  static Outcome of(Observation observation, boolean explained) {
    if (observation.change().isPresent()) {
      return explained ? CHANGE_EXPLAINED : CHANGE_UNEXPLAINED;
    }
    if (observation.occurred()) {
      return explained ? TRUE_POSITIVE : FALSE_NEGATIVE;
    }
    return explained ? TRUE_NEGATIVE : FALSE_POSITIVE;
  }
}
