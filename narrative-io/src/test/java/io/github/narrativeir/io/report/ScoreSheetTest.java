package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict in each case the evaluation can be in, on the negatives conformance model with other
 * observations: the model's predictions are PK transit on US in s1, s2 and s3b, US aid on PK in s2
 * and s3, US strike on PK in s3 and s3b; its narrative has US aid stop in s3b, not s3.
 */
class ScoreSheetTest {
  private static final Observation TRANSIT_S2 =
      Observation.builder().actor("PK").practice("transit").target("US").situation("s2").build();
  private static final Observation NO_STRIKE_S1 =
      Observation.builder().actor("US").practice("strike").situation("s1").occurred(false).build();
  private static final Observation AID_STOPPED_S3 =
      Observation.builder()
          .actor("US")
          .practice("aid")
          .target("PK")
          .situation("s3")
          .change(ChangeKind.STOPPED)
          .build();

  @Test
  void verdict_modelRightWhereEveryBaselineIsHalfWrong_beatsThem() throws Exception {
    ScoreSheet sheet = sheet(TRANSIT_S2, NO_STRIKE_S1);

    assertThat(sheet.verdict())
        .isEqualTo(
            "The model beats every baseline on balanced accuracy (1.0, the best baseline all 0.5);"
                + " no start or stop of a practice is observed, so changes explained cannot tell"
                + " it from a baseline.");
  }

  @Test
  void verdict_onlyNegativeEvidence_recallUndefined() throws Exception {
    ScoreSheet sheet = sheet(NO_STRIKE_S1);

    assertThat(sheet.verdict())
        .startsWith("The model cannot be told from a trivial one on balanced accuracy:")
        .contains("no observation says that a practice happened, so recall and balanced accuracy");
    assertThat(row(sheet, "recall").values()).containsOnly(ScoreSheet.UNDEFINED).hasSize(4);
    assertThat(row(sheet, "specificity").values()).containsExactly("1.0", "0.0", "1.0", "1.0");
  }

  @Test
  void verdict_onlyAChange_thatTheNarrativeMisses() throws Exception {
    ScoreSheet sheet = sheet(AID_STOPPED_S3);

    assertThat(sheet.verdict())
        .isEqualTo(
            "The model cannot be told from a trivial one on balanced accuracy: no observation"
                + " says that a practice happened or that it did not, so recall, specificity and"
                + " balanced accuracy are undefined; it does not beat the baselines on changes"
                + " explained (0 of 1, no more than a baseline).");
    assertThat(row(sheet, "changes explained").values()).containsOnly("0 of 1");
  }

  @Test
  void rows_countsAndRatiosOfEachScorer_unassessedUndefinedForBaselines() throws Exception {
    ScoreSheet sheet = new ScoreSheet(ReportGoldenTest.negatives().evaluation().orElseThrow());

    assertThat(sheet.scorers()).containsExactly("model", "all", "none", "persistence");
    assertThat(sheet.rows())
        .extracting(ScoreSheet.Row::measure)
        .containsExactly(
            "true positives (TP)",
            "false negatives (FN)",
            "true negatives (TN)",
            "false positives (FP)",
            "changes explained",
            "unassessed predictions",
            "recall",
            "specificity",
            "balanced accuracy",
            "precision");
    assertThat(row(sheet, "true positives (TP)").values()).containsExactly("3", "5", "0", "2");
    assertThat(row(sheet, "false positives (FP)").values()).containsExactly("2", "4", "0", "0");
    assertThat(row(sheet, "unassessed predictions").values())
        .containsExactly("2", ScoreSheet.UNDEFINED, ScoreSheet.UNDEFINED, ScoreSheet.UNDEFINED);
    assertThat(row(sheet, "precision").values())
        .containsExactly("0.6", "0.5556", ScoreSheet.UNDEFINED, "1.0");
    assertThat(sheet.baselines())
        .extracting(b -> b[0])
        .containsExactly("all", "none", "persistence");
  }

  private static ScoreSheet sheet(Observation... observations) throws Exception {
    Model model =
        Model.builder()
            .from(ReportGoldenTest.negatives().model())
            .observations(List.of(observations))
            .build();
    return new ScoreSheet(ReportFixtures.infer(model).evaluation().orElseThrow());
  }

  private static ScoreSheet.Row row(ScoreSheet sheet, String measure) {
    return sheet.rows().stream()
        .filter(r -> r.measure().equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + measure));
  }
}
