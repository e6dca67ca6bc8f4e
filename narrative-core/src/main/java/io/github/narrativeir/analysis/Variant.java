package io.github.narrativeir.analysis;

import static java.util.Objects.requireNonNull;

import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.model.Model;
import java.util.Optional;

/**
 * One variant of a model in a sensitivity analysis: a name that says exactly what it changed, and
 * either an edit of the original model, run incrementally against its inference ({@link
 * io.github.narrativeir.inference.Inference#rerun(ModelEdit)}), or a whole model that replaces it
 * (data imported again, say), run in full with the original inference's options. A replacement's
 * predictions are compared with the original's by actor, practice, target and situation id, and
 * its observations with the original's by what they claim, not by source: the same claim in the
 * same situation, else the same claim the replacement has in another situation (moved there); an
 * observation of the original left without a match counts as not explained in it ({@link
 * SensitivityResult.ObservationFlips#flippedIn()}).
 *
 * @param name the name, such as {@code drop-concept:us.frontline-ally}
 * @param edit the edit, when the variant is one
 * @param replacement the model, when the variant replaces the original
 */
record Variant(String name, Optional<ModelEdit> edit, Optional<Model> replacement) {
  Variant {
    requireNonNull(name, "name");
    if (edit.isPresent() == replacement.isPresent()) {
      throw new IllegalArgumentException(
          "variant '" + name + "' must be either an edit or a replacement model");
    }
  }

  /** A variant that edits the original model. */
  static Variant edit(String name, ModelEdit edit) {
    return new Variant(name, Optional.of(edit), Optional.empty());
  }

  /** A variant that replaces the original model with {@code model}. */
  static Variant replacing(String name, Model model) {
    return new Variant(name, Optional.empty(), Optional.of(model));
  }
}
