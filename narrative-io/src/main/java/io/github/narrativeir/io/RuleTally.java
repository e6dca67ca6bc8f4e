package io.github.narrativeir.io;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rows one rule selects while a table is read: how many in all, how many outside every period,
 * and per period (by its slot) how many and their sum. Memory grows with the periods rows land in,
 * not with the rows. Mutable: one per rule and import, used by one thread.
 */
final class RuleTally {
  private final CompiledRule rule;
  private final Map<Integer, Tally> bySlot = new HashMap<>();
  private long selected;
  private long outside;
  private int minSlot = Integer.MAX_VALUE;
  private int maxSlot = Integer.MIN_VALUE;

  /** The selected rows of the rule in one period, and their sum when the rule sums a column. */
  private static final class Tally {
    long count;
    @Nullable BigDecimal sum;
  }

  RuleTally(CompiledRule rule) {
    this.rule = rule;
  }

  /** The rule this tallies. */
  CompiledRule rule() {
    return rule;
  }

  /** Counts a selected row whose date is outside every period. */
  void outside() {
    selected++;
    outside++;
  }

  /**
   * Counts a selected row that lands in the periods of {@code slots} (at least one), adding {@code
   * amount} to their sums when the rule sums a column.
   */
  void inside(int[] slots, Optional<BigDecimal> amount) {
    selected++;
    for (int slot : slots) {
      minSlot = Math.min(minSlot, slot);
      maxSlot = Math.max(maxSlot, slot);
      Tally t = bySlot.get(slot);
      if (t == null) {
        t = new Tally();
        bySlot.put(slot, t);
      }
      t.count++;
      if (amount.isPresent()) {
        t.sum = t.sum == null ? amount.get() : t.sum.add(amount.get());
      }
    }
  }

  /** The least slot a row landed in; {@link Integer#MAX_VALUE} if none did. */
  int minSlot() {
    return minSlot;
  }

  /** The greatest slot a row landed in; {@link Integer#MIN_VALUE} if none did. */
  int maxSlot() {
    return maxSlot;
  }

  /**
   * The rule's counts once every row is read: per situation of {@code slots} (in their order) where
   * rows landed, how many, their sum and whether they pass the rule's threshold.
   */
  ImportStatistics.RuleCounts counts(List<Periods.Slot> slots) {
    ImmutableList.Builder<ImportStatistics.SituationCount> situations = ImmutableList.builder();
    for (Periods.Slot slot : slots) {
      Tally t = bySlot.get(slot.slot());
      if (t == null) {
        continue;
      }
      Optional<BigDecimal> sum = Optional.ofNullable(t.sum);
      situations.add(
          new ImportStatistics.SituationCount(
              slot.situation().id(), t.count, sum, rule.passes(t.count, sum)));
    }
    return new ImportStatistics.RuleCounts(
        rule.name(),
        rule.sum().map(CompiledRule.SumColumn::name),
        selected,
        outside,
        situations.build());
  }
}
