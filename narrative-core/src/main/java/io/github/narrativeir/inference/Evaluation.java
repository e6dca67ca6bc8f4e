package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the predictions compare with the observations (MODEL.md step 8, evaluation v2), both ways:
 * which observations the model explains and which it does not, which predictions some observation
 * confirms and which none does, and the {@link #scores()} that sum this up, side by side with the
 * same scores of trivial {@link #baselines()} on the same observations.
 *
 * <p>A plain observation that a practice occurred is explained when it is predicted; negative
 * evidence (an observation that says the practice did <em>not</em> occur) is explained when it is
 * not predicted; a change observation is explained by a change record. Absence of an observation is
 * no evidence either way: predictions that no observation speaks to are counted as {@link
 * Scores#unassessed()}, not against the model.
 *
 * @since 0.1.0
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
   * change (absent first), then {@code occurred} (false first), then source (absent first).
   */
  ImmutableList<Observation> unexplained();

  /** The number of predictions. */
  int predictions();

  /**
   * The predictions some plain observation of an occurred practice matches, in prediction order.
   */
  ImmutableList<Prediction> matchedPredictions();

  /** The number of matched predictions. */
  @Value.Derived
  default int matched() {
    return matchedPredictions().size();
  }

  /**
   * The predictions no plain observation of an occurred practice matches, in prediction order:
   * those that negative evidence contradicts and those the observations say nothing about.
   */
  ImmutableList<Prediction> unmatched();

  /** The model's scores. */
  Scores scores();

  /**
   * The scores of every {@link Baseline} on the same observations, in the order {@code all}, {@code
   * none}, {@code persistence}.
   */
  ImmutableMap<Baseline, Scores> baselines();

  /** The scores of one baseline. */
  default Scores baseline(Baseline baseline) {
    return checkNotNull(baselines().get(baseline)); // every baseline is scored
  }

  /**
   * Whether the model's balanced accuracy is higher than every baseline's: the test a reading must
   * pass before it can be said to explain the observed practices better than a trivial rule. Empty
   * when the model's or a baseline's balanced accuracy is undefined (no negative evidence, or no
   * observed practice), in which case the observations cannot tell.
   */
  default Optional<Boolean> beatsBaselinesOnBalancedAccuracy() {
    Optional<BigDecimal> model = scores().balancedAccuracy();
    if (model.isEmpty()) {
      return Optional.empty();
    }
    boolean beats = true;
    for (Scores baseline : baselines().values()) {
      Optional<BigDecimal> other = baseline.balancedAccuracy();
      if (other.isEmpty()) {
        return Optional.empty();
      }
      beats &= model.get().compareTo(other.get()) > 0;
    }
    return Optional.of(beats);
  }

  /**
   * Whether the model explains more change observations than every baseline (which explain none).
   * Empty when there is no change observation.
   */
  default Optional<Boolean> beatsBaselinesOnChanges() {
    if (scores().changes() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        baselines().values().stream()
            .allMatch(b -> scores().changesExplained() > b.changesExplained()));
  }

  /**
   * What the model makes of {@code observation}: true or false positive or negative, or a change
   * explained or not.
   *
   * @throws IllegalArgumentException if {@code observation} is not one of the evaluated ones
   */
  default Outcome outcome(Observation observation) {
    if (explainedObservations().contains(observation)) {
      return Outcome.of(observation, true);
    }
    if (unexplained().contains(observation)) {
      return Outcome.of(observation, false);
    }
    throw new IllegalArgumentException("not an evaluated observation: " + observation);
  }

  /**
   * The negative evidence the model contradicts: observations that a practice did not occur where
   * it is predicted, in the order of {@link #unexplained()}.
   */
  default ImmutableList<Observation> falsePositives() {
    return unexplained().stream()
        .filter(Observation::isPlainNegative)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The observed practices the model does not predict, in the order of {@link #unexplained()}
   * (changes not included).
   */
  default ImmutableList<Observation> falseNegatives() {
    return unexplained().stream()
        .filter(Observation::isPlainPositive)
        .collect(ImmutableList.toImmutableList());
  }

  /** Checks that every baseline is scored, in order, and that the counts agree with the lists. */
  @Value.Check
  default void check() {
    checkState(
        baselines().keySet().asList().equals(ImmutableList.copyOf(Baseline.values())),
        "the baselines %s are not %s",
        baselines().keySet(),
        ImmutableList.copyOf(Baseline.values()));
    checkState(
        explainedObservations().size() + unexplained().size() == observations(),
        "%s explained and %s unexplained of %s observations",
        explainedObservations().size(),
        unexplained().size(),
        observations());
    checkState(
        matchedPredictions().size() + unmatched().size() == predictions(),
        "%s matched and %s unmatched of %s predictions",
        matchedPredictions().size(),
        unmatched().size(),
        predictions());
    Scores s = scores();
    checkState(
        s.truePositives() + s.trueNegatives() + s.changesExplained()
                == explainedObservations().size()
            && s.falseNegatives() + s.falsePositives() + s.changes() - s.changesExplained()
                == unexplained().size(),
        "scores %s do not count the %s explained and %s unexplained observations",
        s,
        explainedObservations().size(),
        unexplained().size());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evaluation}. */
  final class Builder extends ImmutableEvaluation.Builder {}
}
