package io.github.narrativeir.testing.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An inference keeps the last episode an explanation replayed, so that explaining every prediction
 * of an episode replays it once: what it explains must not depend on which episode was replayed
 * before, nor on the thread asking.
 */
class ExplanationReplayTest {
  private static final Model MODEL =
      WorkloadGenerator.generate(
          WorkloadSpec.builder().actors(4).conceptsPerActor(15).situations(10).build());

  @Test
  void explanations_inAnyOrder_equalThoseOfAFreshInferenceEach() {
    NarrativeEngine engine = NarrativeEngine.create();
    Inference shared = engine.infer(MODEL);
    List<Prediction> shuffled = new ArrayList<>(shared.predictions());
    Collections.shuffle(shuffled, new Random(7));
    assertThat(shuffled).hasSizeGreaterThan(20);

    for (Prediction p : shuffled) {
      String fresh = engine.infer(MODEL).explain(p).render();
      assertThat(shared.explain(p).render()).as("%s", p).isEqualTo(fresh);
    }
  }

  @Test
  void explanationsOfWhatIsNotPredicted_betweenOthers_areUnaffected() {
    NarrativeEngine engine = NarrativeEngine.create();
    Inference shared = engine.infer(MODEL);
    List<Prediction> predictions = shared.predictions();
    Prediction first = predictions.get(0);
    Prediction last = predictions.get(predictions.size() - 1);
    // the same practice for the first prediction's actor in the last situation, and back
    String before =
        engine
            .infer(MODEL)
            .explain(first.actor(), last.practice(), last.target(), last.situation())
            .render();

    shared.explain(first);
    String between =
        shared.explain(first.actor(), last.practice(), last.target(), last.situation()).render();
    shared.explain(last);

    assertThat(between).isEqualTo(before);
    assertThat(shared.explain(first).render())
        .isEqualTo(engine.infer(MODEL).explain(first).render());
  }

  @Test
  void explanations_fromManyThreads_equalThoseMadeOneAtATime() {
    NarrativeEngine engine = NarrativeEngine.create();
    Inference sequential = engine.infer(MODEL);
    List<String> expected =
        sequential.predictions().stream()
            .map(p -> sequential.explain(p).render())
            .collect(Collectors.toList());

    for (int round = 0; round < 3; round++) {
      Inference shared = engine.infer(MODEL);
      List<String> parallel =
          shared.predictions().parallelStream()
              .map(p -> shared.explain(p).render())
              .collect(Collectors.toList());
      assertThat(parallel).isEqualTo(expected);
    }
  }

  @Test
  void explainPrediction_ofAnotherInference_isRejectedAsBefore() {
    Inference inference = NarrativeEngine.create().infer(MODEL);
    Prediction p = inference.predictions().get(0);
    Model without =
        Model.builder()
            .from(MODEL)
            .observations(List.<Observation>of())
            .concepts(
                MODEL.concepts().stream()
                    .filter(c -> !c.holder().equals(p.actor()))
                    .collect(Collectors.toList()))
            .build();
    Inference other = NarrativeEngine.create().infer(without);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.explain(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a prediction of this inference");
  }
}
