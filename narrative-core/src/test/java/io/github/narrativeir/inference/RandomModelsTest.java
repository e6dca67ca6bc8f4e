package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generator of models from choices: enough choices, and what they shrink to. */
class RandomModelsTest {
  @Test
  void smallModels_andTheirShuffles_readFewerChoicesThanAreGenerated() {
    Random random = new Random(42);
    int most = 0;
    int mostShuffled = 0;
    for (int n = 0; n < 1000; n++) {
      List<Integer> values = new ArrayList<>();
      for (int i = 0; i < RandomModels.SMALL_CHOICES; i++) {
        values.add(random.nextInt(Choices.MAX + 1));
      }
      Choices choices = Choices.of(values);
      Model model = RandomModels.model(choices);
      assertThat(ModelValidator.validate(model).errors()).isEmpty();
      most = Math.max(most, choices.read());
      Choices order = Choices.of(values);
      EnginePropertiesTest.shuffled(model, order);
      mostShuffled = Math.max(mostShuffled, order.read());
    }
    assertThat(most).isLessThan(RandomModels.SMALL_CHOICES * 3 / 4);
    assertThat(mostShuffled).isLessThan(RandomModels.SMALL_CHOICES * 3 / 4);
  }

  @Test
  void noChoices_makeTheSmallestModel() {
    Model model = RandomModels.model(Choices.of(List.of()));

    assertThat(ModelValidator.validate(model).errors()).isEmpty();
    assertThat(model.actors()).hasSize(RandomModels.SMALL.minActors());
    assertThat(model.situations()).hasSize(RandomModels.SMALL.minSituations());
    assertThat(model.concepts()).isEmpty();
    assertThat(model.observations()).isEmpty();
  }
}
