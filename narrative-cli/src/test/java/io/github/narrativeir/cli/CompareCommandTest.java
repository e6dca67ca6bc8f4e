package io.github.narrativeir.cli;

import static io.github.narrativeir.cli.NarrativeCliTest.resource;
import static io.github.narrativeir.cli.NarrativeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrativeir.cli.NarrativeCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code narrative compare} on {@code compare/negatives.yaml} (the conformance case: negative
 * evidence and one observed start) read three ways: its own concepts fall below {@code persistence}
 * on balanced accuracy, {@code hunter} beats every baseline, {@code transit-only} ties {@code
 * persistence}.
 */
class CompareCommandTest {
  @TempDir Path temp;

  private static Run compare(String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "compare";
    args[1] = resource("compare/negatives.yaml");
    args[2] = "--theory";
    args[3] = "hunter=" + resource("compare/hunter.concepts.yaml");
    System.arraycopy(more, 0, args, 4, more.length);
    return run(args);
  }

  @Test
  void text_scoresEveryTheoryAndBaseline_andSaysPerTheoryWhetherItBeatsThem() {
    Run run = compare("--theory", "transit-only=" + resource("compare/transit-only.concepts.yaml"));

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("\nnegatives              3   2   2   2                1/1           2     0.6")
        .contains(
            "\nbaseline none          0   5   4   0                0/1           \u2014     0.0"
                + "          1.0                0.5          \u2014\n")
        .contains(
            "\nbaseline persistence   2   3   4   0                0/1           \u2014     0.4")
        .endsWith(
            "Against the baselines\n---------------------\n\n"
                + "negatives: does not beat persistence on balanced accuracy (0.55 <= 0.7);"
                + " beats every baseline on changes explained (1 > 0)\n"
                + "hunter: beats every baseline on balanced accuracy (0.875 > 0.7)"
                + " and on changes explained (1 > 0)\n"
                + "transit-only: does not beat persistence on balanced accuracy (0.7 <= 0.7);"
                + " does not beat all, none or persistence on changes explained (0 <= 0)\n");
    assertThat(run.out()).contains("PK transit -> US in s1 (did not happen)");
  }

  @Test
  void json_scoresBaselinesAndVerdicts() throws Exception {
    Run run = compare("-f", "json");

    assertThat(run.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.path("scores").path("hunter").path("balancedAccuracy").decimalValue())
        .isEqualByComparingTo("0.875");
    assertThat(root.path("baselines").get(1).path("scores").path("precision").isNull()).isTrue();
    assertThat(
            root.path("verdicts")
                .path("negatives")
                .path("beatsBaselinesOnBalancedAccuracy")
                .asBoolean(true))
        .isFalse();
    assertThat(
            root.path("verdicts")
                .path("hunter")
                .path("beatsBaselinesOnBalancedAccuracy")
                .asBoolean(false))
        .isTrue();
    assertThat(root.path("evaluations").path("hunter").path("scores"))
        .isEqualTo(root.path("scores").path("hunter"));
  }

  @Test
  void markdown_scoreTable() {
    Run run = compare("-f", "markdown");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("| hunter | 5 | 0 | 3 | 1 | 1/1 | 2 | 1.0 | 0.75 | 0.875 | 0.8333 |\n")
        .contains("- **negatives**: does not beat persistence on balanced accuracy (0.55 <= 0.7);");
  }

  @Test
  void observationsWithoutNegativeEvidence_cannotTellOnBalancedAccuracy() throws Exception {
    Path observations = temp.resolve("positives.yaml");
    String model = Files.readString(Path.of(resource("compare/negatives.yaml")));
    // keep the situations and only the observed practices
    StringBuilder kept = new StringBuilder();
    for (String line : model.split("\n", -1)) {
      if (!line.contains("occurred: false") && !line.contains("change:")) {
        kept.append(line).append('\n');
      }
    }
    Files.writeString(observations, kept.toString());

    Run run = compare("--observations", observations.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "hunter: cannot tell on balanced accuracy: no negative evidence (no observation says"
                + " a practice did not happen); cannot tell on changes explained: no change observation\n")
        .doesNotContain("(did not happen)")
        .contains(
            "\nbaseline all           5   0   0   0                0/0           \u2014     1.0"
                + "            \u2014                  \u2014        1.0\n");
  }

  @Test
  void help_mentionsTheScoresAndTheBaselines() {
    Run run = run("compare", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("baselines all")
        .contains("persistence")
        .contains("balanced accuracy")
        .contains("changes explained")
        .contains("negative evidence");
  }
}
