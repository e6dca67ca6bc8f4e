package io.github.narrativeir.cli;

import static io.github.narrativeir.cli.NarrativeCliTest.read;
import static io.github.narrativeir.cli.NarrativeCliTest.resource;
import static io.github.narrativeir.cli.NarrativeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrativeir.cli.NarrativeCliTest.Run;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.ConceptSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code narrative discover} run in-process on the conformance models ({@code
 * src/test/resources/cli/frontline.yaml} and {@code negatives.yaml}, copies of narrative-io's, as
 * are the expected outputs in {@code cli/discover/}): the report in each format, the best solution
 * written with {@code -o} and run again through {@code include:} and {@code --concepts}, and every
 * bad input refused with a message that says what is allowed.
 */
class DiscoverCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FRONTLINE = resource("frontline.yaml");

  @TempDir Path temp;

  /** The frontline discovery of the golden files: PK, replace mode, at most 2 concepts. */
  private static Run tied(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "discover",
                FRONTLINE,
                "--actor",
                "PK",
                "--mode",
                "replace",
                "--max-concepts",
                "2"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** {@code report} with its elapsed time set to the golden files' 0.25 s. */
  private static String elapsedAsInTheGoldenFiles(String report) {
    return report.replaceAll(
        "(?m)^(?<head>  elapsed +|\\| elapsed \\| )(?:[0-9.]+ s|[0-9]+ min [0-9]+ s)",
        "${head}0.25 s");
  }

  @Test
  void json_isNarrativeIosDiscoveryByteForByte() throws IOException {
    Run run = tied("--format", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(read("discover/frontline-PK-replace-2.discovery.json"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void text_byDefault_andMarkdown_areNarrativeIosReports() throws IOException {
    Run text = tied();
    Run markdown = tied("-f", "markdown");

    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("\n  elapsed  ");
    assertThat(elapsedAsInTheGoldenFiles(text.out()))
        .isEqualTo(read("discover/frontline-PK-replace-2.discovery.txt"));
    assertThat(elapsedAsInTheGoldenFiles(markdown.out()))
        .isEqualTo(read("discover/frontline-PK-replace-2.discovery.md"));
    assertThat(text.err()).isEmpty();
  }

  @Test
  void text_saysPlainlyWhatTheResultIsAndIsNot() {
    Run run = tied();

    assertThat(run.out())
        .contains(
            "Discovered concepts are hypotheses found from the observations, not findings:"
                + " none has evidence yet. Look for each in PK's discourse")
        .contains("4 solutions tie with the best: the observations do not single out one reading.")
        .contains("Proven optimal within the bounds")
        .contains("Observations no solution within the bounds explains\n  none");
  }

  @Test
  void fixtures_areCopiesOfNarrativeIos() throws IOException {
    Path io =
        Path.of(System.getProperty("basedir", ""))
            .toAbsolutePath()
            .resolveSibling("narrative-io/src/test/resources");

    assertThat(read("discover/frontline-PK-replace-2.discovery.json"))
        .isEqualTo(Files.readString(io.resolve("discovery/frontline-PK-replace-2.discovery.json")));
    for (String ext : List.of("txt", "md")) {
      assertThat(read("discover/frontline-PK-replace-2.discovery." + ext))
          .isEqualTo(
              Files.readString(io.resolve("report/frontline-PK-replace-2.discovery." + ext)));
    }
    for (String model : List.of("negatives.yaml", "random-42.json")) {
      assertThat(read(model)).isEqualTo(Files.readString(io.resolve("conformance/" + model)));
    }
  }

  @Test
  void json_isTheSameBytesEveryRun() {
    Run first =
        run(
            "discover",
            resource("negatives.yaml"),
            "--actor",
            "US",
            "--mode",
            "replace",
            "-f",
            "json");
    Run again =
        run(
            "discover",
            resource("negatives.yaml"),
            "--actor",
            "US",
            "--mode",
            "replace",
            "-f",
            "json");

    assertThat(first.exit()).isZero();
    assertThat(again.out()).isEqualTo(first.out());
  }

  /** The evaluation of {@code narrative infer ARGS -f json}. */
  private static JsonNode evaluation(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("infer"));
    command.addAll(List.of(args));
    command.addAll(List.of("-f", "json"));
    Run run = run(command.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return JSON.readTree(run.out()).get("evaluation");
  }

  private static void assertSameScores(JsonNode evaluation, JsonNode solution) {
    assertThat(evaluation.get("explained")).isEqualTo(solution.get("explained"));
    assertThat(evaluation.get("scores")).isEqualTo(solution.get("scores"));
    assertThat(evaluation.get("baselines")).isEqualTo(solution.get("baselines"));
  }

  @Test
  void output_addMode_includedInTheModel_explainsWhatTheBestSolutionExplains() throws IOException {
    Path out = temp.resolve("US.discovered.concepts.yaml");
    Run run = run("discover", FRONTLINE, "--actor", "US", "-f", "json", "-o", out.toString());
    Path model = temp.resolve("frontline.yaml");
    Files.writeString(
        model,
        read("frontline.yaml")
            .replaceFirst("\nactors:", "\ninclude: [US.discovered.concepts.yaml]\nactors:"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    ConceptSet written = ModelReader.create().readConceptSet(out);
    assertThat(written.name().orElseThrow())
        .isEqualTo(
            "Concepts of US found by discovery (add mode): hypotheses found from the"
                + " observations, without evidence; look for them in US's discourse");
    assertThat(written.concepts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id().value()).isEqualTo("US.discovered.1");
              assertThat(c.label())
                  .isEqualTo(
                      "Hypothesis found by discovery, no evidence yet; needed to explain: US strike PK in later");
              assertThat(c.evidence()).isEmpty();
            });
    JsonNode best = JSON.readTree(run.out()).get("solutions").get(0);
    assertThat(best.get("explained").asInt()).isEqualTo(5);
    assertSameScores(evaluation(model.toString()), best);
    assertThat(run("validate", model.toString()).exit()).isZero();
  }

  @Test
  void output_replaceMode_withTheOtherStatesConceptSets_explainsWhatTheBestSolutionExplains()
      throws IOException {
    Path out = temp.resolve("PK.discovered.concepts.yaml");
    String split = resource("discover/frontline-split.yaml");
    Run run =
        run(
            "discover",
            split,
            "--actor",
            "PK",
            "--mode",
            "replace",
            "--max-concepts",
            "2",
            "-f",
            "json",
            "-o",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    // the split model is frontline.yaml with its concepts in included sets: the same discovery
    assertThat(run.out()).isEqualTo(tied("-f", "json").out());
    JsonNode best = JSON.readTree(run.out()).get("solutions").get(0);
    assertSameScores(
        evaluation(
            split,
            "--concepts",
            resource("discover/us.concepts.yaml"),
            "--concepts",
            out.toString()),
        best);
  }

  @Test
  void output_replaceMode_givenAloneToConcepts_isAcceptedAsIs_butReplacesEveryStatesConcepts()
      throws IOException {
    Path out = temp.resolve("PK.discovered.concepts.yaml");
    Run run = tied("-f", "json", "-o", out.toString());

    JsonNode alone = evaluation(FRONTLINE, "--concepts", out.toString());

    assertThat(run.exit()).isZero();
    // without the US's concepts, the US's aid is no longer explained: 3 of 5, not the best's 4
    assertThat(alone.get("explained").asInt()).isEqualTo(3);
    assertThat(JSON.readTree(run.out()).get("solutions").get(0).get("explained").asInt())
        .isEqualTo(4);
  }

  @Test
  void output_json_byItsExtension_andReadBackUnchanged() throws IOException {
    Path out = temp.resolve("found").resolve("PK.discovered.concepts.json");
    Run run = tied("-o", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(Files.readString(out)).startsWith("{\n  \"format\": \"narrative-concepts/1\",\n");
    assertThat(run("infer", FRONTLINE, "--concepts", out.toString()).exit()).isZero();
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void emptyBest_isSaid_andWrittenAsAValidEmptyConceptSet() throws IOException {
    Path out = temp.resolve("PK.discovered.concepts.yaml");
    Run run = run("discover", FRONTLINE, "--actor", "PK", "-o", out.toString());
    Run quiet = run("discover", FRONTLINE, "--actor", "PK", "-o", out.toString(), "--quiet");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "  The best solution has no concepts: no concept within the bounds explains more"
                + " than the model as given (4 of 5 observations).\n");
    assertThat(run.err())
        .isEqualTo(
            "narrative discover: the best solution has no concepts; "
                + out
                + " holds an empty concept set\n");
    assertThat(Files.readString(out)).endsWith("\nconcepts: []\n");
    assertThat(quiet.exit()).isZero();
    assertThat(quiet.err()).isEmpty();
    Path model = temp.resolve("frontline.yaml");
    Files.writeString(
        model,
        read("frontline.yaml")
            .replaceFirst("\nactors:", "\ninclude: [PK.discovered.concepts.yaml]\nactors:"));
    assertThat(evaluation(model.toString())).isEqualTo(evaluation(FRONTLINE));
  }

  @Test
  void output_thatCannotBeWritten_exitsTwo_beforeAnyReport() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("dir"));

    Run run = tied("-o", dir.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(dir + ": cannot write: ");
  }

  @Test
  void concepts_replaceTheModelsConcepts_beforeTheDiscovery() throws IOException {
    // with only the US's concepts, adding to PK's concepts is discovering them in their place
    Run add =
        run(
            "discover",
            FRONTLINE,
            "--concepts",
            resource("discover/us.concepts.yaml"),
            "--actor",
            "PK",
            "--max-concepts",
            "2",
            "-f",
            "json");
    JsonNode replaced = JSON.readTree(tied("-f", "json").out());
    JsonNode added = JSON.readTree(add.out());

    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(added.get("mode").asText()).isEqualTo("add");
    assertThat(added.get("solutions")).isEqualTo(replaced.get("solutions"));
    assertThat(added.get("original").get("explained").asInt()).isEqualTo(1);
  }

  @Test
  void noInteraction_discoversWithoutFeedingPredictionsIntoTheNextSituation() throws IOException {
    JsonNode with = JSON.readTree(tied("-f", "json").out());
    JsonNode without = JSON.readTree(tied("-f", "json", "--no-interaction").out());

    // PK's transit no longer brings the US's aid in the next situation: the best's transit
    // concept is no longer needed for the aid, and one tie less
    JsonNode transitWith = with.get("solutions").get(0).get("concepts").get(0);
    JsonNode transitWithout = without.get("solutions").get(0).get("concepts").get(0);
    assertThat(transitWithout.get("canonical")).isEqualTo(transitWith.get("canonical"));
    assertThat(transitWith.get("neededFor").findValuesAsText("practice"))
        .containsExactly("transit", "transit", "aid");
    assertThat(transitWithout.get("neededFor").findValuesAsText("practice"))
        .containsExactly("transit", "transit");
    assertThat(with.get("ties").get("count").asInt()).isEqualTo(4);
    assertThat(without.get("ties").get("count").asInt()).isEqualTo(3);
  }

  @Test
  void standardInput_isReadWhenTheFileIsDash() throws IOException {
    Run run =
        NarrativeCliTest.run(
            new ByteArrayInputStream(read("frontline.yaml").getBytes(StandardCharsets.UTF_8)),
            "discover",
            "-",
            "--actor",
            "PK",
            "--mode",
            "replace",
            "--max-concepts",
            "2",
            "-f",
            "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(read("discover/frontline-PK-replace-2.discovery.json"));
  }

  @Test
  void progress_isNotShownWhenStandardErrorIsNotATerminal() {
    Run run =
        run(
            "discover",
            resource("negatives.yaml"),
            "--actor",
            "US",
            "--mode",
            "replace",
            "--max-all",
            "3",
            "--max-concepts",
            "5");

    assertThat(Progress.terminal()).isFalse();
    assertThat(run.exit()).isZero();
    assertThat(run.err().lines()).allMatch(line -> line.contains(": warning: "));
    assertThat(run.err()).doesNotContain("partial readings").doesNotContain("\r");
  }

  @Test
  void timeLimit_withAUnit_runs_andTopAndTieCapShapeTheOutput() throws IOException {
    Run run = tied("--time-limit", "5m", "--top", "2", "--tie-cap", "3", "-f", "json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("solutions")).hasSize(2);
    assertThat(json.get("ties").get("count").asInt()).isEqualTo(3);
    assertThat(json.get("ties").get("exact").asBoolean()).isFalse();
    assertThat(tied("--tie-cap", "3").out())
        .contains(
            "  At least 3 solutions tie with the best (the count stopped at its cap): the"
                + " observations do not single out one reading.\n");
  }

  @Test
  void timeLimitRunningOut_givesTheBestFound_saidNotProvenOptimal_andStillWritesIt()
      throws IOException {
    Path out = temp.resolve("US.discovered.concepts.yaml");
    String[] args = {
      "discover",
      resource("negatives.yaml"),
      "--actor",
      "US",
      "--mode",
      "replace",
      "--time-limit",
      "1ms"
    };
    Run text = run(args);
    List<String> json = new ArrayList<>(List.of(args));
    json.addAll(List.of("-f", "json", "-o", out.toString()));
    Run run = run(json.toArray(String[]::new));

    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("  The time limit ran out: the best found, NOT proven optimal;")
        .contains("\nObservations the search did not settle before it stopped\n")
        .doesNotContain("Proven optimal");
    assertThat(run.exit()).isZero();
    JsonNode search = JSON.readTree(run.out()).get("search");
    assertThat(search.get("stop").asText()).isEqualTo("time-limit");
    assertThat(search.get("exhaustive").asBoolean()).isFalse();
    assertThat(JSON.readTree(run.out()).get("ties").get("exact").asBoolean()).isFalse();
    assertThat(out).exists();
  }

  @Test
  void help_listsDiscover() {
    assertThat(run("--help").out())
        .containsPattern("(?m)^  discover +Which concepts would explain");
  }

  // bad input ----------------------------------------------------------------------------------

  @Test
  void unknownActor_exitsTwo_suggestingTheClosest_andListingTheActors() {
    Run typo = run("discover", FRONTLINE, "--actor", "PKK");
    Run lower = run("discover", FRONTLINE, "--actor", "pk");

    assertThat(typo.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(typo.out()).isEmpty();
    assertThat(typo.err())
        .isEqualTo(
            "narrative discover: unknown actor 'PKK'; did you mean 'PK'? (known: US, PK, TB)\n");
    assertThat(lower.err())
        .isEqualTo(
            "narrative discover: unknown actor 'pk'; did you mean 'PK'? (known: US, PK, TB)\n");
  }

  @Test
  void actorWithoutPlainObservations_exitsTwo_namingTheActorsThatHave() throws IOException {
    Run none = run("discover", FRONTLINE, "--actor", "TB");
    // PK with only its stopped transit: a change, not a plain observation
    Path model = temp.resolve("changes-only.yaml");
    Files.writeString(
        model,
        read("frontline.yaml")
            .replace("  - {actor: PK, practice: transit, target: US, situation: after}\n", "")
            .replace("  - {actor: PK, practice: support, target: TB, situation: later}\n", ""));
    Run changesOnly = run("discover", model.toString(), "--actor", "PK");

    assertThat(none.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(none.out()).isEmpty();
    assertThat(none.err())
        .isEqualTo(
            "narrative discover: actor TB has no plain observation (one without a change) for"
                + " discovery to explain; actors that have: US, PK\n");
    assertThat(changesOnly.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(changesOnly.err())
        .startsWith("narrative discover: actor PK has no plain observation")
        .endsWith("actors that have: US\n");
  }

  @ParameterizedTest
  @CsvSource({
    "--max-all, 4, 0 and 3",
    "--max-all, -1, 0 and 3",
    "--max-none, 3, 0 and 2",
    "--max-concepts, 0, 1 and 9",
    "--max-concepts, 10, 1 and 9",
    "--top, 0, 1 and 100",
    "--top, 101, 1 and 100"
  })
  void boundOutOfRange_exitsTwo_namingTheRange_beforeTheModelIsRead(
      String option, String value, String range) {
    Run run = run("discover", temp.resolve("nope.yaml").toString(), "--actor", "PK", option, value);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "narrative discover: "
                + option
                + " "
                + value
                + " is out of range: it must be between "
                + range
                + "\n");
  }

  @Test
  void boundsAtTheEdgesOfTheirRanges_areAccepted() {
    Run low =
        run(
            "discover",
            FRONTLINE,
            "--actor",
            "PK",
            "--max-all",
            "0",
            "--max-none",
            "0",
            "--max-concepts",
            "1",
            "--top",
            "1");
    Run high =
        run(
            "discover",
            FRONTLINE,
            "--actor",
            "PK",
            "--max-all",
            "3",
            "--max-none",
            "2",
            "--max-concepts",
            "9",
            "--top",
            "100",
            "-f",
            "json");

    assertThat(low.exit()).as(low.err()).isZero();
    assertThat(high.exit()).as(high.err()).isZero();
  }

  @Test
  void tieCapBelowOne_exitsTwo() {
    Run run = run("discover", FRONTLINE, "--actor", "PK", "--tie-cap", "0");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo("narrative discover: --tie-cap 0 is out of range: it must be at least 1\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "90|--time-limit '90' needs a unit: write 90s for seconds (accepted: a whole number and a"
            + " unit, ms, s, m or h, such as 500ms, 90s, 5m or 1h)",
        "1.5m|--time-limit '1.5m' is not a time limit (accepted: a whole number and a unit, ms, s,"
            + " m or h, such as 500ms, 90s, 5m or 1h)",
        "PT90S|--time-limit 'PT90S' is not a time limit (accepted: a whole number and a unit, ms, s,"
            + " m or h, such as 500ms, 90s, 5m or 1h)",
        "0s|--time-limit 0s is out of range: it must be more than 0 and at most 24h",
        "25h|--time-limit 25h is out of range: it must be more than 0 and at most 24h",
        "86400001ms|--time-limit 86400001ms is out of range: it must be more than 0 and at most 24h",
        "99999999999999999999999h|--time-limit 99999999999999999999999h is out of range: it must be"
            + " more than 0 and at most 24h"
      })
  void timeLimit_malformedOrOutOfRange_exitsTwo_sayingWhatIsAccepted(String value, String message) {
    Run run =
        run(
            "discover",
            temp.resolve("nope.yaml").toString(),
            "--actor",
            "PK",
            "--time-limit",
            value);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("narrative discover: " + message + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"add", "replace", "ADD"})
  void mode_acceptsAddAndReplace(String mode) {
    assertThat(run("discover", FRONTLINE, "--actor", "US", "--mode", mode).exit()).isZero();
  }

  @Test
  void mode_unknown_isAUsageError_listingTheChoices() {
    Run run = run("discover", FRONTLINE, "--actor", "US", "--mode", "merge");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .startsWith(
            "Invalid value for option '--mode': expected one of [ADD, REPLACE] (case-insensitive)"
                + " but was 'merge'\n");
  }

  @Test
  void ownConceptRankingAmongTheDiscoveredIds_exitsTwo_sayingHowToFixIt() throws IOException {
    Path model = temp.resolve("clash.yaml");
    Files.writeString(
        model,
        read("frontline.yaml")
            .replace(
                "  - id: pk.aid-dependence\n    holder: PK\n    priority: 2\n",
                "  - id: PK.discovered.1a\n    holder: PK\n"));

    Run run = run("discover", model.toString(), "--actor", "PK");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "narrative discover: concept PK.discovered.1a of PK ranks between the ids discovery"
                + " gives its concepts (PK.discovered.1 to PK.discovered.4); rename it or give it another"
                + " priority\n");
    // in replace mode the actor's own concepts go, and so does the clash
    assertThat(run("discover", model.toString(), "--actor", "PK", "--mode", "replace").exit())
        .isZero();
  }

  @Test
  void modelOfMoreThan63Situations_exitsTwo_sayingTheLimit() throws IOException {
    StringBuilder model =
        new StringBuilder(
            "format: narrative-model/1\nactors: [{id: A}]\naspects: [{id: x}]\npractices: [{id: p}]\nsituations:\n");
    for (int i = 0; i < 64; i++) {
      model
          .append("  - {id: s")
          .append(i)
          .append(", from: ")
          .append(1900 + i)
          .append(", aspects: [x]}\n");
    }
    model.append("concepts: []\nobservations:\n  - {actor: A, practice: p, situation: s3}\n");
    Path file = Files.writeString(temp.resolve("long.yaml"), model);

    Run run = run("discover", file.toString(), "--actor", "A");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "narrative discover: discovery follows at most 63 situations; the model has 64\n");
  }

  @Test
  void missingActorOption_isAUsageError() {
    Run run = run("discover", FRONTLINE);

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).startsWith("Missing required option: '--actor=A'");
  }
}
