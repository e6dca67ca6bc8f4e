/**
 * Analysis of a model once it runs: what if ({@link
 * io.github.narrativeir.analysis.Counterfactuals}), what was necessary ({@link
 * io.github.narrativeir.analysis.Dependence}), how much the result rests on each coding choice
 * ({@link io.github.narrativeir.analysis.Sensitivity}: every concept left out, every aspect dropped
 * or borrowed from the next situation, every weight halved and doubled, every two adjacent ranks
 * swapped; if asked, {@link io.github.narrativeir.analysis.MonteCarlo} samples from a seeded
 * generator, each changing many of these at once; and families of whole replacement models such as
 * data imported again into shifted periods: {@link io.github.narrativeir.analysis.ModelVariant}),
 * which theory explains which observation and whether it beats the baselines ({@link
 * io.github.narrativeir.analysis.TheoryComparison}, {@link
 * io.github.narrativeir.analysis.TheoryVerdict}), and which practices reproduce one another across
 * situations ({@link io.github.narrativeir.analysis.PracticeCycles}).
 *
 * <pre>{@code
 * Inference result = NarrativeEngine.create().infer(model);
 * CounterfactualResult without =
 *     Counterfactuals.run(model, Variation.builder().addWithoutConcepts(ConceptId.of("us.war-on-terror")).build());
 * without.lost().forEach(System.out::println);
 * for (PredictionDependence d : Dependence.analyze(result, 3).dependences()) {
 *   System.out.println(d.prediction() + " needs " + d.needed());
 * }
 * SensitivityResult sensitivity = Sensitivity.create().run(result);
 * for (SensitivityResult.PredictionHolds p : sensitivity.predictions()) {
 *   System.out.println(p.prediction() + " holds in " + p.holds().orElseThrow() + " of the variants");
 * }
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
@NullMarked
package io.github.narrativeir.analysis;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
