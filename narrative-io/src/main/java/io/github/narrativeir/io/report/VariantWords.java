package io.github.narrativeir.io.report;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a sensitivity variant changed, in plain words, read from its name (MODEL.md's table of
 * families): {@code drop-concept:us.frontline-ally} is "without the concept us.frontline-ally",
 * {@code double-weight:us.frontline-ally/proscribes/strike/PK} is "with the weight of
 * us.frontline-ally against strike on PK doubled". A name of another form (a family added later, or
 * a malformed one) is shown as it is.
 *
 * <p>Ids are written by a function the report chooses (a code span, say) and every other piece by
 * another (the report's escaping), so that the words are safe in every format whatever the name.
 */
final class VariantWords {
  /** An id as MODEL.md defines ids; a part of a name that is not one is not read as one. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]+");

  /** The families whose variants are named by another word than the family's name. */
  private static final Map<String, String> FAMILY_OF_PREFIX =
      Map.of("halve-weight", "weight", "double-weight", "weight");

  /** What each family of MODEL.md's table varies, one variant at a time. */
  private static final Map<String, String> FAMILY_MEANING =
      Map.of(
          "drop-concept", "a concept left out",
          "drop-aspect", "an aspect taken out of a situation that has it",
          "add-aspect", "an aspect of the situation before or after added to a situation",
          "weight", "the weight of one prescription or proscription halved, or doubled",
          "swap-rank", "two concepts next to each other in an actor's rank order exchanged",
          "monte-carlo",
              "many choices at once, drawn from a seeded generator: concepts and situation aspects"
                  + " left out, every weight rescaled, ties of priority broken at random");

  private VariantWords() {}

  /**
   * The family a variant belongs to: the word its name begins with, up to the first {@code :}
   * ({@code halve-weight} and {@code double-weight} belong to {@code weight}).
   */
  static String family(String name) {
    int colon = name.indexOf(':');
    String prefix = colon < 0 ? name : name.substring(0, colon);
    return FAMILY_OF_PREFIX.getOrDefault(prefix, prefix);
  }

  /**
   * What each variant of {@code family} changes, or an empty string for a family not known here.
   */
  static String meaning(String family) {
    return FAMILY_MEANING.getOrDefault(family, "");
  }

  /** {@code name} in plain words, ids and the rest as they are: for plain text and tooltips. */
  static String describe(String name) {
    return describe(name, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * {@code name} in plain words, such as "without the aspect insurgency in later": each id passed
   * through {@code id}, each other piece of text through {@code text}. A name of no known form is
   * passed whole through {@code text}.
   */
  static String describe(String name, UnaryOperator<String> id, UnaryOperator<String> text) {
    int colon = name.indexOf(':');
    if (colon > 0) {
      String prefix = name.substring(0, colon);
      List<String> parts = List.of(name.substring(colon + 1).split("/", -1));
      String words = words(prefix, parts, id, text);
      if (words != null) {
        return words;
      }
    }
    return text.apply(name);
  }

  private static @Nullable String words(
      String prefix, List<String> parts, UnaryOperator<String> id, UnaryOperator<String> text) {
    switch (prefix) {
      case "drop-concept":
        return ids(parts, 1) ? text.apply("without the concept ") + id.apply(parts.get(0)) : null;
      case "drop-aspect":
        return ids(parts, 2)
            ? text.apply("without the aspect ")
                + id.apply(parts.get(1))
                + text.apply(" in ")
                + id.apply(parts.get(0))
            : null;
      case "add-aspect":
        return ids(parts, 2)
            ? text.apply("with the aspect ")
                + id.apply(parts.get(1))
                + text.apply(" added to ")
                + id.apply(parts.get(0))
            : null;
      case "halve-weight":
      case "double-weight":
        return weight(prefix.equals("halve-weight") ? "halved" : "doubled", parts, id, text);
      case "swap-rank":
        return ids(parts, 2)
            ? text.apply("with ")
                + id.apply(parts.get(0))
                + text.apply(" and ")
                + id.apply(parts.get(1))
                + text.apply(" exchanging ranks")
            : null;
      case "monte-carlo":
        return parts.size() == 1 && parts.get(0).matches("[1-9][0-9]*")
            ? text.apply("in Monte-Carlo sample " + parts.get(0))
            : null;
      default:
        return null;
    }
  }

  /** {@code <concept>/<prescribes or proscribes>/<practice>/<target or ->}. */
  private static @Nullable String weight(
      String how, List<String> parts, UnaryOperator<String> id, UnaryOperator<String> text) {
    if (!ids(parts, 4)) {
      return null;
    }
    String side = parts.get(1);
    if (!side.equals("prescribes") && !side.equals("proscribes")) {
      return null;
    }
    String target = parts.get(3);
    return text.apply("with the weight of ")
        + id.apply(parts.get(0))
        + text.apply(side.equals("prescribes") ? " for " : " against ")
        + id.apply(parts.get(2))
        + (target.equals("-") ? "" : text.apply(" on ") + id.apply(target))
        + text.apply(" " + how);
  }

  /** Whether {@code parts} are {@code n} ids. */
  private static boolean ids(List<String> parts, int n) {
    return parts.size() == n && parts.stream().allMatch(p -> ID.matcher(p).matches());
  }
}
