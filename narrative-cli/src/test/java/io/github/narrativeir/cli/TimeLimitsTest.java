package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TimeLimits}: a whole number and a unit, within the range; nothing else. */
class TimeLimitsTest {
  private static final Duration DAY = Duration.ofDays(1);

  private static Duration parse(String text) {
    return TimeLimits.parse("narrative discover", "--time-limit", text, DAY);
  }

  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "1ms, PT0.001S",
    "90s, PT1M30S",
    "5m, PT5M",
    "1h, PT1H",
    "24h, PT24H",
    "1440m, PT24H",
    "86400000ms, PT24H",
    "007s, PT7S"
  })
  void wholeNumberAndUnit_isThatDuration(String text, String iso) {
    assertThat(parse(text)).isEqualTo(Duration.parse(iso));
  }

  @ParameterizedTest
  @ValueSource(strings = {"90", "1.5m", "-5s", "5 s", "5S", "5min", "5d", "PT5S", "s", ""})
  void anythingElse_isRefused_sayingWhatIsAccepted(String text) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("narrative discover: --time-limit '" + text + "' ")
        .hasMessageEndingWith("(" + TimeLimits.ACCEPTED + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0ms", "0h", "25h", "1441m", "86400001ms", "9223372036854775808h"})
  void zeroOrMoreThanADay_isOutOfRange(String text) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(UserError.class)
        .hasMessage(
            "narrative discover: --time-limit "
                + text
                + " is out of range: it must be more than 0 and at most 24h");
  }

  @ParameterizedTest
  @CsvSource({"PT24H, 24h", "PT1M30S, 90s", "PT5M, 5m", "PT0.5S, 500ms"})
  void words_writeALimitAsTheOptionTakesIt(String iso, String words) {
    assertThat(TimeLimits.words(Duration.parse(iso))).isEqualTo(words);
  }
}
