package io.github.narrativeir.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * How weights and their sums are written everywhere (results, reports, explanations): plainly,
 * without trailing zeros but with at least one fractional digit, so that equal numbers are written
 * alike: {@code 1.0}, {@code 0.5}, {@code 2.25}.
 *
 * <p>Not API: this package is exported only to the project's own modules.
 */
public final class Decimals {
  private Decimals() {}

  /** Returns {@code value} with the scale it is written with: {@code 1} becomes {@code 1.0}. */
  public static BigDecimal normalize(BigDecimal value) {
    checkNotNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() <= 0 ? stripped.setScale(1) : stripped;
  }

  /** Returns {@code value} as written: {@code 1.0}, {@code 0.5}, {@code 100.0}. */
  public static String format(BigDecimal value) {
    return normalize(value).toPlainString();
  }
}
