package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each report format of the frontline and negatives conformance models, compared byte for byte with
 * its golden file in {@code src/test/resources/report/}: frontline has no negative evidence (so its
 * balanced accuracy is undefined), negatives has false positives, false negatives, true negatives
 * and a model that does not beat the persistence baseline.
 *
 * <p>To regenerate the golden files after an intended change, run {@code mvn -B -q verify
 * -Dnarrative.updateGolden=true} (or only this test: {@code mvn -B -q test -pl narrative-io -am
 * -Dtest=ReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dnarrative.updateGolden=true}),
 * then review the diff with {@code git diff} before committing it.
 */
class ReportGoldenTest {
  static final Path CONFORMANCE = module().resolve("src/test/resources/conformance");
  static final Path GOLDEN = module().resolve("src/test/resources/report");

  static Path module() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  static Inference frontline() throws IOException {
    return conformance("frontline");
  }

  static Inference negatives() throws IOException {
    return conformance("negatives");
  }

  static Inference conformance(String name) throws IOException {
    return NarrativeEngine.create()
        .infer(ModelReader.create().read(CONFORMANCE.resolve(name + ".yaml")).model());
  }

  static Stream<Arguments> cases() {
    return Stream.of("frontline", "negatives")
        .flatMap(m -> Arrays.stream(ReportFormat.values()).map(f -> Arguments.of(m, f)));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("cases")
  void report_equalsGoldenFile(String model, ReportFormat format) throws IOException {
    String actual = Reports.render(conformance(model), format);
    Path golden = GOLDEN.resolve(model + "." + format.extension());

    if (Boolean.getBoolean("narrative.updateGolden")) {
      AtomicFiles.write(golden, actual.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(golden)
        .as("golden file %s; regenerate with -Dnarrative.updateGolden=true", golden)
        .exists();
    assertThat(actual)
        .as(
            "%s report differs from %s; if the change is intended, regenerate with"
                + " -Dnarrative.updateGolden=true and review the diff",
            format, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
