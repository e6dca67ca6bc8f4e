package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A weighted entry of a concept's {@code prescribes} or {@code proscribes} list: a practice, the
 * actor it is directed at (if any), and how much weight the concept puts behind (or against) it.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Prescription {
  /** The practice prescribed or proscribed. */
  PracticeId practice();

  /** The actor the practice is directed at, if any. */
  Optional<ActorId> target();

  /**
   * The weight, exact, without trailing zeros (so that {@code 1.0} and {@code 1} are the same
   * weight); 1 by default. It is within the bounds of {@link Weights} (at most 32 significant
   * digits, 32 before and 32 after the decimal point), which building checks; {@link
   * ModelValidator} reports a weight that is not positive.
   */
  @Value.Default
  default BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /**
   * Checks the weight's bounds and normalizes it, so that equal weights make equal prescriptions.
   *
   * @throws IllegalArgumentException if the weight is out of the bounds of {@link Weights}
   */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // equals, not compareTo: is it normalized, scale included
  default Prescription normalize() {
    BigDecimal normalized = Weights.check(weight());
    return normalized.equals(weight()) ? this : builder().from(this).weight(normalized).build();
  }

  /**
   * Returns the practice {@code practice} directed at {@code target}, with weight 1.
   *
   * @throws IllegalArgumentException if an id is malformed
   */
  static Prescription of(String practice, String target) {
    return builder().practice(practice).target(target).build();
  }

  /**
   * Returns the practice {@code practice} with no target, with weight 1.
   *
   * @throws IllegalArgumentException if {@code practice} is malformed
   */
  static Prescription of(String practice) {
    return builder().practice(practice).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Prescription}; {@code practice} is required. */
  final class Builder extends ImmutablePrescription.Builder {
    /**
     * Sets the practice from its id.
     *
     * @throws IllegalArgumentException if {@code practice} is malformed
     */
    public Builder practice(String practice) {
      return practice(PracticeId.of(practice));
    }

    /**
     * Sets the target from its actor id.
     *
     * @throws IllegalArgumentException if {@code target} is malformed
     */
    public Builder target(String target) {
      return target(ActorId.of(target));
    }

    /**
     * Sets the weight from a decimal string such as {@code "0.5"}, read exactly; its bounds ({@link
     * Weights}) are checked on the text, before any arithmetic.
     *
     * @throws NumberFormatException if {@code weight} is not a decimal number
     * @throws IllegalArgumentException if the weight is out of bounds
     */
    public Builder weight(String weight) {
      return weight(Weights.parse(weight));
    }

    /**
     * Sets the weight from a double, by its shortest decimal form ({@code 0.1} is exactly 0.1).
     *
     * @throws IllegalArgumentException if {@code weight} is NaN or infinite
     */
    public Builder weight(double weight) {
      checkArgument(Double.isFinite(weight), "weight %s is not a finite number", weight);
      return weight(BigDecimal.valueOf(weight));
    }
  }
}
