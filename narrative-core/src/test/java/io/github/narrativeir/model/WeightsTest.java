package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds of a weight, checked on its text before any arithmetic, and in the builder. */
class WeightsTest {
  private static final Duration FAST = Duration.ofSeconds(2);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e1000000",
        "1e999999999",
        "1e99999999999999999999",
        "1E+32",
        "100000000000000000000000000000000",
        "-1e40"
      })
  void tooLarge_isRejectedFromTheText_fast(String text) {
    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> Weights.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(NumberFormatException.class)
                .hasMessageContaining("digits before the decimal point")
                .hasMessageEndingWith(
                    "a weight has at most 32 digits before the decimal point and at most 32 after it"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e-999999999",
        "1e-33",
        "0.000000000000000000000000000000001",
        "1.000000000000000000000000000000001",
        "1e-99999999999999999999"
      })
  void tooManyPlaces_isRejectedFromTheText_fast(String text) {
    assertTimeoutPreemptively(
        FAST,
        () ->
            assertThatThrownBy(() -> Weights.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits after the decimal point"));
  }

  @Test
  void aHugeLiteral_isQuotedByAShortExcerpt() {
    String digits = "7".repeat(60_000);

    assertThatThrownBy(() -> Weights.parse(digits))
        .hasMessageStartingWith(
            "weight 777777777777777777777777... (60000 characters) has 60000"
                + " digits before the decimal point;")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "-", ".", "1e", "1e+", "heavy", ".inf", "1..2", "1.2.3", "0x10", "1_000", "1e5x", "++1"
      })
  void notADecimal_isANumberFormatException(String text) {
    assertThatThrownBy(() -> Weights.parse(text)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void withinBounds_readsExactlyAndNormalizes() {
    assertThat(Weights.parse("0.50")).isEqualTo(new BigDecimal("0.5"));
    assertThat(Weights.parse("1.5e3")).isEqualTo(new BigDecimal("1500"));
    assertThat(Weights.parse("1E+20")).isEqualTo(new BigDecimal("100000000000000000000"));
    assertThat(Weights.parse("-0.25")).isEqualTo(new BigDecimal("-0.25"));
    assertThat(Weights.parse("0e999999999999")).isEqualTo(BigDecimal.ZERO);
    assertThat(Weights.parse("1." + "0".repeat(60_000))).isEqualTo(BigDecimal.ONE);
    assertThat(Weights.parse("0.0000000000000000000000000000001e-1"))
        .isEqualTo(new BigDecimal("1e-32"));
    assertThat(Weights.parse("99999999999999999999999999999999.99999999999999999999999999999999"))
        .isEqualTo(
            new BigDecimal("99999999999999999999999999999999.99999999999999999999999999999999"));
  }

  /** The text check agrees with BigDecimal's reading of every literal within the bounds. */
  @Test
  void parse_agreesWithBigDecimal_andWithCheck() {
    qt().withFixedSeed(14L)
        .withExamples(2000)
        .forAll(longs().all(), integers().between(-40, 40), integers().between(0, 3))
        .checkAssert(
            (unscaled, scale, form) -> {
              BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), scale);
              String text =
                  switch (form) {
                    case 0 -> value.toString();
                    case 1 -> value.toPlainString();
                    case 2 -> value.toEngineeringString();
                    default -> value.toPlainString() + (value.scale() > 0 ? "000" : "");
                  };
              BigDecimal stripped = value.stripTrailingZeros();
              boolean within =
                  value.signum() == 0
                      || (stripped.precision() - stripped.scale() <= 32 && stripped.scale() <= 32);
              if (within) {
                BigDecimal expected = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
                if (value.signum() == 0) {
                  expected = BigDecimal.ZERO;
                }
                assertThat(Weights.parse(text)).as(text).isEqualTo(expected);
                assertThat(Weights.check(value)).as(text).isEqualTo(expected);
              } else {
                assertThatThrownBy(() -> Weights.parse(text))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class)
                    .isNotInstanceOf(NumberFormatException.class);
                assertThatThrownBy(() -> Weights.check(value))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class);
              }
            });
  }

  @Test
  void theBuilder_enforcesTheBounds_forApiUsers_fast() {
    assertTimeoutPreemptively(
        FAST,
        () -> {
          assertThatThrownBy(
                  () -> Prescription.builder().practice("aid").weight("1e1000000").build())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("digits before the decimal point");
          assertThatThrownBy(
                  () ->
                      Prescription.builder()
                          .practice("aid")
                          .weight(new BigDecimal("1e-999999999"))
                          .build())
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("digits after the decimal point");
          assertThatThrownBy(
                  () ->
                      Prescription.builder()
                          .practice("aid")
                          .weight(new BigDecimal("1e999999999"))
                          .build())
              .isInstanceOf(IllegalArgumentException.class);
          BigDecimal manyZeros = new BigDecimal(BigInteger.TEN.pow(20_000), 20_000);
          assertThat(Prescription.builder().practice("aid").weight(manyZeros).build().weight())
              .isEqualTo(BigDecimal.ONE);
          assertThat(Prescription.builder().practice("aid").weight("2.50").build().weight())
              .isEqualTo(new BigDecimal("2.5"));
        });
  }
}
