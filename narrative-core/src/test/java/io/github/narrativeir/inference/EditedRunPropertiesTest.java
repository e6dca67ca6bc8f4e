package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.inference.EditedModels.Case;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Rerunning an inference with a {@link ModelEdit} gives what inference on the explicitly edited
 * model gives: predictions, narrative changes and evaluation, for random models and random edits
 * (concepts left out, aspects removed and added, weights set, rank orders changed, and any
 * combination). The models and edits are decoded from integer choices ({@link EditedModels}), so a
 * counterexample shrinks to a small model and a small edit.
 */
class EditedRunPropertiesTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  private static QuickTheory theory(int examples) {
    return qt().withExamples(examples).withShrinkCycles(2000);
  }

  private static void check(Case c) {
    Model model = c.model();
    assertThat(ModelValidator.validate(model).errors()).as("valid model").isEmpty();
    Inference original = ENGINE.infer(model);
    Model edited = c.edit().applyTo(model);
    assertThat(ModelValidator.validate(edited).errors()).as("valid edited model").isEmpty();
    Inference expected = ENGINE.infer(edited);

    EditedRun run = original.rerun(c.edit());

    assertThat(run.predictions()).as("predictions").isEqualTo(expected.predictions());
    assertThat(run.changes())
        .as("changes")
        .isEqualTo(expected.narratives().stream().flatMap(n -> n.changes().stream()).toList());
    assertThat(run.evaluation()).as("evaluation").isEqualTo(expected.evaluation());
    assertThat(run.episodesRecomputed() + run.episodesReused())
        .as("episodes")
        .isEqualTo(original.episodes().size());
  }

  @Test
  void rerun_equalsInferenceOnTheEditedModel() {
    theory(1000).forAll(EditedModels.cases()).checkAssert(EditedRunPropertiesTest::check);
  }

  @Test
  void rerun_equalsInferenceOnTheEditedModel_forRandomModels() {
    theory(300).forAll(EditedModels.randomModelCases()).checkAssert(EditedRunPropertiesTest::check);
  }

  @Test
  void aspectRemovedFromOneSituation_reusesEveryEpisodeBeforeIt() {
    theory(300)
        .forAll(EditedModels.cases())
        .checkAssert(
            c -> {
              Inference original = ENGINE.infer(c.model());
              List<io.github.narrativeir.model.Situation> situations = original.situations();
              int actors =
                  situations.isEmpty() ? 0 : original.episodes().size() / situations.size();
              for (int i = 0; i < situations.size(); i++) {
                io.github.narrativeir.model.Situation s = situations.get(i);
                for (io.github.narrativeir.model.AspectId a : s.aspects()) {
                  EditedRun run =
                      original.rerun(ModelEdit.builder().putRemovedAspects(s.id(), a).build());

                  assertThat(run.episodesReused())
                      .as("%s/%s", s.id(), a)
                      .isGreaterThanOrEqualTo(i * actors);
                  if (i == situations.size() - 1) {
                    assertThat(run.episodesRecomputed())
                        .as("%s/%s", s.id(), a)
                        .isLessThanOrEqualTo(actors);
                  }
                }
              }
            });
  }

  @Test
  void emptyEdit_reusesEveryEpisode() {
    theory(200)
        .forAll(EditedModels.cases())
        .checkAssert(
            c -> {
              Inference original = ENGINE.infer(c.model());

              EditedRun run = original.rerun(ModelEdit.none());

              assertThat(run.predictions()).isEqualTo(original.predictions());
              assertThat(run.evaluation()).isEqualTo(original.evaluation());
              assertThat(run.episodesRecomputed()).isZero();
            });
  }

  @Test
  void parallelReruns_equalSequentialOnes() {
    theory(50)
        .forAll(EditedModels.randomModelCases())
        .checkAssert(
            c -> {
              Inference original = ENGINE.infer(c.model());
              EditedRun expected = original.rerun(c.edit());
              List<EditedRun> runs =
                  java.util.stream.IntStream.range(0, 8)
                      .parallel()
                      .mapToObj(i -> original.rerun(c.edit()))
                      .toList();
              assertThat(runs).allMatch(expected::equals);
            });
  }
}
