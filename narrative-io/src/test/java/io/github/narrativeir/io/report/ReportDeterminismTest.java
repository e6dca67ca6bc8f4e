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
    for (Model model :
        List.of(
            ReportGoldenTest.frontline().model(),
            ReportGoldenTest.negatives().model(),
            ReportFixtures.hostile())) {
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

  @org.junit.jupiter.api.Test
  void resultJson_andAnalysisJson_shuffledModelLists_byteIdentical() throws Exception {
    Model model = ReportGoldenTest.frontline().model();
    String result = io.github.narrativeir.io.ResultWriter.toJson(ReportFixtures.infer(model));
    String depends =
        io.github.narrativeir.io.AnalysisWriter.toJson(
            io.github.narrativeir.analysis.Dependence.analyze(ReportFixtures.infer(model), 2));

    for (long seed = 1; seed <= 12; seed++) {
      Model shuffled = ReportFixtures.shuffled(model, seed);

      assertThat(io.github.narrativeir.io.ResultWriter.toJson(ReportFixtures.infer(shuffled)))
          .as("result, seed %s", seed)
          .isEqualTo(result);
      assertThat(
              io.github.narrativeir.io.AnalysisWriter.toJson(
                  io.github.narrativeir.analysis.Dependence.analyze(
                      ReportFixtures.infer(shuffled), 2)))
          .as("dependence, seed %s", seed)
          .isEqualTo(depends);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void report_sameInferenceTwice_identical(ReportFormat format) throws Exception {
    var inference = ReportGoldenTest.frontline();

    assertThat(Reports.render(inference, format)).isEqualTo(Reports.render(inference, format));
  }
}
