package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The randomized {@code monte-carlo} family of a sensitivity analysis (MODEL.md, {@code
 * narrative-sensitivity/1}): {@link #samples()} variants of the model, each changing many coding
 * choices at once, drawn from a generator seeded with {@link #seed()}. The same seed and parameters
 * on the same model give the same variants, hence the same result and the same bytes, one variant
 * after the other or in parallel, whichever other families run.
 *
 * <p>Sample {@code i} (from 1) is the variant {@code monte-carlo:<i>}, one {@link
 * io.github.narrativeir.inference.ModelEdit} that at once
 *
 * <ul>
 *   <li>leaves out each concept with probability {@link #conceptDropProbability()} (default 0.1);
 *   <li>takes each aspect given in a situation out of it with probability {@link
 *       #aspectDropProbability()} (default 0.1);
 *   <li>multiplies the weight of each prescription and proscription entry by a factor drawn
 *       log-uniformly from {@code [1/w, w]}, {@code w} being {@link #weightFactor()} (default 2),
 *       rounded half-even to {@value #FACTOR_DECIMALS} decimals; the product is exact;
 *   <li>orders each actor's concepts of equal priority at random, instead of by id as MODEL.md step
 *       4 does, when {@link #breakTies()} (default true).
 * </ul>
 *
 * <h2>The generator</h2>
 *
 * <p>Each sample draws from its own {@value #GENERATOR}: sample {@code i} from {@code new
 * SplittableRandom(s_i)}, where {@code s_i} is the {@code i}-th value of {@code new
 * SplittableRandom(seed).nextLong()}, that is (64-bit arithmetic, wrapping):
 *
 * <pre>
 * z   = seed + i * 0x9E3779B97F4A7C15L
 * z   = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9L
 * z   = (z ^ (z &gt;&gt;&gt; 27)) * 0x94D049BB133111EBL
 * s_i = z ^ (z &gt;&gt;&gt; 31)
 * </pre>
 *
 * <p>so that a sample depends only on the seed, its number and the model: not on the samples before
 * it, on the other families, or on which thread runs it. Its draws, in this order:
 *
 * <ol>
 *   <li>each concept, in id order: {@code nextInt(10000)}; left out if below {@code
 *       conceptDropProbability} &times; 10000;
 *   <li>each situation, in situation order, and each of its aspects, in id order: {@code
 *       nextInt(10000)}; taken out if below {@code aspectDropProbability} &times; 10000;
 *   <li>each entry, in the order of the {@code weight} family (concept id, {@code prescribes}
 *       before {@code proscribes}, practice, target with none first, then position in the list):
 *       {@code u = nextDouble()}; the factor is {@code StrictMath.pow(w, 2u - 1)} rounded half-even
 *       to {@value #FACTOR_DECIMALS} decimals from its exact binary value, and the new weight is
 *       the weight times the factor, exactly. An entry whose factor is 1, or whose concept is left
 *       out, keeps its weight (it is not in the edit);
 *   <li>each actor holding concepts, in id order, and each of its priority levels, from the
 *       highest: the level's concepts {@code c[0..k-1]} in id order are shuffled by {@code for j =
 *       k-1 down to 1: t = nextInt(j + 1); swap c[j] and c[t]} (Fisher-Yates). The actor's new rank
 *       order is its levels from the highest, each in its shuffled order, applied as {@code
 *       swap-rank} does (priorities {@code n-1, ..., 0}); an actor whose order is unchanged, or
 *       every actor when {@link #breakTies()} is false, keeps its priorities.
 * </ol>
 *
 * <p>Every draw is made whatever the parameters (a probability of 0 and a factor of 1 still draw),
 * so that changing one parameter leaves the other perturbations of each sample as they were.
 *
 * <pre>{@code
 * MonteCarlo spec = MonteCarlo.of(1000, 42);                // the defaults below
 * MonteCarlo gentle = MonteCarlo.builder().samples(1000).seed(42)
 *     .conceptDropProbability(new BigDecimal("0.05"))
 *     .breakTies(false)
 *     .build();
 * SensitivityResult r = Sensitivity.builder().monteCarlo(spec).parallel(true).build().run(result);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface MonteCarlo {
  /** The name of the family in the output, and the prefix of its variants' names. */
  String NAME = "monte-carlo";

  /** The generator each sample draws from, as the output names it. */
  String GENERATOR = "java.util.SplittableRandom";

  /**
   * The most samples a family may have: a million, for runs spread over a cluster ({@code
   * narrative-spark}). Ten thousand samples already estimate every share within 0.01 (two standard
   * errors of a share, at most {@code 2 * 0.5 / sqrt(10000)}), which is as fine as the question
   * "does this prediction rest on the coding?" usually needs; more buy precision on rare outcomes
   * (a prediction lost in one sample in a thousand), while the running time (each sample is about
   * one incremental inference) and the output (each sample that loses a prediction is named in its
   * {@code lostIn}) grow in proportion. A million bounds both: its variants are drawn when run, a
   * few dozen bytes each until then.
   */
  int MAX_SAMPLES = 1_000_000;

  /**
   * The decimals a weight factor is rounded to, so that reweighted weights stay short and exact.
   */
  int FACTOR_DECIMALS = 3;

  /**
   * The decimals a drop probability may have: it is compared with a draw of {@code nextInt(10000)}.
   */
  int PROBABILITY_DECIMALS = 4;

  /**
   * The largest {@link #weightFactor()}: at 10 the smallest factor, 0.1, is still rounded to within
   * 1%, and no factor rounds to 0.
   */
  BigDecimal MAX_WEIGHT_FACTOR = BigDecimal.TEN;

  /**
   * The default {@link #weightFactor()}, 2: factors between halving and doubling, the two changes
   * the exhaustive {@code weight} family makes one at a time, and log-uniform so that a factor and
   * its inverse are equally likely (the median factor is 1).
   */
  BigDecimal DEFAULT_WEIGHT_FACTOR = BigDecimal.valueOf(2);

  /**
   * The default {@link #conceptDropProbability()}, 0.1: one concept in ten left out on average, as
   * if a second coder disagreed with one coding choice in ten; a sample changes several choices at
   * once yet stays close to the model, where at 0.5 most samples would lose most predictions and
   * the analysis would say little about any one of them.
   */
  BigDecimal DEFAULT_CONCEPT_DROP_PROBABILITY = new BigDecimal("0.1");

  /**
   * The default {@link #aspectDropProbability()}, 0.1, for the same reason as {@link
   * #DEFAULT_CONCEPT_DROP_PROBABILITY}: one aspect given in a situation in ten taken out.
   */
  BigDecimal DEFAULT_ASPECT_DROP_PROBABILITY = new BigDecimal("0.1");

  /** How many samples (variants) the family has, from 1 to {@value #MAX_SAMPLES}. */
  int samples();

  /** The seed of the generator: any {@code long}. */
  long seed();

  /**
   * The largest factor a weight is multiplied by, {@code w}: factors are drawn log-uniformly from
   * {@code [1/w, w]}; from 1 (weights are kept) to {@link #MAX_WEIGHT_FACTOR} 10, with at most
   * {@value #FACTOR_DECIMALS} decimals; 2 by default ({@link #DEFAULT_WEIGHT_FACTOR}).
   */
  @Value.Default
  default BigDecimal weightFactor() {
    return DEFAULT_WEIGHT_FACTOR;
  }

  /**
   * The probability that a sample leaves out a concept, from 0 to 1 with at most {@value
   * #PROBABILITY_DECIMALS} decimals; 0.1 by default ({@link #DEFAULT_CONCEPT_DROP_PROBABILITY}).
   */
  @Value.Default
  default BigDecimal conceptDropProbability() {
    return DEFAULT_CONCEPT_DROP_PROBABILITY;
  }

  /**
   * The probability that a sample takes an aspect given in a situation out of it, from 0 to 1 with
   * at most {@value #PROBABILITY_DECIMALS} decimals; 0.1 by default ({@link
   * #DEFAULT_ASPECT_DROP_PROBABILITY}).
   */
  @Value.Default
  default BigDecimal aspectDropProbability() {
    return DEFAULT_ASPECT_DROP_PROBABILITY;
  }

  /**
   * Whether a sample orders each actor's concepts of equal priority at random; true by default: the
   * id order that breaks such ties in MODEL.md step 4 is a convention, not a coding choice, so a
   * result that rests on it rests on nothing the coder decided.
   */
  @Value.Default
  default boolean breakTies() {
    return true;
  }

  /**
   * Returns {@code samples} samples seeded with {@code seed}, with the default distribution.
   *
   * @throws IllegalArgumentException if {@code samples} is not between 1 and {@value #MAX_SAMPLES}
   */
  static MonteCarlo of(int samples, long seed) {
    return builder().samples(samples).seed(seed).build();
  }

  /** Returns a new builder; {@code samples} and {@code seed} are required. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Checks every parameter's range, and normalizes the decimals (no trailing zeros), so that equal
   * parameters make equal specifications.
   *
   * @throws IllegalArgumentException naming the parameter, its range and its value
   */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: is it normalized, scale included
  default MonteCarlo check() {
    checkArgument(
        samples() >= 1 && samples() <= MAX_SAMPLES,
        "samples must be between 1 and %s, but is %s",
        MAX_SAMPLES,
        samples());
    checkArgument(
        weightFactor().compareTo(BigDecimal.ONE) >= 0
            && weightFactor().compareTo(MAX_WEIGHT_FACTOR) <= 0
            && decimals(weightFactor()) <= FACTOR_DECIMALS,
        "weightFactor must be between 1 and %s with at most %s decimals, but is %s",
        MAX_WEIGHT_FACTOR,
        FACTOR_DECIMALS,
        weightFactor());
    checkProbability("conceptDropProbability", conceptDropProbability());
    checkProbability("aspectDropProbability", aspectDropProbability());
    BigDecimal factor = normalize(weightFactor());
    BigDecimal concept = normalize(conceptDropProbability());
    BigDecimal aspect = normalize(aspectDropProbability());
    if (factor.equals(weightFactor())
        && concept.equals(conceptDropProbability())
        && aspect.equals(aspectDropProbability())) {
      return this;
    }
    return builder()
        .from(this)
        .weightFactor(factor)
        .conceptDropProbability(concept)
        .aspectDropProbability(aspect)
        .build();
  }

  private static void checkProbability(String name, BigDecimal p) {
    checkArgument(
        p.signum() >= 0 && p.compareTo(BigDecimal.ONE) <= 0 && decimals(p) <= PROBABILITY_DECIMALS,
        "%s must be between 0 and 1 with at most %s decimals, but is %s",
        name,
        PROBABILITY_DECIMALS,
        p);
  }

  /** The decimals {@code value} needs, trailing zeros aside (0 for a whole number). */
  private static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  private static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Builds a {@link MonteCarlo}; {@code samples} and {@code seed} are required, the distribution's
   * parameters default as documented.
   */
  final class Builder extends ImmutableMonteCarlo.Builder {}
}
