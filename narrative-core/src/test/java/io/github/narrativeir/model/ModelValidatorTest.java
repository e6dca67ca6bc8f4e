package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {

  // ---- fixture: a small valid model, which each test breaks in one place

  private static final Actor US = Actor.builder().id("US").name("United States").build();
  private static final Actor PK = Actor.builder().id("PK").name("Pakistan").build();
  private static final Aspect ULTIMATUM = Aspect.of("us-ultimatum", "US ultimatum");
  private static final Aspect WAR = Aspect.of("us-war", "US war in Afghanistan");
  private static final PracticeType TRANSIT =
      PracticeType.of("permit-transit", "Permit transit", PracticeMode.COOPERATION);
  private static final PracticeType STRIKE =
      PracticeType.of("strike", "Strike", PracticeMode.COERCION);

  private static Situation situation(String id, String from) {
    return Situation.builder().id(id).from(from).addAspects("us-ultimatum").build();
  }

  private static final Situation POST_9_11 =
      Situation.builder()
          .id("post-9-11")
          .from("2001-09")
          .to("2003-12")
          .addAspects("us-ultimatum", "us-war")
          .build();

  /** PK: with the US ultimatum, construes a rent opportunity from the war, permits US transit. */
  private static final Concept FRONTLINE =
      Concept.builder()
          .id("pk.frontline")
          .holder("PK")
          .priority(5)
          .when(Trigger.builder().allOf("us-ultimatum").build())
          .addConstrues(Construal.of(List.of("us-war"), "rent-opportunity"))
          .addHighlights("us-ultimatum", "rent-opportunity")
          .addPrescribes(Prescription.of("permit-transit", "US"))
          .addEvidence(Evidence.of("Musharraf, televised address"))
          .build();

  /** US: reacts to Pakistan's transit permission (an interaction aspect). */
  private static final Concept PARTNER =
      Concept.builder()
          .id("us.partner")
          .holder("US")
          .when(Trigger.builder().allOf("did:PK:permit-transit:US").build())
          .build();

  private static final Observation OBSERVED =
      Observation.builder()
          .actor("PK")
          .practice("permit-transit")
          .target("US")
          .situation("post-9-11")
          .source("press")
          .build();

  private static Model.Builder base() {
    return Model.builder()
        .name("fixture")
        .addActors(US, PK)
        .addAspects(ULTIMATUM, WAR)
        .addPractices(TRANSIT, STRIKE)
        .addSituations(POST_9_11)
        .addConcepts(FRONTLINE, PARTNER)
        .addObservations(OBSERVED);
  }

  private static Concept.Builder frontline() {
    return Concept.builder().from(FRONTLINE);
  }

  private static ValidationReport validate(Model.Builder model) {
    return ModelValidator.validate(model.build());
  }

  /** The one diagnostic of {@code model}, failing if there is not exactly one. */
  private static Diagnostic single(Model.Builder model) {
    ValidationReport report = validate(model);
    assertThat(report.diagnostics()).as(report.render()).hasSize(1);
    return report.diagnostics().get(0);
  }

  private static void assertDiagnostic(
      Diagnostic d, Severity severity, String pointer, String... messageParts) {
    assertThat(d.severity()).as(d.render()).isEqualTo(severity);
    assertThat(d.pointer()).as(d.render()).isEqualTo(pointer);
    assertThat(d.message()).contains(messageParts);
  }

  @Test
  void validate_fixture_noDiagnostics() {
    ValidationReport report = validate(base());

    assertThat(report.diagnostics()).as(report.render()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThatCode(report::throwIfInvalid).doesNotThrowAnyException();
  }

  @Test
  void validate_emptyModel_noDiagnostics() {
    assertThat(ModelValidator.validate(Model.builder().build()).diagnostics()).isEmpty();
  }

  // ---- duplicate ids

  static Stream<Arguments> duplicates() {
    return Stream.of(
        Arguments.of(
            "actor",
            base()
                .actors(
                    List.of(PK, Actor.builder().id("PK").kind(ActorKind.NON_STATE).build(), US)),
            "/actors/1/id",
            "'PK'",
            "/actors/0"),
        Arguments.of(
            "aspect",
            base().addAspects(Aspect.of("us-ultimatum", "again")),
            "/aspects/2/id",
            "'us-ultimatum'",
            "/aspects/0"),
        Arguments.of(
            "practice",
            base().addPractices(PracticeType.builder().id("strike").build()),
            "/practices/2/id",
            "'strike'",
            "/practices/1"),
        Arguments.of(
            "situation",
            base()
                .addSituations(situation("later", "2005"))
                .addSituations(situation("post-9-11", "2007")),
            "/situations/2/id",
            "'post-9-11'",
            "/situations/0"),
        Arguments.of(
            "concept",
            base().addConcepts(Concept.builder().id("pk.frontline").holder("US").build()),
            "/concepts/2/id",
            "'pk.frontline'",
            "/concepts/0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void duplicateId_error(
      String kind, Model.Builder model, String pointer, String id, String first) {
    Diagnostic d = single(model);

    assertDiagnostic(d, Severity.ERROR, pointer, kind + " " + id, "more than once", first);
  }

  @Test
  void duplicateId_thrice_errorForEachRepeat() {
    ValidationReport report = validate(base().addActors(US, US));

    assertThat(report.diagnostics())
        .extracting(Diagnostic::pointer)
        .containsExactly("/actors/2/id", "/actors/3/id");
    assertThat(report.diagnostics())
        .allSatisfy(d -> assertThat(d.message()).contains("actor 'US'", "/actors/0"));
  }

  @Test
  void sameId_differentKinds_fine() {
    Model.Builder model =
        base()
            .addActors(Actor.of("x"))
            .addAspects(Aspect.of("x", "x"))
            .addPractices(PracticeType.builder().id("x").build())
            .addSituations(Situation.builder().id("x").from("2004").build())
            .addConcepts(Concept.builder().id("x").holder("x").build());

    assertThat(validate(model).diagnostics()).isEmpty();
  }

  // ---- references that must resolve

  @Test
  void holder_dangling_error() {
    Model.Builder model =
        base().addConcepts(Concept.builder().id("af.jihad").holder("AFG-TALIBAN").build());

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/concepts/2/holder",
        "concept 'af.jihad'",
        "holder 'AFG-TALIBAN'",
        "not a declared actor");
  }

  @Test
  void holder_dangling_atConceptIndex() {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    Concept.builder().id("us.ally").holder("US").build(),
                    frontline().holder("PAK").build()));

    assertDiagnostic(
        single(model), Severity.ERROR, "/concepts/1/holder", "concept 'pk.frontline'", "'PAK'");
  }

  static Stream<Arguments> danglingPrescriptions() {
    return Stream.of(
        Arguments.of(
            frontline().addPrescribes(Prescription.of("bomb", "US")),
            "/concepts/0/prescribes/1/practice",
            "practice 'bomb'",
            "not a declared practice type"),
        Arguments.of(
            frontline().addPrescribes(Prescription.of("strike", "IN")),
            "/concepts/0/prescribes/1/target",
            "target 'IN'",
            "not a declared actor"),
        Arguments.of(
            frontline().addProscribes(Prescription.of("bomb")),
            "/concepts/0/proscribes/0/practice",
            "practice 'bomb'",
            "not a declared practice type"),
        Arguments.of(
            frontline()
                .addProscribes(Prescription.of("strike", "US"), Prescription.of("strike", "IN")),
            "/concepts/0/proscribes/1/target",
            "target 'IN'",
            "not a declared actor"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("danglingPrescriptions")
  void prescription_dangling_error(
      Concept.Builder concept, String pointer, String value, String what) {
    Model.Builder model = base().concepts(List.of(concept.build(), PARTNER));

    assertDiagnostic(single(model), Severity.ERROR, pointer, "concept 'pk.frontline'", value, what);
  }

  @Test
  void prescription_danglingPracticeAndTarget_bothReported() {
    Model.Builder model =
        base().concepts(List.of(frontline().addPrescribes(Prescription.of("bomb", "IN")).build()));

    assertThat(validate(model).diagnostics())
        .extracting(Diagnostic::pointer)
        .containsExactly("/concepts/0/prescribes/1/practice", "/concepts/0/prescribes/1/target");
  }

  @Test
  void situationAspect_undeclared_error() {
    Model.Builder model =
        base()
            .addSituations(
                Situation.builder()
                    .id("mid-2000s")
                    .from("2004")
                    .addAspects("us-war", "drone-strikes")
                    .build());

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/situations/1/aspects/1",
        "situation 'mid-2000s'",
        "aspect 'drone-strikes'",
        "not declared");
  }

  @Test
  void situationAspect_construedButUndeclared_stillError() {
    // Concepts may speak of construed aspects; situations may not.
    Model.Builder model =
        base()
            .addSituations(
                Situation.builder().id("s").from("2004").addAspects("rent-opportunity").build());

    assertDiagnostic(
        single(model), Severity.ERROR, "/situations/1/aspects/0", "'rent-opportunity'");
  }

  @Test
  void situationAspect_interactionAspect_stillError() {
    Model.Builder model =
        base()
            .addSituations(
                Situation.builder()
                    .id("s")
                    .from("2004")
                    .addAspects("did:PK:permit-transit:US")
                    .build());

    assertDiagnostic(
        single(model), Severity.ERROR, "/situations/1/aspects/0", "'did:PK:permit-transit:US'");
  }

  // ---- weights

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0", "-1", "-0.5", "-0.000001"})
  void weight_notPositive_error(String weight) {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    frontline()
                        .prescribes(
                            List.of(
                                Prescription.builder()
                                    .practice("permit-transit")
                                    .target("US")
                                    .weight(weight)
                                    .build()))
                        .build(),
                    PARTNER));

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/concepts/0/prescribes/0/weight",
        "concept 'pk.frontline'",
        "weight " + new java.math.BigDecimal(weight).stripTrailingZeros().toPlainString(),
        "'permit-transit'",
        "not positive");
  }

  @Test
  void weight_notPositiveInProscribes_error() {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    frontline()
                        .addProscribes(
                            Prescription.of("strike", "US"),
                            Prescription.builder().practice("strike").weight(-2).build())
                        .build(),
                    PARTNER));

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/concepts/0/proscribes/1/weight",
        "concept 'pk.frontline'",
        "weight -2",
        "'strike'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.000001", "0.1", "1", "1.0", "1000000"})
  void weight_positive_fine(String weight) {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    frontline()
                        .addProscribes(
                            Prescription.builder().practice("strike").weight(weight).build())
                        .build(),
                    PARTNER));

    assertThat(validate(model).diagnostics()).isEmpty();
  }

  // ---- situation periods

  @ParameterizedTest(name = "from {0} to {1}: valid={2}")
  @CsvSource({
    "2001-09-11, 2001-09,    true",
    "2001-09,    2001-09-11, true",
    "2001-09,    2001-09-01, true",
    "2001,       2001,       true",
    "2001,       2001-01-01, true",
    "2001-09,    2001,       true",
    "2001-12-31, 2001,       true",
    "2001-09-11, 2001-09-11, true",
    "2001-09,    2003-12,    true",
    "2001-09-11, 2001-09-10, false",
    "2001-09,    2001-08,    false",
    "2001-09,    2001-08-31, false",
    "2001,       2000,       false",
    "2002,       2001-12-31, false",
    "2001-09-11, 2001-08,    false",
    "2001-09-11, 2000,       false",
  })
  void to_endingBeforeFromBegins_error(String from, String to, boolean valid) {
    Model.Builder model =
        base()
            .addSituations(situation("s1", "2004"))
            .addSituations(
                Situation.builder().id("s2").from(from).to(to).addAspects("us-war").build());

    ValidationReport report = validate(model);

    if (valid) {
      assertThat(report.diagnostics()).as(report.render()).isEmpty();
    } else {
      assertDiagnostic(
          single(model),
          Severity.ERROR,
          "/situations/2/to",
          "situation 's2'",
          "'to' " + to,
          "'from' " + from);
    }
  }

  // ---- evidence

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \n "})
  void evidenceSource_blank_error(String source) {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    PARTNER,
                    frontline()
                        .addEvidence(
                            Evidence.builder()
                                .source(source)
                                .quote("with us or against us")
                                .build())
                        .build()));

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/concepts/1/evidence/1/source",
        "concept 'pk.frontline'",
        "evidence 1",
        "blank source");
  }

  // ---- provenance of situation aspects

  private static Situation.Builder post911() {
    return Situation.builder()
        .id(POST_9_11.id())
        .from(POST_9_11.from())
        .to(POST_9_11.to())
        .aspects(POST_9_11.aspects());
  }

  @Test
  void provenance_ofTheSituationsAspects_noDiagnostics() {
    Model.Builder model =
        base()
            .situations(
                List.of(
                    post911()
                        .addProvenance(AspectSource.of("us-war", "events.csv, rule 'r': 3 rows"))
                        .addProvenance(AspectSource.of("us-war", "press"))
                        .addProvenance(
                            AspectSource.of("us-ultimatum", "Musharraf, In the Line of Fire"))
                        .build()));

    assertThat(validate(model).diagnostics()).isEmpty();
  }

  @Test
  void provenance_namingAnAspectNotOfTheSituation_errorWithDidYouMean() {
    Model.Builder model =
        base()
            .situations(
                List.of(
                    post911()
                        .addProvenance(AspectSource.of("us-war", "press"))
                        .addProvenance(AspectSource.of("us-wars", "press"))
                        .build()));

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/situations/0/provenance/1/aspect",
        "situation 'post-9-11'",
        "provenance names aspect 'us-wars', which is not one of the situation's aspects",
        "did you mean 'us-war'?");
  }

  @Test
  void provenance_namingADeclaredAspectThatTheSituationLacks_error() {
    // us-war is declared by the model, but does not hold in this situation
    Model.Builder model =
        base()
            .addSituations(
                Situation.builder()
                    .id("later")
                    .from("2004")
                    .addAspects("us-ultimatum")
                    .addProvenance(AspectSource.of("us-war", "press"))
                    .build());

    Diagnostic d = single(model);

    assertDiagnostic(
        d,
        Severity.ERROR,
        "/situations/1/provenance/0/aspect",
        "situation 'later'",
        "aspect 'us-war'");
    assertThat(d.message()).doesNotContain("did you mean");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "  \n "})
  void provenance_blankSource_error(String source) {
    Model.Builder model =
        base()
            .situations(
                List.of(
                    post911()
                        .addProvenance(AspectSource.of("us-war", "press"))
                        .addProvenance(AspectSource.of("us-ultimatum", source))
                        .build()));

    assertDiagnostic(
        single(model),
        Severity.ERROR,
        "/situations/0/provenance/1/source",
        "situation 'post-9-11'",
        "provenance of 'us-ultimatum' has a blank source");
  }

  @Test
  void provenance_foreignAspectAndBlankSource_bothReported() {
    ValidationReport report =
        validate(
            base()
                .situations(List.of(post911().addProvenance(AspectSource.of("zz", " ")).build())));

    assertThat(report.errors())
        .extracting(Diagnostic::pointer)
        .containsExactly("/situations/0/provenance/0/aspect", "/situations/0/provenance/0/source");
  }

  // ---- observations

  static Stream<Arguments> danglingObservations() {
    return Stream.of(
        Arguments.of(
            Observation.builder().from(OBSERVED).actor("PAK").build(),
            "/observations/1/actor",
            "actor 'PAK'",
            "not a declared actor"),
        Arguments.of(
            Observation.builder().from(OBSERVED).practice("bomb").build(),
            "/observations/1/practice",
            "practice 'bomb'",
            "not a declared practice type"),
        Arguments.of(
            Observation.builder().from(OBSERVED).target("IN").build(),
            "/observations/1/target",
            "target 'IN'",
            "not a declared actor"),
        Arguments.of(
            Observation.builder().from(OBSERVED).situation("mid-2000s").build(),
            "/observations/1/situation",
            "situation 'mid-2000s'",
            "not declared"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("danglingObservations")
  void observation_dangling_error(
      Observation observation, String pointer, String value, String what) {
    Model.Builder model = base().addObservations(observation);

    assertDiagnostic(single(model), Severity.ERROR, pointer, "observation of", value, what);
  }

  @Test
  void observation_withoutTarget_fine() {
    Model.Builder model =
        base()
            .addObservations(
                Observation.builder()
                    .actor("PK")
                    .practice("strike")
                    .situation("post-9-11")
                    .change(ChangeKind.STOPPED)
                    .build());

    assertThat(validate(model).diagnostics()).isEmpty();
  }

  @Test
  void observation_messageNamesTheObservation() {
    Model.Builder model =
        base()
            .addObservations(
                Observation.builder().from(OBSERVED).practice("strike").situation("later").build());

    assertThat(single(model).message()).contains("'PK'", "strike", "'US'", "'later'");
  }

  // ---- all at once

  @Test
  void validate_manyProblems_allReportedInModelOrder() {
    Model model =
        Model.builder()
            .addActors(US, PK, US) // 1: duplicate actor
            .addAspects(ULTIMATUM, WAR)
            .addPractices(TRANSIT, STRIKE)
            .addSituations(
                Situation.builder()
                    .id("s1")
                    .from("2001")
                    .to("2000") // 3: ends before it begins
                    .addAspects("us-ultimatum", "us-warr") // 2: undeclared aspect
                    .build())
            .addConcepts(
                Concept.builder().id("c1").holder("IN").build(), // 4: dangling holder
                Concept.builder()
                    .id("c2")
                    .holder("PK")
                    .addPrescribes(Prescription.builder().practice("strike").weight(0).build()) // 5
                    .build())
            .addObservations(
                Observation.builder().actor("PK").practice("strike").situation("s9").build()) // 6
            .build();

    ValidationReport report = ModelValidator.validate(model);

    assertThat(report.diagnostics())
        .extracting(Diagnostic::pointer)
        .containsExactly(
            "/actors/2/id",
            "/situations/0/aspects/1",
            "/situations/0/to",
            "/concepts/0/holder",
            "/concepts/1/prescribes/0/weight",
            "/observations/0/situation");
    assertThat(report.errors()).isEqualTo(report.diagnostics());
    assertThat(report.warnings()).isEmpty();
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void validate_warningsAndErrors_interleavedInModelOrder() {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    frontline().addHighlights("us-ultimatim").build(),
                    Concept.builder().id("us.c").holder("UK").build()));

    assertThat(validate(model).diagnostics())
        .extracting(Diagnostic::severity, Diagnostic::pointer)
        .containsExactly(
            tuple(Severity.WARNING, "/concepts/0/highlights/2"),
            tuple(Severity.ERROR, "/concepts/1/holder"));
  }

  @Test
  void validate_sameModelTwice_sameReport() {
    Model model =
        base().addActors(US).addConcepts(Concept.builder().id("c").holder("X").build()).build();

    assertThat(ModelValidator.validate(model)).isEqualTo(ModelValidator.validate(model));
  }

  // ---- did you mean

  static Stream<Arguments> typos() {
    return Stream.of(
        Arguments.of(
            base().addConcepts(Concept.builder().id("c").holder("Pk").build()), "'Pk'", "PK"),
        Arguments.of(
            base()
                .addConcepts(
                    Concept.builder()
                        .id("c")
                        .holder("PK")
                        .addPrescribes(Prescription.of("permit-transt"))
                        .build()),
            "'permit-transt'",
            "permit-transit"),
        Arguments.of(
            base()
                .addConcepts(
                    Concept.builder()
                        .id("c")
                        .holder("PK")
                        .addProscribes(Prescription.of("strike", "UZ"))
                        .build()),
            "'UZ'",
            "US"),
        Arguments.of(
            base()
                .addSituations(
                    Situation.builder().id("s").from("2004").addAspects("us-ultimatun").build()),
            "'us-ultimatun'",
            "us-ultimatum"),
        Arguments.of(
            base()
                .addObservations(
                    Observation.builder().from(OBSERVED).situation("post-9-1").build()),
            "'post-9-1'",
            "post-9-11"),
        Arguments.of(
            base().addObservations(Observation.builder().from(OBSERVED).actor("USA").build()),
            "'USA'",
            "US"),
        Arguments.of(
            base().addObservations(Observation.builder().from(OBSERVED).practice("Strike").build()),
            "'Strike'",
            "strike"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("typos")
  void error_closeTypo_suggestsDeclaredId(Model.Builder model, String value, String suggestion) {
    Diagnostic d = single(model);

    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.message()).contains(value).endsWith("; did you mean '" + suggestion + "'?");
  }

  @Test
  void error_farFromAnyId_noSuggestion() {
    Model.Builder model =
        base().addConcepts(Concept.builder().id("c").holder("AFG-TALIBAN").build());

    assertThat(single(model).message()).doesNotContain("did you mean");
  }

  // ---- warnings: undeclared aspects used by concepts

  static Stream<Arguments> aspectUses() {
    return Stream.of(
        Arguments.of(
            (UnaryOperator<Concept.Builder>)
                c -> c.when(Trigger.builder().allOf("us-ultimatum", "us-ultimatim").build()),
            "/concepts/0/when/all/1"),
        Arguments.of(
            (UnaryOperator<Concept.Builder>)
                c -> c.when(Trigger.builder().allOf("us-ultimatum").anyOf("us-ultimatim").build()),
            "/concepts/0/when/any/0"),
        Arguments.of(
            (UnaryOperator<Concept.Builder>)
                c -> c.when(Trigger.builder().allOf("us-ultimatum").noneOf("us-ultimatim").build()),
            "/concepts/0/when/none/0"),
        Arguments.of(
            (UnaryOperator<Concept.Builder>)
                c -> c.addConstrues(Construal.of(List.of("us-war", "us-ultimatim"), "leverage")),
            "/concepts/0/construes/1/from/1"),
        Arguments.of(
            (UnaryOperator<Concept.Builder>) c -> c.addHighlights("us-ultimatim"),
            "/concepts/0/highlights/2"),
        Arguments.of(
            (UnaryOperator<Concept.Builder>) c -> c.addOccludes("us-ultimatim"),
            "/concepts/0/occludes/0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("aspectUses")
  void conceptAspect_undeclared_warningNamingConceptAndClosestId(
      UnaryOperator<Concept.Builder> use, String pointer) {
    Model.Builder model = base().concepts(List.of(use.apply(frontline()).build(), PARTNER));

    assertDiagnostic(
        single(model),
        Severity.WARNING,
        pointer,
        "concept 'pk.frontline'",
        "aspect 'us-ultimatim'",
        "not declared",
        "'us-ultimatum'");
  }

  @Test
  void conceptAspect_undeclaredUsedManyTimes_oneWarningPerConcept() {
    Concept frontline =
        frontline()
            .when(Trigger.builder().allOf("us-ultimatim").noneOf("pk-weak").build())
            .addHighlights("us-ultimatim")
            .addOccludes("us-ultimatim", "pk-weak")
            .build();
    Concept partner =
        Concept.builder()
            .from(PARTNER)
            .addHighlights("us-ultimatim")
            .addOccludes("us-ultimatim")
            .build();
    Model.Builder model = base().concepts(List.of(frontline, partner));

    ValidationReport report = validate(model);

    assertThat(report.diagnostics())
        .extracting(Diagnostic::pointer)
        .containsExactly(
            "/concepts/0/when/all/0", "/concepts/0/when/none/0", "/concepts/1/highlights/0");
    assertThat(report.warnings()).hasSize(3);
    assertThat(report.diagnostics().get(0).message())
        .contains("concept 'pk.frontline'", "'us-ultimatim'", "'us-ultimatum'");
    assertThat(report.diagnostics().get(1).message())
        .contains("concept 'pk.frontline'", "'pk-weak'");
    assertThat(report.diagnostics().get(2).message())
        .contains("concept 'us.partner'", "'us-ultimatim'", "'us-ultimatum'");
  }

  @Test
  void conceptAspect_construedByAnyConcept_noWarning() {
    // us.partner construes 'pk-double-game', which pk.frontline uses; pk.frontline construes
    // 'rent-opportunity', which us.partner uses. Neither is declared.
    Concept frontline =
        frontline()
            .when(Trigger.builder().allOf("us-ultimatum").noneOf("pk-double-game").build())
            .build();
    Concept partner =
        Concept.builder()
            .from(PARTNER)
            .addConstrues(Construal.of(List.of("us-war"), "pk-double-game"))
            .addHighlights("rent-opportunity", "pk-double-game")
            .addOccludes("rent-opportunity")
            .build();

    assertThat(validate(base().concepts(List.of(frontline, partner))).diagnostics()).isEmpty();
  }

  @Test
  void conceptAspect_construedWithEmptyFrom_noWarning() {
    Concept c =
        Concept.builder()
            .id("c")
            .holder("US")
            .addConstrues(Construal.of(List.of(), "always-there"))
            .addHighlights("always-there")
            .build();

    assertThat(validate(base().addConcepts(c)).diagnostics()).isEmpty();
  }

  @Test
  void conceptAspect_noDeclaredAspects_warningWithoutSuggestion() {
    Model.Builder model =
        Model.builder()
            .addActors(PK)
            .addConcepts(
                Concept.builder()
                    .id("c")
                    .holder("PK")
                    .when(Trigger.builder().allOf("x").build())
                    .build());

    Diagnostic d = single(model);

    assertDiagnostic(d, Severity.WARNING, "/concepts/0/when/all/0", "concept 'c'", "aspect 'x'");
  }

  // ---- warnings: interaction aspects

  @Test
  void interactionAspect_wellFormedAndProduced_noWarning() {
    // PARTNER uses did:PK:permit-transit:US; FRONTLINE (held by PK) prescribes permit-transit to
    // US.
    assertThat(PARTNER.when().allOf()).contains(AspectId.of("did:PK:permit-transit:US"));

    assertThat(validate(base()).diagnostics()).isEmpty();
  }

  @Test
  void interactionAspect_withoutTarget_producedByUntargetedPrescription_noWarning() {
    Concept frontline = frontline().addPrescribes(Prescription.of("strike")).build();
    Concept partner = Concept.builder().from(PARTNER).addOccludes("did:PK:strike:-").build();

    assertThat(validate(base().concepts(List.of(frontline, partner))).diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "did:PK:permit-transt:US",
        "did:PAK:permit-transit:US",
        "did:PK:permit-transit:USA",
        "did:PK:permit-transit",
        "did:PK",
        "did:"
      })
  void interactionAspect_unknownParts_warning(String aspect) {
    Concept partner = Concept.builder().from(PARTNER).addHighlights(aspect).build();

    assertDiagnostic(
        single(base().concepts(List.of(FRONTLINE, partner))),
        Severity.WARNING,
        "/concepts/1/highlights/0",
        "concept 'us.partner'",
        "'" + aspect + "'");
  }

  @Test
  void interactionAspect_typo_suggestsProducibleAspect() {
    Concept partner =
        Concept.builder().from(PARTNER).addHighlights("did:PK:permit-transt:US").build();

    Diagnostic d = single(base().concepts(List.of(FRONTLINE, partner)));

    assertThat(d.message()).contains("did you mean 'did:PK:permit-transit:US'");
  }

  @ParameterizedTest
  @CsvSource({
    // aspect,                     what the message says no concept prescribes
    "did:PK:strike:US,             'strike' to 'US'",
    "did:US:permit-transit:US,     'permit-transit' to 'US'",
    "did:PK:permit-transit:PK,     'permit-transit' to 'PK'",
    "did:PK:permit-transit:-,      'permit-transit' without a target",
  })
  void interactionAspect_neverProduced_warning(String aspect, String practice) {
    Concept partner = Concept.builder().from(PARTNER).addOccludes(aspect).build();

    assertDiagnostic(
        single(base().concepts(List.of(FRONTLINE, partner))),
        Severity.WARNING,
        "/concepts/1/occludes/0",
        "concept 'us.partner'",
        "'" + aspect + "'",
        "can never occur",
        practice);
  }

  @Test
  void interactionAspect_onlyProscribed_warning() {
    // A proscription never produces a prediction, hence never an interaction aspect.
    Concept frontline = frontline().addProscribes(Prescription.of("strike", "US")).build();
    Concept partner = Concept.builder().from(PARTNER).addHighlights("did:PK:strike:US").build();

    assertDiagnostic(
        single(base().concepts(List.of(frontline, partner))),
        Severity.WARNING,
        "/concepts/1/highlights/0",
        "'did:PK:strike:US'",
        "can never occur");
  }

  @Test
  void interactionAspect_withColonsInIds_resolved() {
    Model.Builder model =
        Model.builder()
            .addActors(Actor.of("un:sc"), Actor.of("a"))
            .addPractices(PracticeType.builder().id("sanction:hard").build())
            .addConcepts(
                Concept.builder()
                    .id("c1")
                    .holder("un:sc")
                    .addPrescribes(Prescription.of("sanction:hard", "a"))
                    .build(),
                Concept.builder()
                    .id("c2")
                    .holder("a")
                    .when(Trigger.builder().allOf("did:un:sc:sanction:hard:a").build())
                    .build());

    assertThat(validate(model).diagnostics()).isEmpty();
  }

  // ---- warnings: triggers

  @Test
  void trigger_sameAspectInAllAndNone_warning() {
    Concept frontline =
        frontline()
            .when(Trigger.builder().allOf("us-war", "us-ultimatum").noneOf("us-ultimatum").build())
            .build();

    assertDiagnostic(
        single(base().concepts(List.of(frontline, PARTNER))),
        Severity.WARNING,
        "/concepts/0/when",
        "concept 'pk.frontline'",
        "never apply",
        "'us-ultimatum'");
  }

  @Test
  void trigger_sameAspectInAnyAndNoneWithOtherAny_noWarning() {
    Concept frontline =
        frontline()
            .when(Trigger.builder().anyOf("us-war", "us-ultimatum").noneOf("us-ultimatum").build())
            .build();

    assertThat(validate(base().concepts(List.of(frontline, PARTNER))).diagnostics()).isEmpty();
  }

  // ---- report

  @Test
  void report_onlyWarnings_valid() {
    Model.Builder model =
        base()
            .concepts(
                List.of(
                    frontline()
                        .addHighlights("us-ultimatim")
                        .when(Trigger.builder().allOf("us-war").noneOf("us-war").build())
                        .build(),
                    PARTNER));

    ValidationReport report = validate(model);

    assertThat(report.warnings()).hasSize(2);
    assertThat(report.errors()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThatCode(report::throwIfInvalid).doesNotThrowAnyException();
  }

  @Test
  void throwIfInvalid_errors_throwsListingOnlyTheErrors() {
    Model.Builder model =
        base()
            .addActors(PK)
            .concepts(
                List.of(
                    frontline().addHighlights("us-ultimatim").build(),
                    Concept.builder().from(PARTNER).holder("UK").build()));
    ValidationReport report = validate(model);
    assertThat(report.errors()).hasSize(2);
    assertThat(report.warnings()).hasSize(1);

    assertThatThrownBy(report::throwIfInvalid)
        .isInstanceOfSatisfying(
            InvalidModelException.class,
            e -> {
              assertThat(e.report()).isSameAs(report);
              assertThat(e.getMessage())
                  .startsWith("invalid model: 2 errors")
                  .contains(report.errors().get(0).render())
                  .contains(report.errors().get(1).render())
                  .doesNotContain("us-ultimatim");
            });
  }

  @Test
  void throwIfInvalid_oneError_singular() {
    ValidationReport report = validate(base().addActors(US));

    assertThatThrownBy(report::throwIfInvalid)
        .isInstanceOf(InvalidModelException.class)
        .hasMessage(
            "invalid model: 1 error\n  error: /actors/2/id: " + report.errors().get(0).message());
  }

  @Test
  void report_render_oneLinePerDiagnostic() {
    ValidationReport report =
        validate(
            base()
                .addActors(US)
                .addConcepts(Concept.builder().id("c").holder("PK").addOccludes("zz").build()));

    assertThat(report.render().split("\n"))
        .hasSize(2)
        .satisfiesExactly(
            l -> assertThat(l).startsWith("error: /actors/2/id: actor 'US'"),
            l -> assertThat(l).startsWith("warning: /concepts/2/occludes/0: concept 'c'"));
  }
}
