package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.Model;
import java.util.regex.Pattern;

/**
 * A whole model that replaces the original in a sensitivity analysis, with a name that says what it
 * changed: the variants of a family added with {@link Sensitivity.Builder#addModelFamily}, such as
 * the models made by importing the same data again into shifted periods. A replacement is run in
 * full, with the original inference's options, and compared with the original as MODEL.md says:
 * predictions by actor, practice, target and situation id; observations by what they claim, not by
 * their source, and an observation the replacement has in another situation is the same one moved
 * there ({@link SensitivityResult.ObservationFlips#flippedIn()}).
 *
 * @param name the variant's name: the family's name, {@code :}, then ids and {@code /}, such as
 *     {@code shift-boundary:early/late/earlier}
 * @param model the model run in place of the original
 * @since 0.1.0
 */
public record ModelVariant(String name, Model model) {
  /** A variant's name, as the output's schema has it. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*:[A-Za-z0-9._:/-]+");

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code name} is not of the form {@code family:what}, where
   *     {@code family} is lower-case letters, digits and {@code -}, and {@code what} ids and {@code
   *     /}
   */
  public ModelVariant {
    checkNotNull(name, "name");
    checkNotNull(model, "model");
    checkArgument(
        NAME.matcher(name).matches(),
        "malformed variant name '%s': expected a family's name, ':' and what the variant changed"
            + " (ids and '/'), such as shift-boundary:early/late/earlier",
        name);
  }
}
