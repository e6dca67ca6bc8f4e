package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edge cases of the model package: ordering of diagnostics, null handling, normalization. */
class ModelEdgeCasesTest {

  /** duplicate-id errors are emitted before every other diagnostic, not in model order. */
  @Test
  void diagnostics_inModelOrder_whenDuplicateIdFollowsOtherProblems() {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addSituations(
                Situation.builder().id("s1").from("2001").addAspects("nope").build(),
                Situation.builder().id("s1").from("2002").build())
            .addConcepts(
                Concept.builder().id("c").holder("XX").build(),
                Concept.builder().id("c").holder("PK").build())
            .build();

    assertThat(ModelValidator.validate(model).diagnostics())
        .extracting(Diagnostic::pointer)
        .containsExactly(
            "/situations/0/aspects/0", "/situations/1/id", "/concepts/0/holder", "/concepts/1/id");
  }

  /** InteractionAspects.of turns a null actor or practice into the text "null". */
  @Test
  void interactionAspects_of_rejectsNull() {
    assertThatThrownBy(
            () -> InteractionAspects.of(null, PracticeId.of("p"), Optional.of(ActorId.of("US"))))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> InteractionAspects.of(ActorId.of("PK"), null, Optional.empty()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void interactionAspects_nullPointerTester() {
    new NullPointerTester()
        .setDefault(ActorId.class, ActorId.of("A"))
        .setDefault(PracticeId.class, PracticeId.of("p"))
        .testAllPublicStaticMethods(InteractionAspects.class);
  }

  /** fromToken(null) answers empty instead of rejecting null in a @NullMarked package. */
  @Test
  void enums_fromToken_rejectNull() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ActorKind.class);
    tester.testAllPublicStaticMethods(PracticeMode.class);
    tester.testAllPublicStaticMethods(ChangeKind.class);
  }

  /** ModelValidator's javadoc promises a warning for "a trigger that can never apply". */
  @Test
  void trigger_everyAnyAspectInNone_warning() {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addAspects(Aspect.of("a", "a"), Aspect.of("b", "b"))
            .addConcepts(
                Concept.builder()
                    .id("c")
                    .holder("PK")
                    .when(Trigger.builder().anyOf("a", "b").noneOf("a", "b").build())
                    .build())
            .build();

    assertThat(ModelValidator.validate(model).warnings())
        .extracting(Diagnostic::pointer)
        .containsExactly("/concepts/0/when");
  }

  /** with interaction off, no interaction aspect can ever occur. */
  @Test
  void interactionAspect_interactionOff_warning() {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"), Actor.of("US"))
            .addPractices(PracticeType.builder().id("p").build())
            .addConcepts(
                Concept.builder()
                    .id("pk")
                    .holder("PK")
                    .addPrescribes(Prescription.of("p", "US"))
                    .build(),
                Concept.builder()
                    .id("us")
                    .holder("US")
                    .when(Trigger.builder().allOf("did:PK:p:US").build())
                    .build())
            .options(InferenceOptions.defaults().withInteraction(false))
            .build();

    assertThat(ModelValidator.validate(model).warnings()).hasSize(1);
  }

  /** the default weight (scale 0) differs from a written 1.0 (scale 1) under equals. */
  @Test
  void prescription_defaultWeightEqualsWritten1point0() {
    assertThat(Prescription.of("p"))
        .isEqualTo(Prescription.builder().practice("p").weight("1.0").build())
        .isEqualTo(Prescription.builder().practice("p").weight(1.0).build());
  }

  /** The closest id may be one a construal produces; the warning says so. */
  @Test
  void undeclaredAspectWarning_closestMayBeConstrued() {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addAspects(Aspect.of("us-war", "war"))
            .addConcepts(
                Concept.builder()
                    .id("c")
                    .holder("PK")
                    .addConstrues(Construal.of(List.of("us-war"), "rent-opportunity"))
                    .addHighlights("rent-oportunity")
                    .build())
            .build();

    assertThat(ModelValidator.validate(model).warnings().get(0).message())
        .contains("closest declared or construed id is 'rent-opportunity'");
  }

  /** the exception documents that the report "must have errors" but does not check. */
  @Test
  void invalidModelException_reportWithoutErrors_rejected() {
    assertThatThrownBy(() -> new InvalidModelException(ValidationReport.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actorNamedDash_warnsThatInteractionAspectsAreAmbiguous() {
    Model model = Model.builder().addActors(Actor.of("PK"), Actor.of("-")).build();

    assertThat(ModelValidator.validate(model).warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.pointer()).isEqualTo("/actors/1/id");
              assertThat(w.message()).contains("actor '-'", "no target");
            });
  }
}
