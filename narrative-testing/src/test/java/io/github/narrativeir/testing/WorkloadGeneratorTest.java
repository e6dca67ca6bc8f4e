package io.github.narrativeir.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import org.junit.jupiter.api.Test;

class WorkloadGeneratorTest {
  @Test
  void generatedModel_isValid_ofTheRequestedSize_andExercisesTheEngine() {
    WorkloadSpec spec =
        WorkloadSpec.builder().actors(5).conceptsPerActor(30).situations(12).build();

    Model model = WorkloadGenerator.generate(spec);
    Inference result = NarrativeEngine.create().infer(model);

    assertThat(ModelValidator.validate(model).errors()).isEmpty();
    assertThat(model.actors()).hasSize(5);
    assertThat(model.concepts()).hasSize(150);
    assertThat(model.situations()).hasSize(12);
    assertThat(result.predictions()).isNotEmpty();
    assertThat(result.episodes()).anySatisfy(e -> assertThat(e.occluded()).isNotEmpty());
    assertThat(result.episodes())
        .anySatisfy(
            e ->
                assertThat(e.perceived())
                    .anySatisfy(a -> assertThat(a.value()).startsWith("did:")));
    assertThat(result.episodes())
        .anySatisfy(
            e -> assertThat(e.perceived()).anySatisfy(a -> assertThat(a.value()).startsWith("d")));
  }

  @Test
  void sameSpecAndSeed_sameModel_otherSeed_otherModel() {
    WorkloadSpec spec = WorkloadSpec.builder().seed(7).build();

    assertThat(WorkloadGenerator.generate(spec)).isEqualTo(WorkloadGenerator.generate(spec));
    assertThat(WorkloadGenerator.generate(WorkloadSpec.builder().seed(8).build()))
        .isNotEqualTo(WorkloadGenerator.generate(spec));
  }
}
