package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How well a set of predictions fits the observations, as MODEL.md step 8 counts it. A plain
 * observation saying that a practice occurred is a <em>true positive</em> when predicted and a
 * <em>false negative</em> when not; one saying that it did not occur (negative evidence) is a
 * <em>true negative</em> when not predicted and a <em>false positive</em> when predicted. Change
 * observations are counted apart.
 *
 * <p>The ratios are computed exactly and rounded half-even to 4 decimals; each is empty when its
 * denominator is 0: {@link #precision()} of a model that predicts none of the observed cells, say,
 * or {@link #specificity()} when there is no negative evidence, which is common and means that the
 * observations cannot show the model predicting too much.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Scores {
  /** Decimal places of the ratios. */
  int SCALE = 4;

  /** Plain observations of practices that occurred and were predicted. */
  int truePositives();

  /** Plain observations of practices that occurred and were not predicted. */
  int falseNegatives();

  /** Plain observations of practices that did not occur and were not predicted. */
  int trueNegatives();

  /** Plain observations of practices that did not occur but were predicted. */
  int falsePositives();

  /** Observations of a practice starting or stopping. */
  int changes();

  /** The change observations a change record explains. */
  int changesExplained();

  /**
   * The predictions no plain observation, positive or negative, matches: what the observations say
   * nothing about. Absence of an observation is no evidence, so these count neither for nor
   * against. Empty for a baseline, which predicts only what is observed.
   */
  OptionalInt unassessed();

  /** TP / (TP + FN): the share of observed practices that are predicted. */
  default Optional<BigDecimal> recall() {
    return ratio(truePositives(), (long) truePositives() + falseNegatives());
  }

  /** TN / (TN + FP): the share of practices known not to have occurred that are not predicted. */
  default Optional<BigDecimal> specificity() {
    return ratio(trueNegatives(), (long) trueNegatives() + falsePositives());
  }

  /**
   * (recall + specificity) / 2, computed exactly from the counts, then rounded; empty when either
   * part is undefined.
   */
  default Optional<BigDecimal> balancedAccuracy() {
    long positives = (long) truePositives() + falseNegatives();
    long negatives = (long) trueNegatives() + falsePositives();
    if (positives == 0 || negatives == 0) {
      return Optional.empty();
    }
    // TP/P + TN/N over 2 = (TP*N + TN*P) / (2*P*N), in integers that cannot overflow
    BigInteger p = BigInteger.valueOf(positives);
    BigInteger n = BigInteger.valueOf(negatives);
    BigInteger numerator =
        BigInteger.valueOf(truePositives())
            .multiply(n)
            .add(BigInteger.valueOf(trueNegatives()).multiply(p));
    BigInteger denominator = BigInteger.TWO.multiply(p).multiply(n);
    return Optional.of(round(new BigDecimal(numerator), new BigDecimal(denominator)));
  }

  /** TP / (TP + FP): the share of assessed predictions that the observations confirm. */
  default Optional<BigDecimal> precision() {
    return ratio(truePositives(), (long) truePositives() + falsePositives());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks that the counts are not negative and that no more changes are explained than exist. */
  @Value.Check
  default void check() {
    checkState(
        truePositives() >= 0
            && falseNegatives() >= 0
            && trueNegatives() >= 0
            && falsePositives() >= 0
            && changes() >= 0
            && changesExplained() >= 0
            && unassessed().orElse(0) >= 0,
        "scores cannot be negative: %s",
        this);
    checkState(
        changesExplained() <= changes(),
        "%s changes explained of %s",
        changesExplained(),
        changes());
  }

  private static Optional<BigDecimal> ratio(long numerator, long denominator) {
    return denominator == 0
        ? Optional.empty()
        : Optional.of(round(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)));
  }

  private static BigDecimal round(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
  }

  /** Builds {@link Scores}; every count is required, {@code unassessed} is optional. */
  final class Builder extends ImmutableScores.Builder {}
}
