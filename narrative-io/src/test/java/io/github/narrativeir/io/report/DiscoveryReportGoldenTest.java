package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.DiscoveryResult;
import io.github.narrativeir.io.DiscoveryFixtures;
import io.github.narrativeir.io.internal.AtomicFiles;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text and Markdown discovery reports of the conformance models, compared byte for byte with
 * their golden files {@code src/test/resources/report/NAME.discovery.EXT} (the search's elapsed
 * time set to 0.25 s, the only part that varies): frontline PK in replace mode (4 tied solutions),
 * PK in add mode (the best adds nothing), US in add mode (one reading), negatives US in replace
 * mode (observations no solution explains), and the last as a search stopped by its time limit.
 *
 * <p>To regenerate the golden files after an intended change, run {@code mvn -B -q test -pl
 * narrative-io -am -Dtest=DiscoveryReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnarrative.updateGolden=true}, then review the diff before committing it.
 */
class DiscoveryReportGoldenTest {
  static Stream<Arguments> cases() {
    return Stream.of(
            "frontline-PK-replace-2",
            "frontline-PK-add-4",
            "frontline-US-add-4",
            "negatives-US-replace-4",
            "negatives-US-replace-4-time-limit")
        .flatMap(
            c -> Stream.of(ReportFormat.TEXT, ReportFormat.MARKDOWN).map(f -> Arguments.of(c, f)));
  }

  /** The result of case {@code name}: model-actor-mode-concepts, and how it stopped. */
  static DiscoveryResult result(String name, Model model) {
    String[] parts = name.split("-");
    DiscoveryResult result =
        DiscoveryFixtures.discover(
            model,
            parts[1],
            parts[2].equals("add") ? Discovery.Mode.ADD : Discovery.Mode.REPLACE,
            Integer.parseInt(parts[3]));
    if (name.endsWith("-time-limit")) {
      result = DiscoveryFixtures.stopped(result, DiscoveryResult.Stop.TIME_LIMIT);
    }
    return DiscoveryFixtures.elapsed(result, Duration.ofMillis(250));
  }

  @ParameterizedTest(name = "{0}.discovery.{1}")
  @MethodSource("cases")
  void report_equalsGoldenFile(String name, ReportFormat format) throws IOException {
    Model model = DiscoveryFixtures.conformance(name.substring(0, name.indexOf('-')));
    String actual = DiscoveryReports.render(result(name, model), model, format);
    Path golden = ReportGoldenTest.GOLDEN.resolve(name + ".discovery." + format.extension());

    if (Boolean.getBoolean("narrative.updateGolden")) {
      AtomicFiles.write(golden, actual.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(golden)
        .as("golden file %s; regenerate with -Dnarrative.updateGolden=true", golden)
        .exists();
    assertThat(actual)
        .as(
            "%s discovery report differs from %s; if the change is intended, regenerate with"
                + " -Dnarrative.updateGolden=true and review the diff",
            format, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
