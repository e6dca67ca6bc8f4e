package io.github.narrativeir.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The bounds of a prescription's weight, checked before any arithmetic: written out without
 * exponent and without trailing zeros, a weight has at most {@value #MAX_INTEGER_DIGITS} digits
 * before the decimal point and at most {@value #MAX_FRACTION_DIGITS} after it (so its magnitude is
 * below 10^32 and, unless it is 0, at least 10^-32, and it has at most 64 significant digits).
 * Within these bounds every weight is a small exact decimal, and a sum of a billion of them has
 * fewer than 75 digits: inference stays exact and fast. A literal such as {@code 1e1000000} or
 * {@code 1e-999999999} is rejected from its text, without ever expanding its exponent, and a
 * message quotes at most a short excerpt of it.
 *
 * @since 0.1.0
 */
public final class Weights {
  /** The most digits a weight may have after the decimal point. */
  public static final int MAX_FRACTION_DIGITS = 32;

  /** The most digits a weight may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 32;

  private static final String BOUNDS =
      "a weight has at most "
          + MAX_INTEGER_DIGITS
          + " digits before the decimal point and at most "
          + MAX_FRACTION_DIGITS
          + " after it";

  /** The longest part of a literal quoted in a message. */
  private static final int EXCERPT = 24;

  private Weights() {}

  /**
   * Reads the decimal literal {@code text} ({@code 0.5}, {@code -2}, {@code 1.5e3}) as an exact
   * weight, normalized (no trailing zeros, no negative scale), checking the bounds on the text
   * before any arithmetic.
   *
   * @throws NumberFormatException if {@code text} is not a decimal literal
   * @throws IllegalArgumentException if the weight is out of bounds; the message quotes at most a
   *     short excerpt of the text
   */
  public static BigDecimal parse(String text) {
    int n = text.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    int mantissaStart = i;
    int integerDigits = 0;
    int digits = 0;
    int first = -1; // index, among the mantissa's digits, of the first and last non-zero digit
    int last = -1;
    boolean point = false;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          first = first < 0 ? digits : first;
          last = digits;
        }
        digits++;
        integerDigits += point ? 0 : 1;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      throw notDecimal(text);
    }
    int mantissaEnd = i;
    long exponent = 0;
    boolean exponentTooLong = false;
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        negativeExponent = text.charAt(i) == '-';
        i++;
      }
      int exponentDigits = 0;
      for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
        exponentDigits++;
        if (exponent > 0 || text.charAt(i) != '0') {
          if (exponent >= 100_000_000_000L) {
            exponentTooLong = true;
          } else {
            exponent = exponent * 10 + (text.charAt(i) - '0');
          }
        }
      }
      if (exponentDigits == 0) {
        throw notDecimal(text);
      }
      exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != n) {
      throw notDecimal(text);
    }
    if (first < 0) {
      return BigDecimal.ZERO;
    }
    int significant = last - first + 1;
    // the power of ten of the first and of the last significant digit
    long lead = integerDigits - 1L - first + exponent;
    long tail = integerDigits - 1L - last + exponent;
    if (exponentTooLong ? exponent > 0 : lead >= MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "weight "
              + excerpt(text)
              + " has "
              + (exponentTooLong ? "too many" : String.valueOf(lead + 1))
              + " digits before the decimal point; "
              + BOUNDS);
    }
    if (exponentTooLong || tail < -MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "weight "
              + excerpt(text)
              + " has "
              + (exponentTooLong ? "too many" : String.valueOf(-tail))
              + " digits after the decimal point; "
              + BOUNDS);
    }
    StringBuilder unscaled = new StringBuilder(significant);
    int seen = 0;
    for (int k = mantissaStart; k < mantissaEnd && seen <= last; k++) {
      char c = text.charAt(k);
      if (c == '.') {
        continue;
      }
      if (seen >= first) {
        unscaled.append(c);
      }
      seen++;
    }
    BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), (int) -tail);
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    return negative ? value.negate() : value;
  }

  /**
   * Checks that {@code weight} is within the bounds and returns it normalized: without trailing
   * zeros and with no negative scale, so that {@code 1.0} and {@code 1} are the same weight. Costs
   * no more than one division, whatever the scale of {@code weight}.
   *
   * @throws IllegalArgumentException if the weight is out of bounds
   */
  public static BigDecimal check(BigDecimal weight) {
    if (weight.signum() == 0) {
      return BigDecimal.ZERO;
    }
    long lead = (long) weight.precision() - 1 - weight.scale();
    if (lead >= MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "weight has " + (lead + 1) + " digits before the decimal point; " + BOUNDS);
    }
    if (lead < -MAX_FRACTION_DIGITS) {
      throw new IllegalArgumentException(
          "weight has " + (-lead) + " or more digits after the decimal point; " + BOUNDS);
    }
    BigDecimal value = weight;
    if (value.scale() > MAX_FRACTION_DIGITS) {
      try {
        value = value.setScale(MAX_FRACTION_DIGITS, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "weight has more than "
                + MAX_FRACTION_DIGITS
                + " digits after the decimal point; "
                + BOUNDS,
            e);
      }
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    return value;
  }

  private static NumberFormatException notDecimal(String text) {
    return new NumberFormatException("weight " + excerpt(text) + " is not a decimal number");
  }

  private static String excerpt(String text) {
    return text.length() <= EXCERPT
        ? text
        : text.substring(0, EXCERPT) + "... (" + text.length() + " characters)";
  }
}
