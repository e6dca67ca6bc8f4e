package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command run in-process: standard output, standard error and exit codes. */
class NarrativeCliTest {
  @TempDir Path temp;

  /** What one run of the command printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        NarrativeCli.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  static String resource(String name) {
    try {
      return Path.of(NarrativeCliTest.class.getResource("/cli/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String read(String name) throws IOException {
    return Files.readString(Path.of(resource(name)));
  }

  @Test
  void validate_validModel_exitsZeroAndSaysValid() {
    Run run = run("validate", resource("frontline.yaml"));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(resource("frontline.yaml") + ": valid\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_brokenModel_printsEveryLocatedProblemAndExitsTwo() {
    String file = resource("invalid/broken.yaml");

    Run run = run("validate", file);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            file + ":17:5: unknown field 'priorty' in concept 'us.c'; did you mean 'priority'?")
        .contains(file + ":12:20: situation 's1': 'from': malformed date '2001-9'")
        .contains(
            file
                + ":16:13: concept 'us.c': holder 'USA' is not a declared actor; did you mean 'US'?")
        .contains(file + ":20:18: warning: concept 'us.c': aspect 'terorr' is not declared")
        .contains(file + ": 12 errors")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void validate_moreThanAThousandErrors_printsTheFirstThousandAndTheExactCount()
      throws IOException {
    Path file = temp.resolve("many.json");
    Files.writeString(
        file,
        "{\"format\": \"narrative-model/1\", \"situations\": [{\"id\": \"s\","
            + " \"from\": \"2001\"}], \"concepts\": [], \"actors\": ["
            + "1,".repeat(1_233)
            + "1]}");

    Run run = run("validate", file.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1_002);
    assertThat(run.err())
        .endsWith(
            file
                + ": and 234 more problems (234 errors, 0 warnings) not shown:"
                + " only the first 1000 problems of a read are kept; fix these first\n"
                + file
                + ": 1234 errors\n");
  }

  @Test
  void validate_severalFiles_reportsEachAndExitsTwoWhenOneIsInvalid() {
    Run run = run("validate", resource("frontline.yaml"), resource("invalid/broken.yaml"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("frontline.yaml: valid");
    assertThat(run.err()).contains("broken.yaml: 12 errors");
  }

  @Test
  void validate_standardInput_readWhenFileIsDash() throws IOException {
    byte[] model = read("frontline.yaml").getBytes(StandardCharsets.UTF_8);

    Run run = run(new ByteArrayInputStream(model), "validate", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("-: valid\n");
  }

  @Test
  void validate_missingFile_saysSoAndExitsTwo() {
    Run run = run("validate", temp.resolve("nope.yaml").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(temp.resolve("nope.yaml") + ": no such file\n");
  }

  @Test
  void infer_json_writesTheConformanceResultByteForByte() throws IOException {
    Run run = run("infer", resource("frontline.yaml"), "--format", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(read("frontline.result.json"));
  }

  @Test
  void infer_output_writesTheFileAndNothingToStandardOutput() throws IOException {
    Path result = temp.resolve("out/result.json");

    Run run = run("infer", resource("frontline.yaml"), "-f", "json", "-o", result.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(result)).isEqualTo(read("frontline.result.json"));
    try (Stream<Path> files = Files.list(result.getParent())) {
      assertThat(files).containsExactly(result);
    }
  }

  @Test
  void infer_noInteraction_dropsInteractionAspects() {
    Run run = run("infer", resource("frontline.yaml"), "--no-interaction", "-f", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("did:").contains("\"format\": \"narrative-result/1\"");
  }

  @Test
  void infer_defaultFormat_isTheTextReport() {
    Run run = run("infer", resource("frontline.yaml"));

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(run("infer", resource("frontline.yaml"), "-f", "TEXT").out());
    assertThat(run.out()).doesNotContain("\"format\"").contains("us.frontline-ally");
  }

  @Test
  void infer_reportFormats_writeTheirReports() throws IOException {
    Path html = temp.resolve("report.html");

    assertThat(run("infer", resource("frontline.yaml"), "-f", "html", "-o", html.toString()).exit())
        .isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
    assertThat(run("infer", resource("frontline.yaml"), "-f", "dot").out()).startsWith("digraph");
    assertThat(run("infer", resource("frontline.yaml"), "-f", "markdown").out()).startsWith("# ");
  }

  @Test
  void infer_brokenModel_exitsTwoWithoutOutput() {
    Run run = run("infer", resource("invalid/broken.yaml"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("12 errors");
  }

  @Test
  void infer_unknownFormat_exitsTwoWithUsage() {
    Run run = run("infer", resource("frontline.yaml"), "--format", "pdf");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Invalid value for option '--format'")
        .contains("Usage: narrative infer");
  }

  @Test
  void infer_tooSmallDocumentLimit_namesTheLimitAndTheOption() {
    Run run = run("infer", resource("frontline.yaml"), "--max-document-bytes", "100");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("maxDocumentBytes=100").contains("--max-document-bytes");
  }

  @Test
  void infer_concepts_replacesTheModelsConceptsWithTheSet() throws IOException {
    Path set = temp.resolve("rival.concepts.yaml");
    Files.writeString(
        set,
        "format: narrative-concepts/1\n"
            + "concepts:\n"
            + "  - {id: us.only, holder: US, prescribes: [{practice: aid, target: PK}]}\n");

    Run run = run("infer", resource("frontline.yaml"), "--concepts", set.toString(), "-f", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"us.only\"").doesNotContain("pk.strategic-depth");
  }

  @Test
  void explain_tie_saysNotPredictedAndNamesBothSides() {
    Run run =
        run(
            "explain",
            resource("frontline.yaml"),
            "--actor",
            "US",
            "--practice",
            "strike",
            "--target",
            "PK",
            "--situation",
            "later");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith(
            "US strike -> PK in situation 'later': not predicted (support 0.5 does not"
                + " exceed opposition 0.5)\n")
        .contains("  for: us.war-on-terror (priority 9), weight 0.5, activated 1st\n")
        .contains("  against: us.frontline-ally (priority 5), weight 0.5, activated 2nd\n")
        .contains("did:PK:transit:US: PK transit -> US was predicted in situation 'after'");
  }

  @Test
  void explain_withoutSituation_explainsEverySituationInTimeOrder() {
    Run run = run("explain", resource("frontline.yaml"), "--actor", "PK", "--practice", "transit");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "PK transit -> US in situation 'before': not predicted",
            "PK transit -> US in situation 'after': predicted",
            "PK transit -> US in situation 'later': not predicted");
    assertThat(run.out()).contains("not active: pk.aid-dependence");
  }

  @Test
  void explain_unknownPractice_suggestsTheClosestAndExitsTwo() {
    Run run = run("explain", resource("frontline.yaml"), "--actor", "PK", "--practice", "transitt");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "narrative explain: unknown practice 'transitt'; did you mean 'transit'?"
                + " (known: aid, transit, support, strike)\n");
  }

  @Test
  void explain_missingRequiredOption_exitsTwo() {
    Run run = run("explain", resource("frontline.yaml"), "--actor", "PK");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--practice=P'");
  }

  @Test
  void version_printsTheVersion() {
    Run run = run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("narrative ");
  }

  @Test
  void help_listsTheCommandsAndExitCodes() {
    Run run = run("--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("validate", "infer", "explain", "Exit codes:", "2   bad input");
  }

  @Test
  void noCommand_printsUsageAndExitsTwo() {
    Run run = run();

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: narrative");
  }

  @Test
  void counterfactual_json_hasLostAndGainedPredictionsWithResultKeys() {
    Run run =
        run(
            "counterfactual",
            resource("frontline.yaml"),
            "--without",
            "us.frontline-ally",
            "-f",
            "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith(
            "{\n  \"lost\": [\n    {\n      \"actor\": \"US\",\n      \"practice\": \"aid\",")
        .contains("\"gained\": [\n    {\n      \"actor\": \"US\",\n      \"practice\": \"strike\",")
        .contains("\"support\": 0.5,\n      \"opposition\": 0.0,")
        .contains("\"changedEpisodes\"", "\"newlyExplained\"", "\"newlyUnexplained\"");
  }

  @Test
  void counterfactual_unknownConcept_exitsTwo() {
    Run run = run("counterfactual", resource("frontline.yaml"), "--without", "nope");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("narrative counterfactual: unknown concept 'nope'\n");
  }

  @Test
  void counterfactual_withoutAnAspect_text() {
    Run run =
        run(
            "counterfactual",
            resource("frontline.yaml"),
            "--without-aspect",
            "after:terror-attack");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "without terror-attack in after", "Predictions lost", "PK transit -> US in after");
  }

  @Test
  void depends_oneActorAndPractice_listsNeededConcepts() {
    Run run = run("depends", resource("frontline.yaml"), "--actor", "US", "--practice", "aid");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("US aid -> PK in later")
        .contains("needs: pk.pakistan-first, us.frontline-ally")
        .contains("minimal sufficient sets: {pk.pakistan-first, us.frontline-ally}");
  }

  @Test
  void depends_json() {
    Run run = run("depends", resource("frontline.yaml"), "-f", "json", "--max-set-size", "2");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("{\n  \"dependences\": [")
        .contains("\"minimalSufficient\"", "\"episodesReused\"");
  }

  @Test
  void compare_modelAndConceptSet_scoresBothAgainstTheModelsObservations() throws IOException {
    Path set = temp.resolve("rival.concepts.yaml");
    Files.writeString(
        set,
        "format: narrative-concepts/1\n"
            + "concepts:\n"
            + "  - {id: us.only, holder: US, prescribes: [{practice: aid, target: PK}]}\n");

    Run run = run("compare", resource("frontline.yaml"), set.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("frontline: explains 4 of 5 observations")
        .contains("rival.concepts: explains 1 of 5 observations");
  }

  @Test
  void compare_conceptSetFirst_exitsTwo() throws IOException {
    Path set = temp.resolve("rival.concepts.yaml");
    Files.writeString(set, "format: narrative-concepts/1\nconcepts: []\n");

    Run run = run("compare", set.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is a concept set; give a model first");
  }

  @Test
  void reading_unknownProvider_exitsTwo() {
    Run run = run("infer", resource("frontline.yaml"), "--reading", "nope");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("narrative: no concept set provider named 'nope' on the class path");
  }

  @Test
  void compare_namedTheories() throws IOException {
    Path set = temp.resolve("rival.concepts.yaml");
    Files.writeString(
        set,
        "format: narrative-concepts/1\n"
            + "concepts:\n"
            + "  - {id: us.only, holder: US, prescribes: [{practice: aid, target: PK}]}\n");

    Run run =
        run("compare", resource("frontline.yaml"), "--theory", "aid-only=" + set, "-f", "json");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("{\n  \"theories\": [\n    \"frontline\",\n    \"aid-only\"\n  ],");
  }

  @Test
  void validate_withConceptSets_checksTheCombination() throws IOException {
    Path set = temp.resolve("bad.concepts.yaml");
    Files.writeString(
        set,
        "format: narrative-concepts/1\n"
            + "concepts:\n"
            + "  - {id: us.x, holder: USA, prescribes: [{practice: aid, target: PK}]}\n");

    Run run = run("validate", resource("frontline.yaml"), "--concepts", set.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(set + ":3:24: concept 'us.x': holder 'USA' is not a declared actor");
  }

  @Test
  void generate_writesAValidModelThatInfers() throws IOException {
    Path model = temp.resolve("generated.json");

    Run gen =
        run(
            "generate",
            "--actors",
            "3",
            "--concepts",
            "10",
            "--situations",
            "5",
            "-o",
            model.toString());
    Run validate = run("validate", model.toString());

    assertThat(gen.exit()).isZero();
    assertThat(validate.exit()).isZero();
    assertThat(run("generate", "--actors", "3", "--concepts", "10", "--situations", "5").out())
        .isEqualTo(Files.readString(model));
  }

  @Test
  void infer_parallel_isByteIdentical() throws IOException {
    Path model = temp.resolve("generated.json");
    run(
        "generate",
        "--actors",
        "8",
        "--concepts",
        "20",
        "--situations",
        "6",
        "-o",
        model.toString());

    assertThat(run("infer", model.toString(), "-f", "json", "--parallel").out())
        .isEqualTo(run("infer", model.toString(), "-f", "json").out());
  }

  @Test
  void import_tableIntoModel_writesTheModelAndReportsWhatItDid() throws IOException {
    Files.writeString(
        temp.resolve("events.csv"), "date,code\n2004-06-17,016\n2005-05-08,016\n2010-01-01,016\n");
    Path mapping = temp.resolve("strikes.mapping.yaml");
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\n"
            + "rules:\n  - name: strikes\n    where: [{column: code, equals: \"016\"}]\n"
            + "    observation: {actor: US, practice: strike, target: PK}\n");
    Path out = temp.resolve("with-data.yaml");

    Run run =
        run(
            "import",
            mapping.toString(),
            "--into",
            resource("frontline.yaml"),
            "-o",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("rule 'strikes': 3 rows selected, 0 outside every situation's period");
    assertThat(Files.readString(out)).contains("events.csv, rule 'strikes': 3 rows");
    assertThat(run("validate", out.toString()).exit()).isZero();
  }

  @Test
  void import_twoMappings_appliedInOrder_theSecondSeesWhatTheFirstAdded() throws Exception {
    Files.writeString(temp.resolve("events.csv"), "date,code\n2004-06-17,016\n2005-05-08,016\n");
    Path strikes = temp.resolve("strikes.mapping.yaml");
    Files.writeString(
        strikes,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\n"
            + "rules:\n  - name: strikes\n    where: [{column: code, equals: \"016\"}]\n"
            + "    observation: {actor: US, practice: strike, target: PK}\n");
    // fiscal years: FY2002 is placed on 1 April 2002 ('after'), FY2005 on 1 April 2005 ('later')
    Files.writeString(
        temp.resolve("aid.tsv"), "fy\tkind\tamount\nFY2002\taid\t600\nFY2005\tstrike\t0\n");
    Path aid = temp.resolve("aid.mapping.yaml");
    Files.writeString(
        aid,
        "format: narrative-mapping/1\ntable: aid.tsv\n"
            + "date: {column: fy, precision: fiscal-year}\nrules:\n"
            + "  - {name: aid, where: [{column: kind, equals: aid}], threshold: {sum: amount, atLeast: 500},"
            + " observation: {actor: US, practice: aid, target: PK}}\n"
            + "  - {name: more-strikes, where: [{column: kind, equals: strike}],"
            + " observation: {actor: US, practice: strike, target: PK}}\n");
    Path out = temp.resolve("with-data.yaml");

    Run run =
        run(
            "import",
            strikes.toString(),
            aid.toString(),
            "--into",
            resource("frontline.yaml"),
            "-o",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(strikes + ": rule 'strikes': 2 rows selected")
        .contains(
            aid
                + ": rule 'aid': 1 row selected, 0 outside every situation's period; added in"
                + " after (1 row, sum of amount 600)");
    assertThat(run.err().indexOf(strikes + ": rule 'strikes'"))
        .isLessThan(run.err().indexOf(aid + ": rule 'aid'"));
    io.github.narrativeir.model.Model model =
        io.github.narrativeir.io.ModelReader.create().read(out).model();
    // the model's strike observation gets the evidence of both tables, in the order of the mappings
    assertThat(model.observations())
        .filteredOn(o -> o.source().isPresent())
        .extracting(
            o ->
                o.actor()
                    + " "
                    + o.practice()
                    + " "
                    + o.situation()
                    + " | "
                    + o.source().orElseThrow())
        .containsExactly(
            "US aid later | CRS: Coalition Support Funds",
            "US strike later | BIJ drone strike counts; events.csv, rule 'strikes': 2 rows;"
                + " aid.tsv, rule 'more-strikes': 1 row",
            "US aid after | aid.tsv, rule 'aid': 1 row, sum of amount 600");
    assertThat(model.observations()).hasSize(6);
    assertThat(run("validate", out.toString()).exit()).isZero();
  }

  @Test
  void import_secondMappingBroken_reportsItsLocatedErrors_andWritesNothing() throws Exception {
    Files.writeString(temp.resolve("events.csv"), "date,code\n2004-06-17,016\n");
    Path good = temp.resolve("good.mapping.yaml");
    Files.writeString(
        good,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\n"
            + "rules:\n  - {name: r, observation: {actor: US, practice: strike, target: PK}}\n");
    Path bad = temp.resolve("bad.mapping.yaml");
    Files.writeString(
        bad,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\n"
            + "rules:\n  - {name: r, aspect: insurgncy}\n");
    Path out = temp.resolve("with-data.yaml");

    Run run =
        run(
            "import",
            good.toString(),
            bad.toString(),
            "--into",
            resource("frontline.yaml"),
            "-o",
            out.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            bad
                + ":5:23: rule 'r': aspect 'insurgncy' is not an aspect the model declares;"
                + " did you mean 'insurgency'?")
        .contains(bad + ": 1 error");
    assertThat(out).doesNotExist();
  }

  @Test
  void import_manyBadRows_stopsAfterAHundredProblems_andCountsTheErrorsFound() throws Exception {
    Files.writeString(temp.resolve("events.csv"), "date,code\n" + "2004-06-17\n".repeat(150));
    Path mapping = temp.resolve("strikes.mapping.yaml");
    Files.writeString(
        mapping,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\n"
            + "rules:\n  - {name: r, observation: {actor: US, practice: strike, target: PK}}\n");

    Run run = run("import", mapping.toString(), "--into", resource("frontline.yaml"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(102);
    assertThat(run.err())
        .endsWith(
            temp.resolve("events.csv")
                + ":101: stopped reading after 100 problems\n"
                + mapping
                + ": 100 errors\n");
  }

  @Test
  void import_missingSecondMapping_namesIt() throws Exception {
    Files.writeString(temp.resolve("events.csv"), "date,code\n2004-06-17,016\n");
    Path good = temp.resolve("good.mapping.yaml");
    Files.writeString(
        good,
        "format: narrative-mapping/1\ntable: events.csv\ndate: {column: date}\n"
            + "rules:\n  - {name: r, observation: {actor: US, practice: strike, target: PK}}\n");
    Path missing = temp.resolve("nope.mapping.yaml");

    Run run =
        run("import", good.toString(), missing.toString(), "--into", resource("frontline.yaml"));

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains(missing + ": no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void internalError_exitsOneWithoutStackTrace_unlessVerbose() {
    for (boolean verbose : new boolean[] {false, true}) {
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine cli =
          new picocli.CommandLine(new Failing()).setErr(new java.io.PrintWriter(err, true));
      cli.setExecutionExceptionHandler(NarrativeCli::handle);

      int exit = verbose ? cli.execute("--verbose") : cli.execute();

      assertThat(exit).isEqualTo(1);
      assertThat(err.toString())
          .startsWith("narrative: internal error: java.lang.IllegalStateException: boom\n");
      if (verbose) {
        assertThat(err.toString()).contains("\tat ");
      } else {
        assertThat(err.toString()).doesNotContain("\tat ").contains("rerun with --verbose");
      }
    }
  }

  /** A command that fails as a bug would. */
  @picocli.CommandLine.Command(name = "failing")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Option(names = "--verbose")
    boolean verbose;

    @Override
    public Integer call() {
      throw new IllegalStateException("boom");
    }
  }
}
