/**
 * The vocabulary of situational narratives as immutable values.
 *
 * <p>A {@link io.github.narrativeir.model.Model} holds {@link io.github.narrativeir.model.Actor actors},
 * {@link io.github.narrativeir.model.Aspect aspects}, {@link io.github.narrativeir.model.PracticeType
 * practice types}, {@link io.github.narrativeir.model.Situation situations}, the
 * {@link io.github.narrativeir.model.Concept concepts} each actor applies to them, and the
 * {@link io.github.narrativeir.model.Observation observations} the model is evaluated against.
 * Every value type has a builder, rejects {@code null}, and keeps the order its lists were given in,
 * so that nothing a user wrote is lost when a model is written back.
 *
 * <p>Identifiers are small types ({@link io.github.narrativeir.model.ActorId}, {@link
 * io.github.narrativeir.model.AspectId}, ...) checked once when they are made. Rules that relate
 * several elements (a concept's holder must exist, ids must be unique) are not checked by the
 * builders: {@link io.github.narrativeir.model.ModelValidator} reports all of them at once.
 *
 * {@snippet :
 * Model model = Model.builder()
 *     .addActors(Actor.of("PK"))
 *     .addSituations(Situation.builder().id("post-9-11").from("2001-09").addAspects("us-ultimatum").build())
 *     .addConcepts(Concept.builder().id("pk.frontline").holder("PK")
 *         .when(Trigger.builder().addAll("us-ultimatum").build())
 *         .addPrescribes(Prescription.of("permit-transit", "US"))
 *         .build())
 *     .build();
 * ValidationReport report = ModelValidator.validate(model);
 * }
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
