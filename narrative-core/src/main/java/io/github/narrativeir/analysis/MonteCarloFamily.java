package io.github.narrativeir.analysis;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.Families.Item;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code monte-carlo} family: the samples of a {@link MonteCarlo} specification, drawn as its
 * Javadoc says, each when it is run.
 */
final class MonteCarloFamily {
  /** The golden gamma of SplitMix64, the increment of {@link SplittableRandom}'s seed. */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /** A probability's draw is {@code nextInt(SCALE)}; probabilities have 4 decimals. */
  private static final int SCALE = 10_000;

  private MonteCarloFamily() {}

  /** The family of {@code spec}'s samples of {@code original}'s model, each drawn when run. */
  static Family of(MonteCarlo spec, Inference original) {
    Plan plan = new Plan(original);
    ImmutableList.Builder<Variant> variants = ImmutableList.builderWithExpectedSize(spec.samples());
    for (int i = 1; i <= spec.samples(); i++) {
      int sample = i;
      variants.add(Variant.drawn(MonteCarlo.NAME + ":" + i, () -> plan.sample(spec, sample)));
    }
    return new Family(MonteCarlo.NAME, variants.build(), Optional.of(spec));
  }

  /** The edit of sample {@code i} (from 1) of {@code spec} on {@code original}'s model. */
  static ModelEdit sample(MonteCarlo spec, Inference original, int i) {
    return new Plan(original).sample(spec, i);
  }

  /**
   * The seed of sample {@code i}: the {@code i}-th value of {@code new
   * SplittableRandom(seed).nextLong()} (SplitMix64's output function on {@code seed + i *
   * GOLDEN_GAMMA}).
   */
  static long sampleSeed(long seed, int i) {
    long z = seed + i * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The weight factor for the draw {@code u} in {@code [0, 1)}, with {@code w} the largest. */
  static BigDecimal factor(double w, double u) {
    return new BigDecimal(StrictMath.pow(w, 2 * u - 1))
        .setScale(MonteCarlo.FACTOR_DECIMALS, RoundingMode.HALF_EVEN);
  }

  /** What of a model the samples draw over, in the order they draw, computed once per family. */
  private static final class Plan {
    /** The concepts in id order. */
    final List<ConceptId> concepts = new ArrayList<>();

    /** The situations in situation order, each with its aspects in id order. */
    final List<SituationId> situations = new ArrayList<>();

    final List<List<AspectId>> aspects = new ArrayList<>();

    /** The entries in the weight family's order. */
    final List<Item> entries;

    /** The actors holding concepts, in id order, each with its priority levels from the highest. */
    final List<ActorId> actors = new ArrayList<>();

    final List<List<List<ConceptId>>> levels = new ArrayList<>();

    /** Each actor's rank order in the model (MODEL.md step 4). */
    final List<List<ConceptId>> ranks = new ArrayList<>();

    Plan(Inference original) {
      original.model().concepts().stream().map(Concept::id).sorted().forEach(concepts::add);
      for (Situation s : original.situations()) {
        situations.add(s.id());
        aspects.add(List.copyOf(new TreeSet<>(s.aspects())));
      }
      entries = Families.entries(original.model());
      Map<ActorId, List<Concept>> held = new TreeMap<>();
      original
          .model()
          .concepts()
          .forEach(c -> held.computeIfAbsent(c.holder(), h -> new ArrayList<>()).add(c));
      held.forEach(
          (actor, mine) -> {
            List<Concept> ranked = mine.stream().sorted(Families.RANK).toList();
            List<List<ConceptId>> byPriority = new ArrayList<>();
            for (int k = 0; k < ranked.size(); k++) {
              if (k == 0 || ranked.get(k).priority() != ranked.get(k - 1).priority()) {
                byPriority.add(new ArrayList<>());
              }
              byPriority.get(byPriority.size() - 1).add(ranked.get(k).id());
            }
            actors.add(actor);
            levels.add(byPriority.stream().map(List::copyOf).toList());
            ranks.add(ranked.stream().map(Concept::id).toList());
          });
    }

    ModelEdit sample(MonteCarlo spec, int i) {
      SplittableRandom random = new SplittableRandom(sampleSeed(spec.seed(), i));
      ModelEdit.Builder edit = ModelEdit.builder();
      int conceptDrop = threshold(spec.conceptDropProbability());
      Set<ConceptId> dropped = new HashSet<>();
      for (ConceptId c : concepts) {
        if (random.nextInt(SCALE) < conceptDrop) {
          dropped.add(c);
          edit.addDroppedConcepts(c);
        }
      }
      int aspectDrop = threshold(spec.aspectDropProbability());
      for (int s = 0; s < situations.size(); s++) {
        for (AspectId a : aspects.get(s)) {
          if (random.nextInt(SCALE) < aspectDrop) {
            edit.putRemovedAspects(situations.get(s), a);
          }
        }
      }
      double w = spec.weightFactor().doubleValue();
      for (Item item : entries) {
        BigDecimal factor = factor(w, random.nextDouble());
        if (factor.compareTo(BigDecimal.ONE) != 0 && !dropped.contains(item.entry().concept())) {
          edit.putWeights(item.entry(), item.prescription().weight().multiply(factor));
        }
      }
      for (int a = 0; a < actors.size(); a++) {
        List<ConceptId> order = new ArrayList<>();
        for (List<ConceptId> level : levels.get(a)) {
          List<ConceptId> shuffled = new ArrayList<>(level);
          for (int j = shuffled.size() - 1; j >= 1; j--) {
            int t = random.nextInt(j + 1);
            ConceptId c = shuffled.get(j);
            shuffled.set(j, shuffled.get(t));
            shuffled.set(t, c);
          }
          order.addAll(shuffled);
        }
        if (spec.breakTies() && !order.equals(ranks.get(a))) {
          edit.putRankOrders(actors.get(a), ImmutableList.copyOf(order));
        }
      }
      return edit.build();
    }

    /** {@code p} times 10000: a draw of {@code nextInt(10000)} below it happens. */
    private static int threshold(BigDecimal p) {
      return p.movePointRight(4).intValueExact();
    }
  }
}
