package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Rerunning a baseline without some concepts equals running the model without them, on models made
 * from generated choices ({@link RandomModels#models()}), which QuickTheories shrinks; the concepts
 * removed and the situation rerun up to are generated choices too.
 */
class RerunPropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();
  private static final Gen<Model> MODELS = RandomModels.models();

  /** One choice per concept of a small model (at most 20) and one for a situation. */
  private static final Gen<Choices> CHOICES = Choices.gen(64);

  private static QuickTheory theory(int examples) {
    return qt().withExamples(examples).withShrinkCycles(1000);
  }

  @Test
  void rerunWithout_equalsInferenceOnTheModelWithoutTheConcepts() {
    theory(400).forAll(MODELS, CHOICES).checkAssert(RerunPropertiesTest::rerunEqualsInference);
  }

  private static void rerunEqualsInference(Model model, Choices random) {
    Set<ConceptId> removed =
        model.concepts().stream()
            .map(Concept::id)
            .filter(c -> random.nextInt(3) == 0)
            .collect(Collectors.toSet());
    Inference baseline = ENGINE.infer(model);
    Model without =
        Model.builder()
            .from(model)
            .concepts(model.concepts().stream().filter(c -> !removed.contains(c.id())).toList())
            .build();

    Rerun rerun = baseline.rerunWithout(removed);

    assertThat(rerun.predictions()).isEqualTo(ENGINE.infer(without).predictions());
    assertThat(rerun.episodesRecomputed() + rerun.episodesReused())
        .isEqualTo(baseline.episodes().size());
    if (!model.situations().isEmpty()) {
      var upTo = baseline.situations().get(random.nextInt(baseline.situations().size())).id();
      Set<io.github.narrativeir.model.SituationId> through = new java.util.HashSet<>();
      for (var s : baseline.situations()) {
        through.add(s.id());
        if (s.id().equals(upTo)) {
          break;
        }
      }
      assertThat(baseline.rerunWithout(removed, upTo).predictions())
          .isEqualTo(
              rerun.predictions().stream().filter(p -> through.contains(p.situation())).toList());
    }
  }

  @Test
  void rerunWithoutNothing_reusesEveryEpisode() {
    theory(100)
        .forAll(MODELS)
        .checkAssert(
            model -> {
              Inference baseline = ENGINE.infer(model);

              Rerun rerun = baseline.rerunWithout(Set.of());

              assertThat(rerun.predictions()).isEqualTo(baseline.predictions());
              assertThat(rerun.episodesRecomputed()).isZero();
            });
  }

  @Test
  void parallelEngines_giveTheSameResultAsTheSequentialOne_whateverTheParallelismAndExecutor() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      @SuppressWarnings("deprecation") // the deprecated parallel mode keeps its promise
      List<NarrativeEngine> engines =
          List.of(
              NarrativeEngine.builder().parallelism(2).build(),
              NarrativeEngine.builder().parallelism(4).build(),
              NarrativeEngine.builder().parallelism(4).executor(pool).build(),
              NarrativeEngine.create().parallel());
      theory(100)
          .forAll(MODELS)
          .checkAssert(
              model -> {
                Inference sequential = ENGINE.infer(model);
                for (NarrativeEngine engine : engines) {
                  Inference parallel = engine.infer(model);

                  String which = "parallelism " + engine.parallelism();
                  assertThat(parallel.episodes()).as(which).isEqualTo(sequential.episodes());
                  assertThat(parallel.predictions()).as(which).isEqualTo(sequential.predictions());
                  assertThat(parallel.narratives()).as(which).isEqualTo(sequential.narratives());
                  assertThat(parallel.evaluation()).as(which).isEqualTo(sequential.evaluation());
                }
              });
    } finally {
      pool.shutdownNow();
    }
  }
}
