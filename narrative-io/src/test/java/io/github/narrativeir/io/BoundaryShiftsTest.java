package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.narrativeir.analysis.ModelVariant;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityResult;
import io.github.narrativeir.analysis.SensitivityResult.FamilyCount;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BoundaryShifts} on the fixtures in {@code shift/}: a drone campaign (three strikes in a
 * situation) and a protest that move with the boundary between {@code musharraf} (2004 to 2006) and
 * {@code transition} (2007 to 2008): a month earlier, the strike of 10 December 2006 falls in
 * {@code transition}, and the campaign with it; a month later, the strike and the protest of
 * January 2007 fall in {@code musharraf}.
 */
class BoundaryShiftsTest {
  @TempDir Path temp;

  static Path file(String name) {
    try {
      return Path.of(BoundaryShiftsTest.class.getResource("/shift/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Model read(String name) throws Exception {
    return ModelReader.create().read(file(name)).model();
  }

  static List<Path> mappings(String... names) {
    return java.util.Arrays.stream(names).map(BoundaryShiftsTest::file).toList();
  }

  /** {@code base} with {@code mappings} imported into it, in order, as narrative import does. */
  static Model imported(Model base, List<Path> mappings) throws Exception {
    Model model = base;
    for (Path m : mappings) {
      model = TableImport.run(m, model).model();
    }
    return model;
  }

  static final List<String> BOTH = List.of("strikes.mapping.yaml", "protests.mapping.yaml");

  static List<Path> both() {
    return mappings(BOTH.toArray(String[]::new));
  }

  static Model withData() throws Exception {
    return imported(read("model.yaml"), both());
  }

  private static Situation situation(Model model, String id) {
    return model.situations().stream()
        .filter(s -> s.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static ModelVariant variant(BoundaryShifts.Result r, String name) {
    return r.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> observations(Model model) {
    return model.observations().stream()
        .map(
            o ->
                o.actor()
                    + " "
                    + o.practice()
                    + " "
                    + o.situation()
                    + " | "
                    + o.source().orElse("-"))
        .toList();
  }

  private static String period(Situation s) {
    return s.from() + s.to().map(t -> " to " + t).orElse("");
  }

  // ----- the fixture -----

  @Test
  void withDataFixture_isWhatImportingBothMappingsWrites() throws Exception {
    assertThat(read("with-data.yaml")).isEqualTo(withData());
    assertThat(observations(withData()))
        .containsExactly(
            "US strike musharraf | events.csv, rule 'us-strikes': 3 rows",
            "PK protest transition | events.csv, rule 'pk-protests': 1 row");
  }

  // ----- the variants -----

  @Test
  void variants_oneEarlierAndOneLaterPerBoundary_namedBySituations() throws Exception {
    BoundaryShifts.Result r = BoundaryShifts.of(withData(), both());

    assertThat(r.variants())
        .extracting(ModelVariant::name)
        .containsExactly(
            "shift-boundary:musharraf/transition/earlier",
            "shift-boundary:musharraf/transition/later");
    assertThat(r.notes()).isEmpty();
    assertThat(BoundaryShifts.FAMILY).isEqualTo("shift-boundary");
  }

  @Test
  void earlier_theDecemberStrikeAndTheCampaignMoveIntoTheNextPeriod() throws Exception {
    Model earlier =
        variant(
                BoundaryShifts.of(withData(), both()),
                "shift-boundary:musharraf/transition/earlier")
            .model();

    assertThat(period(situation(earlier, "musharraf"))).isEqualTo("2004 to 2006-11");
    assertThat(period(situation(earlier, "transition"))).isEqualTo("2006-12 to 2008");
    assertThat(situation(earlier, "musharraf").aspects()).isEmpty();
    assertThat(situation(earlier, "musharraf").provenance()).isEmpty();
    assertThat(situation(earlier, "transition").provenance())
        .containsExactly(
            AspectSource.of("drone-campaign", "events.csv, rule 'us-strikes': 3 rows"));
    assertThat(observations(earlier))
        .containsExactly(
            "US strike transition | events.csv, rule 'us-strikes': 3 rows",
            "PK protest transition | events.csv, rule 'pk-protests': 1 row");
    assertThat(ModelValidator.validate(earlier).isValid()).isTrue();
  }

  @Test
  void later_theJanuaryStrikeAndProtestMoveIntoThePreviousPeriod() throws Exception {
    Model later =
        variant(BoundaryShifts.of(withData(), both()), "shift-boundary:musharraf/transition/later")
            .model();

    assertThat(period(situation(later, "musharraf"))).isEqualTo("2004 to 2007-01");
    assertThat(period(situation(later, "transition"))).isEqualTo("2007-02 to 2008");
    assertThat(situation(later, "musharraf").provenance())
        .containsExactly(
            AspectSource.of("drone-campaign", "events.csv, rule 'us-strikes': 4 rows"));
    assertThat(observations(later))
        .containsExactly(
            "US strike musharraf | events.csv, rule 'us-strikes': 4 rows",
            "PK protest musharraf | events.csv, rule 'pk-protests': 1 row");
    // everything but the periods and the data is the original's
    assertThat(Model.builder().from(later).situations(List.of()).observations(List.of()).build())
        .isEqualTo(
            Model.builder().from(withData()).situations(List.of()).observations(List.of()).build());
  }

  @Test
  void sensitivity_lostAndGainedPredictions_observationsMatchedByClaimAcrossTheBoundary()
      throws Exception {
    Inference original = NarrativeEngine.create().infer(withData());
    SensitivityResult r =
        Sensitivity.builder()
            .families(List.of())
            .addModelFamily(BoundaryShifts.FAMILY, BoundaryShifts.of(withData(), both()).variants())
            .build()
            .run(original);

    assertThat(r.families()).containsExactly(new FamilyCount("shift-boundary", 2));
    // a month earlier the campaign, and PK's protest with it, move to the transition
    SensitivityResult.PredictionHolds protest =
        r.predictions().stream()
            .filter(p -> p.prediction().practice().value().equals("protest"))
            .findFirst()
            .orElseThrow();
    assertThat(protest.prediction().situation().value()).isEqualTo("musharraf");
    assertThat(protest.holds()).contains(new BigDecimal("0.5000"));
    assertThat(protest.lostIn()).containsExactly("shift-boundary:musharraf/transition/earlier");
    assertThat(r.gained())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.practice().value()).isEqualTo("protest");
              assertThat(g.situation().value()).isEqualTo("transition");
              assertThat(g.gainedIn())
                  .containsExactly("shift-boundary:musharraf/transition/earlier");
            });
    // the strike, recounted or moved, is still explained: not flipped; the January protest,
    // unexplained in transition, is explained where either shift puts the campaign beside it
    assertThat(r.observations())
        .extracting(o -> o.observation().practice().value(), o -> o.explained())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("strike", true),
            org.assertj.core.groups.Tuple.tuple("protest", false));
    assertThat(r.observations().get(0).flippedIn()).isEmpty();
    assertThat(r.observations().get(1).flippedIn())
        .containsExactly(
            "shift-boundary:musharraf/transition/earlier",
            "shift-boundary:musharraf/transition/later");
  }

  @Test
  void sensitivityOutput_isTheGoldenFile_andTheSameWhenRunInParallel() throws Exception {
    Inference original = NarrativeEngine.create().infer(withData());
    Sensitivity.Builder b =
        Sensitivity.builder()
            .addModelFamily(
                BoundaryShifts.FAMILY, BoundaryShifts.of(withData(), both()).variants());

    String sequential = SensitivityWriter.toJson(b.parallel(false).build().run(original));
    String parallel = SensitivityWriter.toJson(b.parallel(true).build().run(original));

    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential)
        .isEqualTo(Files.readString(file("with-data.sensitivity.json"), StandardCharsets.UTF_8));
  }

  // ----- idempotence and determinism -----

  @Test
  void variants_sameEveryTime_andWhenTheDataWereImportedTwice() throws Exception {
    Model twice = imported(withData(), both());

    assertThat(twice).isEqualTo(withData());
    assertThat(BoundaryShifts.of(twice, both())).isEqualTo(BoundaryShifts.of(withData(), both()));
  }

  @Test
  void variant_importedAgainIntoItsOwnPeriods_isUnchanged() throws Exception {
    for (ModelVariant v : BoundaryShifts.of(withData(), both()).variants()) {
      assertThat(imported(v.model(), both())).as(v.name()).isEqualTo(v.model());
    }
  }

  // ----- what stays where it is -----

  @Test
  void aspectWithASourceOfItsOwn_staysWhereItIs_andTheDataStillMove() throws Exception {
    Model base = read("model.yaml");
    Model typed =
        Model.builder()
            .from(base)
            .situations(
                List.of(
                    Situation.builder()
                        .from(situation(base, "musharraf").from())
                        .id("musharraf")
                        .to("2006")
                        .addAspects("drone-campaign")
                        .addProvenance(
                            AspectSource.of("drone-campaign", "Woods, Sudden Justice (2015)"))
                        .build(),
                    situation(base, "transition")))
            .build();

    Model earlier =
        variant(
                BoundaryShifts.of(imported(typed, both()), both()),
                "shift-boundary:musharraf/transition/earlier")
            .model();

    assertThat(situation(earlier, "musharraf").aspects())
        .extracting(AspectId::value)
        .containsExactly("drone-campaign");
    assertThat(situation(earlier, "musharraf").provenance())
        .containsExactly(AspectSource.of("drone-campaign", "Woods, Sudden Justice (2015)"));
    assertThat(situation(earlier, "transition").aspects())
        .extracting(AspectId::value)
        .containsExactly("drone-campaign");
  }

  @Test
  void observationWithASourceOfItsOwn_keepsIt_andTheDataAddTheirEvidenceWhereTheyLand()
      throws Exception {
    Model typed =
        Model.builder()
            .from(read("model.yaml"))
            .addObservations(
                Observation.builder()
                    .actor("US")
                    .practice("strike")
                    .target("PK")
                    .situation("musharraf")
                    .source("press reports")
                    .build())
            .build();
    Model data = imported(typed, both());
    assertThat(observations(data))
        .first()
        .isEqualTo("US strike musharraf | press reports; events.csv, rule 'us-strikes': 3 rows");

    Model earlier =
        variant(BoundaryShifts.of(data, both()), "shift-boundary:musharraf/transition/earlier")
            .model();

    assertThat(observations(earlier))
        .containsExactly(
            "US strike musharraf | press reports",
            "US strike transition | events.csv, rule 'us-strikes': 3 rows",
            "PK protest transition | events.csv, rule 'pk-protests': 1 row");
  }

  @Test
  void observationTypedByHandWithoutSource_thatTheDataSupport_movesWithTheData() throws Exception {
    // the import gives it the data's source, and nothing tells it from one the data added
    Model typed =
        Model.builder()
            .from(read("model.yaml"))
            .addObservations(
                Observation.builder()
                    .actor("US")
                    .practice("strike")
                    .target("PK")
                    .situation("musharraf")
                    .build())
            .build();

    Model earlier =
        variant(
                BoundaryShifts.of(imported(typed, both()), both()),
                "shift-boundary:musharraf/transition/earlier")
            .model();

    assertThat(observations(earlier)).noneMatch(o -> o.startsWith("US strike musharraf"));
  }

  @Test
  void dataOfAMappingNotGiven_stayWhereTheyAre() throws Exception {
    // only the strikes move; the protest, imported through a mapping not given, stays
    BoundaryShifts.Result r = BoundaryShifts.of(withData(), mappings("strikes.mapping.yaml"));

    Model earlier = variant(r, "shift-boundary:musharraf/transition/earlier").model();
    Model later = variant(r, "shift-boundary:musharraf/transition/later").model();

    assertThat(observations(earlier))
        .contains("PK protest transition | events.csv, rule 'pk-protests': 1 row");
    assertThat(observations(later))
        .contains("PK protest transition | events.csv, rule 'pk-protests': 1 row");
    assertThat(observations(later))
        .contains("US strike musharraf | events.csv, rule 'us-strikes': 4 rows");
  }

  // ----- periods the data generated -----

  @Test
  void generatedPeriods_shiftAndTheDataGoBackIntoThem_notIntoRegeneratedOnes() throws Exception {
    List<Path> yearly = mappings("yearly.mapping.yaml");
    Model data = imported(read("data-only.yaml"), yearly);
    assertThat(data.situations())
        .extracting(s -> s.id().value())
        .containsExactly("2004", "2005", "2006", "2007", "2008");

    BoundaryShifts.Result r = BoundaryShifts.of(data, yearly);

    assertThat(r.variants()).hasSize(8);
    Model later = variant(r, "shift-boundary:2006/2007/later").model();
    assertThat(period(situation(later, "2006"))).isEqualTo("2006 to 2007-01");
    assertThat(period(situation(later, "2007"))).isEqualTo("2007-02 to 2007");
    assertThat(later.situations()).hasSize(5);
    // 10 December 2006 and 16 January 2007: two strikes, the campaign, in 2006; the protest too
    assertThat(situation(later, "2006").aspects())
        .extracting(AspectId::value)
        .containsExactly("drone-campaign");
    assertThat(situation(later, "2007").aspects()).isEmpty();
    assertThat(observations(later))
        .containsExactly(
            "US strike 2006 | events.csv, rule 'us-strikes': 2 rows",
            "PK protest 2006 | events.csv, rule 'pk-protests': 1 row");
    assertThat(ModelValidator.validate(later).isValid()).isTrue();
  }

  // ----- shifts skipped -----

  @Test
  void shiftLeavingASituationEmpty_isSkipped_andANoteSaysWhy() throws Exception {
    Model model = withPeriods("2004", "2006-12", "2006-12", "2006-12", "2007-01", "2008");

    BoundaryShifts.Result r = BoundaryShifts.of(imported(model, both()), both());

    assertThat(r.variants())
        .extracting(ModelVariant::name)
        .containsExactly("shift-boundary:a/b/earlier", "shift-boundary:b/c/later");
    assertThat(r.notes())
        .containsExactly(
            "shift-boundary:a/b/later: skipped: situation 'b' would begin (2007-01) after it ends (2006-12)",
            "shift-boundary:b/c/earlier: skipped: situation 'b' would end (2006-11) before it begins"
                + " (2006-12)");
  }

  /** Situations a, b, c, ... with the given from and to, pairwise. */
  private Model withPeriods(String... dates) throws Exception {
    List<Situation> situations = new ArrayList<>();
    for (int i = 0; i < dates.length; i += 2) {
      situations.add(
          Situation.builder()
              .id(String.valueOf((char) ('a' + i / 2)))
              .from(dates[i])
              .to(dates[i + 1])
              .build());
    }
    return Model.builder().from(read("model.yaml")).situations(situations).build();
  }

  @Test
  void oneSituation_noVariants_andANote() throws Exception {
    Model model = withPeriods("2004", "2008");

    BoundaryShifts.Result r = BoundaryShifts.of(imported(model, both()), both());

    assertThat(r.variants()).isEmpty();
    assertThat(r.notes())
        .containsExactly(
            "shift-boundary: no variants: the model has one situation, and so no boundary between two");
  }

  // ----- refusals -----

  @Test
  void modelWithoutImportedData_isRefused_oneErrorPerMapping() throws Exception {
    ModelFormatException e =
        catchThrowableOfType(
            ModelFormatException.class, () -> BoundaryShifts.of(read("model.yaml"), both()));

    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            file("strikes.mapping.yaml")
                + ": the model holds no data imported through this mapping:"
                + " no situation's provenance and no observation's source is one its rules record"
                + " (\"events.csv, rule 'us-strikes': ...\"); shift-boundary moves the data that"
                + " narrative import put into a model, so give it the model the import wrote",
            file("protests.mapping.yaml")
                + ": the model holds no data imported through this mapping:"
                + " no situation's provenance and no observation's source is one its rules record"
                + " (\"events.csv, rule 'pk-protests': ...\"); shift-boundary moves the data that"
                + " narrative import put into a model, so give it the model the import wrote");
  }

  @Test
  void mappingThatDoesNotBelong_isRefusedAtItsRule() throws Exception {
    Model strikesOnly = imported(read("model.yaml"), mappings("strikes.mapping.yaml"));

    ModelFormatException e =
        catchThrowableOfType(
            ModelFormatException.class, () -> BoundaryShifts.of(strikesOnly, both()));

    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            file("protests.mapping.yaml")
                + ":5:5: rule 'pk-protests': situation 'transition':"
                + " importing the table again adds observation 'PK protest US' (\"events.csv, rule"
                + " 'pk-protests': 1 row\"), which the model does not record there; the model holds"
                + " nothing this mapping imports: it does not belong to this model, or was not"
                + " imported into it");
  }

  @Test
  void tableChangedSinceTheImport_isRefusedWithEachDifference() throws Exception {
    Files.copy(file("model.yaml"), temp.resolve("model.yaml"));
    Files.copy(file("strikes.mapping.yaml"), temp.resolve("strikes.mapping.yaml"));
    Path table = temp.resolve("events.csv");
    Files.copy(file("events.csv"), table);
    List<Path> strikes = List.of(temp.resolve("strikes.mapping.yaml"));
    Model data = imported(read("model.yaml"), strikes);
    Files.writeString(table, "2005-06-01,USA,strike,\n", java.nio.file.StandardOpenOption.APPEND);

    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> BoundaryShifts.of(data, strikes));

    String at =
        temp.resolve("strikes.mapping.yaml") + ":5:5: rule 'us-strikes': situation 'musharraf': ";
    String why =
        "; the table or the mapping changed since the import, the mappings were imported in"
            + " another order, or the model's data were edited: import them again";
    assertThat(e.problems())
        .extracting(Problem::render)
        .containsExactly(
            at
                + "the model records aspect 'drone-campaign' from \"events.csv, rule 'us-strikes': 3 rows\","
                + " but importing the table again gives \"events.csv, rule 'us-strikes': 4 rows\""
                + why,
            at
                + "the model records observation 'US strike PK' from \"events.csv, rule 'us-strikes': 3"
                + " rows\", but importing the table again gives \"events.csv, rule 'us-strikes': 4 rows\""
                + why);
    assertThat(e.errorCount()).isEqualTo(2);
  }

  @Test
  void dataEditedByHand_isRefused() throws Exception {
    Model data = withData();
    Model edited =
        Model.builder()
            .from(data)
            .observations(
                data.observations().stream()
                    .map(
                        o ->
                            o.practice().value().equals("protest")
                                ? Observation.builder()
                                    .from(o)
                                    .situation(SituationId.of("musharraf"))
                                    .build()
                                : o)
                    .toList())
            .build();

    assertThatThrownBy(() -> BoundaryShifts.of(edited, both()))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(
            "rule 'pk-protests': situation 'musharraf': the model records observation"
                + " 'PK protest US' from \"events.csv, rule 'pk-protests': 1 row\", but importing the table"
                + " again does not add it there")
        .hasMessageContaining(
            "rule 'pk-protests': situation 'transition': importing the table again"
                + " adds observation 'PK protest US'");
  }

  @Test
  void manyDifferences_theFirst20AndACount() throws Exception {
    // twelve years before the data begin, each with two observations the data would have made
    List<String> years = new ArrayList<>();
    List<Observation> claimed = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      years.add(String.valueOf(1990 + i));
      years.add(String.valueOf(1990 + i));
      claimed.add(
          Observation.builder()
              .actor("PK")
              .practice("protest")
              .target("US")
              .situation(String.valueOf((char) ('a' + i)))
              .source("events.csv, rule 'pk-protests': 2 rows")
              .build());
      claimed.add(
          Observation.builder()
              .actor("US")
              .practice("strike")
              .target("PK")
              .situation(String.valueOf((char) ('a' + i)))
              .source("events.csv, rule 'us-strikes': 3 rows")
              .build());
    }
    Model model =
        Model.builder()
            .from(withPeriods(years.toArray(String[]::new)))
            .observations(claimed)
            .build();

    ModelFormatException e =
        catchThrowableOfType(ModelFormatException.class, () -> BoundaryShifts.of(model, both()));

    assertThat(e.problems()).hasSize(BoundaryShifts.MAX_DIFFERENCES + 1);
    assertThat(e.problems().get(0).render())
        .startsWith(
            file("protests.mapping.yaml")
                + ":5:5: rule 'pk-protests': situation 'a': the model records observation 'PK protest US'");
    assertThat(e.problems().get(BoundaryShifts.MAX_DIFFERENCES).render())
        .isEqualTo(
            file("strikes.mapping.yaml")
                + ": and 4 more differences between the model and its data imported again");
    assertThat(e.errorCount()).isEqualTo(24);
  }

  @Test
  void malformedMapping_isReportedAsTheImportReportsIt() throws Exception {
    Path bad = TableImportTest.file("invalid/bad.mapping.yaml");

    assertThatThrownBy(() -> BoundaryShifts.of(withData(), List.of(bad)))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(
            bad
                + ":3:33: expected one of day, month, year, fiscal-year for"
                + " 'precision', found 'week'");
  }

  @Test
  void mappingNamingWhatTheModelDoesNotDeclare_isReportedAsTheImportReportsIt() throws Exception {
    Model data = withData();
    Model undeclared =
        Model.builder()
            .from(data)
            .practices(
                data.practices().stream().filter(p -> !p.id().value().equals("protest")).toList())
            .concepts(
                data.concepts().stream()
                    .filter(c -> !c.id().value().equals("pk.sovereignty"))
                    .toList())
            .observations(
                data.observations().stream()
                    .filter(o -> !o.practice().value().equals("protest"))
                    .toList())
            .build();

    assertThatThrownBy(() -> BoundaryShifts.of(undeclared, both()))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(
            file("protests.mapping.yaml")
                + ":9:40: rule 'pk-protests': practice"
                + " 'protest' is not a practice the model declares");
  }

  @Test
  void missingMappingOrTable_isTheFileSystemsError() throws Exception {
    Path missing = temp.resolve("missing.mapping.yaml");
    Files.copy(file("strikes.mapping.yaml"), temp.resolve("strikes.mapping.yaml"));

    assertThatThrownBy(() -> BoundaryShifts.of(withData(), List.of(missing)))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(
            () -> BoundaryShifts.of(withData(), List.of(temp.resolve("strikes.mapping.yaml"))))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("no such table 'events.csv'");
  }

  @Test
  void noMappings_isACallersMistake() {
    assertThatThrownBy(() -> BoundaryShifts.of(withData(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no mapping: shift-boundary needs the mappings the model was imported with");
  }

  @Test
  void nulls_areRejected() throws Exception {
    Model model = withData();

    assertThatThrownBy(() -> BoundaryShifts.of(null, both()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BoundaryShifts.of(model, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BoundaryShifts.of(model, both(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BoundaryShifts.of(model, java.util.Arrays.asList((Path) null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new BoundaryShifts.Result(null, com.google.common.collect.ImmutableList.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new BoundaryShifts.Result(com.google.common.collect.ImmutableList.of(), null))
        .isInstanceOf(NullPointerException.class);
  }
}
