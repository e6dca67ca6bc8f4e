package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.analysis.SensitivityResult.ObservationFlips;
import io.github.narrativeir.analysis.SensitivityResult.PredictionHolds;
import io.github.narrativeir.analysis.SensitivityResult.ScoreRange;
import io.github.narrativeir.inference.EditedRun;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Sensitivity analysis (MODEL.md, {@code narrative-sensitivity/1}): how much an inference's result
 * rests on each coding choice. Each {@link SensitivityFamily} is a list of one-at-a-time variants
 * of the model (a concept left out, an aspect taken out of or added to a situation, a weight halved
 * or doubled, two concepts exchanging ranks); each variant is run with the original inference's
 * options, and the result says, for every prediction, the share of variants that keep it and which
 * lose it, which predictions variants gain, which observations variants explain differently, and
 * the spread of balanced accuracy, recall and changes explained. A randomized family, {@code
 * monte-carlo} ({@link Builder#monteCarlo}), may be added after them: seeded samples that each
 * change many coding choices at once.
 *
 * <p>Variants are run incrementally ({@link Inference#rerun}): each recomputes only the episodes
 * its change can reach, from the first situation it changes, and reuses the rest of the original
 * inference. Variants are independent, so they may run in parallel ({@link Builder#parallel}) with
 * the same result.
 *
 * <p>Families of whole replacement models may be added ({@link Builder#addModelFamily}): data
 * imported again into shifted periods, say. They run after the exhaustive families, each variant in
 * full.
 *
 * <p>Immutable and thread-safe; one instance may analyze any number of inferences.
 *
 * <pre>{@code
 * Inference result = NarrativeEngine.create().infer(model);
 * SensitivityResult s = Sensitivity.create().run(result);
 * for (SensitivityResult.PredictionHolds p : s.predictions()) {
 *   System.out.println(p.prediction() + " holds in " + p.holds().orElseThrow() + ", lost in " + p.lostIn());
 * }
 * Sensitivity some = Sensitivity.builder()
 *     .families(SensitivityFamily.DROP_CONCEPT, SensitivityFamily.WEIGHT)
 *     .monteCarlo(MonteCarlo.of(1000, 42))
 *     .parallel(true)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Sensitivity {
  /** A family's name, as the output's schema has it. */
  private static final Pattern FAMILY_NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private static final Sensitivity DEFAULT =
      new Sensitivity(
          ImmutableSet.copyOf(EnumSet.allOf(SensitivityFamily.class)),
          Optional.empty(),
          ImmutableMap.of(),
          false);

  private final ImmutableSet<SensitivityFamily> families;
  private final Optional<MonteCarlo> monteCarlo;
  private final ImmutableMap<String, ImmutableList<ModelVariant>> modelFamilies;
  private final boolean parallel;

  private Sensitivity(
      ImmutableSet<SensitivityFamily> families,
      Optional<MonteCarlo> monteCarlo,
      ImmutableMap<String, ImmutableList<ModelVariant>> modelFamilies,
      boolean parallel) {
    this.families = families;
    this.monteCarlo = monteCarlo;
    this.modelFamilies = modelFamilies;
    this.parallel = parallel;
  }

  /** Returns the analysis that runs every family, one variant after the other. */
  public static Sensitivity create() {
    return DEFAULT;
  }

  /** Returns a builder, set to every family, run one variant after the other. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The exhaustive families run, in the order of MODEL.md's table (which is the order they are
   * listed in).
   */
  public ImmutableSet<SensitivityFamily> families() {
    return families;
  }

  /** The {@code monte-carlo} family run after the exhaustive ones, if any. */
  public Optional<MonteCarlo> monteCarlo() {
    return monteCarlo;
  }

  /**
   * The families of replacement models added with {@link Builder#addModelFamily}, by name, in the
   * order added (which is the order they are run and listed in, after the exhaustive families and
   * monte-carlo).
   */
  public ImmutableMap<String, ImmutableList<ModelVariant>> modelFamilies() {
    return modelFamilies;
  }

  /** Whether variants run in parallel (on the common fork-join pool). */
  public boolean isParallel() {
    return parallel;
  }

  /** How many variants running on {@code original} takes, computed without running any. */
  public int variantCount(Inference original) {
    checkNotNull(original, "original");
    return families(original).stream().mapToInt(f -> f.variants().size()).sum();
  }

  /**
   * Runs every variant of the families on {@code original}'s model.
   *
   * @throws CancellationException if the calling thread is interrupted; its interrupt status stays
   *     set
   */
  public SensitivityResult run(Inference original) {
    return run(original, done -> {});
  }

  /**
   * Runs every variant of the families on {@code original}'s model, telling {@code progress} how
   * many variants are done after each one ({@code 1} to {@link #variantCount}), on the calling
   * thread and in order, in parallel mode too. The analysis stops at the next variant when the
   * calling thread is interrupted.
   *
   * @throws CancellationException if the calling thread is interrupted; its interrupt status stays
   *     set
   */
  public SensitivityResult run(Inference original, IntConsumer progress) {
    checkNotNull(original, "original");
    checkNotNull(progress, "progress");
    return run(original, families(original), parallel, progress);
  }

  /**
   * Plans the analysis of {@code original}'s model without running any variant, so that its
   * variants can be run apart, in any order, on other threads or other machines ({@link
   * Plan#outcome}), and their outcomes aggregated afterwards ({@link Plan#result}): the result is
   * equal to {@link #run(Inference)}'s. The plan that runs a variant and the plan that aggregates
   * may be different objects, even in different JVMs, if both were made from equal inferences of
   * equal models by equal analyses.
   *
   * <pre>{@code
   * Inference original = NarrativeEngine.create().infer(model);
   * Sensitivity analysis = Sensitivity.builder().monteCarlo(MonteCarlo.of(100, 42)).build();
   * Sensitivity.Plan plan = analysis.plan(original);
   * List<VariantOutcome> outcomes = new ArrayList<>();
   * for (int i = 0; i < plan.variantCount(); i++) {
   *   outcomes.add(plan.outcome(i));      // anywhere (on other machines), in any order
   * }
   * SensitivityResult same = plan.result(outcomes);   // equal to analysis.run(original)
   * }</pre>
   */
  public Plan plan(Inference original) {
    checkNotNull(original, "original");
    return new Plan(original, families(original));
  }

  /**
   * An analysis of one inference, planned and not yet run: its variants by index (from 0, in the
   * order they are listed), each run on its own by {@link #outcome}, and the aggregation of their
   * outcomes. Thread-safe; {@link #outcome} may run on many threads at once.
   *
   * @since 0.1.0
   */
  public static final class Plan {
    private final Inference original;
    private final ImmutableList<Family> families;
    private final ImmutableList<Variant> variants;
    private final Reference reference;

    private Plan(Inference original, List<Family> families) {
      this.original = original;
      this.families = ImmutableList.copyOf(families);
      ImmutableList.Builder<Variant> all = ImmutableList.builder();
      families.forEach(f -> all.addAll(f.variants()));
      this.variants = all.build();
      this.reference = new Reference(original);
    }

    /** How many variants the analysis runs. */
    public int variantCount() {
      return variants.size();
    }

    /**
     * The name of the variant at {@code index}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < variantCount()}
     */
    public String variantName(int index) {
      return variants.get(index).name();
    }

    /**
     * Runs the variant at {@code index} and compares it with the original.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= index < variantCount()}
     */
    public VariantOutcome outcome(int index) {
      Variant v = variants.get(index);
      Summary s = reference.summarize(run(original, v));
      return new VariantOutcome(
          index,
          v.name(),
          indices(s.lost()),
          s.gained().stream()
              .map(
                  k ->
                      new VariantOutcome.Gained(k.actor(), k.practice(), k.target(), k.situation()))
              .collect(ImmutableList.toImmutableList()),
          indices(s.explained()),
          s.balancedAccuracy(),
          s.recall(),
          s.changesExplained(),
          s.recomputed(),
          s.reused());
    }

    /**
     * Aggregates the outcomes of every variant, given in any order, into the analysis's result:
     * equal to what {@link Sensitivity#run(Inference)} gives.
     *
     * @throws IllegalArgumentException unless {@code outcomes} holds exactly one outcome for each
     *     index, under the name of that index's variant, whose indices are within the original's
     *     predictions and observations
     */
    public SensitivityResult result(Iterable<VariantOutcome> outcomes) {
      checkNotNull(outcomes, "outcomes");
      VariantOutcome[] byIndex = new VariantOutcome[variants.size()];
      for (VariantOutcome o : outcomes) {
        checkNotNull(o, "outcome");
        checkArgument(
            o.index() < byIndex.length,
            "outcome of variant %s, but the analysis has %s variants",
            o.index(),
            byIndex.length);
        checkArgument(byIndex[o.index()] == null, "two outcomes of variant %s", o.index());
        checkArgument(
            o.name().equals(variants.get(o.index()).name()),
            "outcome of variant %s is named '%s', not '%s'",
            o.index(),
            o.name(),
            variants.get(o.index()).name());
        byIndex[o.index()] = o;
      }
      Aggregate aggregate = new Aggregate(reference, variants.size());
      for (int i = 0; i < byIndex.length; i++) {
        checkArgument(
            byIndex[i] != null, "no outcome of variant %s (%s)", i, variants.get(i).name());
        aggregate.add(byIndex[i].name(), summary(byIndex[i]));
      }
      ImmutableList.Builder<FamilyCount> counts = ImmutableList.builder();
      families.forEach(
          f -> counts.add(new FamilyCount(f.name(), f.variants().size(), f.monteCarlo())));
      return aggregate.result(counts.build());
    }

    private Summary summary(VariantOutcome o) {
      BitSet lost = bits(o.lost(), original.predictions().size(), "prediction");
      BitSet explained = bits(o.explained(), reference.observations.size(), "observation");
      List<Key> gained = new ArrayList<>(o.gained().size());
      o.gained()
          .forEach(g -> gained.add(new Key(g.actor(), g.practice(), g.target(), g.situation())));
      return new Summary(
          lost,
          gained,
          explained,
          o.balancedAccuracy(),
          o.recall(),
          o.changesExplained(),
          o.recomputed(),
          o.reused());
    }

    private static BitSet bits(List<Integer> indices, int size, String what) {
      BitSet bits = new BitSet(size);
      for (int i : indices) {
        checkArgument(i < size, "%s index %s, but the original has %s", what, i, size);
        bits.set(i);
      }
      return bits;
    }

    private static ImmutableList<Integer> indices(BitSet bits) {
      ImmutableList.Builder<Integer> list = ImmutableList.builder();
      for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
        list.add(i);
      }
      return list.build();
    }
  }

  private List<Family> families(Inference original) {
    List<Family> list = new ArrayList<>();
    for (SensitivityFamily f : families) {
      list.add(Families.of(f, original));
    }
    monteCarlo.ifPresent(spec -> list.add(MonteCarloFamily.of(spec, original)));
    modelFamilies.forEach(
        (name, variants) ->
            list.add(
                new Family(
                    name,
                    variants.stream()
                        .map(v -> Variant.replacing(v.name(), v.model()))
                        .collect(ImmutableList.toImmutableList()))));
    return list;
  }

  /** Runs {@code families} (of any kind) on {@code original} and aggregates them in order. */
  static SensitivityResult run(
      Inference original, List<Family> families, boolean parallel, IntConsumer progress) {
    Reference reference = new Reference(original);
    List<Variant> variants = new ArrayList<>();
    families.forEach(f -> variants.addAll(f.variants()));
    Aggregate aggregate = new Aggregate(reference, variants.size());
    Function<Variant, Summary> work = v -> reference.summarize(run(original, v));
    if (parallel) {
      runParallel(variants, work, aggregate, progress);
    } else {
      for (int i = 0; i < variants.size(); i++) {
        if (Thread.currentThread().isInterrupted()) {
          throw cancelled(i, variants.size());
        }
        aggregate.add(variants.get(i).name(), work.apply(variants.get(i)));
        progress.accept(i + 1);
      }
    }
    ImmutableList.Builder<FamilyCount> counts = ImmutableList.builder();
    families.forEach(
        f -> counts.add(new FamilyCount(f.name(), f.variants().size(), f.monteCarlo())));
    return aggregate.result(counts.build());
  }

  private static void runParallel(
      List<Variant> variants,
      Function<Variant, Summary> work,
      Aggregate aggregate,
      IntConsumer progress) {
    AtomicBoolean cancelled = new AtomicBoolean();
    List<ForkJoinTask<Summary>> tasks = new ArrayList<>(variants.size());
    for (Variant v : variants) {
      tasks.add(
          ForkJoinPool.commonPool()
              .submit(
                  () -> {
                    if (cancelled.get()) {
                      throw new CancellationException();
                    }
                    return work.apply(v);
                  }));
    }
    int i = 0;
    try {
      for (; i < tasks.size(); i++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException();
        }
        aggregate.add(variants.get(i).name(), tasks.get(i).get());
        progress.accept(i + 1);
      }
    } catch (InterruptedException e) {
      cancel(cancelled, tasks);
      Thread.currentThread().interrupt();
      throw cancelled(i, variants.size());
    } catch (ExecutionException e) {
      cancel(cancelled, tasks);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (RuntimeException | Error e) {
      cancel(cancelled, tasks);
      throw e;
    }
  }

  private static void cancel(AtomicBoolean cancelled, List<ForkJoinTask<Summary>> tasks) {
    cancelled.set(true);
    tasks.forEach(t -> t.cancel(false));
  }

  private static CancellationException cancelled(int done, int total) {
    return new CancellationException(
        "sensitivity analysis interrupted after " + done + " of " + total + " variants");
  }

  /**
   * What one variant gives: its predictions and evaluation, the observations of the model that
   * replaced the original (empty for an edit, which keeps the original's), and what running it
   * cost.
   */
  private record Run(
      List<Prediction> predictions,
      Optional<Evaluation> evaluation,
      Optional<List<Observation>> replacementObservations,
      long recomputed,
      long reused) {}

  private static Run run(Inference original, Variant v) {
    if (v.edit().isPresent()) {
      EditedRun r = original.rerun(v.edit().get());
      return new Run(
          r.predictions(),
          r.evaluation(),
          Optional.empty(),
          r.episodesRecomputed(),
          r.episodesReused());
    }
    Model replacement = v.replacement().get();
    Inference full = NarrativeEngine.create().infer(replacement, original.options());
    return new Run(
        full.predictions(),
        full.evaluation(),
        Optional.of(replacement.observations()),
        full.episodes().size(),
        0);
  }

  /** What an observation says, whatever its situation and source. */
  private record Claim(
      ActorId actor,
      PracticeId practice,
      Optional<ActorId> target,
      Optional<ChangeKind> change,
      boolean occurred) {
    static Claim of(Observation o) {
      return new Claim(o.actor(), o.practice(), o.target(), o.change(), o.occurred());
    }
  }

  /** What an observation says and where, whatever its source. */
  private record Placed(Claim claim, SituationId situation) {
    static Placed of(Observation o) {
      return new Placed(Claim.of(o), o.situation());
    }
  }

  /** Who does what to whom when: a prediction's identity across variants. */
  private record Key(
      ActorId actor, PracticeId practice, Optional<ActorId> target, SituationId situation) {
    static Key of(Prediction p) {
      return new Key(p.actor(), p.practice(), p.target(), p.situation());
    }
  }

  /**
   * What the aggregation needs of one variant, small enough to keep for every variant until its
   * turn comes: the original's predictions it loses, the ones it gains, the observations it
   * explains, and its scores.
   */
  private record Summary(
      BitSet lost,
      List<Key> gained,
      BitSet explained,
      Optional<BigDecimal> balancedAccuracy,
      Optional<BigDecimal> recall,
      Optional<BigDecimal> changesExplained,
      long recomputed,
      long reused) {}

  /** The original inference, indexed for comparing variants with it. */
  private static final class Reference {
    final Inference original;
    final Map<Key, Integer> predictions = new HashMap<>();

    /**
     * The same, by identity: a variant reuses the original's prediction objects for every episode
     * it does not recompute, and an identity lookup costs far less than hashing a key.
     */
    final IdentityHashMap<Prediction, Integer> reusedPredictions = new IdentityHashMap<>();

    /** The model's observations in the order of its evaluation. */
    final List<Observation> observations;

    final BitSet explained;
    final Map<SituationId, Integer> situationIndex = new HashMap<>();

    Reference(Inference original) {
      this.original = original;
      for (int i = 0; i < original.predictions().size(); i++) {
        predictions.put(Key.of(original.predictions().get(i)), i);
        reusedPredictions.put(original.predictions().get(i), i);
      }
      List<Situation> situations = original.situations();
      for (int i = 0; i < situations.size(); i++) {
        situationIndex.put(situations.get(i).id(), i);
      }
      List<Observation> sorted = new ArrayList<>(original.model().observations());
      sorted.sort(observationOrder());
      this.observations = sorted;
      this.explained = explained(original.evaluation());
    }

    /** Situation order (situations of no original model last, by id), as the result's. */
    Comparator<SituationId> situationOrder() {
      return Comparator.comparing(
              (SituationId s) -> situationIndex.getOrDefault(s, Integer.MAX_VALUE))
          .thenComparing(s -> s);
    }

    /**
     * The order of the model's evaluation: situation, actor, practice, target and change (absent
     * first), {@code occurred} (false first), then source (absent first).
     */
    private Comparator<Observation> observationOrder() {
      return Comparator.comparing(Observation::situation, situationOrder())
          .thenComparing(Observation::actor)
          .thenComparing(Observation::practice)
          .thenComparing(Observation::target, TARGET_ORDER)
          .thenComparing(o -> o.change().map(ChangeKind::token).orElse(""))
          .thenComparing(Observation::occurred)
          .thenComparing(o -> o.source().isPresent())
          .thenComparing(o -> o.source().orElse(""));
    }

    /**
     * Which of the observations {@code evaluation} explains (equal observations alike); none when
     * there is no evaluation.
     */
    BitSet explained(Optional<Evaluation> evaluation) {
      BitSet bits = new BitSet();
      if (evaluation.isPresent()) {
        Set<Observation> explained = new HashSet<>(evaluation.get().explainedObservations());
        for (int j = 0; j < observations.size(); j++) {
          if (explained.contains(observations.get(j))) {
            bits.set(j);
          }
        }
      }
      return bits;
    }

    /**
     * Which of the original's observations a replacement model explains. Each observation of the
     * original is matched with one of the replacement's by what it claims (actor, practice, target,
     * change, occurred), not by its source (data imported again count their rows again): first one
     * in the same situation, then, for those left, one the replacement has in another situation and
     * the original does not (the same evidence moved there, as data are when a period's boundary
     * moves), the k-th left of a claim with the k-th left, both in the order of the evaluation. An
     * observation left without a match is not in the replacement, and counts as not explained in
     * it.
     */
    BitSet explainedMatching(List<Observation> replacement, Optional<Evaluation> evaluation) {
      BitSet bits = new BitSet();
      if (evaluation.isEmpty()) {
        return bits;
      }
      Set<Observation> explained = new HashSet<>(evaluation.get().explainedObservations());
      List<Observation> theirs = new ArrayList<>(replacement);
      theirs.sort(observationOrder());
      Map<Placed, ArrayDeque<Integer>> byPlace = new HashMap<>();
      for (int i = 0; i < theirs.size(); i++) {
        byPlace.computeIfAbsent(Placed.of(theirs.get(i)), k -> new ArrayDeque<>()).add(i);
      }
      int[] match = new int[observations.size()];
      boolean[] taken = new boolean[theirs.size()];
      for (int j = 0; j < observations.size(); j++) {
        ArrayDeque<Integer> same = byPlace.get(Placed.of(observations.get(j)));
        match[j] = same == null || same.isEmpty() ? -1 : same.poll();
        if (match[j] >= 0) {
          taken[match[j]] = true;
        }
      }
      Map<Claim, ArrayDeque<Integer>> moved = new HashMap<>();
      for (int i = 0; i < theirs.size(); i++) {
        if (!taken[i]) {
          moved.computeIfAbsent(Claim.of(theirs.get(i)), k -> new ArrayDeque<>()).add(i);
        }
      }
      for (int j = 0; j < observations.size(); j++) {
        if (match[j] < 0) {
          ArrayDeque<Integer> elsewhere = moved.get(Claim.of(observations.get(j)));
          match[j] = elsewhere == null || elsewhere.isEmpty() ? -1 : elsewhere.poll();
        }
        if (match[j] >= 0 && explained.contains(theirs.get(match[j]))) {
          bits.set(j);
        }
      }
      return bits;
    }

    Summary summarize(Run run) {
      BitSet kept = new BitSet();
      List<Key> gained = new ArrayList<>();
      for (Prediction p : run.predictions()) {
        Integer same = reusedPredictions.get(p);
        if (same != null) {
          kept.set(same);
          continue;
        }
        Key key = Key.of(p);
        Integer i = predictions.get(key);
        if (i == null) {
          gained.add(key);
        } else {
          kept.set(i);
        }
      }
      BitSet lost = new BitSet();
      lost.set(0, predictions.size());
      lost.andNot(kept);
      Optional<Scores> scores = run.evaluation().map(Evaluation::scores);
      return new Summary(
          lost,
          gained,
          run.replacementObservations().isPresent()
              ? explainedMatching(run.replacementObservations().get(), run.evaluation())
              : explained(run.evaluation()),
          scores.flatMap(Scores::balancedAccuracy),
          scores.flatMap(Scores::recall),
          scores.map(s -> BigDecimal.valueOf(s.changesExplained())),
          run.recomputed(),
          run.reused());
    }
  }

  private static final Comparator<Optional<ActorId>> TARGET_ORDER =
      Comparator.comparing(t -> t.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The variants' summaries, taken in order. */
  private static final class Aggregate {
    private final Reference reference;
    private final int variants;
    private final List<List<String>> lostIn = new ArrayList<>();
    private final Map<Key, List<String>> gainedIn = new HashMap<>();
    private final List<List<String>> flippedIn = new ArrayList<>();
    private final List<BigDecimal> balancedAccuracy = new ArrayList<>();
    private final List<BigDecimal> recall = new ArrayList<>();
    private final List<BigDecimal> changesExplained = new ArrayList<>();
    private long recomputed;
    private long reused;

    Aggregate(Reference reference, int variants) {
      this.reference = reference;
      this.variants = variants;
      reference.original.predictions().forEach(p -> lostIn.add(new ArrayList<>()));
      reference.observations.forEach(o -> flippedIn.add(new ArrayList<>()));
    }

    void add(String name, Summary s) {
      for (int i = s.lost().nextSetBit(0); i >= 0; i = s.lost().nextSetBit(i + 1)) {
        lostIn.get(i).add(name);
      }
      for (Key k : s.gained()) {
        gainedIn.computeIfAbsent(k, x -> new ArrayList<>()).add(name);
      }
      BitSet flipped = (BitSet) s.explained().clone();
      flipped.xor(reference.explained);
      for (int j = flipped.nextSetBit(0); j >= 0; j = flipped.nextSetBit(j + 1)) {
        flippedIn.get(j).add(name);
      }
      s.balancedAccuracy().ifPresent(balancedAccuracy::add);
      s.recall().ifPresent(recall::add);
      s.changesExplained().ifPresent(changesExplained::add);
      recomputed += s.recomputed();
      reused += s.reused();
    }

    SensitivityResult result(ImmutableList<FamilyCount> families) {
      Inference original = reference.original;
      ImmutableList.Builder<PredictionHolds> predictions = ImmutableList.builder();
      for (int i = 0; i < original.predictions().size(); i++) {
        List<String> lost = lostIn.get(i);
        Optional<BigDecimal> holds =
            variants == 0
                ? Optional.empty()
                : Optional.of(
                    BigDecimal.valueOf(variants - lost.size())
                        .divide(
                            BigDecimal.valueOf(variants), Scores.SCALE, RoundingMode.HALF_EVEN));
        predictions.add(
            new PredictionHolds(original.predictions().get(i), holds, ImmutableList.copyOf(lost)));
      }
      List<Key> gainedKeys = new ArrayList<>(gainedIn.keySet());
      gainedKeys.sort(
          Comparator.comparing(Key::situation, reference.situationOrder())
              .thenComparing(Key::actor)
              .thenComparing(Key::practice)
              .thenComparing(Key::target, TARGET_ORDER));
      ImmutableList.Builder<GainedPrediction> gained = ImmutableList.builder();
      for (Key k : gainedKeys) {
        gained.add(
            new GainedPrediction(
                k.actor(),
                k.practice(),
                k.target(),
                k.situation(),
                ImmutableList.copyOf(checkNotNull(gainedIn.get(k)))));
      }
      ImmutableList.Builder<ObservationFlips> observations = ImmutableList.builder();
      for (int j = 0; j < reference.observations.size(); j++) {
        observations.add(
            new ObservationFlips(
                reference.observations.get(j),
                reference.explained.get(j),
                ImmutableList.copyOf(flippedIn.get(j))));
      }
      Optional<Scores> scores = original.evaluation().map(Evaluation::scores);
      return new SensitivityResult(
          families,
          predictions.build(),
          gained.build(),
          observations.build(),
          range(scores.flatMap(Scores::balancedAccuracy), balancedAccuracy),
          range(scores.flatMap(Scores::recall), recall),
          range(scores.map(s -> BigDecimal.valueOf(s.changesExplained())), changesExplained),
          recomputed,
          reused);
    }

    /** The original value and the minimum, lower median and maximum of the defined values. */
    private static ScoreRange range(Optional<BigDecimal> original, List<BigDecimal> values) {
      if (values.isEmpty()) {
        return new ScoreRange(original, Optional.empty(), Optional.empty(), Optional.empty());
      }
      List<BigDecimal> sorted = new ArrayList<>(values);
      sorted.sort(Comparator.naturalOrder());
      return new ScoreRange(
          original,
          Optional.of(sorted.get(0)),
          Optional.of(sorted.get((sorted.size() - 1) / 2)),
          Optional.of(sorted.get(sorted.size() - 1)));
    }
  }

  /** Builds a {@link Sensitivity}; safe to reuse. */
  public static final class Builder {
    private ImmutableSet<SensitivityFamily> families =
        ImmutableSet.copyOf(EnumSet.allOf(SensitivityFamily.class));
    private Optional<MonteCarlo> monteCarlo = Optional.empty();
    private final Map<String, ImmutableList<ModelVariant>> modelFamilies = new LinkedHashMap<>();
    private boolean parallel;

    private Builder() {}

    /**
     * Runs {@code families} (any subset, in any order; they are run and listed in the order of
     * MODEL.md's table) instead of every family.
     */
    public Builder families(Iterable<SensitivityFamily> families) {
      checkNotNull(families, "families");
      EnumSet<SensitivityFamily> set = EnumSet.noneOf(SensitivityFamily.class);
      for (SensitivityFamily f : families) {
        set.add(checkNotNull(f, "family"));
      }
      this.families = Sets.immutableEnumSet(set);
      return this;
    }

    /** As {@link #families(Iterable)}. */
    public Builder families(SensitivityFamily... families) {
      return families(List.of(families));
    }

    /**
     * Runs the {@code monte-carlo} family of {@code spec} after the exhaustive families (after
     * none, when {@link #families} is given an empty list): {@code spec.samples()} variants named
     * {@code monte-carlo:1}, {@code monte-carlo:2}, ..., drawn as {@link MonteCarlo} says, each
     * when it is run, so that parallel and sequential runs give the same result. Replaces any
     * specification given before.
     */
    public Builder monteCarlo(MonteCarlo spec) {
      this.monteCarlo = Optional.of(checkNotNull(spec, "spec"));
      return this;
    }

    /**
     * Runs variants in parallel on the common fork-join pool when {@code parallel} is true; the
     * result is the same as when they run one after the other.
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Adds a family of whole models that replace the original, such as the {@code shift-boundary}
     * models that import the same data again into shifted periods. The family is run and listed
     * after the exhaustive ones, families added this way in the order added, each variant in the
     * order given; each is run in full with the original inference's options, and compared with the
     * original as {@link ModelVariant} says. The variants are meant for the model they were made
     * from: the analysis runs them against whichever inference it is given. A family with no
     * variants is listed with a count of 0.
     *
     * <pre>{@code
     * Sensitivity s = Sensitivity.builder()
     *     .addModelFamily("shift-boundary", shifts.variants())
     *     .build();
     * }</pre>
     *
     * @param name the family's name in the output: lower-case letters, digits and {@code -},
     *     beginning with a letter, such as {@code shift-boundary}
     * @param variants the variants, in the order they are run and listed
     * @throws IllegalArgumentException if {@code name} is malformed, is the name of an exhaustive
     *     family or of a family already added, or a variant's name is that of another variant of
     *     this family or of a family already added
     */
    public Builder addModelFamily(String name, List<ModelVariant> variants) {
      checkNotNull(name, "name");
      checkNotNull(variants, "variants");
      ImmutableList<ModelVariant> list = ImmutableList.copyOf(variants);
      checkArgument(
          FAMILY_NAME.matcher(name).matches(),
          "malformed family name '%s': expected lower-case letters, digits and '-', beginning with a"
              + " letter, such as shift-boundary",
          name);
      for (SensitivityFamily f : SensitivityFamily.values()) {
        checkArgument(
            !f.token().equals(name), "family '%s' is one of the exhaustive families", name);
      }
      checkArgument(
          !name.equals(MonteCarlo.NAME),
          "family '%s' is the randomized family; give it with monteCarlo(...)",
          name);
      checkArgument(!modelFamilies.containsKey(name), "family '%s' is already added", name);
      Map<String, String> seen = new HashMap<>();
      modelFamilies.forEach((family, vs) -> vs.forEach(v -> seen.put(v.name(), family)));
      for (ModelVariant v : list) {
        String other = seen.put(v.name(), name);
        checkArgument(
            other == null,
            "variant '%s' of family '%s' has the name of a variant of family '%s'",
            v.name(),
            name,
            other);
      }
      modelFamilies.put(name, list);
      return this;
    }

    /** Returns the analysis. */
    public Sensitivity build() {
      return new Sensitivity(families, monteCarlo, ImmutableMap.copyOf(modelFamilies), parallel);
    }
  }
}
