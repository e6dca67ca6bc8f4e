/**
 * Inference: from a {@link io.github.narrativeir.model.Model} to episodes, narratives, predicted
 * practices, their explanations, and the evaluation against observations.
 *
 * <p>{@link io.github.narrativeir.inference.NarrativeEngine} is the entry point. It is immutable
 * and thread-safe: {@link io.github.narrativeir.inference.NarrativeEngine#create create()} returns
 * the sequential engine, and {@link io.github.narrativeir.inference.NarrativeEngine#builder
 * builder()} one that runs the episodes of a situation on several threads, with the same results.
 * {@link io.github.narrativeir.inference.NarrativeEngine#prepare prepare} indexes a model once for
 * repeated runs; {@link io.github.narrativeir.inference.NarrativeEngine#infer infer} returns an
 * {@link io.github.narrativeir.inference.Inference}: the {@link
 * io.github.narrativeir.inference.Episode episodes}, {@link
 * io.github.narrativeir.inference.Prediction predictions} and {@link
 * io.github.narrativeir.inference.Narrative narratives}, each sorted as the result format
 * prescribes, and the {@link io.github.narrativeir.inference.Evaluation} when the model has
 * observations. Every prediction can be {@link io.github.narrativeir.inference.Inference#explain
 * explained} as a derivation down to the situation's own aspects and the concepts' evidence.
 *
 * <p>An inference can be rerun with a {@link io.github.narrativeir.inference.ModelEdit} (concepts
 * left out, aspects taken from or added to situations, weights set, rank orders changed): {@link
 * io.github.narrativeir.inference.Inference#rerun Inference.rerun} recomputes only the episodes the
 * edit can reach and gives the predictions, narrative changes and evaluation that inference on the
 * edited model would give.
 *
 * <pre>{@code
 * Inference result = NarrativeEngine.create().infer(model);
 * for (Prediction p : result.predictions()) {
 *   System.out.println(result.explain(p).render());
 * }
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
@NullMarked
package io.github.narrativeir.inference;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
