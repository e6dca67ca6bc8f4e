package io.github.narrativeir.io.report;

import static io.github.narrativeir.io.DiscoveryFixtures.conformance;
import static io.github.narrativeir.io.DiscoveryFixtures.discover;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.io.DiscoveryFixtures;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link DiscoveryReports}: what a reader must not miss is said plainly, in both formats: that
 * discovered concepts are hypotheses without evidence, the tie count in words, whether the best is
 * proven optimal, and what cannot be explained.
 */
class DiscoveryReportsTest {
  @TempDir Path temp;

  private static final Model FRONTLINE = conformance("frontline");
  private static final DiscoveryResult TIED = discover(FRONTLINE, "PK", Discovery.Mode.REPLACE, 2);

  private static String text(DiscoveryResult result) {
    return DiscoveryReports.render(result, FRONTLINE, ReportFormat.TEXT);
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN"})
  void report_saysDiscoveredConceptsAreHypothesesWithoutEvidence_toLookForInTheDiscourse(
      ReportFormat format) {
    String report = DiscoveryReports.render(TIED, FRONTLINE, format);

    assertThat(report)
        .contains(
            "Discovered concepts are hypotheses found from the observations, not findings:"
                + " none has evidence yet. Look for each in PK's discourse before taking it as PK's"
                + " reading.");
  }

  @Test
  void ties_aboveOne_sayTheObservationsDoNotSingleOutOneReading() {
    assertThat(text(TIED))
        .contains(
            "  4 solutions tie with the best: the observations do not single out one reading.\n");
  }

  @Test
  void ties_one_saysTheObservationsSingleOutThisReading() {
    DiscoveryResult one = discover(FRONTLINE, "US", Discovery.Mode.ADD, 4);

    assertThat(one.ties()).isEqualTo(1);
    assertThat(text(one))
        .contains("  1 solution: the observations single out this reading within the bounds.\n");
  }

  @Test
  void ties_capped_sayAtLeast() {
    String report = text(DiscoveryFixtures.ties(TIED, 1_000_000, false));

    assertThat(report)
        .contains(
            "  At least 1,000,000 solutions tie with the best (the count stopped at its cap):"
                + " the observations do not single out one reading.\n")
        .contains("  Proven optimal within the bounds");
  }

  @Test
  void timeLimit_saysNotProvenOptimal_andListsWhatItDidNotSettle() {
    DiscoveryResult stopped =
        DiscoveryFixtures.stopped(
            discover(conformance("negatives"), "US", Discovery.Mode.REPLACE, 4),
            DiscoveryResult.Stop.TIME_LIMIT);

    String report = DiscoveryReports.render(stopped, conformance("negatives"), ReportFormat.TEXT);

    assertThat(report)
        .contains("  The time limit ran out: the best found, NOT proven optimal;")
        .contains(
            "  At least 4 solutions tie with the best found (the search stopped before it could"
                + " count them all)")
        .contains("\nObservations the search did not settle before it stopped\n")
        .doesNotContain("Proven optimal")
        .doesNotContain("Observations no solution within the bounds explains\n");
  }

  @Test
  void cancelled_saysInterrupted_notProvenOptimal() {
    String report = text(DiscoveryFixtures.stopped(TIED, DiscoveryResult.Stop.CANCELLED));

    assertThat(report)
        .contains("  The search was interrupted: the best found, NOT proven optimal.\n");
  }

  @Test
  void unexplainable_areListed_underTheirHeading() {
    Model negatives = conformance("negatives");
    DiscoveryResult result = discover(negatives, "US", Discovery.Mode.REPLACE, 4);

    String report = DiscoveryReports.render(result, negatives, ReportFormat.TEXT);

    assertThat(result.unexplainable()).hasSize(2);
    assertThat(report)
        .contains(
            "  2 observations cannot be explained by any solution within the bounds (listed below).\n")
        .contains(
            "Observations no solution within the bounds explains\n"
                + "  - PK transit -> US in s1 (did not happen; source: no transit before the attack)\n"
                + "  - PK transit -> US in s3 (source: transit went on)\n");
  }

  @Test
  void table_showsEachSolutionBesideTheModelAndTheThreeBaselines() {
    String report = text(TIED);

    assertThat(report)
        .containsSubsequence(
            "  rank         explained  concepts  literals  ties best  balanced accuracy  recall"
                + "  specificity  precision  solution\n",
            "  model        4 / 5      —         —                    —                  0.75    —"
                + "            1.0        the model as given\n",
            "  1            4 / 5      2         1         best       —                  0.75",
            "taliban-regime||transit|US; ||support|TB\n",
            "  2            4 / 5      2         1         yes",
            "  3            4 / 5      2         2         no",
            "  all          4 / 5",
            "  none         0 / 5",
            "  persistence  0 / 5");
  }

  @Test
  void baselineExplained_isTruePositivesTrueNegativesAndChanges_asTheEvaluationCountsIt() {
    Model negatives = conformance("negatives");
    DiscoveryResult result = discover(negatives, "PK", Discovery.Mode.REPLACE, 2);

    for (DiscoveryResult.Solution s : result.solutions()) {
      assertThat(DiscoverySheet.explainedBy(s.evaluation().scores())).isEqualTo(s.explained());
    }
    assertThat(DiscoverySheet.explainedBy(result.original().scores()))
        .isEqualTo(result.original().explained());
  }

  @Test
  void bestConcepts_areExplainedInWords_withWhatEachIsNeededFor() {
    assertThat(text(TIED))
        .contains(
            "  PK.discovered.1 (taliban-regime||transit|US): when taliban-regime; prescribes"
                + " transit -> US\n    needed to explain:\n    - PK transit -> US in after\n"
                + "    - PK transit in later (stopped)\n")
        .contains("  PK.discovered.2 (||support|TB): always; prescribes support -> TB\n");
  }

  @Test
  void emptyBest_inAddMode_saysNothingDoesBetterThanTheModelAsGiven() {
    String report = text(discover(FRONTLINE, "PK", Discovery.Mode.ADD, 4));

    assertThat(report)
        .contains(
            "  The best solution has no concepts: no concept within the bounds explains more"
                + " than the model as given (4 of 5 observations).\n")
        .contains("  1            4 / 5      0         0         best")
        .contains("(no concept)");
  }

  @Test
  void markdown_escapesThePipesOfCanonicalTextsInTheTable_notInLists() {
    String report = DiscoveryReports.render(TIED, FRONTLINE, ReportFormat.MARKDOWN);

    assertThat(report)
        .contains(
            "| 1 | 4 / 5 | 2 | 1 | best | — | 0.75 | — | 1.0 |"
                + " `taliban-regime\\|\\|transit\\|US`; `\\|\\|support\\|TB` |\n")
        .contains(
            "- `PK.discovered.1` (`taliban-regime||transit|US`): when `taliban-regime`;"
                + " prescribes `transit` → `US`; needed to explain:\n");
  }

  @Test
  void elapsed_isShownInTheSearchTable() {
    assertThat(text(DiscoveryFixtures.elapsed(TIED, Duration.ofMillis(125_400))))
        .contains("  elapsed                                           2 min 5 s\n");
    assertThat(DiscoverySheet.elapsed(Duration.ofMillis(130))).isEqualTo("0.13 s");
    assertThat(DiscoverySheet.elapsed(Duration.ofMillis(12_449))).isEqualTo("12.4 s");
  }

  @Test
  void write_toAFile_isTheRenderedText() throws IOException {
    Path file = temp.resolve("discovery.md");

    DiscoveryReports.write(TIED, FRONTLINE, ReportFormat.MARKDOWN, file);

    assertThat(Files.readString(file))
        .isEqualTo(DiscoveryReports.render(TIED, FRONTLINE, ReportFormat.MARKDOWN));
  }

  @Test
  void dotAndHtml_areRefused() {
    for (ReportFormat format : List.of(ReportFormat.DOT, ReportFormat.HTML)) {
      assertThatThrownBy(() -> DiscoveryReports.render(TIED, FRONTLINE, format))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a discovery report is text or markdown, not " + format.token());
    }
  }
}
