package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  // ---- defaults (MODEL.md: name and label default to the id, lists to empty, priority to 0,
  // weight to 1.0, kind to state, mode to neutral, options.interaction to true)

  @Test
  void actor_defaults_nameIsIdAndKindIsState() {
    Actor actor = Actor.builder().id("PK").build();

    assertThat(actor.id()).isEqualTo(ActorId.of("PK"));
    assertThat(actor.name()).isEqualTo("PK");
    assertThat(actor.kind()).isEqualTo(ActorKind.STATE);
    assertThat(Actor.of("PK")).isEqualTo(actor);
  }

  @Test
  void actor_given_keepsNameAndKind() {
    Actor actor =
        Actor.builder().id("AFG-TALIBAN").name("Afghan Taliban").kind(ActorKind.NON_STATE).build();

    assertThat(actor.name()).isEqualTo("Afghan Taliban");
    assertThat(actor.kind()).isEqualTo(ActorKind.NON_STATE);
  }

  @Test
  void aspect_defaults_labelIsIdAndNoTags() {
    Aspect aspect = Aspect.builder().id("us-ultimatum").build();

    assertThat(aspect.label()).isEqualTo("us-ultimatum");
    assertThat(aspect.tags()).isEmpty();
  }

  @Test
  void practiceType_defaults_labelIsIdAndModeIsNeutral() {
    PracticeType practice = PracticeType.builder().id("permit-transit").build();

    assertThat(practice.label()).isEqualTo("permit-transit");
    assertThat(practice.mode()).isEqualTo(PracticeMode.NEUTRAL);
  }

  @Test
  void situation_defaults_labelIsIdNoEndNoAspects() {
    Situation situation = Situation.builder().id("post-9-11").from("2001-09").build();

    assertThat(situation.label()).isEqualTo("post-9-11");
    assertThat(situation.from()).isEqualTo(PartialDate.ofMonth(2001, 9));
    assertThat(situation.to()).isEmpty();
    assertThat(situation.aspects()).isEmpty();
  }

  @Test
  void concept_defaults() {
    Concept concept = Concept.builder().id("pk.frontline").holder("PK").build();

    assertThat(concept.label()).isEqualTo("pk.frontline");
    assertThat(concept.priority()).isZero();
    assertThat(concept.when()).isEqualTo(Trigger.always());
    assertThat(concept.when().isAlways()).isTrue();
    assertThat(concept.construes()).isEmpty();
    assertThat(concept.highlights()).isEmpty();
    assertThat(concept.occludes()).isEmpty();
    assertThat(concept.prescribes()).isEmpty();
    assertThat(concept.proscribes()).isEmpty();
    assertThat(concept.evidence()).isEmpty();
  }

  @Test
  void concept_priority_negativeAndExtremeAllowed() {
    assertThat(Concept.builder().id("c").holder("A").priority(-3).build().priority()).isEqualTo(-3);
    assertThat(Concept.builder().id("c").holder("A").priority(Integer.MIN_VALUE).build().priority())
        .isEqualTo(Integer.MIN_VALUE);
    assertThat(Concept.builder().id("c").holder("A").priority(Integer.MAX_VALUE).build().priority())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void prescription_defaults_weightIsExactlyOneAndNoTarget() {
    Prescription p = Prescription.of("permit-transit");

    assertThat(p.practice()).isEqualTo(PracticeId.of("permit-transit"));
    assertThat(p.target()).isEmpty();
    assertThat(p.weight()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(p.weight()).isEqualByComparingTo("1.0");
    assertThat(Prescription.of("permit-transit", "US").target()).contains(ActorId.of("US"));
    assertThat(Prescription.of("permit-transit", "US").weight()).isEqualByComparingTo("1");
  }

  @Test
  void trigger_empty_alwaysApplies() {
    Trigger empty = Trigger.builder().build();

    assertThat(empty).isEqualTo(Trigger.always());
    assertThat(empty.isAlways()).isTrue();
    assertThat(empty.allOf()).isEmpty();
    assertThat(empty.anyOf()).isEmpty();
    assertThat(empty.noneOf()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"all", "any", "none"})
  void trigger_anyAspect_isNotAlways(String which) {
    Trigger.Builder builder = Trigger.builder();
    switch (which) {
      case "all":
        builder.allOf("x");
        break;
      case "any":
        builder.anyOf("x");
        break;
      default:
        builder.noneOf("x");
    }

    assertThat(builder.build().isAlways()).isFalse();
  }

  @Test
  void evidence_defaults_onlySource() {
    Evidence evidence = Evidence.of("Musharraf, televised address");

    assertThat(evidence.source()).isEqualTo("Musharraf, televised address");
    assertThat(evidence.speaker()).isEmpty();
    assertThat(evidence.date()).isEmpty();
    assertThat(evidence.quote()).isEmpty();
    assertThat(evidence.paraphrase()).isFalse();
    assertThat(evidence.url()).isEmpty();
  }

  @Test
  void evidence_dateFromText() {
    assertThat(Evidence.builder().source("s").date("2001-09-19").build().date())
        .contains(PartialDate.parse("2001-09-19"));
    assertThatThrownBy(() -> Evidence.builder().date("2001-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001-9'");
  }

  @Test
  void observation_defaults_optionalsEmpty() {
    Observation o =
        Observation.builder().actor("PK").practice("permit-transit").situation("post-9-11").build();

    assertThat(o.actor()).isEqualTo(ActorId.of("PK"));
    assertThat(o.practice()).isEqualTo(PracticeId.of("permit-transit"));
    assertThat(o.situation()).isEqualTo(SituationId.of("post-9-11"));
    assertThat(o.target()).isEmpty();
    assertThat(o.change()).isEmpty();
    assertThat(o.source()).isEmpty();
  }

  @Test
  void inferenceOptions_defaults_interactionOn() {
    assertThat(InferenceOptions.defaults().interaction()).isTrue();
    assertThat(InferenceOptions.builder().build()).isEqualTo(InferenceOptions.defaults());
    assertThat(InferenceOptions.defaults().withInteraction(false).interaction()).isFalse();
    assertThat(InferenceOptions.defaults().withInteraction(false).withInteraction(true))
        .isEqualTo(InferenceOptions.defaults());
  }

  @Test
  void model_defaults_everythingEmptyAndInteractionOn() {
    Model model = Model.builder().build();

    assertThat(model.name()).isEmpty();
    assertThat(model.actors()).isEmpty();
    assertThat(model.aspects()).isEmpty();
    assertThat(model.practices()).isEmpty();
    assertThat(model.situations()).isEmpty();
    assertThat(model.concepts()).isEmpty();
    assertThat(model.observations()).isEmpty();
    assertThat(model.options().interaction()).isTrue();
  }

  // ---- required fields and nulls

  static Stream<Arguments> incompleteBuilders() {
    return Stream.<Arguments>of(
        Arguments.of("Actor", (Runnable) () -> Actor.builder().name("x").build(), "id"),
        Arguments.of("Aspect", (Runnable) () -> Aspect.builder().label("x").build(), "id"),
        Arguments.of(
            "PracticeType", (Runnable) () -> PracticeType.builder().label("x").build(), "id"),
        Arguments.of("Situation", (Runnable) () -> Situation.builder().from("2001").build(), "id"),
        Arguments.of("Situation", (Runnable) () -> Situation.builder().id("s").build(), "from"),
        Arguments.of("Concept", (Runnable) () -> Concept.builder().holder("A").build(), "id"),
        Arguments.of("Concept", (Runnable) () -> Concept.builder().id("c").build(), "holder"),
        Arguments.of(
            "Construal",
            (Runnable) () -> Construal.builder().addFrom(AspectId.of("a")).build(),
            "to"),
        Arguments.of(
            "Prescription",
            (Runnable) () -> Prescription.builder().target("US").build(),
            "practice"),
        Arguments.of("Evidence", (Runnable) () -> Evidence.builder().quote("q").build(), "source"),
        Arguments.of(
            "Observation",
            (Runnable) () -> Observation.builder().practice("p").situation("s").build(),
            "actor"),
        Arguments.of(
            "Observation",
            (Runnable) () -> Observation.builder().actor("A").situation("s").build(),
            "practice"),
        Arguments.of(
            "Observation",
            (Runnable) () -> Observation.builder().actor("A").practice("p").build(),
            "situation"));
  }

  @ParameterizedTest(name = "{0} without {2}")
  @MethodSource("incompleteBuilders")
  void build_missingRequired_throwsIllegalStateNamingAttribute(
      String type, Runnable build, String attribute) {
    assertThatThrownBy(build::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(type)
        .hasMessageContaining(attribute);
  }

  @Test
  void builders_rejectNull() {
    NullPointerTester tester = nullPointerTester();
    tester.testAllPublicInstanceMethods(Actor.builder());
    tester.testAllPublicInstanceMethods(Aspect.builder());
    tester.testAllPublicInstanceMethods(PracticeType.builder());
    tester.testAllPublicInstanceMethods(Situation.builder());
    tester.testAllPublicInstanceMethods(Trigger.builder());
    tester.testAllPublicInstanceMethods(Construal.builder());
    tester.testAllPublicInstanceMethods(Prescription.builder());
    tester.testAllPublicInstanceMethods(Evidence.builder());
    tester.testAllPublicInstanceMethods(Concept.builder());
    tester.testAllPublicInstanceMethods(Observation.builder());
    tester.testAllPublicInstanceMethods(InferenceOptions.builder());
    tester.testAllPublicInstanceMethods(Model.builder());
  }

  @Test
  void staticFactories_rejectNull() {
    NullPointerTester tester = nullPointerTester();
    for (Class<?> type :
        List.of(
            Actor.class,
            Aspect.class,
            PracticeType.class,
            Situation.class,
            Trigger.class,
            Construal.class,
            Prescription.class,
            Evidence.class,
            Concept.class,
            Observation.class,
            InferenceOptions.class,
            Model.class,
            Diagnostic.class,
            ValidationReport.class,
            ModelValidator.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void builder_stringOverloads_rejectMalformedIds() {
    assertThatThrownBy(() -> Actor.builder().id("P K"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor id 'P K'");
    assertThatThrownBy(() -> Concept.builder().holder("P/K"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor id 'P/K'");
    assertThatThrownBy(() -> Situation.builder().addAspects("ok", "not ok"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspect id 'not ok'");
    assertThatThrownBy(() -> Trigger.builder().noneOf("é"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspect id 'é'");
    assertThatThrownBy(() -> Prescription.builder().practice(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("practice id ''");
    assertThatThrownBy(() -> Observation.builder().situation("post 9/11"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("situation id 'post 9/11'");
    assertThatThrownBy(() -> Construal.of(List.of("a"), "b c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aspect id 'b c'");
  }

  @Test
  void situation_malformedDates_rejected() {
    assertThatThrownBy(() -> Situation.builder().from("2001-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001-9'");
    assertThatThrownBy(() -> Situation.builder().to("2001/09"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001/09'");
  }

  // ---- weights

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void weightDouble_notFinite_throws(double weight) {
    assertThatThrownBy(() -> Prescription.builder().weight(weight))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight " + weight);
  }

  @Test
  void weightDouble_usesShortestDecimal() {
    assertThat(Prescription.builder().practice("p").weight(0.1).build().weight())
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(Prescription.builder().practice("p").weight(0.5).build().weight())
        .isEqualByComparingTo("0.5");
    assertThat(Prescription.builder().practice("p").weight(2).build().weight())
        .isEqualByComparingTo("2");
  }

  @Test
  void weightString_isExact() {
    BigDecimal weight = Prescription.builder().practice("p").weight("0.1").build().weight();

    assertThat(weight).isEqualTo(new BigDecimal("0.1"));
    assertThat(weight.add(new BigDecimal("0.2"))).isEqualByComparingTo("0.3");
    assertThat(
            Prescription.builder()
                .practice("p")
                .weight("0.30000000000000000000001")
                .build()
                .weight()
                .toPlainString())
        .isEqualTo("0.30000000000000000000001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "0,5", "NaN", "Infinity", "1/2"})
  void weightString_notDecimal_throws(String weight) {
    assertThatThrownBy(() -> Prescription.builder().weight(weight))
        .isInstanceOf(NumberFormatException.class);
  }

  @Test
  void weight_zeroAndNegative_acceptedByBuilderAndLeftToValidator() {
    // MODEL.md: the validator reports a weight that is not positive; the builder keeps it.
    assertThat(Prescription.builder().practice("p").weight("0").build().weight()).isZero();
    assertThat(Prescription.builder().practice("p").weight(-1.5).build().weight())
        .isEqualByComparingTo("-1.5");
  }

  // ---- collections

  @Test
  void collections_guavaImmutableInInsertionOrder() {
    Concept concept =
        Concept.builder()
            .id("c")
            .holder("A")
            .when(Trigger.builder().allOf("z", "a", "m").anyOf("y", "b").noneOf("x", "c").build())
            .addConstrues(Construal.of(List.of("z", "a"), "k"), Construal.of(List.of(), "b"))
            .addHighlights("z", "a", "m")
            .addOccludes("q", "b")
            .addPrescribes(Prescription.of("p2", "B"), Prescription.of("p1", "A"))
            .addProscribes(Prescription.of("p9"), Prescription.of("p0"))
            .addEvidence(Evidence.of("second"), Evidence.of("first"))
            .build();

    assertThat(concept.when().allOf()).isInstanceOf(ImmutableSet.class);
    assertThat(concept.when().allOf()).extracting(AspectId::value).containsExactly("z", "a", "m");
    assertThat(concept.when().anyOf()).extracting(AspectId::value).containsExactly("y", "b");
    assertThat(concept.when().noneOf()).extracting(AspectId::value).containsExactly("x", "c");
    assertThat(concept.construes()).isInstanceOf(ImmutableList.class);
    assertThat(concept.construes().get(0).from())
        .isInstanceOf(ImmutableSet.class)
        .extracting(AspectId::value)
        .containsExactly("z", "a");
    assertThat(concept.construes()).extracting(c -> c.to().value()).containsExactly("k", "b");
    assertThat(concept.highlights()).isInstanceOf(ImmutableSet.class);
    assertThat(concept.highlights()).extracting(AspectId::value).containsExactly("z", "a", "m");
    assertThat(concept.occludes()).extracting(AspectId::value).containsExactly("q", "b");
    assertThat(concept.prescribes()).isInstanceOf(ImmutableList.class);
    assertThat(concept.prescribes())
        .extracting(p -> p.practice().value())
        .containsExactly("p2", "p1");
    assertThat(concept.proscribes())
        .extracting(p -> p.practice().value())
        .containsExactly("p9", "p0");
    assertThat(concept.evidence()).isInstanceOf(ImmutableList.class);
    assertThat(concept.evidence()).extracting(Evidence::source).containsExactly("second", "first");
  }

  @Test
  void collections_modelListsKeepOrder() {
    Model model =
        Model.builder()
            .addActors(Actor.of("US"), Actor.of("PK"), Actor.of("AFG"))
            .addAspects(Aspect.of("b", "B"), Aspect.of("a", "A"))
            .addSituations(
                Situation.builder().id("s2").from("2002").build(),
                Situation.builder().id("s1").from("2001").build())
            .build();

    assertThat(model.actors()).isInstanceOf(ImmutableList.class);
    assertThat(model.actors()).extracting(a -> a.id().value()).containsExactly("US", "PK", "AFG");
    assertThat(model.aspects()).extracting(a -> a.id().value()).containsExactly("b", "a");
    assertThat(model.situations()).extracting(s -> s.id().value()).containsExactly("s2", "s1");
  }

  @Test
  void collections_aspectTagsKeepOrder() {
    Aspect aspect = Aspect.builder().id("a").addTags("z", "a", "m").build();

    assertThat(aspect.tags()).isInstanceOf(ImmutableSet.class).containsExactly("z", "a", "m");
  }

  @Test
  void collections_copiedFromMutableInput() {
    List<AspectId> aspects = new ArrayList<>(List.of(AspectId.of("a"), AspectId.of("b")));
    Situation situation = Situation.builder().id("s").from("2001").aspects(aspects).build();

    aspects.add(AspectId.of("c"));

    assertThat(situation.aspects()).extracting(AspectId::value).containsExactly("a", "b");
  }

  @Test
  @SuppressWarnings("DoNotCall") // the call that always throws is what this test makes
  void collections_unmodifiable() {
    Situation situation = Situation.builder().id("s").from("2001").addAspects("a").build();

    assertThatThrownBy(() -> situation.aspects().add(AspectId.of("b")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builder_reusable_earlierValueUnchanged() {
    Situation.Builder builder = Situation.builder().id("s").from("2001").addAspects("a");
    Situation first = builder.build();

    Situation second = builder.addAspects("b").build();

    assertThat(first.aspects()).extracting(AspectId::value).containsExactly("a");
    assertThat(second.aspects()).extracting(AspectId::value).containsExactly("a", "b");
  }

  @Test
  void from_copiesEveryAttribute() {
    Concept concept =
        Concept.builder()
            .id("c")
            .holder("A")
            .label("L")
            .priority(4)
            .when(Trigger.builder().allOf("x").build())
            .addHighlights("x")
            .addPrescribes(Prescription.builder().practice("p").weight("0.25").build())
            .addEvidence(Evidence.of("s"))
            .build();

    assertThat(Concept.builder().from(concept).build()).isEqualTo(concept);
  }

  // ---- equality

  @Test
  void equals_actorByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            Actor.of("PK"),
            Actor.builder().id("PK").build(),
            Actor.builder().id("PK").name("PK").kind(ActorKind.STATE).build())
        .addEqualityGroup(Actor.builder().id("PK").name("Pakistan").build())
        .addEqualityGroup(Actor.builder().id("PK").kind(ActorKind.ORGANIZATION).build())
        .addEqualityGroup(Actor.of("US"))
        .testEquals();
  }

  @Test
  void equals_prescriptionByAllAttributes() {
    new EqualsTester()
        .addEqualityGroup(
            Prescription.of("p", "US"),
            Prescription.builder().practice("p").target("US").build(),
            Prescription.builder().practice("p").target("US").weight(BigDecimal.ONE).build())
        .addEqualityGroup(Prescription.of("p"))
        .addEqualityGroup(Prescription.of("q", "US"))
        .addEqualityGroup(Prescription.of("p", "PK"))
        .addEqualityGroup(Prescription.builder().practice("p").target("US").weight("0.5").build())
        .testEquals();
  }

  @Test
  void equals_situationAndTrigger() {
    new EqualsTester()
        .addEqualityGroup(
            Situation.builder().id("s").from("2001-09").to("2003").addAspects("a", "b").build(),
            Situation.builder()
                .id(SituationId.of("s"))
                .label("s")
                .from(PartialDate.ofMonth(2001, 9))
                .to(Optional.of(PartialDate.ofYear(2003)))
                .addAspects(AspectId.of("a"), AspectId.of("b"))
                .build())
        .addEqualityGroup(Situation.builder().id("s").from("2001-09").addAspects("a", "b").build())
        .addEqualityGroup(Situation.builder().id("s").from("2001").to("2003").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Trigger.always(), Trigger.builder().build())
        .addEqualityGroup(
            Trigger.builder().allOf("x").build(), Trigger.builder().allOf("x").build())
        .addEqualityGroup(Trigger.builder().anyOf("x").build())
        .addEqualityGroup(Trigger.builder().noneOf("x").build())
        .testEquals();
  }

  @Test
  void equals_diagnostic() {
    new EqualsTester()
        .addEqualityGroup(
            Diagnostic.of(Severity.ERROR, "/actors/1/id", "m"),
            Diagnostic.of(Severity.ERROR, "/actors/1/id", "m"))
        .addEqualityGroup(Diagnostic.of(Severity.WARNING, "/actors/1/id", "m"))
        .addEqualityGroup(Diagnostic.of(Severity.ERROR, "/actors/0/id", "m"))
        .addEqualityGroup(Diagnostic.of(Severity.ERROR, "/actors/1/id", "n"))
        .testEquals();
  }

  @Test
  void diagnostic_render() {
    assertThat(Diagnostic.of(Severity.ERROR, "/concepts/0/holder", "concept 'x': bad").render())
        .isEqualTo("error: /concepts/0/holder: concept 'x': bad");
    assertThat(Diagnostic.of(Severity.WARNING, "/concepts/0/when", "w").render())
        .isEqualTo("warning: /concepts/0/when: w");
  }

  // ---- enums

  @ParameterizedTest
  @EnumSource(ActorKind.class)
  void actorKind_tokenRoundTrip(ActorKind kind) {
    assertThat(ActorKind.fromToken(kind.token())).contains(kind);
    assertThat(kind).hasToString(kind.token());
  }

  @ParameterizedTest
  @EnumSource(PracticeMode.class)
  void practiceMode_tokenRoundTrip(PracticeMode mode) {
    assertThat(PracticeMode.fromToken(mode.token())).contains(mode);
    assertThat(mode).hasToString(mode.token());
  }

  @ParameterizedTest
  @EnumSource(ChangeKind.class)
  void changeKind_tokenRoundTrip(ChangeKind change) {
    assertThat(ChangeKind.fromToken(change.token())).contains(change);
    assertThat(change).hasToString(change.token());
  }

  @Test
  void tokens_asInModelMd() {
    assertThat(Stream.of(ActorKind.values()).map(ActorKind::token))
        .containsExactly("state", "non-state", "organization");
    assertThat(Stream.of(PracticeMode.values()).map(PracticeMode::token))
        .containsExactly("cooperation", "coercion", "neutral");
    assertThat(Stream.of(ChangeKind.values()).map(ChangeKind::token))
        .containsExactly("started", "stopped");
    assertThat(Severity.ERROR).hasToString("error");
    assertThat(Severity.WARNING).hasToString("warning");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "State", "STATE", "non_state", "nonstate", " state", "NON_STATE"})
  void fromToken_unknown_empty(String token) {
    assertThat(ActorKind.fromToken(token)).isEmpty();
    assertThat(PracticeMode.fromToken(token)).isEmpty();
    assertThat(ChangeKind.fromToken(token)).isEmpty();
  }

  // ---- interaction aspects

  @Test
  void interactionAspect_format() {
    assertThat(
            InteractionAspects.of(
                ActorId.of("PK"), PracticeId.of("permit-transit"), Optional.of(ActorId.of("US"))))
        .isEqualTo(AspectId.of("did:PK:permit-transit:US"));
    assertThat(InteractionAspects.of(ActorId.of("PK"), PracticeId.of("strike"), Optional.empty()))
        .isEqualTo(AspectId.of("did:PK:strike:-"));
  }

  private static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(ActorId.class, ActorId.of("A"))
        .setDefault(AspectId.class, AspectId.of("a"))
        .setDefault(ConceptId.class, ConceptId.of("c"))
        .setDefault(PracticeId.class, PracticeId.of("p"))
        .setDefault(SituationId.class, SituationId.of("s"))
        .setDefault(PartialDate.class, PartialDate.ofYear(2001))
        .setDefault(Trigger.class, Trigger.always())
        .setDefault(Model.class, Model.builder().build())
        .setDefault(String.class, "x");
  }
}
