package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.internal.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The exhaustive families of one-at-a-time variants of MODEL.md's sensitivity analysis ({@code
 * narrative-sensitivity/1}), in the order of its table, which is the order they are run and listed
 * in.
 *
 * @since 0.1.0
 */
public enum SensitivityFamily {
  /** Each concept left out, in id order: {@code drop-concept:<concept>}. */
  DROP_CONCEPT("drop-concept"),
  /**
   * Each aspect given in a situation taken out of it, in situation order, then aspect id: {@code
   * drop-aspect:<situation>/<aspect>}.
   */
  DROP_ASPECT("drop-aspect"),
  /**
   * Each aspect given in the situation before or after a situation but not in it, added to it, in
   * situation order, then aspect id: {@code add-aspect:<situation>/<aspect>}.
   */
  ADD_ASPECT("add-aspect"),
  /**
   * Each prescription or proscription entry's weight halved, then each one's doubled (entries by
   * concept id, {@code prescribes} before {@code proscribes}, practice, target with none first):
   * {@code halve-weight:<concept>/<prescribes or proscribes>/<practice>/<target or ->} and {@code
   * double-weight:...}.
   */
  WEIGHT("weight"),
  /**
   * For each actor (id order), each pair of its concepts adjacent in rank order, from the top,
   * exchanging places: {@code swap-rank:<higher concept>/<lower concept>}.
   */
  SWAP_RANK("swap-rank");

  private final String token;

  SensitivityFamily(String token) {
    this.token = token;
  }

  /** The family's name in the output and on the command line, such as {@code drop-concept}. */
  public String token() {
    return token;
  }

  /** The family's name, as {@link #token()}. */
  @Override
  public String toString() {
    return token;
  }

  /**
   * Returns the family named {@code name} (its {@link #token()}).
   *
   * @throws IllegalArgumentException if no family has that name; the message lists the allowed ones
   */
  public static SensitivityFamily parse(String name) {
    checkNotNull(name, "name");
    for (SensitivityFamily f : values()) {
      if (f.token.equals(name)) {
        return f;
      }
    }
    List<String> allowed = Arrays.stream(values()).map(SensitivityFamily::token).toList();
    throw new IllegalArgumentException(
        "unknown sensitivity family '"
            + name
            + "'"
            + Suggestions.didYouMean(name, allowed)
            + " (allowed: "
            + allowed.stream().collect(Collectors.joining(", "))
            + ")");
  }
}
