package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrativeir.analysis.TheoryComparison;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code narrative compare}'s output: the conformance case {@code negatives.yaml} (with negative
 * evidence and one observed start) read three ways: its own concepts ({@code negatives}, below
 * {@code persistence} on balanced accuracy), {@code hunter} (above every baseline) and {@code
 * transit-only} (exactly {@code persistence}'s balanced accuracy: a tie).
 */
class AnalysisWriterComparisonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path file(String name) throws Exception {
    return Path.of(AnalysisWriterComparisonTest.class.getResource("/compare/" + name).toURI());
  }

  static Model read(String... sets) throws Exception {
    List<Path> paths = new ArrayList<>();
    for (String set : sets) {
      paths.add(file(set));
    }
    return ModelReader.create().read(file("negatives.yaml"), paths).model();
  }

  static TheoryComparison readings() throws Exception {
    Map<String, Model> theories = new LinkedHashMap<>();
    theories.put("negatives", read());
    theories.put("hunter", read("hunter.concepts.yaml"));
    theories.put("transit-only", read("transit-only.concepts.yaml"));
    return TheoryComparison.of(theories, theories.get("negatives").observations());
  }

  @Test
  void json_keepsItsKeys_thenScoresBaselinesAndVerdicts() throws Exception {
    JsonNode root = JSON.readTree(AnalysisWriter.toJson(readings()));

    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "theories",
            "observations",
            "evaluations",
            "scores",
            "baselines",
            "baselinesAgree",
            "verdicts");
    List<String> scoreKeys = new ArrayList<>();
    root.path("scores").path("hunter").fieldNames().forEachRemaining(scoreKeys::add);
    assertThat(scoreKeys)
        .containsExactly(
            "truePositives",
            "falseNegatives",
            "trueNegatives",
            "falsePositives",
            "changes",
            "changesExplained",
            "unassessed",
            "recall",
            "specificity",
            "balancedAccuracy",
            "precision");
    List<String> theories = new ArrayList<>();
    root.path("scores").fieldNames().forEachRemaining(theories::add);
    assertThat(theories).containsExactly("negatives", "hunter", "transit-only");
    assertThat(root.path("scores").path("negatives").path("balancedAccuracy").decimalValue())
        .isEqualByComparingTo("0.55");
    assertThat(root.path("scores").path("hunter").path("balancedAccuracy").decimalValue())
        .isEqualByComparingTo("0.875");
    assertThat(root.path("scores").path("hunter").path("trueNegatives").asInt()).isEqualTo(3);
    assertThat(root.path("scores").path("negatives"))
        .isEqualTo(root.path("evaluations").path("negatives").path("scores"));
  }

  @Test
  void json_baselines_nameTheirTheories_andWriteUndefinedAsNull() throws Exception {
    JsonNode root = JSON.readTree(AnalysisWriter.toJson(readings()));

    JsonNode baselines = root.path("baselines");
    assertThat(baselines).hasSize(3);
    assertThat(baselines.findValuesAsText("name")).containsExactly("all", "none", "persistence");
    for (JsonNode b : baselines) {
      assertThat(b.path("theories").toString())
          .isEqualTo("[\"negatives\",\"hunter\",\"transit-only\"]");
      assertThat(b.path("scores").path("unassessed").isNull()).as("unassessed of %s", b).isTrue();
    }
    JsonNode none = baselines.get(1).path("scores");
    assertThat(none.has("precision")).isTrue();
    assertThat(none.path("precision").isNull()).as("undefined precision is null, not 0").isTrue();
    assertThat(none.path("recall").isNumber()).isTrue();
    assertThat(baselines.get(2).path("scores").path("balancedAccuracy").decimalValue())
        .isEqualByComparingTo("0.7");
    assertThat(root.path("baselinesAgree").asBoolean()).isTrue();
  }

  @Test
  void json_verdicts_beatsFallsShortAndTies() throws Exception {
    JsonNode verdicts = JSON.readTree(AnalysisWriter.toJson(readings())).path("verdicts");

    assertThat(verdicts.path("hunter").toString())
        .isEqualTo(
            "{\"beatsBaselinesOnBalancedAccuracy\":true,\"notBeatenOnBalancedAccuracy\":[],"
                + "\"beatsBaselinesOnChanges\":true,\"notBeatenOnChanges\":[],"
                + "\"summary\":\"beats every baseline on balanced accuracy (0.875 > 0.7) and on changes"
                + " explained (1 > 0)\"}");
    assertThat(verdicts.path("negatives").path("beatsBaselinesOnBalancedAccuracy").asBoolean(true))
        .isFalse();
    assertThat(verdicts.path("negatives").path("notBeatenOnBalancedAccuracy").toString())
        .isEqualTo("[\"persistence\"]");
    assertThat(verdicts.path("transit-only").path("beatsBaselinesOnBalancedAccuracy").isBoolean())
        .isTrue();
    assertThat(
            verdicts.path("transit-only").path("beatsBaselinesOnBalancedAccuracy").asBoolean(true))
        .as("a tie does not beat")
        .isFalse();
    assertThat(verdicts.path("transit-only").path("notBeatenOnChanges").toString())
        .isEqualTo("[\"all\",\"none\",\"persistence\"]");
  }

  @Test
  void json_cannotTell_writesNullNotFalse() throws Exception {
    Model model = read("hunter.concepts.yaml");
    List<Observation> positives =
        model.observations().stream().filter(Observation::isPlainPositive).toList();

    JsonNode verdict =
        JSON.readTree(
                AnalysisWriter.toJson(TheoryComparison.of(Map.of("hunter", model), positives)))
            .path("verdicts")
            .path("hunter");

    assertThat(verdict.path("beatsBaselinesOnBalancedAccuracy").isNull()).isTrue();
    assertThat(verdict.path("notBeatenOnBalancedAccuracy").isNull()).isTrue();
    assertThat(verdict.path("beatsBaselinesOnChanges").isNull()).isTrue();
    assertThat(verdict.path("notBeatenOnChanges").isNull()).isTrue();
    assertThat(verdict.path("summary").asText())
        .isEqualTo(
            "cannot tell on balanced accuracy: no negative evidence (no observation says a"
                + " practice did not happen); cannot tell on changes explained: no change observation");
  }

  @Test
  void json_negativeObservation_saysItDidNotOccur_andWhoExplainsIt() throws Exception {
    JsonNode first = JSON.readTree(AnalysisWriter.toJson(readings())).path("observations").get(0);

    assertThat(first.path("situation").asText()).isEqualTo("s1");
    assertThat(first.path("occurred").asBoolean(true)).isFalse();
    // negatives predicts transit in s1, which the sources say did not happen: it does not explain
    // it
    assertThat(first.path("explainedBy").toString()).isEqualTo("[\"hunter\",\"transit-only\"]");
  }

  @Test
  void text_scoreTableAndVerdicts() throws Exception {
    String text = AnalysisWriter.toText(readings(), false);

    assertThat(text.substring(text.indexOf("Scores on the same observations")))
        .isEqualTo(
            """
            Scores on the same observations
            -------------------------------

                                  TP  FN  TN  FP  changes explained  unassessed  recall  specificity  balanced accuracy  precision
            negatives              3   2   2   2                1/1           2     0.6          0.5               0.55        0.6
            hunter                 5   0   3   1                1/1           2     1.0         0.75              0.875     0.8333
            transit-only           2   3   4   0                0/1           1     0.4          1.0                0.7        1.0
            baseline all           5   0   0   4                0/1           \u2014     1.0          0.0                0.5     0.5556
            baseline none          0   5   4   0                0/1           \u2014     0.0          1.0                0.5          \u2014
            baseline persistence   2   3   4   0                0/1           \u2014     0.4          1.0                0.7        1.0

            Against the baselines
            ---------------------

            negatives: does not beat persistence on balanced accuracy (0.55 <= 0.7); beats every baseline on changes explained (1 > 0)
            hunter: beats every baseline on balanced accuracy (0.875 > 0.7) and on changes explained (1 > 0)
            transit-only: does not beat persistence on balanced accuracy (0.7 <= 0.7); does not beat all, none or persistence on changes explained (0 <= 0)
            """);
  }

  @Test
  void text_keepsWhichTheoryExplainsWhichObservation_andMarksNegativeEvidence() throws Exception {
    String text = AnalysisWriter.toText(readings(), false);

    assertThat(text)
        .startsWith("Which theory explains which observation\n")
        .contains("\nPK transit -> US in s1 (did not happen)  -          yes     yes         \n")
        .contains("\nPK transit -> US in s2                   yes        yes     yes         \n")
        .contains("\nUS strike -> PK in s3 (started)          yes        yes     -           \n")
        .contains(
            "(did not happen): the sources say the practice was not carried out;"
                + " a theory explains this by not predicting it.")
        .contains(
            "negatives: explains 6 of 10 observations; 7 predictions, 3 matched by an observation\n");
  }

  @Test
  void markdown_tablesAndVerdicts() throws Exception {
    String md = AnalysisWriter.toText(readings(), true);

    assertThat(md)
        .contains("| PK transit -> US in s1 (did not happen) | - | explained | explained |\n")
        .contains(
            "## Scores on the same observations\n\n"
                + "|  | TP | FN | TN | FP | changes explained | unassessed | recall | specificity"
                + " | balanced accuracy | precision |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                + "| negatives | 3 | 2 | 2 | 2 | 1/1 | 2 | 0.6 | 0.5 | 0.55 | 0.6 |\n")
        .contains("| baseline none | 0 | 5 | 4 | 0 | 0/1 | \u2014 | 0.0 | 1.0 | 0.5 | \u2014 |\n")
        .contains(
            "- **hunter**: beats every baseline on balanced accuracy (0.875 > 0.7) and on"
                + " changes explained (1 > 0)\n")
        .doesNotContain("The theories order their situations differently");
  }

  @Test
  void text_andJson_theoriesOrderingSituationsDifferently_showEachOwnPersistence()
      throws Exception {
    Model base = read();
    List<Situation> situations = new ArrayList<>(base.situations());
    situations.set(2, Situation.builder().id("s3").from("2005").addAspects("safe-haven").build());
    Map<String, Model> theories = new LinkedHashMap<>();
    theories.put("negatives", base);
    theories.put(
        "later", Model.builder().from(read("hunter.concepts.yaml")).situations(situations).build());
    TheoryComparison c = TheoryComparison.of(theories, base.observations());

    String text = AnalysisWriter.toText(c, false);
    JsonNode root = JSON.readTree(AnalysisWriter.toJson(c));

    assertThat(text)
        .contains("\nbaseline all ")
        .contains("\nbaseline persistence (negatives) ")
        .contains("\nbaseline persistence (later) ")
        .contains(
            "The theories order their situations differently, so their baselines differ;"
                + " each theory is judged against the baselines of its own situation order.");
    assertThat(root.path("baselinesAgree").asBoolean(true)).isFalse();
    assertThat(root.path("baselines").findValuesAsText("name"))
        .containsExactly("all", "none", "persistence", "persistence");
    assertThat(root.path("baselines").get(3).path("theories").toString()).isEqualTo("[\"later\"]");
  }

  @Test
  void json_sameComparisonTwice_identical() throws Exception {
    assertThat(AnalysisWriter.toJson(readings())).isEqualTo(AnalysisWriter.toJson(readings()));
  }
}
