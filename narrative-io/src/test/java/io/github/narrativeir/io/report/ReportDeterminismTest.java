package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Model;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same model, with its lists in any order, gives byte-identical reports. */
class ReportDeterminismTest {
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void report_shuffledModelLists_byteIdentical(ReportFormat format) throws Exception {
    for (Model model : List.of(ReportGoldenTest.frontline().model(), ReportFixtures.hostile())) {
      String expected = Reports.render(ReportFixtures.infer(model), format);
      boolean reordered = false;

      for (long seed = 1; seed <= 12; seed++) {
        Model shuffled = ReportFixtures.shuffled(model, seed);
        reordered |= !shuffled.equals(model);

        assertThat(Reports.render(ReportFixtures.infer(shuffled), format))
            .as("seed %s", seed)
            .isEqualTo(expected);
      }
      assertThat(reordered).as("some seed reorders the model").isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void report_sameInferenceTwice_identical(ReportFormat format) throws Exception {
    var inference = ReportGoldenTest.frontline();

    assertThat(Reports.render(inference, format)).isEqualTo(Reports.render(inference, format));
  }
}
