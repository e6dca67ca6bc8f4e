package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain observations of one actor, practice and situation that contradict each other draw one
 * warning each, on the later one, naming the first earlier one they contradict; they are not errors.
 */
class DisagreeingSourcesTest {
  private static Observation obs(String target, boolean occurred, String source) {
    Observation.Builder b =
        Observation.builder().actor("US").practice("aid").situation("s").occurred(occurred).source(source);
    if (target != null) {
      b.target(target);
    }
    return b.build();
  }

  private static ValidationReport validate(Observation... observations) {
    return ModelValidator.validate(
        Model.builder()
            .addActors(Actor.of("US"), Actor.of("PK"), Actor.of("IN"))
            .addPractices(PracticeType.of("aid", "Aid", PracticeMode.COOPERATION))
            .addSituations(Situation.builder().id("s").from("2001").build())
            .addObservations(observations)
            .build());
  }

  private static List<String> warnings(ValidationReport report) {
    return report.warnings().stream().map(d -> d.pointer() + " " + d.message()).toList();
  }

  @Test
  void targetlessNegative_thenTargetedPositive_warnsOnThePositive() {
    ValidationReport report = validate(obs(null, false, "no aid at all"), obs("PK", true, "appropriations"));

    assertThat(report.errors()).isEmpty();
    assertThat(warnings(report))
        .containsExactly(
            "/observations/1/occurred observation of 'US' 'aid' to 'PK' in 's': the sources disagree:"
                + " this one says it occurred, the observation at /observations/0 (source 'no aid at"
                + " all') says it did not occur; both are scored");
  }

  @Test
  void targetedPositive_thenTargetlessNegative_warnsOnTheNegative() {
    assertThat(warnings(validate(obs("PK", true, "a"), obs(null, false, "b"))))
        .singleElement()
        .asString()
        .startsWith("/observations/1/occurred observation of 'US' 'aid' in 's': the sources disagree:"
            + " this one says it did not occur, the observation at /observations/0 (source 'a')");
  }

  @Test
  void targetedNegative_andTargetlessPositive_doNotContradict() {
    assertThat(warnings(validate(obs("PK", false, "no aid to PK"), obs(null, true, "aid to someone"))))
        .isEmpty();
    assertThat(warnings(validate(obs(null, true, "aid to someone"), obs("PK", false, "no aid to PK"))))
        .isEmpty();
  }

  @Test
  void differentTargets_doNotContradict() {
    assertThat(warnings(validate(obs("PK", true, "a"), obs("IN", false, "b")))).isEmpty();
  }

  @Test
  void agreeingObservations_doNotWarn() {
    assertThat(warnings(validate(obs("PK", false, "a"), obs("PK", false, "b"), obs(null, false, "c"))))
        .isEmpty();
  }

  @Test
  void eachLaterContradiction_namesTheFirstEarlierOneItContradicts() {
    List<String> warnings =
        warnings(
            validate(
                obs("IN", true, "a"),
                obs("PK", true, "b"),
                obs("PK", false, "c"),
                obs(null, false, "d"),
                obs("PK", true, "e")));

    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).startsWith("/observations/2/occurred").contains("/observations/1 ");
    assertThat(warnings.get(1)).startsWith("/observations/3/occurred").contains("/observations/0 ");
    assertThat(warnings.get(2)).startsWith("/observations/4/occurred").contains("/observations/2 ");
  }

  @Test
  void changeObservations_takeNoPartInDisagreements() {
    Observation stopped =
        Observation.builder().actor("US").practice("aid").target("PK").situation("s")
            .change(ChangeKind.STOPPED).build();

    assertThat(warnings(validate(obs(null, false, "none"), stopped))).isEmpty();
  }

  @Test
  void negativeWithChange_isAnErrorAtItsOccurredField() {
    Observation bad =
        Observation.builder().actor("US").practice("aid").situation("s")
            .change(ChangeKind.STARTED).occurred(false).build();

    assertThat(validate(bad).errors())
        .singleElement()
        .satisfies(d -> {
          assertThat(d.pointer()).isEqualTo("/observations/0/occurred");
          assertThat(d.message()).contains("'occurred: false' cannot go with 'change: started'");
        });
  }
}
