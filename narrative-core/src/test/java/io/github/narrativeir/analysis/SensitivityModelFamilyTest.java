package io.github.narrativeir.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.analysis.SensitivityResult.GainedPrediction;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Families of replacement models ({@link Sensitivity.Builder#addModelFamily}): where they run, how
 * they are validated, and how a replacement's observations are matched with the original's (by
 * claim, not source; moved to another situation; missing).
 */
class SensitivityModelFamilyTest {
  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  /**
   * PK protests against the US where a drone campaign holds: the campaign and the protest observed
   * in {@code early} (as an import would put them there), none in {@code late}.
   */
  private static Model model(String campaignIn, Observation... observations) {
    return Model.builder()
        .addActors(Actor.of("US"), Actor.of("PK"))
        .addAspects(Aspect.of("campaign", "A drone campaign"))
        .addPractices(
            PracticeType.of("protest", "Protest", PracticeMode.COERCION),
            PracticeType.of("strike", "Strike", PracticeMode.COERCION))
        .addSituations(
            situation("early", "2004", "2006", campaignIn),
            situation("late", "2007", "2008", campaignIn))
        .addConcepts(
            Concept.builder()
                .id("pk.sovereignty")
                .holder("PK")
                .when(Trigger.builder().allOf("campaign").build())
                .addPrescribes(Prescription.of("protest", "US"))
                .build())
        .addObservations(observations)
        .build();
  }

  private static Situation situation(String id, String from, String to, String campaignIn) {
    Situation.Builder b = Situation.builder().id(id).from(from).to(to);
    return campaignIn.equals(id) ? b.addAspects("campaign").build() : b.build();
  }

  private static Observation protest(String situation, String source) {
    return Observation.builder()
        .actor("PK")
        .practice("protest")
        .target("US")
        .situation(situation)
        .source(source)
        .build();
  }

  private static final Model ORIGINAL =
      model("early", protest("early", "events.csv, rule 'protests': 1 row"));

  private static Inference original() {
    return ENGINE.infer(ORIGINAL);
  }

  private static SensitivityResult run(ModelVariant... variants) {
    return Sensitivity.builder()
        .families(List.of())
        .addModelFamily("replaced", List.of(variants))
        .build()
        .run(original());
  }

  @Test
  void modelFamilies_runAfterTheExhaustiveOnes_inTheOrderAdded() {
    Sensitivity s =
        Sensitivity.builder()
            .families(SensitivityFamily.DROP_CONCEPT)
            .addModelFamily("second", List.of(new ModelVariant("second:same", ORIGINAL)))
            .addModelFamily("first", List.of())
            .build();

    SensitivityResult r = s.run(original());

    assertThat(r.families())
        .containsExactly(
            new FamilyCount("drop-concept", 1),
            new FamilyCount("second", 1),
            new FamilyCount("first", 0));
    assertThat(s.variantCount(original())).isEqualTo(2);
    assertThat(s.modelFamilies().keySet()).containsExactly("second", "first");
    assertThat(r.predictions().get(0).lostIn()).containsExactly("drop-concept:pk.sovereignty");
    // a replacement is run in full
    assertThat(r.episodesRecomputed()).isGreaterThanOrEqualTo(original().episodes().size());
  }

  @Test
  void observation_whoseSourceAloneDiffers_isTheSameObservation() {
    Model recounted = model("early", protest("early", "events.csv, rule 'protests': 2 rows"));

    SensitivityResult r = run(new ModelVariant("replaced:recounted", recounted));

    assertThat(r.observations())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.explained()).isTrue();
              assertThat(o.flippedIn()).isEmpty();
            });
    assertThat(r.predictions().get(0).holds()).contains(java.math.BigDecimal.ONE.setScale(4));
  }

  @Test
  void observationMovedWithTheData_explainedWhereItMoved_isNotFlipped() {
    Model moved = model("late", protest("late", "events.csv, rule 'protests': 1 row"));

    SensitivityResult r = run(new ModelVariant("replaced:moved", moved));

    assertThat(r.observations().get(0).flippedIn()).isEmpty();
    // the prediction moved with the campaign: lost in early, gained in late
    assertThat(r.predictions().get(0).lostIn()).containsExactly("replaced:moved");
    assertThat(r.gained())
        .extracting(GainedPrediction::situation)
        .extracting(Object::toString)
        .containsExactly("late");
    assertThat(r.balancedAccuracy().min()).isEqualTo(r.balancedAccuracy().original());
  }

  @Test
  void observationMovedWithoutThePrediction_isFlipped() {
    Model movedAlone = model("early", protest("late", "events.csv, rule 'protests': 1 row"));

    SensitivityResult r = run(new ModelVariant("replaced:moved-alone", movedAlone));

    assertThat(r.observations().get(0).flippedIn()).containsExactly("replaced:moved-alone");
  }

  @Test
  void observationTheReplacementLacks_countsAsNotExplained() {
    Model gone = model("early");

    SensitivityResult r = run(new ModelVariant("replaced:gone", gone));

    assertThat(r.observations().get(0).flippedIn()).containsExactly("replaced:gone");
  }

  @Test
  void observationInTheSameSituation_isMatchedBeforeOneMovedElsewhere() {
    // the original observes the protest in both situations; the replacement only in late: late
    // matches late, and early, left over, has nothing left to match
    Model both = model("early", protest("early", "a"), protest("late", "b"));
    Model onlyLate = model("early", protest("late", "b"));
    Inference original = ENGINE.infer(both);

    SensitivityResult r =
        Sensitivity.builder()
            .families(List.of())
            .addModelFamily("replaced", List.of(new ModelVariant("replaced:only-late", onlyLate)))
            .build()
            .run(original);

    assertThat(r.observations())
        .extracting(o -> o.observation().situation().value())
        .containsExactly("early", "late");
    // early was explained (campaign there) and is gone; late was not explained and still is not
    assertThat(r.observations().get(0).flippedIn()).containsExactly("replaced:only-late");
    assertThat(r.observations().get(1).flippedIn()).isEmpty();
  }

  @Test
  void modelFamilies_parallel_equalsSequential() {
    List<ModelVariant> variants =
        List.of(
            new ModelVariant("replaced:moved", model("late", protest("late", "x"))),
            new ModelVariant("replaced:gone", model("early")),
            new ModelVariant("replaced:same", ORIGINAL));
    Sensitivity.Builder b = Sensitivity.builder().addModelFamily("replaced", variants);

    assertThat(b.parallel(true).build().run(original()))
        .isEqualTo(b.parallel(false).build().run(original()));
  }

  @Test
  void builder_isSafeToReuse() {
    Sensitivity.Builder b = Sensitivity.builder().addModelFamily("one", List.of());
    Sensitivity first = b.build();

    b.addModelFamily("two", List.of(new ModelVariant("two:same", ORIGINAL)));

    assertThat(first.modelFamilies().keySet()).containsExactly("one");
    assertThat(b.build().modelFamilies().keySet()).containsExactly("one", "two");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Shift", "1shift", "shift boundary", "shift:boundary", "shift/x"})
  void addModelFamily_malformedName_isRejected(String name) {
    assertThatThrownBy(() -> Sensitivity.builder().addModelFamily(name, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed family name '" + name + "'");
  }

  @Test
  void addModelFamily_exhaustiveFamilysName_isRejected() {
    assertThatThrownBy(() -> Sensitivity.builder().addModelFamily("drop-aspect", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family 'drop-aspect' is one of the exhaustive families");
  }

  @Test
  void addModelFamily_twice_isRejected() {
    Sensitivity.Builder b = Sensitivity.builder().addModelFamily("shift-boundary", List.of());

    assertThatThrownBy(() -> b.addModelFamily("shift-boundary", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family 'shift-boundary' is already added");
  }

  @Test
  void addModelFamily_variantNamedTwice_isRejectedAndLeavesTheBuilderAsItWas() {
    Sensitivity.Builder b =
        Sensitivity.builder().addModelFamily("a", List.of(new ModelVariant("x:same", ORIGINAL)));

    assertThatThrownBy(() -> b.addModelFamily("b", List.of(new ModelVariant("x:same", ORIGINAL))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant 'x:same' of family 'b' has the name of a variant of family 'a'");
    assertThatThrownBy(
            () ->
                b.addModelFamily(
                    "c",
                    ImmutableList.of(
                        new ModelVariant("c:v", ORIGINAL), new ModelVariant("c:v", ORIGINAL))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant 'c:v' of family 'c' has the name of a variant of family 'c'");
    assertThat(b.build().modelFamilies().keySet()).containsExactly("a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "shift", "Shift:a", "shift:", "shift:a b", ":a"})
  void modelVariant_malformedName_isRejected(String name) {
    assertThatThrownBy(() -> new ModelVariant(name, ORIGINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("malformed variant name '" + name + "'");
  }

  @Test
  void modelVariant_comparesByValue() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(new ModelVariant("a:b", ORIGINAL), new ModelVariant("a:b", ORIGINAL))
        .addEqualityGroup(new ModelVariant("a:c", ORIGINAL))
        .addEqualityGroup(new ModelVariant("a:b", model("late")))
        .testEquals();
  }
}
