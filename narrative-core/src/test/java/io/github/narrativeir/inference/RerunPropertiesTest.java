package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rerunning a baseline without some concepts equals running the model without them. */
class RerunPropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  @Provide
  Arbitrary<Random> randoms() {
    return Arbitraries.longs().map(Random::new).withoutEdgeCases();
  }

  @Property(tries = 400)
  void rerunWithout_equalsInferenceOnTheModelWithoutTheConcepts(@ForAll("randoms") Random random) {
    Model model = RandomModels.model(random);
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
          .isEqualTo(rerun.predictions().stream().filter(p -> through.contains(p.situation())).toList());
    }
  }

  @Property(tries = 100)
  void rerunWithoutNothing_reusesEveryEpisode(@ForAll("randoms") Random random) {
    Inference baseline = ENGINE.infer(RandomModels.model(random));

    Rerun rerun = baseline.rerunWithout(Set.of());

    assertThat(rerun.predictions()).isEqualTo(baseline.predictions());
    assertThat(rerun.episodesRecomputed()).isZero();
  }

  @Property(tries = 100)
  void parallelEngine_givesTheSameResultAsTheSequentialOne(@ForAll("randoms") Random random) {
    Model model = RandomModels.model(random);

    Inference sequential = ENGINE.infer(model);
    Inference parallel = ENGINE.parallel().infer(model);

    assertThat(parallel.episodes()).isEqualTo(sequential.episodes());
    assertThat(parallel.predictions()).isEqualTo(sequential.predictions());
    assertThat(parallel.narratives()).isEqualTo(sequential.narratives());
    assertThat(parallel.evaluation()).isEqualTo(sequential.evaluation());
  }
}
