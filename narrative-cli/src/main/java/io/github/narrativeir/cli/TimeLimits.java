package io.github.narrativeir.cli;

import java.math.BigInteger;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time limits on the command line: a whole number and a unit, {@code ms}, {@code s}, {@code m} or
 * {@code h}, such as {@code 500ms}, {@code 90s}, {@code 5m} or {@code 1h}. A bare number is refused
 * rather than guessed at (seconds? milliseconds?): the message says how to write it.
 */
final class TimeLimits {
  /** What the messages say is accepted. */
  static final String ACCEPTED =
      "accepted: a whole number and a unit, ms, s, m or h, such as 500ms, 90s, 5m or 1h";

  private static final Pattern SYNTAX = Pattern.compile("([0-9]+)(ms|s|m|h)");

  private TimeLimits() {}

  /**
   * The duration {@code text} names, more than 0 and at most {@code max}.
   *
   * @param command the command, for messages, such as {@code narrative discover}
   * @param option the option, for messages, such as {@code --time-limit}
   * @throws UserError if {@code text} is not a duration as accepted, or is out of range
   */
  static Duration parse(String command, String option, String text, Duration max) {
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches()) {
      String bare = text.strip();
      throw new UserError(
          command
              + ": "
              + option
              + " '"
              + text
              + "' "
              + (bare.matches("[0-9]+")
                  ? "needs a unit: write " + bare + "s for seconds (" + ACCEPTED + ")"
                  : "is not a time limit (" + ACCEPTED + ")"));
    }
    BigInteger millis =
        new BigInteger(m.group(1))
            .multiply(
                BigInteger.valueOf(
                    switch (m.group(2)) {
                      case "ms" -> 1L;
                      case "s" -> 1_000L;
                      case "m" -> 60_000L;
                      default -> 3_600_000L;
                    }));
    if (millis.signum() == 0 || millis.compareTo(BigInteger.valueOf(max.toMillis())) > 0) {
      throw new UserError(
          command
              + ": "
              + option
              + " "
              + text.strip()
              + " is out of range: it must be more than 0 and at most "
              + words(max));
    }
    return Duration.ofMillis(millis.longValueExact());
  }

  /** A limit as the options write it: {@code 24h}, {@code 90s}. */
  static String words(Duration d) {
    long millis = d.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
