package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SensitivityWriter}: how undefined values, whole numbers and shares are written, and that
 * the file written atomically holds the same bytes as the text.
 */
class SensitivityWriterTest {
  static Model negatives() {
    try (InputStream in =
        SensitivityWriterTest.class.getResourceAsStream("/conformance/negatives.yaml")) {
      return ModelReader.create().read("negatives.yaml", in).model();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void modelWithoutObservations_writesNoObservationsAndEveryScoreAsNull() {
    Model unobserved = Model.builder().from(negatives()).observations(List.of()).build();

    String json =
        SensitivityWriter.toJson(
            Sensitivity.create().run(NarrativeEngine.create().infer(unobserved)));

    assertThat(json).contains("  \"observations\": [],\n");
    assertThat(json)
        .endsWith(
            "  \"scores\": {\n"
                + "    \"balancedAccuracy\": {\n"
                + "      \"original\": null,\n"
                + "      \"min\": null,\n"
                + "      \"median\": null,\n"
                + "      \"max\": null\n"
                + "    },\n"
                + "    \"recall\": {\n"
                + "      \"original\": null,\n"
                + "      \"min\": null,\n"
                + "      \"median\": null,\n"
                + "      \"max\": null\n"
                + "    },\n"
                + "    \"changesExplained\": {\n"
                + "      \"original\": null,\n"
                + "      \"min\": null,\n"
                + "      \"median\": null,\n"
                + "      \"max\": null\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
    assertThat(json).contains("\"holds\": 0.9091,");
  }

  @Test
  void runWithoutVariants_writesNullShares_andTheOriginalScoresOnly() {
    SensitivityResult r =
        Sensitivity.builder()
            .families(List.<SensitivityFamily>of())
            .build()
            .run(NarrativeEngine.create().infer(negatives()));

    String json = SensitivityWriter.toJson(r);

    assertThat(json).contains("  \"families\": [],\n");
    assertThat(json).contains("      \"holds\": null,\n      \"lostIn\": []\n");
    assertThat(json).contains("  \"gained\": [],\n");
    assertThat(json)
        .contains(
            "    \"changesExplained\": {\n"
                + "      \"original\": 1,\n"
                + "      \"min\": null,\n"
                + "      \"median\": null,\n"
                + "      \"max\": null\n");
  }

  @Test
  void shareOfOne_isWrittenWithAFractionalDigit() {
    SensitivityResult r =
        Sensitivity.builder()
            .families(SensitivityFamily.SWAP_RANK)
            .build()
            .run(NarrativeEngine.create().infer(negatives()));

    assertThat(SensitivityWriter.toJson(r))
        .contains("\"holds\": 1.0,")
        .doesNotContain("\"holds\": 1,");
  }

  @Test
  void writtenFile_holdsTheText(@TempDir Path dir) throws IOException {
    SensitivityResult r = Sensitivity.create().run(NarrativeEngine.create().infer(negatives()));
    Path file = dir.resolve("negatives.sensitivity.json");

    SensitivityWriter.write(r, file);

    assertThat(Files.readString(file)).isEqualTo(SensitivityWriter.toJson(r));
  }
}
