package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * MODEL.md step 6: exact sums of the weights for and against each practice and target named by the
 * active concepts; a practice is predicted when support exceeds opposition.
 *
 * <p>The entries of the active concepts are packed into {@code long}s that sort by practice key,
 * side and concept id ({@link PracticeTable}), sorted, and summed group by group: in {@code long}
 * arithmetic at a common scale when the actor's weights allow it ({@link PracticeTable#exact}),
 * else in {@link BigDecimal}. Either way the sums are exact and carry the scale that {@link
 * BigDecimal#add} gives, so the predictions are equal to those of the literal tally.
 */
final class Practices {
  private Practices() {}

  /**
   * The predictions of one episode, by practice and target, with the interned index of the
   * interaction aspect of each.
   */
  record Tally(ImmutableList<Prediction> predictions, int[] interactions) {}

  /** The predictions of {@code actor} in {@code situation}, by practice and target. */
  static ImmutableList<Prediction> predict(
      SituationId situation, CompiledActor actor, List<Integer> activeRanks) {
    return tally(situation, actor, activeRanks, new Decimals()).predictions();
  }

  /**
   * Sums already made into {@link BigDecimal}s, shared by the predictions of one actor (equal
   * values at equal scales, immutable): most sums are small multiples of a few weights. For one
   * actor (one common scale), used by one thread at a time.
   */
  static final class Decimals {
    private static final int SMALL = 1 << 10;
    private static final int SCALES = 8;

    /** By result scale, then by the sum at the actor's common scale (which is fixed). */
    private final BigDecimal[][] cache = new BigDecimal[SCALES][];

    /** {@code scaled / 10^scale}, exactly representable at {@code resultScale <= scale}. */
    BigDecimal of(long scaled, int scale, int resultScale) {
      if (scaled < 0 || scaled >= SMALL || scale >= SCALES) {
        return BigDecimal.valueOf(scaled, scale).setScale(resultScale);
      }
      BigDecimal[] row = cache[resultScale];
      if (row == null) {
        row = new BigDecimal[SMALL];
        cache[resultScale] = row;
      }
      BigDecimal d = row[(int) scaled];
      if (d == null) {
        d = BigDecimal.valueOf(scaled, scale).setScale(resultScale);
        row[(int) scaled] = d;
      }
      return d;
    }
  }

  /**
   * The predictions of {@code actor} in {@code situation} and their interaction aspects; {@code
   * decimals} is the actor's cache of sums.
   */
  static Tally tally(
      SituationId situation, CompiledActor actor, List<Integer> activeRanks, Decimals decimals) {
    PracticeTable table = actor.practices;
    if (!table.packable) {
      return literal(situation, actor, activeRanks);
    }
    int count = 0;
    for (int r : activeRanks) {
      count += table.start[r + 1] - table.start[r];
    }
    long[] packed = new long[count];
    int n = 0;
    for (int r : activeRanks) {
      for (int e = table.start[r]; e < table.start[r + 1]; e++) {
        packed[n++] = table.pack(r, e);
      }
    }
    Arrays.sort(packed);
    ImmutableList.Builder<Prediction> predictions = ImmutableList.builder();
    int[] interactions = new int[count];
    int predicted = 0;
    int i = 0;
    while (i < count) {
      int key = PracticeTable.key(packed[i]);
      int against = i;
      while (against < count
          && PracticeTable.key(packed[against]) == key
          && !PracticeTable.against(packed[against])) {
        against++;
      }
      int end = against;
      while (end < count && PracticeTable.key(packed[end]) == key) {
        end++;
      }
      BigDecimal support;
      BigDecimal opposition;
      if (table.exact) {
        long pro = sum(table, packed, i, against);
        long con = sum(table, packed, against, end);
        if (pro > con) {
          support = decimal(table, packed, i, against, pro, decimals);
          opposition = decimal(table, packed, against, end, con, decimals);
        } else {
          support = null;
          opposition = null;
        }
      } else {
        support = decimalSum(table, packed, i, against);
        opposition = decimalSum(table, packed, against, end);
        if (support.compareTo(opposition) <= 0) {
          support = null;
        }
      }
      if (support != null && opposition != null) { // opposition is set wherever support is
        PracticeKey k = table.keys[key];
        predictions.add(
            Prediction.builder()
                .actor(actor.id)
                .practice(k.practice())
                .target(k.target())
                .situation(situation)
                .support(support)
                .opposition(opposition)
                .addAllSupporting(concepts(table, packed, i, against))
                .addAllOpposing(concepts(table, packed, against, end))
                .build());
        interactions[predicted++] = table.interaction[key];
      }
      i = end;
    }
    return new Tally(predictions.build(), Arrays.copyOf(interactions, predicted));
  }

  private static long sum(PracticeTable table, long[] packed, int from, int to) {
    long sum = 0;
    for (int i = from; i < to; i++) {
      sum += table.entryScaled[PracticeTable.entry(packed[i])];
    }
    return sum;
  }

  /** {@code scaled / 10^scale} at the scale {@link BigDecimal#add} gives the sum from zero. */
  private static BigDecimal decimal(
      PracticeTable table, long[] packed, int from, int to, long scaled, Decimals decimals) {
    if (from == to) {
      return BigDecimal.ZERO;
    }
    int scale = 0;
    for (int i = from; i < to; i++) {
      scale = Math.max(scale, table.entryScale[PracticeTable.entry(packed[i])]);
    }
    return decimals.of(scaled, table.scale, scale);
  }

  private static BigDecimal decimalSum(PracticeTable table, long[] packed, int from, int to) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = from; i < to; i++) {
      sum = sum.add(table.entryWeight[PracticeTable.entry(packed[i])]);
    }
    return sum;
  }

  /** The distinct concepts of the entries, in id order (the order they are packed in). */
  private static List<ConceptId> concepts(PracticeTable table, long[] packed, int from, int to) {
    List<ConceptId> ids = new ArrayList<>(to - from);
    int last = -1;
    for (int i = from; i < to; i++) {
      int order = PracticeTable.order(packed[i]);
      if (order != last) {
        ids.add(table.idsInOrder[order]);
        last = order;
      }
    }
    return ids;
  }

  /** The tally of MODEL.md step 6 done literally, for actors too large to pack. */
  private static Tally literal(
      SituationId situation, CompiledActor actor, List<Integer> activeRanks) {
    Map<PracticeKey, Sums> tallies = new TreeMap<>();
    for (int r : activeRanks) {
      Concept c = actor.concepts.get(r);
      for (Prescription p : c.prescribes()) {
        tallies.computeIfAbsent(key(p), k -> new Sums()).support(c.id(), p.weight());
      }
      for (Prescription p : c.proscribes()) {
        tallies.computeIfAbsent(key(p), k -> new Sums()).oppose(c.id(), p.weight());
      }
    }
    ImmutableList.Builder<Prediction> predictions = ImmutableList.builder();
    List<Integer> interactions = new ArrayList<>();
    for (Map.Entry<PracticeKey, Sums> e : tallies.entrySet()) {
      Sums t = e.getValue();
      if (t.support.compareTo(t.opposition) > 0) {
        predictions.add(
            Prediction.builder()
                .actor(actor.id)
                .practice(e.getKey().practice())
                .target(e.getKey().target())
                .situation(situation)
                .support(t.support)
                .opposition(t.opposition)
                .addAllSupporting(t.supporting)
                .addAllOpposing(t.opposing)
                .build());
        interactions.add(
            actor.practices.interaction[Arrays.binarySearch(actor.practices.keys, e.getKey())]);
      }
    }
    return new Tally(
        predictions.build(), interactions.stream().mapToInt(Integer::intValue).toArray());
  }

  private static PracticeKey key(Prescription p) {
    return new PracticeKey(p.practice(), p.target());
  }

  /** Exact sums of the weights for and against one practice. */
  private static final class Sums {
    BigDecimal support = BigDecimal.ZERO;
    BigDecimal opposition = BigDecimal.ZERO;
    final TreeSet<ConceptId> supporting = new TreeSet<>();
    final TreeSet<ConceptId> opposing = new TreeSet<>();

    void support(ConceptId concept, BigDecimal weight) {
      support = support.add(weight);
      supporting.add(concept);
    }

    void oppose(ConceptId concept, BigDecimal weight) {
      opposition = opposition.add(weight);
      opposing.add(concept);
    }
  }
}
