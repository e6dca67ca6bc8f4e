package io.github.narrativeir.cli;

import static io.github.narrativeir.cli.NarrativeCliTest.resource;
import static io.github.narrativeir.cli.NarrativeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.NarrativeCliTest.Run;
import org.junit.jupiter.api.Test;

/**
 * {@code narrative explain} says what the observations of a practice say, negative ones included.
 */
class ExplainObservationsTest {
  private static final String MODEL = resource("explain-negatives.yaml");

  @Test
  void explain_negativelyObservedPredictedPractice_namesTheConceptsAndTheSourceThatDeniesIt() {
    Run run =
        run(
            "explain",
            MODEL,
            "--actor",
            "PK",
            "--practice",
            "transit",
            "--target",
            "US",
            "--situation",
            "s1");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "PK transit -> US in situation 's1': predicted (support 1.0 > opposition 0.0)\n"
                + "  for: pk.bargain (priority 0), weight 1.0, activated 1st\n"
                + "    needs all of its 'all' aspects:\n"
                + "      deal: holds in situation 's1'\n"
                + "  observed: the sources say this did not happen (source: no transit before the"
                + " attack), but the model predicts it (false positive):\n"
                + "    predicted PK transit -> US (support 1.0 > opposition 0.0) by [pk.bargain]\n");
  }

  @Test
  void explain_targetlessNegativeAndDisagreeingPositive_showsTrueNegativeAndFalseNegative() {
    Run run =
        run(
            "explain",
            MODEL,
            "--actor",
            "US",
            "--practice",
            "aid",
            "--target",
            "PK",
            "--situation",
            "s3b");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("not predicted (support 0.0 does not exceed opposition 0.5)")
        .contains(
            "observed: the sources say this did not happen (source: a contested coding,"
                + " naming no target), and the model does not predict it (true negative)")
        .contains(
            "observed: it happened (source: appropriations), but the model does not predict"
                + " it (false negative)");
    // the negative sorts before the positive of the same cell (occurred: false first)
    assertThat(run.out().indexOf("true negative")).isLessThan(run.out().indexOf("false negative"));
    assertThat(run.err())
        .contains("warning: observation of 'US' 'aid' to 'PK' in 's3b': the sources" + " disagree");
  }

  @Test
  void explain_observedChangeAndUnobservedPrediction_saysWhatTheNarrativeHasAndNothingElse() {
    Run strike =
        run(
            "explain",
            MODEL,
            "--actor",
            "US",
            "--practice",
            "strike",
            "--target",
            "PK",
            "--situation",
            "s3");
    Run transit =
        run(
            "explain",
            MODEL,
            "--actor",
            "PK",
            "--practice",
            "transit",
            "--target",
            "US",
            "--situation",
            "s3b");

    assertThat(strike.out())
        .contains(
            "observed: it started in this situation (no source given); the narrative has that"
                + " change (explained)")
        .doesNotContain("positive")
        .doesNotContain("negative");
    assertThat(transit.out()).contains("predicted").doesNotContain("observed:");
  }

  @Test
  void explain_targetlessNegativeOfAnUnpredictedPractice_isATrueNegative() {
    Run run =
        run(
            "explain",
            MODEL,
            "--actor",
            "US",
            "--practice",
            "strike",
            "--target",
            "PK",
            "--situation",
            "s1");

    assertThat(run.out())
        .contains("not predicted")
        .contains(
            "observed: the sources say this did not happen (no source given, naming no"
                + " target), and the model does not predict it (true negative)");
  }
}
