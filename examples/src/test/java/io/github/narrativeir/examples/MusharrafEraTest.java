package io.github.narrativeir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Explanation;
import io.github.narrativeir.inference.InactiveReason;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example keeps making the seed article's argument. */
class MusharrafEraTest {
  private static Inference result;

  @BeforeAll
  static void infer() throws Exception {
    result = MusharrafEra.infer();
  }

  @Test
  void model_readsWithoutWarnings() throws Exception {
    assertThat(ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).warnings()).isEmpty();
  }

  @Test
  void seedPractices_everyOneStandsForObservationsOfTheModel() {
    List<String> keys =
        result.model().observations().stream().map(MusharrafEra::key).collect(Collectors.toList());
    for (MusharrafEra.SeedPractice p : MusharrafEra.SEED) {
      assertThat(keys).as("observations of seed practice %s", p.number()).containsAll(p.observations());
    }
  }

  @Test
  void seedPractices_allFiveExplained() {
    Evaluation e = result.evaluation().orElseThrow();
    for (MusharrafEra.SeedPractice p : MusharrafEra.SEED) {
      List<String> explained =
          e.explainedObservations().stream().map(MusharrafEra::key).collect(Collectors.toList());
      assertThat(explained).as("seed practice %s", p.number()).containsAll(p.observations());
    }
    assertThat(e.unexplained()).isEmpty();
  }

  @Test
  void unmatchedPredictions_areTheThreeDiscussedInTheReadme() {
    assertThat(result.evaluation().orElseThrow().unmatched())
        .extracting(p -> p.actor() + " " + p.practice() + " " + p.situation())
        .containsExactly(
            "PK nuclear-for-missiles post-9-11",
            "PK press-kashmir-with-us post-9-11",
            "PK act-against-al-qaeda mid-2000s");
  }

  @Test
  void kashmirStops_becauseTheRecastOccludesTheInsurgencyThatTriggeredKashmirCore() {
    Explanation why =
        explain("PK", "press-kashmir-with-us", "US", "mid-2000s");

    assertThat(why.predicted()).isFalse();
    InactiveReason core = inactive(why, "pk.kashmir-core");
    assertThat(core.occluded()).containsExactly(AspectId.of("kashmir-insurgency"));
    assertThat(result.episode(ActorId.of("PK"), SituationId.of("mid-2000s")).orElseThrow().concepts())
        .extracting(c -> c.value())
        .contains("pk.kashmir-recast")
        .doesNotContain("pk.kashmir-core");
  }

  @Test
  void usAid_afterNineEleven_becauseTheWarOnTerrorOccludesMilitaryRule() {
    Explanation why = explain("US", "aid", "PK", "post-9-11");

    assertThat(why.predicted()).isTrue();
    assertThat(why.supporting()).extracting(r -> r.concept().id().value()).containsExactly("us.frontline-ally");
    InactiveReason democracy = inactive(why, "us.democracy-promotion");
    assertThat(democracy.occluded()).containsExactly(AspectId.of("military-rule"));
  }

  @Test
  void talibanAid_inTheMiddle2000s_comesFromStrategicDepthAndTheFickleAlly() {
    Explanation why = explain("PK", "aid-taliban", "AFG-TALIBAN", "mid-2000s");

    assertThat(why.predicted()).isTrue();
    assertThat(why.supporting())
        .extracting(r -> r.concept().id().value())
        .containsExactly("pk.fickle-ally", "pk.strategic-depth");
    assertThat(why.render())
        .contains("encirclement: construed by pk.india-threat from [india-in-afghanistan]")
        .contains("us-tilt-to-india: construed by pk.india-threat from [us-india-nuclear-deal]");
  }

  @Test
  void usStrikes_coexistWithAid_sanctuaryDenialOutweighsTheAlly() {
    Explanation why = explain("US", "strike-in-pakistan", "PK", "mid-2000s");

    assertThat(why.predicted()).isTrue();
    assertThat(why.support()).isEqualByComparingTo("1");
    assertThat(why.opposition()).isEqualByComparingTo("0.5");
    assertThat(why.opposing()).extracting(r -> r.concept().id().value()).containsExactly("us.frontline-ally");
  }

  @Test
  void report_equalsGoldenFile() throws Exception {
    Golden.assertMatches("musharraf-era.txt", MusharrafEra.report(result, MusharrafEra.withData().notes()));
  }

  @Test
  void data_sayWhereTheyDisagreeWithTheSeed() {
    String ucdp = DataBacking.ucdp();

    assertThat(ucdp).contains("coded as a supporter in 1996 and 2002")
        .contains("NOT in 2003, 2004, 2005, 2006, 2007, 2008")
        .contains("disagree with the seed");
    assertThat(DataBacking.csf()).contains("FY2002-FY2007 US$5,678M").contains("FY2008 US$1,019M");
    assertThat(DataBacking.cow()).contains("2005: 3, 2006: 2, 2007: 5, 2008: 27");
    assertThat(DataBacking.usaid()).contains("FY1999 83.7").contains("FY2002 831.5").contains("FY2008 872.9");
  }

  @Test
  void dataBackedObservations_comeFromTheMappings_notFromTheHandTypedModel() throws Exception {
    Model hand = ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).model();
    List<String> byHand = hand.observations().stream().map(MusharrafEra::key).toList();
    List<String> fromData = List.of("US aid PK post-9-11", "US aid PK mid-2000s",
        "US coin-arms PK post-9-11", "US coin-arms PK mid-2000s", "US strike-in-pakistan PK mid-2000s");

    Model imported = MusharrafEra.withData().model();

    assertThat(byHand).doesNotContainAnyElementsOf(fromData);
    assertThat(imported.observations())
        .filteredOn(o -> fromData.contains(MusharrafEra.key(o)))
        .hasSize(5)
        .allSatisfy(o -> assertThat(o.source().orElseThrow()).matches(".*\\.csv, rule '[a-z-]+': \\d+ rows?.*"));
    assertThat(imported.observations().stream().filter(o -> MusharrafEra.key(o).equals("US aid PK post-9-11")))
        .singleElement()
        .satisfies(o -> assertThat(o.source().orElseThrow())
            .contains("usaid_explorer_aid_PAK_AFG_IND.csv, rule 'us-aid-obligations': 2 rows")
            .contains("crs_pakaid_2013-10-24_transcribed.csv, rule 'coalition-support-funds': 1 row, sum of"
                + " amount_usd_millions 5678"));
    assertThat(io.github.narrativeir.model.ModelValidator.validate(imported).isValid()).isTrue();
  }

  @Test
  void indiaHostility_comesFromTheIncidentData_withItsProvenance() throws Exception {
    Model hand = ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).model();
    AspectId hostility = AspectId.of("india-hostility");

    Model imported = MusharrafEra.withData().model();

    assertThat(hand.situations()).allSatisfy(s -> assertThat(s.aspects()).doesNotContain(hostility));
    assertThat(imported.situations())
        .extracting(s -> s.id() + ": " + s.sourcesOf(hostility))
        .containsExactly(
            "post-coup: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 8 rows]",
            "post-9-11: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 51 rows]",
            "mid-2000s: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 6 rows]");
    assertThat(explain("PK", "nuclear-for-missiles", "DPRK", "post-coup").render())
        .contains("india-hostility: holds in situation 'post-coup' (source: cow_midip5_incident_participants"
            + "_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 8 rows)");
  }

  @Test
  void mappingsInAnyOrder_giveTheSameResult() throws Exception {
    Model hand = ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).model();
    Model reversed = hand;
    for (String name : com.google.common.collect.Lists.reverse(ExampleFiles.MUSHARRAF_MAPPINGS)) {
      reversed = io.github.narrativeir.io.TableImport.run(
          ExampleFiles.model("mappings/" + name), reversed).model();
    }

    assertThat(io.github.narrativeir.io.ResultWriter.toJson(
            io.github.narrativeir.inference.NarrativeEngine.create().infer(reversed)))
        .isEqualTo(io.github.narrativeir.io.ResultWriter.toJson(result));
  }

  @Test
  void strikeMapping_selectsExactlyTheDisputesWhereTheUsAndPakistanAreOpposed() throws Exception {
    String mapping = java.nio.file.Files.readString(
        ExampleFiles.model("mappings/us-strikes.mapping.yaml"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("column: dispnum, in: \\[([^\\]]*)\\]").matcher(mapping);

    assertThat(m.find()).isTrue();
    assertThat(java.util.Arrays.stream(m.group(1).split(",")).map(d -> d.trim().replace("\"", "")))
        .containsExactlyInAnyOrderElementsOf(DataBacking.usAgainstPakistan());
  }

  private static Explanation explain(String actor, String practice, String target, String situation) {
    return result.explain(ActorId.of(actor), PracticeId.of(practice), Optional.of(ActorId.of(target)),
        SituationId.of(situation));
  }

  private static InactiveReason inactive(Explanation why, String concept) {
    return why.inactive().stream()
        .filter(r -> r.concept().id().value().equals(concept))
        .findFirst()
        .orElseThrow(() -> new AssertionError(concept + " is not among the inactive concepts"));
  }

}
