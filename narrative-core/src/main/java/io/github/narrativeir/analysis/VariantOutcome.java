package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one variant of a sensitivity analysis gave, compared with the original inference: all that
 * {@link Sensitivity.Plan#result} needs of it. Made by {@link Sensitivity.Plan#outcome} where the
 * variant runs (another thread, another machine) and taken back to the plan of the same original
 * inference to be aggregated; its components are plain values, so that it can be carried as data (a
 * table row) and built again with its constructor.
 *
 * @param index the variant's place among all the variants of the analysis, from 0, in the order
 *     they are listed (family order, then each family's order)
 * @param name the variant's name, such as {@code drop-concept:us.frontline-ally}
 * @param lost the indices, in the original's {@link
 *     io.github.narrativeir.inference.Inference#predictions()}, of the predictions the variant
 *     loses, ascending
 * @param gained the predictions the variant makes that the original does not, in the variant's
 *     result order
 * @param explained the indices, in the order of the original's evaluation, of the observations the
 *     variant explains, ascending
 * @param balancedAccuracy the variant's balanced accuracy, if defined
 * @param recall the variant's recall, if defined
 * @param changesExplained the changes the variant explains, if it has an evaluation
 * @param recomputed episodes the variant recomputed
 * @param reused episodes the variant took from the original
 * @since 0.1.0
 */
public record VariantOutcome(
    int index,
    String name,
    ImmutableList<Integer> lost,
    ImmutableList<Gained> gained,
    ImmutableList<Integer> explained,
    Optional<BigDecimal> balancedAccuracy,
    Optional<BigDecimal> recall,
    Optional<BigDecimal> changesExplained,
    long recomputed,
    long reused) {
  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code index}, an index of {@code lost} or {@code
   *     explained}, or a count is negative
   */
  public VariantOutcome {
    checkArgument(index >= 0, "index %s is negative", index);
    checkNotNull(name, "name");
    lost = ImmutableList.copyOf(lost);
    gained = ImmutableList.copyOf(gained);
    explained = ImmutableList.copyOf(explained);
    checkNotNull(balancedAccuracy, "balancedAccuracy");
    checkNotNull(recall, "recall");
    checkNotNull(changesExplained, "changesExplained");
    lost.forEach(i -> checkArgument(i >= 0, "lost index %s is negative", i));
    explained.forEach(i -> checkArgument(i >= 0, "explained index %s is negative", i));
    checkArgument(recomputed >= 0 && reused >= 0, "negative episode counts");
  }

  /**
   * A prediction a variant gains: who does what to whom when.
   *
   * @param actor the actor
   * @param practice the practice
   * @param target the target, if any
   * @param situation the situation
   */
  public record Gained(
      ActorId actor, PracticeId practice, Optional<ActorId> target, SituationId situation) {
    /** Checks that no component is null. */
    public Gained {
      checkNotNull(actor, "actor");
      checkNotNull(practice, "practice");
      checkNotNull(target, "target");
      checkNotNull(situation, "situation");
    }
  }
}
