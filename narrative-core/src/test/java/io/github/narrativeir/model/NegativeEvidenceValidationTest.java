package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * What {@link ModelValidator} says of {@code occurred} (MODEL.md, vocabulary and step 8): negative
 * evidence with a change is an error; two plain observations of one cell that disagree draw one
 * warning, on the later one, naming the earlier.
 */
class NegativeEvidenceValidationTest {
  private static Model.Builder model() {
    return Model.builder()
        .addActors(Actor.of("PK"), Actor.of("US"), Actor.of("AF"))
        .addPractices(
            PracticeType.builder().id("p").build(), PracticeType.builder().id("q").build())
        .addSituations(
            Situation.builder().id("s1").from("2001").build(),
            Situation.builder().id("s2").from("2002").build());
  }

  /** PK does (or, with {@code occurred} false, does not do) {@code practice}. */
  private static Observation.Builder observation(
      String practice, String target, String situation, boolean occurred) {
    Observation.Builder o =
        Observation.builder()
            .actor("PK")
            .practice(practice)
            .situation(situation)
            .occurred(occurred);
    if (target != null) {
      o.target(target);
    }
    return o;
  }

  private static Observation pos(String target) {
    return observation("p", target, "s1", true).build();
  }

  private static Observation neg(String target) {
    return observation("p", target, "s1", false).build();
  }

  private static ValidationReport validate(Observation... observations) {
    return ModelValidator.validate(model().addObservations(observations).build());
  }

  // ---- occurred with change

  @Test
  void changeWithOccurredFalse_isAnError_atTheOccurredField() {
    ValidationReport report =
        validate(pos("US"), observation("p", "US", "s2", false).change(ChangeKind.STARTED).build());

    assertThat(report.diagnostics()).as(report.render()).hasSize(1);
    Diagnostic d = report.diagnostics().get(0);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.pointer()).isEqualTo("/observations/1/occurred");
    assertThat(d.message())
        .contains(
            "observation of 'PK' 'p' to 'US' in 's2'", "'occurred: false'", "'change: started'");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void stoppedWithOccurredFalse_isAnError_namingTheChange() {
    ValidationReport report =
        validate(observation("p", null, "s2", false).change(ChangeKind.STOPPED).build());

    assertThat(report.errors())
        .extracting(Diagnostic::pointer, d -> d.message().contains("'change: stopped'"))
        .containsExactly(tuple("/observations/0/occurred", true));
  }

  @Test
  void changeWithOccurredTrue_isValid() {
    ValidationReport report =
        validate(
            observation("p", "US", "s2", true).change(ChangeKind.STARTED).build(),
            observation("p", null, "s2", true).change(ChangeKind.STOPPED).build());

    assertThat(report.diagnostics()).as(report.render()).isEmpty();
  }

  @Test
  void plainNegativeEvidence_isValid() {
    assertThat(validate(neg("US"), neg(null)).diagnostics()).isEmpty();
  }

  @Test
  void danglingReferencesOfANegativeObservation_areStillErrors() {
    ValidationReport report = validate(observation("r", "IN", "s9", false).build());

    assertThat(report.errors())
        .extracting(Diagnostic::pointer)
        .containsExactly(
            "/observations/0/practice", "/observations/0/target", "/observations/0/situation");
  }

  // ---- sources that disagree

  @Test
  void disagreeingSources_oneWarning_onTheLaterObservation_namingTheEarlier() {
    ValidationReport report =
        validate(
            observation("p", "US", "s1", true).source("press").build(),
            observation("q", "US", "s1", true).build(),
            observation("p", "US", "s1", false).source("memoir").build());

    assertThat(report.isValid()).isTrue();
    assertThat(report.diagnostics()).as(report.render()).hasSize(1);
    Diagnostic d = report.diagnostics().get(0);
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.pointer()).isEqualTo("/observations/2/occurred");
    assertThat(d.message())
        .contains(
            "observation of 'PK' 'p' to 'US' in 's1'",
            "the sources disagree",
            "this one says it did not occur",
            "/observations/0",
            "source 'press'",
            "says it occurred");
  }

  @Test
  void disagreeingSources_negativeFirst_warnOnThePositiveOne() {
    ValidationReport report = validate(neg("US"), pos("US"));

    assertThat(report.warnings())
        .extracting(Diagnostic::pointer)
        .containsExactly("/observations/1/occurred");
    assertThat(report.warnings().get(0).message())
        .contains("this one says it occurred", "/observations/0 (no source) says it did not occur");
  }

  @Test
  void targetlessNegative_contradictsATargetedPositive() {
    // "PK did not do p in s1" denies p to US as well: the same cell for the evaluation
    assertThat(validate(pos("US"), neg(null)).warnings())
        .extracting(Diagnostic::pointer)
        .containsExactly("/observations/1/occurred");
    assertThat(validate(neg(null), pos("US")).warnings())
        .extracting(Diagnostic::pointer)
        .containsExactly("/observations/1/occurred");
  }

  @Test
  void targetedNegative_doesNotContradictATargetlessPositive() {
    // "PK did p in s1 (to someone)" and "PK did not do p to US in s1" can both be true
    assertThat(validate(pos(null), neg("US")).diagnostics()).isEmpty();
    assertThat(validate(neg("US"), pos(null)).diagnostics()).isEmpty();
  }

  @Test
  void negativeOfAnotherTarget_doesNotContradict() {
    assertThat(validate(pos("US"), neg("AF")).diagnostics()).isEmpty();
  }

  @Test
  void otherActorPracticeOrSituation_doesNotContradict() {
    ValidationReport report =
        validate(
            pos("US"),
            observation("q", "US", "s1", false).build(),
            observation("p", "US", "s2", false).build(),
            Observation.builder()
                .actor("US")
                .practice("p")
                .target("US")
                .situation("s1")
                .occurred(false)
                .build());

    assertThat(report.diagnostics()).as(report.render()).isEmpty();
  }

  @Test
  void changeObservations_neverDisagreeWithPlainOnes() {
    ValidationReport report =
        validate(neg("US"), observation("p", "US", "s1", true).change(ChangeKind.STARTED).build());

    assertThat(report.diagnostics()).as(report.render()).isEmpty();
  }

  @Test
  void sourcesThatAgree_doNotWarn() {
    assertThat(validate(neg("US"), neg("US"), neg(null), pos("US")).warnings())
        .as("only the positive disagrees, once")
        .extracting(Diagnostic::pointer)
        .containsExactly("/observations/3/occurred");
    assertThat(validate(pos("US"), pos("US"), pos(null)).diagnostics()).isEmpty();
  }

  @Test
  void everyLaterDisagreeingObservation_getsOneWarning_namingTheFirstItContradicts() {
    ValidationReport report = validate(pos("US"), neg("US"), pos("US"), neg(null));

    assertThat(report.warnings())
        .extracting(
            Diagnostic::pointer, d -> d.message().replaceAll(".*(/observations/\\d+) .*", "$1"))
        .containsExactly(
            tuple("/observations/1/occurred", "/observations/0"),
            tuple("/observations/2/occurred", "/observations/1"),
            tuple("/observations/3/occurred", "/observations/0"));
  }

  @Test
  void positiveContradictingATargetlessAndATargetedNegative_namesTheEarlierOfTheTwo() {
    // observation 4 contradicts both 2 (same target) and 3 (no target): it names 2; and 3, a
    // targetless negative, names the first positive of any target (0), not the one of its own (1)
    ValidationReport report = validate(pos("PK"), pos("US"), neg("US"), neg(null), pos("US"));

    assertThat(report.warnings())
        .extracting(
            Diagnostic::pointer, d -> d.message().replaceAll(".*(/observations/\\d+) .*", "$1"))
        .containsExactly(
            tuple("/observations/2/occurred", "/observations/1"),
            tuple("/observations/3/occurred", "/observations/0"),
            tuple("/observations/4/occurred", "/observations/2"));
  }

  @Test
  void disagreementWarnings_comeInModelOrder_amongTheObservationsErrors() {
    ValidationReport report =
        validate(
            pos("US"),
            neg("US"), // warning at /observations/1
            observation("p", "IN", "s1", true).build()); // error at /observations/2

    assertThat(report.diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::pointer)
        .containsExactly(
            tuple(Severity.WARNING, "/observations/1/occurred"),
            tuple(Severity.ERROR, "/observations/2/target"));
  }
}
