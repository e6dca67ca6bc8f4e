package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code monte-carlo} family written as {@code narrative-sensitivity/1}: the same seed gives
 * the same bytes (pinned in {@code monte-carlo/negatives-seed-42.sensitivity.json}: every family of
 * {@code negatives} and 20 samples of seed 42), sequentially, in parallel and streamed; its family
 * entry names the generator, the seed and the distribution after its count; the exhaustive families
 * are written as without it.
 */
class MonteCarloWriterTest {
  static final String PINNED = "/monte-carlo/negatives-seed-42.sensitivity.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Inference negatives() {
    return NarrativeEngine.create().infer(SensitivityWriterTest.negatives());
  }

  static String pinned() throws IOException {
    try (InputStream in = MonteCarloWriterTest.class.getResourceAsStream(PINNED)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static String write(MonteCarlo spec, boolean parallel) {
    return SensitivityWriter.toJson(
        Sensitivity.builder().monteCarlo(spec).parallel(parallel).build().run(negatives()));
  }

  @Test
  void seed42_givesThePinnedBytes_sequentiallyInParallelAndStreamed() throws IOException {
    SensitivityResult parallel =
        Sensitivity.builder()
            .monteCarlo(MonteCarlo.of(20, 42))
            .parallel(true)
            .build()
            .run(negatives());
    StringWriter streamed = new StringWriter();
    SensitivityWriter.write(parallel, streamed);

    assertThat(write(MonteCarlo.of(20, 42), false)).isEqualTo(pinned());
    assertThat(SensitivityWriter.toJson(parallel)).isEqualTo(pinned());
    assertThat(streamed.toString()).isEqualTo(pinned());
  }

  @Test
  void sameSeed_givesTheSameBytes_anotherSeedOthers() {
    String once = write(MonteCarlo.of(50, 7), false);

    assertThat(write(MonteCarlo.of(50, 7), true)).isEqualTo(once);
    assertThat(write(MonteCarlo.of(50, 8), false)).isNotEqualTo(once);
  }

  @Test
  void familyEntry_namesGeneratorSeedAndDistribution_afterItsCount() throws IOException {
    MonteCarlo spec =
        MonteCarlo.builder()
            .samples(3)
            .seed(Long.MIN_VALUE)
            .weightFactor(new BigDecimal("1.5"))
            .conceptDropProbability(new BigDecimal("0.0125"))
            .aspectDropProbability(BigDecimal.ZERO)
            .breakTies(false)
            .build();

    String json =
        SensitivityWriter.toJson(
            Sensitivity.builder().families(List.of()).monteCarlo(spec).build().run(negatives()));

    assertThat(json)
        .startsWith(
            "{\n"
                + "  \"format\": \"narrative-sensitivity/1\",\n"
                + "  \"families\": [\n"
                + "    {\n"
                + "      \"name\": \"monte-carlo\",\n"
                + "      \"variants\": 3,\n"
                + "      \"generator\": \"java.util.SplittableRandom\",\n"
                + "      \"seed\": -9223372036854775808,\n"
                + "      \"weightFactor\": 1.5,\n"
                + "      \"conceptDropProbability\": 0.0125,\n"
                + "      \"aspectDropProbability\": 0.0,\n"
                + "      \"breakTies\": false\n"
                + "    }\n"
                + "  ],\n");
    assertThat(JSON.readTree(json).get("families").get(0).get("seed").longValue())
        .isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void defaultDistribution_isWrittenAsDocumented() throws IOException {
    JsonNode family = JSON.readTree(pinned()).get("families").get(5);

    assertThat(family.toString())
        .isEqualTo(
            "{\"name\":\"monte-carlo\",\"variants\":20,\"generator\":\"java.util.SplittableRandom\","
                + "\"seed\":42,\"weightFactor\":2.0,\"conceptDropProbability\":0.1,"
                + "\"aspectDropProbability\":0.1,\"breakTies\":true}");
  }

  @Test
  void exhaustiveFamilies_areWrittenAsWithoutMonteCarlo() throws IOException {
    JsonNode with = JSON.readTree(pinned());
    JsonNode without = JSON.readTree(ConformanceTest.resource("negatives.sensitivity.json"));

    List<JsonNode> exhaustive = new ArrayList<>();
    with.get("families").forEach(exhaustive::add);
    assertThat(exhaustive.subList(0, 5)).containsExactlyElementsOf(without.get("families"));
    assertThat(with.get("scores").get("balancedAccuracy").get("original"))
        .isEqualTo(without.get("scores").get("balancedAccuracy").get("original"));
    for (int i = 0; i < without.get("predictions").size(); i++) {
      List<String> lost = new ArrayList<>();
      with.get("predictions").get(i).get("lostIn").forEach(n -> lost.add(n.asText()));
      List<String> exhaustiveLost = new ArrayList<>();
      without.get("predictions").get(i).get("lostIn").forEach(n -> exhaustiveLost.add(n.asText()));
      assertThat(lost).startsWith(exhaustiveLost.toArray(String[]::new));
      assertThat(lost.subList(exhaustiveLost.size(), lost.size()))
          .allMatch(n -> n.startsWith("monte-carlo:"));
    }
  }
}
