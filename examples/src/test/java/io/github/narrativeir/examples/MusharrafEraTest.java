package io.github.narrativeir.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Explanation;
import io.github.narrativeir.inference.InactiveReason;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worked example keeps to what issue 17 asks of it, and keeps making its argument. */
class MusharrafEraTest {
  private static Inference result;

  private static Robustness.Findings findings;

  @BeforeAll
  static void infer() throws Exception {
    result = MusharrafEra.infer();
  }

  /** Sensitivity and discovery on the example, run once (they take some seconds). */
  private static synchronized Robustness.Findings findings() {
    if (findings == null) {
      findings = Robustness.analyse(result);
    }
    return findings;
  }

  @Test
  void robustness_discoveryProvesItsOptimumForBothStates_andTheHtmlSaysWhatThePrintoutSays() {
    Robustness.Findings f = findings();

    assertThat(f.discovery().keySet()).extracting(ActorId::value).containsExactly("PK", "US");
    f.discovery().values().forEach(r -> assertThat(r.exhaustive()).as("%s", r.actor()).isTrue());
    String html = MusharrafEra.htmlWithCaveats(result, f);
    assertThat(html).contains("<section id=\"fragility\">").contains("<section id=\"readings\">");
    for (String line : Robustness.discoveryLines(f)) {
      assertThat(html)
          .contains(
              line.strip()
                  .replace("&", "&amp;")
                  .replace("<", "&lt;")
                  .replace(">", "&gt;")
                  .replace("\"", "&quot;"));
    }
  }

  @Test
  void model_readsWithoutWarnings() throws Exception {
    assertThat(ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).warnings())
        .isEmpty();
  }

  @Test
  void situations_atLeastFive_fromTheCoupToTheResignation_withoutGapsOrOverlaps() {
    List<Situation> situations = result.model().situations();

    assertThat(situations).hasSizeGreaterThanOrEqualTo(5);
    assertThat(situations.get(0).from().start()).isEqualTo(LocalDate.of(1999, 10, 12));
    assertThat(situations.get(situations.size() - 1).to().orElseThrow().end())
        .isEqualTo(LocalDate.of(2008, 8, 18));
    for (int i = 1; i < situations.size(); i++) {
      assertThat(situations.get(i).from().start())
          .as(
              "situation %s begins the day after %s ends",
              situations.get(i).id(), situations.get(i - 1).id())
          .isEqualTo(situations.get(i - 1).to().orElseThrow().end().plusDays(1));
    }
  }

  @Test
  void everyConcept_hasEvidenceDatedInASituationWhereItIsActive() {
    for (Concept c : result.model().concepts()) {
      List<Situation> active = new ArrayList<>();
      for (Episode e : result.episodes()) {
        if (e.concepts().contains(c.id())) {
          active.add(situation(e.situation()));
        }
      }
      assertThat(c.evidence())
          .as("concept %s (active in %s)", c.id(), active.stream().map(Situation::id).toList())
          .anySatisfy(ev -> assertThat(active).anySatisfy(s -> assertThat(within(ev, s)).isTrue()));
    }
  }

  @Test
  void everyWeight_isTheDefault() {
    assertThat(
            result.model().concepts().stream()
                .flatMap(c -> Stream.concat(c.prescribes().stream(), c.proscribes().stream()))
                .map(Prescription::weight))
        .allSatisfy(w -> assertThat(w).isEqualByComparingTo(BigDecimal.ONE));
  }

  @Test
  void everyConceptLabel_saysItIsTheModelsReconstruction() {
    assertThat(result.model().concepts())
        .allSatisfy(c -> assertThat(c.label()).contains("reconstruction"));
  }

  @Test
  void negativeEvidence_atLeastSixSourcedObservations() {
    List<Observation> negative =
        result.model().observations().stream().filter(o -> !o.occurred()).toList();

    assertThat(negative)
        .hasSizeGreaterThanOrEqualTo(6)
        .allSatisfy(o -> assertThat(o.source()).isPresent());
  }

  @Test
  void attestedFormerlyUnmatchedPredictions_areObserved() {
    List<String> keys = result.model().observations().stream().map(MusharrafEra::key).toList();

    assertThat(keys)
        .contains(
            "PK press-kashmir-with-us US standoff", // the appeal of 12 Jan 2002
            "PK nuclear-for-missiles DPRK standoff", // the 2002 transfers
            "US sanction PK dprk-exposed"); // the KRL penalties of 24 Mar 2003
  }

  @Test
  void aidObservations_carryTheAmountsComputedFromTheBundledTables() {
    for (DataBacking.Aid aid : DataBacking.aidBySituation(result.model())) {
      List<Observation> typed =
          result.model().observations().stream()
              .filter(o -> MusharrafEra.key(o).equals("US aid PK " + aid.situation().id()))
              .toList();
      if (aid.perYear().compareTo(DataBacking.AID_PER_YEAR_THRESHOLD) < 0) {
        assertThat(typed).as("%s is below the threshold", aid.situation().id()).isEmpty();
        continue;
      }
      assertThat(typed)
          .as("aid in %s", aid.situation().id())
          .singleElement()
          .satisfies(
              o ->
                  assertThat(o.source().orElseThrow())
                      .contains(
                          "US$" + DataBacking.whole(aid.total()) + " million in this situation")
                      .contains("USAID US$" + DataBacking.whole(aid.usaid()) + " million")
                      .contains("CSF US$" + DataBacking.whole(aid.csf()) + " million")
                      .contains(
                          "about US$" + DataBacking.whole(aid.perYear()) + " million a year"));
    }
  }

  @Test
  void seedPractices_everyOneStandsForObservationsOfTheModel() {
    List<String> keys = result.model().observations().stream().map(MusharrafEra::key).toList();
    for (MusharrafEra.SeedPractice p : MusharrafEra.SEED) {
      assertThat(keys)
          .as("observations of seed practice %s", p.number())
          .containsAll(p.observations());
    }
  }

  @Test
  void evaluation_theHonestResult() {
    Evaluation e = result.evaluation().orElseThrow();

    assertThat(e.beatsBaselinesOnBalancedAccuracy()).contains(true);
    assertThat(e.beatsBaselinesOnChanges()).contains(true);
    assertThat(e.unexplained())
        .extracting(MusharrafEra::key)
        .containsExactly(
            "PK dialogue-with-india IN dprk-exposed",
            "PK press-kashmir-with-us US khan-exposed",
            "PK press-kashmir-with-us US us-india-deal");
  }

  @Test
  void kashmirStops_becauseTheRecastOccludesTheInsurgencyThatTriggeredKashmirCore() {
    Explanation why = explain("PK", "press-kashmir-with-us", "US", "khan-exposed");

    assertThat(why.predicted()).isFalse();
    InactiveReason core = inactive(why, "pk.kashmir-core");
    assertThat(core.occluded()).containsExactly(AspectId.of("kashmir-insurgency"));
  }

  @Test
  void usAid_afterNineEleven_democracyPromotionSeesMilitaryRule_butTheWaiverConstrualDisarmsIt() {
    Explanation why = explain("US", "aid", "PK", "post-9-11");

    assertThat(why.predicted()).isTrue();
    assertThat(why.supporting())
        .extracting(r -> r.concept().id().value())
        .containsExactly("us.frontline-ally");
    Episode us = result.episode(ActorId.of("US"), SituationId.of("post-9-11")).orElseThrow();
    assertThat(us.perceived())
        .contains(AspectId.of("military-rule"), AspectId.of("aid-eases-transition"));
    assertThat(us.concepts()).extracting(c -> c.value()).doesNotContain("us.democracy-promotion");
  }

  @Test
  void sanctionsStop_becauseTheWarOnTerrorOccludesTheArsenal_andReturnWithTheDprkExposure() {
    assertThat(explain("US", "sanction", "PK", "post-9-11").predicted()).isFalse();
    assertThat(
            inactive(explain("US", "sanction", "PK", "post-9-11"), "us.non-proliferation")
                .occluded())
        .containsExactly(AspectId.of("pk-nuclear-arsenal"));
    assertThat(explain("US", "sanction", "PK", "dprk-exposed").supporting())
        .extracting(r -> r.concept().id().value())
        .containsExactly("us.non-proliferation");
  }

  @Test
  void talibanAid_afterTheWaziristanAccord_comesFromStrategicDepthAndTheFickleAlly() {
    Explanation why = explain("PK", "aid-taliban", "AFG-TALIBAN", "waziristan-accord");

    assertThat(why.predicted()).isTrue();
    assertThat(why.supporting())
        .extracting(r -> r.concept().id().value())
        .containsExactly("pk.fickle-ally", "pk.strategic-depth");
    assertThat(why.render())
        .contains("encirclement: construed by pk.india-threat from [india-in-afghanistan]")
        .contains("us-tilt-to-india: construed by pk.india-threat from [us-india-nuclear-deal]");
  }

  @Test
  void nuclearTradeStops_whenTheMissileImportNeedAndTheUseOfForceAreGone() {
    Explanation why = explain("PK", "nuclear-for-missiles", "DPRK", "khan-exposed");

    assertThat(why.predicted()).isFalse();
    assertThat(inactive(why, "pk.nuclear-deterrence").missingAll())
        .containsExactlyInAnyOrder(
            AspectId.of("india-hostility"), AspectId.of("missile-import-need"));
  }

  @Test
  void report_equalsGoldenFile() throws Exception {
    Golden.assertMatches(
        "musharraf-era.txt",
        MusharrafEra.report(result, MusharrafEra.withData().notes(), findings()));
  }

  @Test
  void htmlReport_carriesTheCaveats() {
    String html = MusharrafEra.htmlWithCaveats(result, findings());

    assertThat(html)
        .contains("<section id=\"caveats\">")
        .contains("NOT in 2003–2008")
        .contains("spreads it evenly over the six fiscal years")
        .contains("about 11% of their SIPRI trend-indicator value")
        .contains("7 strikes in 2008 before that day and 31 after it")
        .endsWith("</html>\n");
    assertThat(html.indexOf("id=\"caveats\"")).isLessThan(html.lastIndexOf("</main>"));
  }

  @Test
  void data_sayWhatTheTablesSay() {
    Model model = result.model();

    assertThat(DataBacking.usaid())
        .contains("FY1999 83.7")
        .contains("FY2000 23.8")
        .contains("FY2001 177.3")
        .contains("FY2002 831.5")
        .contains("is 4.7 times FY2001");
    assertThat(DataBacking.csf()).contains("FY2002-FY2007 US$5,678M").contains("FY2008 US$1,019M");
    assertThat(DataBacking.sipri())
        .contains("0 orders in 1999–2000, 32 in 2001–2008")
        .contains("counter-insurgency 7 of them")
        .contains("11% of the orders'")
        .contains("F-16")
        .contains("AMRAAM")
        .contains("P-3C Orion")
        .contains("Harpoon");
    assertThat(DataBacking.ucdp())
        .contains(
            "Taliban government against the United Front in 1997, 1998," + " 1999, 2000, 2001")
        .contains("Taleban insurgents in 1996 and 2002")
        .contains("NOT in 2003, 2004, 2005, 2006, 2007, 2008");
    assertThat(DataBacking.strikes(model))
        .contains("post-coup 0/0")
        .contains("khan-exposed 2/2")
        .contains("us-india-deal 2/3")
        .contains("waziristan-accord 6/5")
        .contains("civilian-transition 16/8")
        .contains("7 came before");
    assertThat(DataBacking.indiaHostilityCounts(model))
        .isEqualTo(
            "post-coup 8, post-9-11 2, standoff 20,"
                + " dprk-exposed 29, khan-exposed 0, us-india-deal 1, waziristan-accord 0, civilian-transition 5");
    assertThat(DataBacking.usAgainstAlQaidaYears()).isEqualTo("2001–2017");
  }

  @Test
  void dataBackedObservations_comeFromTheMappings_notFromTheHandTypedModel() throws Exception {
    Model hand = ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).model();
    List<String> byHand = hand.observations().stream().map(MusharrafEra::key).toList();
    List<String> fromData =
        List.of(
            "US coin-arms PK standoff",
            "US coin-arms PK khan-exposed",
            "US coin-arms PK us-india-deal",
            "US coin-arms PK waziristan-accord",
            "US coin-arms PK civilian-transition",
            "US strike-in-pakistan PK waziristan-accord",
            "US strike-in-pakistan PK civilian-transition");

    Model imported = MusharrafEra.withData().model();

    assertThat(byHand).doesNotContainAnyElementsOf(fromData);
    assertThat(imported.observations())
        .filteredOn(o -> fromData.contains(MusharrafEra.key(o)))
        .hasSize(fromData.size())
        .allSatisfy(
            o ->
                assertThat(o.source().orElseThrow())
                    .matches(".*\\.csv, rule '[a-z-]+': \\d+ rows?.*"));
    assertThat(io.github.narrativeir.model.ModelValidator.validate(imported).isValid()).isTrue();
  }

  @Test
  void indiaHostility_comesFromTheIncidentData_withItsProvenance() throws Exception {
    Model hand = ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).model();
    AspectId hostility = AspectId.of("india-hostility");

    Model imported = MusharrafEra.withData().model();

    assertThat(hand.situations())
        .allSatisfy(s -> assertThat(s.aspects()).doesNotContain(hostility));
    assertThat(imported.situations())
        .filteredOn(s -> s.aspects().contains(hostility))
        .extracting(s -> s.id() + ": " + s.sourcesOf(hostility))
        .containsExactly(
            "post-coup: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 8 rows]",
            "standoff: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 20 rows]",
            "dprk-exposed: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 29 rows]",
            "civilian-transition: [cow_midip5_incident_participants_pakistan_disputes.csv, rule 'india-pakistan-use-of-force': 5 rows]");
  }

  @Test
  void mappingsInAnyOrder_giveTheSameResult() throws Exception {
    Model hand = ModelReader.create().read(ExampleFiles.model(MusharrafEra.MODEL)).model();
    Model reversed = hand;
    for (String name : com.google.common.collect.Lists.reverse(ExampleFiles.MUSHARRAF_MAPPINGS)) {
      reversed =
          io.github.narrativeir.io.TableImport.run(ExampleFiles.model("mappings/" + name), reversed)
              .model();
    }

    assertThat(
            io.github.narrativeir.io.ResultWriter.toJson(
                io.github.narrativeir.inference.NarrativeEngine.create().infer(reversed)))
        .isEqualTo(io.github.narrativeir.io.ResultWriter.toJson(result));
  }

  @Test
  void strikeMapping_selectsExactlyTheDisputesWhereTheUsAndPakistanAreOpposed() throws Exception {
    String mapping =
        java.nio.file.Files.readString(ExampleFiles.model("mappings/us-strikes.mapping.yaml"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("column: dispnum, in: \\[([^\\]]*)\\]").matcher(mapping);

    assertThat(m.find()).isTrue();
    assertThat(java.util.Arrays.stream(m.group(1).split(",")).map(d -> d.trim().replace("\"", "")))
        .containsExactlyInAnyOrderElementsOf(DataBacking.usAgainstPakistan());
  }

  private static boolean within(Evidence ev, Situation s) {
    return ev.date().isPresent()
        && !ev.date().get().start().isBefore(s.from().start())
        && !ev.date().get().end().isAfter(s.to().orElseThrow().end());
  }

  private static Situation situation(SituationId id) {
    return result.model().situations().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Explanation explain(
      String actor, String practice, String target, String situation) {
    return result.explain(
        ActorId.of(actor),
        PracticeId.of(practice),
        Optional.of(ActorId.of(target)),
        SituationId.of(situation));
  }

  private static InactiveReason inactive(Explanation why, String concept) {
    return why.inactive().stream()
        .filter(r -> r.concept().id().value().equals(concept))
        .findFirst()
        .orElseThrow(() -> new AssertionError(concept + " is not among the inactive concepts"));
  }

  @SuppressWarnings("unused")
  private static String ids(List<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
