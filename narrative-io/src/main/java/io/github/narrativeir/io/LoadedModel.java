package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Model;

/**
 * A model read from a file, with the warnings found in it (errors make reading fail instead).
 *
 * @param model the model, valid: inference accepts it
 * @param warnings the warnings, located, in document order
 * @since 0.1.0
 */
public record LoadedModel(Model model, ImmutableList<Problem> warnings) {
  /** Checks that no component is null and copies the warnings. */
  public LoadedModel {
    checkNotNull(model, "model");
    warnings = ImmutableList.copyOf(warnings);
  }
}
