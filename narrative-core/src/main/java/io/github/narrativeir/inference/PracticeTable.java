package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.Prescription;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One actor's prescriptions and proscriptions compiled for tallying (MODEL.md step 6): the practice
 * keys its concepts name interned in {@link PracticeKey} order, and every entry of every concept as
 * a key, a side and a weight. When every weight, brought to the largest scale among them, is an
 * integer small enough that no sum of them all can overflow a {@code long}, weights are also kept
 * as such integers ({@link #exact}), so sums are exact in {@code long} arithmetic.
 */
final class PracticeTable {
  /** Bits of a packed entry: key, side, concept position in id order, entry index. */
  static final int ENTRY_BITS = 21;

  static final int ORDER_BITS = 21;
  static final int KEY_BITS = 63 - 1 - ORDER_BITS - ENTRY_BITS;

  /** The keys named by the actor's concepts, in {@link PracticeKey} order. */
  final PracticeKey[] keys;

  /**
   * For each key, the interned index of the actor's interaction aspect for it, or -1 when none of
   * the actor's concepts prescribes it (then it is never predicted).
   */
  final int[] interaction;

  /** The entries of the concept of each rank: from {@code start[r]} to {@code start[r + 1]}. */
  final int[] start;

  /** For each entry: its key. */
  final int[] entryKey;

  /** For each entry: true for a proscription. */
  final boolean[] entryAgainst;

  /** For each entry: its weight. */
  final BigDecimal[] entryWeight;

  /** For each entry: its weight times {@code 10^scale}, when {@link #exact}. */
  final long[] entryScaled;

  /** For each entry: the scale of its weight, at least 0 (the scale of a sum starting at zero). */
  final int[] entryScale;

  /** The common scale of {@link #entryScaled}. */
  final int scale;

  /** Whether the integer weights can be used; when false, sums are taken in {@link BigDecimal}. */
  final boolean exact;

  /** Whether entries can be packed in a {@code long} (the actor is not absurdly large). */
  final boolean packable;

  /** The position of the concept of each rank in id order. */
  final int[] idOrder;

  /** The concepts' ids in id order. */
  final ConceptId[] idsInOrder;

  PracticeTable(ActorId actor, List<Concept> byRank, CompiledModel model) {
    this(actor, byRank, model, Map.of());
  }

  /**
   * The table of {@code actor}'s concepts with the entries of {@code weights} weighing as given
   * there instead of as written (a {@link ModelEdit}'s weights, already normalized).
   */
  PracticeTable(
      ActorId actor,
      List<Concept> byRank,
      CompiledModel model,
      Map<ModelEdit.Entry, BigDecimal> weights) {
    Map<PracticeKey, Integer> keyIndex = new TreeMap<>();
    int entries = 0;
    for (Concept c : byRank) {
      for (Prescription p : c.prescribes()) {
        keyIndex.put(new PracticeKey(p.practice(), p.target()), 0);
      }
      for (Prescription p : c.proscribes()) {
        keyIndex.put(new PracticeKey(p.practice(), p.target()), 0);
      }
      entries += c.prescribes().size() + c.proscribes().size();
    }
    this.keys = keyIndex.keySet().toArray(new PracticeKey[0]);
    for (int k = 0; k < keys.length; k++) {
      keyIndex.put(keys[k], k);
    }
    this.interaction = new int[keys.length];
    java.util.Arrays.fill(interaction, -1);
    int n = byRank.size();
    this.start = new int[n + 1];
    this.entryKey = new int[entries];
    this.entryAgainst = new boolean[entries];
    this.entryWeight = new BigDecimal[entries];
    this.entryScale = new int[entries];
    int e = 0;
    int maxScale = 0;
    for (int r = 0; r < n; r++) {
      start[r] = e;
      Concept c = byRank.get(r);
      for (int side = 0; side < 2; side++) {
        List<Prescription> list = side == 0 ? c.prescribes() : c.proscribes();
        for (int j = 0; j < list.size(); j++) {
          Prescription p = list.get(j);
          int k = checkNotNull(keyIndex.get(new PracticeKey(p.practice(), p.target())));
          entryKey[e] = k;
          entryAgainst[e] = side == 1;
          BigDecimal weight =
              weights.isEmpty()
                  ? p.weight()
                  : weights.getOrDefault(
                      new ModelEdit.Entry(
                          c.id(),
                          side == 0 ? ModelEdit.Side.PRESCRIBES : ModelEdit.Side.PROSCRIBES,
                          j),
                      p.weight());
          entryWeight[e] = weight;
          entryScale[e] = Math.max(0, weight.scale());
          maxScale = Math.max(maxScale, entryScale[e]);
          if (side == 0 && interaction[k] < 0) {
            interaction[k] = model.index(InteractionAspects.of(actor, p.practice(), p.target()));
          }
          e++;
        }
      }
    }
    start[n] = e;
    this.scale = maxScale;
    this.entryScaled = new long[entries];
    BigInteger total = BigInteger.ZERO;
    boolean fits = true;
    for (int i = 0; i < entries && fits; i++) {
      BigInteger scaled = entryWeight[i].setScale(maxScale).unscaledValue();
      total = total.add(scaled.abs());
      fits = total.bitLength() < 63;
      if (fits) {
        entryScaled[i] = scaled.longValueExact();
      }
    }
    this.exact = fits;
    this.packable =
        keys.length < (1 << KEY_BITS) && n < (1 << ORDER_BITS) && entries < (1 << ENTRY_BITS);
    Integer[] ranks = new Integer[n];
    for (int r = 0; r < n; r++) {
      ranks[r] = r;
    }
    java.util.Arrays.sort(ranks, (a, b) -> byRank.get(a).id().compareTo(byRank.get(b).id()));
    this.idOrder = new int[n];
    this.idsInOrder = new ConceptId[n];
    for (int i = 0; i < n; i++) {
      idOrder[ranks[i]] = i;
      idsInOrder[i] = byRank.get(ranks[i]).id();
    }
  }

  /**
   * Entry {@code e} of the concept of rank {@code r}, packed so that packed entries sort by key,
   * then prescriptions before proscriptions, then concept id.
   */
  long pack(int r, int e) {
    return (long) entryKey[e] << (1 + ORDER_BITS + ENTRY_BITS)
        | (entryAgainst[e] ? 1L : 0L) << (ORDER_BITS + ENTRY_BITS)
        | (long) idOrder[r] << ENTRY_BITS
        | e;
  }

  static int key(long packed) {
    return (int) (packed >>> (1 + ORDER_BITS + ENTRY_BITS));
  }

  static boolean against(long packed) {
    return ((packed >>> (ORDER_BITS + ENTRY_BITS)) & 1) != 0;
  }

  static int order(long packed) {
    return (int) ((packed >>> ENTRY_BITS) & ((1 << ORDER_BITS) - 1));
  }

  static int entry(long packed) {
    return (int) (packed & ((1 << ENTRY_BITS) - 1));
  }
}
