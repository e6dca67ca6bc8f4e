package io.github.narrativeir.benchmarks;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One sensitivity variant, rerun incrementally ({@link Inference#rerun}) against one full inference
 * of the same edited model, for each exhaustive family, in the same run. A model as large as
 * 20x200x100 has tens of thousands of variants, far too many to rerun in full, so each family is
 * represented by {@value #SAMPLE} of its variants spread evenly over the family's order
 * (MODEL.md's: the first, the last, and evenly between); a score is the time of one variant (the
 * JMH operation is one variant), so the ratio of the two scores is the speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SensitivityVariantBenchmark {
  static final int SAMPLE = 12;

  @Param({"20x200x100"})
  public String size;

  @Param({"drop-concept", "drop-aspect", "add-aspect", "weight", "swap-rank"})
  public String family;

  private Model model;
  private Inference result;
  private NarrativeEngine engine;
  private List<ModelEdit> edits;

  @Setup
  public void setUp() {
    model = Workloads.model(size);
    engine = NarrativeEngine.create();
    result = engine.infer(model);
    edits = spread(variants(model, result, family), SAMPLE);
  }

  /** The sampled variants, each rerun incrementally. */
  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public int incremental() {
    int predictions = 0;
    for (ModelEdit edit : edits) {
      predictions += result.rerun(edit).predictions().size();
    }
    return predictions;
  }

  /** The same variants, each by one full inference of the edited model. */
  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public int fullRerun() {
    int predictions = 0;
    for (ModelEdit edit : edits) {
      predictions += engine.infer(edit.applyTo(model), result.options()).predictions().size();
    }
    return predictions;
  }

  /**
   * {@code count} elements of {@code all} spread evenly over it, the first and the last included.
   */
  static <T> List<T> spread(List<T> all, int count) {
    if (all.size() <= count) {
      return all;
    }
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(all.get((int) ((long) i * (all.size() - 1) / (count - 1))));
    }
    return chosen;
  }

  /** The variants of one exhaustive family, in MODEL.md's order, as model edits. */
  static List<ModelEdit> variants(Model model, Inference result, String family) {
    List<ModelEdit> edits = new ArrayList<>();
    List<Situation> situations = result.situations();
    switch (family) {
      case "drop-concept":
        model.concepts().stream()
            .map(Concept::id)
            .sorted()
            .forEach(c -> edits.add(ModelEdit.builder().addDroppedConcepts(c).build()));
        break;
      case "drop-aspect":
        for (Situation s : situations) {
          s.aspects().stream()
              .sorted()
              .forEach(a -> edits.add(ModelEdit.builder().putRemovedAspects(s.id(), a).build()));
        }
        break;
      case "add-aspect":
        for (int i = 0; i < situations.size(); i++) {
          Situation s = situations.get(i);
          java.util.TreeSet<AspectId> adjacent = new java.util.TreeSet<>();
          if (i > 0) {
            adjacent.addAll(situations.get(i - 1).aspects());
          }
          if (i + 1 < situations.size()) {
            adjacent.addAll(situations.get(i + 1).aspects());
          }
          adjacent.removeAll(s.aspects());
          adjacent.forEach(a -> edits.add(ModelEdit.builder().putAddedAspects(s.id(), a).build()));
        }
        break;
      case "weight":
        for (BigDecimal factor : List.of(new BigDecimal("0.5"), new BigDecimal("2"))) {
          model.concepts().stream()
              .sorted(Comparator.comparing(Concept::id))
              .forEach(
                  c -> {
                    for (int k = 0; k < c.prescribes().size(); k++) {
                      edits.add(
                          weight(
                              c.id(),
                              ModelEdit.Side.PRESCRIBES,
                              k,
                              c.prescribes().get(k).weight().multiply(factor)));
                    }
                    for (int k = 0; k < c.proscribes().size(); k++) {
                      edits.add(
                          weight(
                              c.id(),
                              ModelEdit.Side.PROSCRIBES,
                              k,
                              c.proscribes().get(k).weight().multiply(factor)));
                    }
                  });
        }
        break;
      case "swap-rank":
        Map<ActorId, List<Concept>> byActor = new TreeMap<>();
        model
            .concepts()
            .forEach(c -> byActor.computeIfAbsent(c.holder(), h -> new ArrayList<>()).add(c));
        for (Map.Entry<ActorId, List<Concept>> e : byActor.entrySet()) {
          List<ConceptId> ranked =
              e.getValue().stream()
                  .sorted(
                      Comparator.comparing((Concept c) -> -c.priority()).thenComparing(Concept::id))
                  .map(Concept::id)
                  .collect(java.util.stream.Collectors.toList());
          for (int i = 0; i + 1 < ranked.size(); i++) {
            List<ConceptId> swapped = new ArrayList<>(ranked);
            swapped.set(i, ranked.get(i + 1));
            swapped.set(i + 1, ranked.get(i));
            edits.add(
                ModelEdit.builder()
                    .putRankOrders(
                        e.getKey(), com.google.common.collect.ImmutableList.copyOf(swapped))
                    .build());
          }
        }
        break;
      default:
        throw new IllegalArgumentException("unknown family " + family);
    }
    return edits;
  }

  private static ModelEdit weight(ConceptId concept, ModelEdit.Side side, int index, BigDecimal w) {
    BigDecimal exact = w.stripTrailingZeros();
    return ModelEdit.builder()
        .putWeights(
            new ModelEdit.Entry(concept, side, index),
            exact.scale() < 0 ? exact.setScale(0) : exact)
        .build();
  }
}
