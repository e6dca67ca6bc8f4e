package io.github.narrativeir.cli;

import static io.github.narrativeir.cli.NarrativeCliTest.read;
import static io.github.narrativeir.cli.NarrativeCliTest.resource;
import static io.github.narrativeir.cli.NarrativeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.cli.NarrativeCliTest.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code narrative sensitivity} run in-process on the frontline conformance model ({@code
 * src/test/resources/cli/frontline.yaml}, a copy of narrative-io's, as is its expected output
 * {@code frontline.sensitivity.json}).
 */
class SensitivityCommandTest {
  @TempDir Path temp;

  private static final String ALLOWED =
      "(allowed: drop-concept, drop-aspect, add-aspect, weight, swap-rank, monte-carlo with"
          + " --samples, shift-boundary with --mapping)";

  @Test
  void json_isTheConformanceResultByteForByte() throws IOException {
    Run run = run("sensitivity", resource("frontline.yaml"), "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(read("frontline.sensitivity.json"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fixtures_areCopiesOfTheConformanceCase() throws IOException {
    Path conformance =
        Path.of(System.getProperty("basedir", ""))
            .toAbsolutePath()
            .resolveSibling("narrative-io/src/test/resources/conformance");

    assertThat(read("frontline.sensitivity.json"))
        .isEqualTo(Files.readString(conformance.resolve("frontline.sensitivity.json")));
    assertThat(read("frontline.yaml"))
        .isEqualTo(Files.readString(conformance.resolve("frontline.yaml")));
  }

  @Test
  void unknownFamily_exitsTwo_suggestingTheClosestAndListingTheAllowedOnes() {
    Run run = run("sensitivity", resource("frontline.yaml"), "--family", "drop-concepts");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "narrative sensitivity: unknown sensitivity family 'drop-concepts'; did you mean"
                + " 'drop-concept'? "
                + ALLOWED
                + "\n");
  }

  @Test
  void unknownFamily_isRefusedBeforeTheModelIsRead() {
    Run run = run("sensitivity", temp.resolve("nope.yaml").toString(), "--family", "monte-karlo");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .startsWith("narrative sensitivity: unknown sensitivity family 'monte-karlo'")
        .endsWith(ALLOWED + "\n");
  }

  @Test
  void family_subset_runsOnlyThose_inTheTablesOrder_repeatedOrCommaSeparated() {
    Run repeated =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "-f",
            "json",
            "--family",
            "weight",
            "--family",
            "drop-concept");
    Run commas =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "-f",
            "json",
            "--family",
            "weight,drop-concept");

    assertThat(repeated.exit()).isZero();
    assertThat(repeated.out())
        .contains(
            "  \"families\": [\n    {\n      \"name\": \"drop-concept\",\n      \"variants\": 5\n"
                + "    },\n    {\n      \"name\": \"weight\",\n      \"variants\": 12\n    }\n  ],\n")
        .contains("\"holds\": 0.9412,")
        .doesNotContain("drop-aspect:");
    assertThat(commas.out()).isEqualTo(repeated.out());
  }

  @Test
  void text_byDefault_leadsWithTheFragilePredictionsInPlainWords() {
    Run run = run("sensitivity", resource("frontline.yaml"), "--family", "drop-concept");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith(
            "Sensitivity: A two-state toy, for checking the semantics and the result format\n")
        .containsSubsequence(
            "Fragile predictions (hold in fewer than 90% of the variants)\n",
            "  US strike -> PK in after: holds in 4 of 5 variants (0.8); lost\n"
                + "    - without the concept us.war-on-terror\n",
            "Observations whose explanation flips\n",
            "Robust predictions");
  }

  @Test
  void noObservations_getsTheShares_andSaysScoresNeedObservations() throws IOException {
    Path model = temp.resolve("unobserved.yaml");
    String frontline = read("frontline.yaml");
    Files.writeString(model, frontline.substring(0, frontline.indexOf("observations:")));

    Run text = run("sensitivity", model.toString());
    Run json = run("sensitivity", model.toString(), "-f", "json");
    Run quiet = run("sensitivity", model.toString(), "-f", "json", "--quiet");

    assertThat(text.exit()).isZero();
    assertThat(text.out())
        .contains("The model has no observations: scores need observations.")
        .contains("Scores need observations: the model has none")
        .contains("holds in 29 of 31 variants (0.9355)");
    assertThat(text.err()).isEmpty();
    assertThat(json.exit()).isZero();
    assertThat(json.out())
        .contains("  \"observations\": [],\n")
        .contains("\"holds\": 0.9355,")
        .contains("\"recall\": {\n      \"original\": null,");
    assertThat(json.err())
        .isEqualTo(
            "narrative sensitivity: the model has no observations; scores need observations,"
                + " so every score is null\n");
    assertThat(quiet.out()).isEqualTo(json.out());
    assertThat(quiet.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json", "html"})
  void output_writesTheFileAtomically_andNothingToStandardOutput(String format) throws IOException {
    Path file = temp.resolve("out").resolve("sensitivity." + format);

    Run run = run("sensitivity", resource("frontline.yaml"), "-f", format, "-o", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file))
        .isEqualTo(run("sensitivity", resource("frontline.yaml"), "-f", format).out());
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void html_isOnePageWithThePredictionsByFamily() {
    Run run = run("sensitivity", resource("frontline.yaml"), "-f", "html");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>\n")
        .contains("<table class=\"by-family\">")
        .contains(
            "title=\"lost in 2 of 5 variants of drop-concept:&#10;without the concept"
                + " pk.pakistan-first&#10;without the concept us.frontline-ally\"")
        .endsWith("</html>\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "html"})
  void parallel_isByteIdentical(String format) throws IOException {
    Path model = temp.resolve("generated.json");
    run(
        "generate",
        "--actors",
        "4",
        "--concepts",
        "6",
        "--situations",
        "6",
        "-o",
        model.toString());

    Run sequential = run("sensitivity", model.toString(), "-f", format);
    Run parallel = run("sensitivity", model.toString(), "-f", format, "--parallel");

    assertThat(sequential.exit()).isZero();
    assertThat(parallel.exit()).isZero();
    assertThat(parallel.out()).isEqualTo(sequential.out());
  }

  @Test
  void maxVariants_overTheBound_isRefusedBeforeAnyWork_sayingHowManyAndHowToNarrow() {
    Path file = temp.resolve("never.json");

    Run run =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "--max-variants",
            "30",
            "-o",
            file.toString());

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "narrative sensitivity: the analysis has 31 variants (drop-concept 5, drop-aspect"
                + " 6, add-aspect 5, weight 12, swap-rank 3), more than --max-variants 30; run fewer"
                + " families with --family NAME, or raise --max-variants\n");
    assertThat(file).doesNotExist();
    assertThat(run("sensitivity", resource("frontline.yaml"), "--max-variants", "31").exit())
        .isZero();
  }

  @Test
  void maxVariants_withAFamily_countsOnlyThatFamily() {
    Run run =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "--max-variants",
            "5",
            "--family",
            "drop-concept,swap-rank");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("the analysis has 8 variants (drop-concept 5, swap-rank 3)");
  }

  @Test
  void maxVariants_negative_exitsTwo() {
    Run run = run("sensitivity", resource("frontline.yaml"), "--max-variants", "-1");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).isEqualTo("narrative sensitivity: --max-variants must not be negative\n");
  }

  @Test
  void progress_isNotShownWhenStandardErrorIsNotATerminal() throws IOException {
    // a few hundred variants; tests run without a terminal, as in a pipe or a file
    Path model = temp.resolve("generated.json");
    run(
        "generate",
        "--actors",
        "4",
        "--concepts",
        "8",
        "--situations",
        "10",
        "-o",
        model.toString());

    Run run =
        run(
            "sensitivity",
            model.toString(),
            "-f",
            "json",
            "--quiet",
            "-o",
            temp.resolve("s.json").toString());
    Run noisy =
        run(
            "sensitivity",
            model.toString(),
            "--family",
            "weight",
            "-o",
            temp.resolve("s.txt").toString());

    assertThat(run.exit()).isZero();
    assertThat(noisy.exit()).isZero();
    assertThat(Progress.terminal()).isFalse();
    // the generated model's warnings, and nothing else
    for (Run r : List.of(run, noisy)) {
      assertThat(r.err().lines()).allMatch(line -> line.contains(": warning: "));
      assertThat(r.err()).doesNotContain("variants/s").doesNotContain("\r").doesNotContain("\033");
    }
  }

  @Test
  void standardInput_isReadWhenTheFileIsDash() throws IOException {
    Run run =
        NarrativeCliTest.run(
            new ByteArrayInputStream(read("frontline.yaml").getBytes(StandardCharsets.UTF_8)),
            "sensitivity",
            "-",
            "-f",
            "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(read("frontline.sensitivity.json"));
  }

  @Test
  void noInteraction_runsTheModelAndEveryVariantWithout() {
    Run run = run("sensitivity", resource("frontline.yaml"), "-f", "json", "--no-interaction");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isNotEqualTo(run("sensitivity", resource("frontline.yaml"), "-f", "json").out());
    String predictions = run.out().substring(0, run.out().indexOf("\"gained\""));
    assertThat(List.of(predictions.split("\n"))).doesNotContain("      \"practice\": \"aid\",");
  }

  @Test
  void samples_addAMonteCarloFamily_afterTheExhaustiveOnes_sameSeedSameBytes() {
    Run first =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "-f",
            "json",
            "--samples",
            "20",
            "--seed",
            "42");
    Run again =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "-f",
            "json",
            "--samples",
            "20",
            "--seed",
            "42",
            "--parallel");
    Run other =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "-f",
            "json",
            "--samples",
            "20",
            "--seed",
            "43");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(
            "\"name\": \"swap-rank\",\n      \"variants\": 3\n    },\n    {\n"
                + "      \"name\": \"monte-carlo\",\n      \"variants\": 20,\n")
        .contains("\"generator\": \"java.util.SplittableRandom\",\n      \"seed\": 42,");
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out()).contains("\"seed\": 43,");
  }

  @Test
  void familyMonteCarlo_withSamples_runsAlone_andIsSaidInPlainWords() {
    Run json =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "-f",
            "json",
            "--family",
            "monte-carlo",
            "--samples",
            "30");
    Run text =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "--family",
            "monte-carlo",
            "--samples",
            "30");

    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(json.out())
        .contains(
            "\"families\": [\n    {\n      \"name\": \"monte-carlo\",\n      \"variants\": 30,")
        .contains("\"seed\": 1,")
        .doesNotContain("drop-concept:");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("in Monte-Carlo sample ");
  }

  @Test
  void samples_outOfRange_orSeedAlone_orMonteCarloWithoutSamples_exitTwoBeforeReading() {
    String missing = temp.resolve("nope.yaml").toString();
    Run zero = run("sensitivity", missing, "--samples", "0");
    Run many = run("sensitivity", missing, "--samples", "1000001");
    Run seedAlone = run("sensitivity", missing, "--seed", "5");
    Run familyAlone = run("sensitivity", missing, "--family", "monte-carlo");

    assertThat(zero.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(zero.err())
        .isEqualTo("narrative sensitivity: --samples must be from 1 to 1000000, not 0\n");
    assertThat(many.err())
        .isEqualTo("narrative sensitivity: --samples must be from 1 to 1000000, not 1000001\n");
    assertThat(seedAlone.err())
        .isEqualTo(
            "narrative sensitivity: --seed needs --samples N (the monte-carlo samples it seeds)\n");
    assertThat(familyAlone.err())
        .isEqualTo(
            "narrative sensitivity: --family monte-carlo needs --samples N (how many samples)\n");
  }

  @Test
  void maxVariants_countsTheSamples() {
    Run run =
        run(
            "sensitivity",
            resource("frontline.yaml"),
            "--family",
            "drop-concept",
            "--samples",
            "100",
            "--max-variants",
            "50");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains("the analysis has 105 variants (drop-concept 5, monte-carlo 100)");
  }

  @Test
  void mapping_addsTheShiftBoundaryFamily_asTheApiWritesIt() throws IOException {
    Run run =
        run(
            "sensitivity",
            resource("shift/with-data.yaml"),
            "-f",
            "json",
            "--mapping",
            resource("shift/strikes.mapping.yaml"),
            "--mapping",
            resource("shift/protests.mapping.yaml"));

    assertThat(run.exit()).as(run.err()).isZero();
    // narrative-io's golden file of the same analysis through the API
    assertThat(run.out()).isEqualTo(read("shift/with-data.sensitivity.json"));
    assertThat(run.out()).contains("shift-boundary:");
  }

  @Test
  void mapping_thatDidNotBuildTheModel_exitsTwo_withTheLocatedProblems() {
    Run run =
        run(
            "sensitivity",
            resource("shift/model.yaml"),
            "--mapping",
            resource("shift/strikes.mapping.yaml"));

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("the model holds no data imported through this mapping")
        .endsWith(
            "narrative sensitivity: 1 error in the mappings; the shift-boundary family needs"
                + " the mappings that built the model\n");
  }

  @Test
  void familyShiftBoundary_withoutMapping_orAMissingMapping_exitTwo() {
    Run alone = run("sensitivity", resource("shift/with-data.yaml"), "--family", "shift-boundary");
    Run missing =
        run(
            "sensitivity",
            resource("shift/with-data.yaml"),
            "--mapping",
            temp.resolve("nope.mapping.yaml").toString());

    assertThat(alone.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(alone.err())
        .isEqualTo(
            "narrative sensitivity: --family shift-boundary needs --mapping"
                + " FILE... (the mappings that built the model)\n");
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).endsWith("nope.mapping.yaml: no such file\n");
  }

  @Test
  void familyShiftBoundary_withMapping_runsAlone() {
    Run run =
        run(
            "sensitivity",
            resource("shift/with-data.yaml"),
            "-f",
            "json",
            "--family",
            "shift-boundary",
            "--mapping",
            resource("shift/strikes.mapping.yaml") + "," + resource("shift/protests.mapping.yaml"));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "{\n  \"format\": \"narrative-sensitivity/1\",\n  \"families\": [\n    {\n"
                + "      \"name\": \"shift-boundary\",")
        .doesNotContain("drop-concept:");
  }
}
