package io.github.narrativeir.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.SensitivityWriter;
import io.github.narrativeir.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code sensitivity} job: its {@code narrative-sensitivity/1} JSON is the bytes {@code
 * narrative sensitivity} prints with the same arguments, every family and monte-carlo included.
 */
class SensitivityJobTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "negatives.yaml|",
        "frontline.yaml|",
        "negatives.yaml|--samples 50 --seed 7",
        "frontline.yaml|--family monte-carlo --samples 40 --seed -3",
        "negatives.yaml|--family weight,swap-rank --no-interaction",
      })
  void json_isTheBytesOfNarrativeSensitivity(String model, String options) {
    String file = Fixtures.path(model).toString();
    String[] extra = options == null ? new String[0] : options.split(" ");
    String[] common = concat(new String[] {"sensitivity", file, "--format", "json"}, extra);

    Commands.Run single = Commands.narrative(common);
    Commands.Run spark =
        Commands.spark(concat(common, new String[] {"--master", "local[2]", "--slices", "3"}));

    assertThat(single.exit()).as(single.err()).isZero();
    assertThat(spark.exit()).as(spark.err()).isZero();
    assertThat(spark.out()).startsWith("{").isEqualTo(single.out());
  }

  @Test
  void textReport_isTheReportOfNarrativeSensitivity(@TempDir Path dir) throws Exception {
    String file = Fixtures.path("frontline.yaml").toString();
    Path out = dir.resolve("s.md");
    Commands.Run single =
        Commands.narrative("sensitivity", file, "--samples", "5", "-f", "markdown");
    Commands.Run spark =
        Commands.spark(
            "sensitivity",
            file,
            "--samples",
            "5",
            "-f",
            "markdown",
            "-o",
            out.toString(),
            "--master",
            "local[1]");

    assertThat(spark.exit()).as(spark.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(single.out());
  }

  @Test
  void api_outcomesAreOneRowPerVariant_andTheResultIsTheSingleMachineOne() throws Exception {
    Model model = ModelReader.create().read(Fixtures.path("negatives.yaml")).model();
    Sensitivity analysis = Sensitivity.builder().monteCarlo(MonteCarlo.of(30, 11)).build();

    DistributedSensitivity run =
        NarrativeSpark.sensitivity(LocalSpark.session(), model, model.options(), analysis);

    String expected = SensitivityWriter.toJson(analysis.run(NarrativeEngine.create().infer(model)));
    assertThat(SensitivityWriter.toJson(run.result())).isEqualTo(expected);
    Dataset<Row> outcomes = run.outcomes();
    int variants = analysis.variantCount(run.original());
    assertThat(outcomes.count()).isEqualTo(variants);
    assertThat(outcomes.filter("name like 'monte-carlo:%'").count()).isEqualTo(30);
    Row first = outcomes.orderBy("index").first();
    assertThat(first.<String>getAs("name")).startsWith("drop-concept:");
    // a variant that loses a prediction says which, by the original's prediction index
    assertThat(outcomes.filter("size(lost) > 0").count()).isPositive();
  }

  @Test
  void badFamily_isNarrativeSensitivitysMessage_exit2() {
    Commands.Run single =
        Commands.narrative(
            "sensitivity", Fixtures.path("negatives.yaml").toString(), "--family", "nope");
    Commands.Run run =
        Commands.spark(
            "sensitivity", Fixtures.path("negatives.yaml").toString(), "--family", "nope");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("narrative sensitivity: ")
        .contains("nope")
        .doesNotContain("Exception")
        .isEqualTo(single.err());
  }

  @Test
  void shiftBoundaryAndReadLimits_theOptionsOfNarrativeSensitivity_sameBytes(@TempDir Path dir)
      throws Exception {
    DyadsJobTest.importAndInfer("USA", "PAK", dir); // an imported model and its bound mapping
    String[] common = {
      "sensitivity",
      dir.resolve("model.yaml").toString(),
      "--mapping",
      dir.resolve("dyad.mapping.yaml").toString(),
      "--family",
      "shift-boundary,weight",
      "--max-document-bytes",
      "1000000",
      "--format",
      "json"
    };
    Commands.Run single = Commands.narrative(common);
    Commands.Run spark =
        Commands.spark(concat(common, new String[] {"--master", "local[2]", "--slices", "2"}));

    assertThat(single.exit()).as(single.err()).isZero();
    assertThat(spark.exit()).as(spark.err()).isZero();
    assertThat(single.out()).contains("\"shift-boundary\"");
    assertThat(spark.out()).isEqualTo(single.out());

    Commands.Run limited =
        Commands.spark(
            "sensitivity", dir.resolve("model.yaml").toString(), "--max-document-bytes", "100");
    assertThat(limited.exit()).isEqualTo(2);
    assertThat(limited.err()).contains("--max-document-bytes").doesNotContain("Exception");
  }

  @Test
  void help_showsSparksOptionsThenNarrativeSensitivitys() {
    Commands.Run run = Commands.spark("sensitivity", "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--master").contains("--slices").contains("--mapping");
    assertThat(run.out().indexOf("--slices")).isLessThan(run.out().indexOf("--mapping"));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
