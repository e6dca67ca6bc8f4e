package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How much an inference's result rests on each coding choice: what MODEL.md's {@code
 * narrative-sensitivity/1} reports, for the families of variants run ({@link Sensitivity}).
 *
 * <p>Undefined values are empty, never zero: a share when no variant ran ({@link
 * PredictionHolds#holds()}), and every value of a {@link ScoreRange} that cannot be computed (the
 * model has no observations, or a ratio's denominator is 0).
 *
 * @param families the families run, in the order run, with their variant counts (possibly 0), and
 *     for the {@code monte-carlo} family its generator, seed and distribution
 * @param predictions each of the original inference's predictions, in result order, with the share
 *     of variants that keep it and the variants that lose it
 * @param gained the predictions some variant makes and the original does not, in result order
 *     (situation order, then actor, practice, target with none first), with the variants that make
 *     them
 * @param observations each of the model's observations, in the order of its evaluation (situation
 *     order, then actor, practice, target, change, {@code occurred} false first, source), with
 *     whether the original explains it and the variants that change that; empty when the model has
 *     no observations
 * @param balancedAccuracy the original's balanced accuracy and its spread over the variants
 * @param recall the original's recall and its spread over the variants
 * @param changesExplained the original's number of change observations explained, and its spread
 *     over the variants (whole numbers)
 * @param episodesRecomputed the episodes recomputed over all variants (every episode of a variant
 *     that replaces the model)
 * @param episodesReused the episodes of the original inference reused unchanged over all variants
 * @since 0.1.0
 */
public record SensitivityResult(
    ImmutableList<FamilyCount> families,
    ImmutableList<PredictionHolds> predictions,
    ImmutableList<GainedPrediction> gained,
    ImmutableList<ObservationFlips> observations,
    ScoreRange balancedAccuracy,
    ScoreRange recall,
    ScoreRange changesExplained,
    long episodesRecomputed,
    long episodesReused) {
  /** Checks that no component is null and copies the lists. */
  public SensitivityResult {
    families = ImmutableList.copyOf(families);
    predictions = ImmutableList.copyOf(predictions);
    gained = ImmutableList.copyOf(gained);
    observations = ImmutableList.copyOf(observations);
    checkNotNull(balancedAccuracy, "balancedAccuracy");
    checkNotNull(recall, "recall");
    checkNotNull(changesExplained, "changesExplained");
  }

  /** The number of variants run, over all families. */
  public int variants() {
    return families.stream().mapToInt(FamilyCount::variants).sum();
  }

  /**
   * A family run, how many variants it had, and for the {@code monte-carlo} family how they were
   * drawn.
   *
   * @param name the family's name, such as {@code drop-concept}
   * @param variants how many variants it had
   * @param monteCarlo the specification its variants were drawn from (generator, seed and
   *     distribution), for the {@code monte-carlo} family; empty for the others
   */
  public record FamilyCount(String name, int variants, Optional<MonteCarlo> monteCarlo) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code variants} is negative, or is not the number of
     *     samples of {@code monteCarlo}
     */
    public FamilyCount {
      checkNotNull(name, "name");
      checkNotNull(monteCarlo, "monteCarlo");
      checkArgument(
          variants >= 0, "family '%s' has a negative number of variants: %s", name, variants);
      checkArgument(
          monteCarlo.isEmpty() || monteCarlo.get().samples() == variants,
          "family '%s' has %s variants but %s samples",
          name,
          variants,
          monteCarlo.map(MonteCarlo::samples).orElse(0));
    }

    /** A family whose variants were not drawn at random. */
    public FamilyCount(String name, int variants) {
      this(name, variants, Optional.empty());
    }
  }

  /**
   * One of the original's predictions and how well it holds.
   *
   * @param prediction the prediction, as the original inference makes it
   * @param holds the share of all variants run in which it is still predicted (same actor,
   *     practice, target and situation), rounded half-even to 4 decimals; empty when no variant ran
   * @param lostIn the names of the variants that no longer predict it, in family order, then in
   *     each family's order
   */
  public record PredictionHolds(
      Prediction prediction, Optional<BigDecimal> holds, ImmutableList<String> lostIn) {
    /** Checks that no component is null and copies the list. */
    public PredictionHolds {
      checkNotNull(prediction, "prediction");
      checkNotNull(holds, "holds");
      lostIn = ImmutableList.copyOf(lostIn);
    }
  }

  /**
   * A practice some variant predicts and the original does not.
   *
   * @param actor who is predicted to carry it out
   * @param practice the practice
   * @param target the actor it is directed at, if any
   * @param situation the situation
   * @param gainedIn the names of the variants that predict it, in family order, then in each
   *     family's order
   */
  public record GainedPrediction(
      ActorId actor,
      PracticeId practice,
      Optional<ActorId> target,
      SituationId situation,
      ImmutableList<String> gainedIn) {
    /** Checks that no component is null and copies the list. */
    public GainedPrediction {
      checkNotNull(actor, "actor");
      checkNotNull(practice, "practice");
      checkNotNull(target, "target");
      checkNotNull(situation, "situation");
      gainedIn = ImmutableList.copyOf(gainedIn);
    }
  }

  /**
   * One of the model's observations and the variants that change whether it is explained.
   *
   * @param observation the observation
   * @param explained whether the original explains it
   * @param flippedIn the names of the variants in which it is explained when the original does not
   *     explain it, or not explained when the original does, in family order, then in each family's
   *     order. A variant that edits the model keeps its observations. A variant that replaces the
   *     model (a {@link ModelVariant}) is matched by what the observation claims (actor, practice,
   *     target, change, occurred), not by its source: the replacement's observation of the same
   *     claim in the same situation, else one it has in another situation that no observation of
   *     the original there matches (the same evidence, moved: data imported into shifted periods
   *     move with them), paired in the order of the evaluation. An observation with no match is not
   *     in the replacement and counts as not explained in it.
   */
  public record ObservationFlips(
      Observation observation, boolean explained, ImmutableList<String> flippedIn) {
    /** Checks that no component is null and copies the list. */
    public ObservationFlips {
      checkNotNull(observation, "observation");
      flippedIn = ImmutableList.copyOf(flippedIn);
    }
  }

  /**
   * A score of the original and its spread over the variants. The spread is taken over the variants
   * in which the score is defined: a variant whose score is undefined (no negative evidence left,
   * say) is left out, and when the score is defined in no variant, the minimum, median and maximum
   * are all empty.
   *
   * @param original the original's value; empty when undefined
   * @param min the smallest value over the variants
   * @param median the lower median over the variants: of {@code n} values in ascending order, the
   *     one at position {@code (n - 1) / 2}, counting from 0
   * @param max the largest value over the variants
   */
  public record ScoreRange(
      Optional<BigDecimal> original,
      Optional<BigDecimal> min,
      Optional<BigDecimal> median,
      Optional<BigDecimal> max) {
    /** Checks that no component is null. */
    public ScoreRange {
      checkNotNull(original, "original");
      checkNotNull(min, "min");
      checkNotNull(median, "median");
      checkNotNull(max, "max");
    }
  }
}
