package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.model.Model;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One variant of a model in a sensitivity analysis: a name that says exactly what it changed, and
 * either an edit of the original model, run incrementally against its inference ({@link
 * io.github.narrativeir.inference.Inference#rerun(ModelEdit)}), or a whole model that replaces it
 * (data imported again, say), run in full with the original inference's options. A replacement's
 * predictions are compared with the original's by actor, practice, target and situation id, and its
 * observations with the original's by what they claim, not by source: the same claim in the same
 * situation, else the same claim the replacement has in another situation (moved there); an
 * observation of the original left without a match counts as not explained in it ({@link
 * SensitivityResult.ObservationFlips#flippedIn()}).
 *
 * <p>An edit may be given, or drawn each time it is asked for ({@link #drawn}), on the thread that
 * runs the variant: a family of many large drawn edits (a {@code monte-carlo} of thousands of
 * samples) then never holds them all at once. Drawing must give equal edits every time.
 */
final class Variant {
  private final String name;
  private final Optional<Supplier<ModelEdit>> edit;
  private final Optional<Model> replacement;

  private Variant(String name, Optional<Supplier<ModelEdit>> edit, Optional<Model> replacement) {
    this.name = checkNotNull(name, "name");
    this.edit = edit;
    this.replacement = replacement;
  }

  /** A variant that edits the original model. */
  static Variant edit(String name, ModelEdit edit) {
    checkNotNull(edit, "edit");
    return new Variant(name, Optional.of(() -> edit), Optional.empty());
  }

  /**
   * A variant that edits the original model with the edit {@code draw} gives, drawn anew each time
   * {@link #edit()} is called; {@code draw} must give equal edits every time, on any thread.
   */
  static Variant drawn(String name, Supplier<ModelEdit> draw) {
    checkNotNull(draw, "draw");
    return new Variant(name, Optional.of(draw), Optional.empty());
  }

  /** A variant that replaces the original model with {@code model}. */
  static Variant replacing(String name, Model model) {
    checkNotNull(model, "model");
    return new Variant(name, Optional.empty(), Optional.of(model));
  }

  /** The name, such as {@code drop-concept:us.frontline-ally}. */
  String name() {
    return name;
  }

  /** The edit, when the variant is one (drawn now, for a drawn variant). */
  Optional<ModelEdit> edit() {
    return edit.map(Supplier::get);
  }

  /** The model, when the variant replaces the original. */
  Optional<Model> replacement() {
    return replacement;
  }

  @Override
  public String toString() {
    return name;
  }
}
