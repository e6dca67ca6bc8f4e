/**
 * The vocabulary of situational narratives as immutable values.
 *
 * <p>A {@link io.github.narrativeir.model.Model} holds {@link io.github.narrativeir.model.Actor
 * actors}, {@link io.github.narrativeir.model.Aspect aspects}, {@link
 * io.github.narrativeir.model.PracticeType practice types}, {@link
 * io.github.narrativeir.model.Situation situations}, the {@link io.github.narrativeir.model.Concept
 * concepts} each actor applies to them, and the {@link io.github.narrativeir.model.Observation
 * observations} the model is evaluated against. Every value type has a builder, rejects {@code
 * null}, and keeps the order its lists were given in, so that nothing a user wrote is lost when a
 * model is written back.
 *
 * <p>Identifiers are small types ({@link io.github.narrativeir.model.ActorId}, {@link
 * io.github.narrativeir.model.AspectId}, ...) checked once when they are made. Rules that relate
 * several elements (a concept's holder must exist, ids must be unique) are not checked by the
 * builders: {@link io.github.narrativeir.model.ModelValidator} reports all of them at once.
 *
 * <pre>{@code
 * Model model = Model.builder()
 *     .addActors(Actor.of("US"), Actor.of("PK"))
 *     .addAspects(Aspect.of("us-ultimatum", "US demands a choice: with us or against us"))
 *     .addPractices(PracticeType.of("permit-transit", "Permit US transit", PracticeMode.COOPERATION))
 *     .addSituations(Situation.builder().id("post-9-11").from("2001-09").to("2003-12")
 *         .addAspects("us-ultimatum").build())
 *     .addConcepts(Concept.builder().id("pk.frontline-state").holder("PK").priority(5)
 *         .when(Trigger.builder().allOf("us-ultimatum").build())
 *         .addPrescribes(Prescription.of("permit-transit", "US"))
 *         .build())
 *     .build();
 * ValidationReport report = ModelValidator.validate(model);
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    strictBuilder = false)
@NullMarked
package io.github.narrativeir.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
