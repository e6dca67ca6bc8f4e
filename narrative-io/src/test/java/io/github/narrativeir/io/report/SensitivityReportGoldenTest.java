package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sensitivity report format of the frontline and negatives conformance models (every family),
 * compared byte for byte with its golden file {@code
 * src/test/resources/report/NAME.sensitivity.EXT}: frontline has no fragile prediction and no
 * negative evidence (its balanced accuracy is undefined), negatives has fragile predictions and
 * every score defined.
 *
 * <p>To regenerate the golden files after an intended change, run {@code mvn -B -q test -pl
 * narrative-io -am -Dtest=SensitivityReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnarrative.updateGolden=true}, then review the diff before committing it.
 */
class SensitivityReportGoldenTest {
  static Stream<Arguments> cases() {
    return Stream.of("frontline", "negatives")
        .flatMap(
            m ->
                Stream.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)
                    .map(f -> Arguments.of(m, f)));
  }

  @ParameterizedTest(name = "{0}.sensitivity.{1}")
  @MethodSource("cases")
  void report_equalsGoldenFile(String model, ReportFormat format) throws IOException {
    Inference inference = ReportGoldenTest.conformance(model);
    String actual =
        SensitivityReports.render(Sensitivity.create().run(inference), inference, format);
    Path golden = ReportGoldenTest.GOLDEN.resolve(model + ".sensitivity." + format.extension());

    if (Boolean.getBoolean("narrative.updateGolden")) {
      AtomicFiles.write(golden, actual.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(golden)
        .as("golden file %s; regenerate with -Dnarrative.updateGolden=true", golden)
        .exists();
    assertThat(actual)
        .as(
            "%s sensitivity report differs from %s; if the change is intended, regenerate with"
                + " -Dnarrative.updateGolden=true and review the diff",
            format, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
