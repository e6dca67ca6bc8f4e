package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ActorKind;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Writing a model and reading it back gives the same model, in YAML and in JSON, for random valid
 * models that use every field, with the strings YAML would otherwise read as something else (null,
 * yes, ~, 1.0, 2001, ...), every date precision, and values equal and unequal to defaults. The
 * models are made from generated choices ({@link Choices}), which QuickTheories shrinks to a model
 * with fewer, plainer parts.
 */
class ModelRoundTripTest {
  /** Text that plain YAML would read as another type, or that needs quoting or escaping. */
  static final List<String> TRICKY =
      List.of(
          "null",
          "Null",
          "NULL",
          "~",
          "yes",
          "no",
          "Yes",
          "NO",
          "on",
          "off",
          "y",
          "n",
          "true",
          "false",
          "True",
          "1.0",
          "2001",
          "2001-09",
          "2001-09-11",
          "0x1F",
          "0o17",
          "017",
          "1e3",
          "1_000",
          "+1",
          "-0",
          ".inf",
          "-.inf",
          ".nan",
          "",
          " ",
          " leading",
          "trailing ",
          "a: b",
          "a #b",
          "#comment",
          "a:b",
          "key: value # c",
          "'single'",
          "\"double\"",
          "it's",
          "- dash",
          "[x]",
          "{x: y}",
          "&anchor",
          "*alias",
          "!tag",
          "!!str",
          "%TAG",
          "@at",
          "`tick",
          "|",
          ">",
          "?",
          ",",
          "<<",
          "=",
          "multi\nline",
          "trailing newline\n",
          "tab\there",
          "back\\slash",
          "unicode \u2713 \u03a9\u03bc\u03ad\u03b3\u03b1 \u65e5\u672c",
          "emoji \ud83d\ude42",
          "\u00e9t\u00e9",
          "line\u2028separator",
          "nbsp\u00a0",
          "\u00ff",
          "...",
          "-%:       |",
          "a: b",
          "did:PK:x:US",
          "---",
          "--- x",
          "- ",
          "a\u0085b",
          "a\nb\u0085c",
          "x\u0085",
          "a\u2029b",
          "\r\n",
          "a\rb",
          "\n",
          "\n\n",
          "a\n\n",
          "  indented\nx",
          "a \nb",
          "a\n ",
          "\u0000",
          "esc\u001b",
          "\ufeffbom");

  /** Ids that YAML would read as numbers, booleans or null if they were not quoted. */
  static final List<String> TRICKY_IDS =
      List.of(
          "null",
          "yes",
          "no",
          "on",
          "Off",
          "y",
          "true",
          "1.0",
          "2001",
          "2001-09",
          "0x1F",
          "017",
          "1e3",
          "-1",
          "-.inf",
          ".inf",
          ".nan",
          "1_000",
          "a:b",
          "did:US:aid:PK",
          "-",
          "...",
          "--",
          ":",
          "_",
          "Y");

  static final List<String> WEIGHTS =
      List.of("0.1", "2", "0.25", "100", "1", "1.0", "1.50", "0.001", "12345.678", "3E+2", "7e-3");

  /**
   * More choices than a model below reads (see generatedModels_readFewerChoicesThanAreGenerated).
   */
  static final int CHOICES = 3000;

  /** Models made from generated choices, which shrink. */
  static Gen<Model> models() {
    return Choices.lists(CHOICES).map(values -> model(Choices.of(values)));
  }

  @Test
  void yaml_readsBackTheModelWritten() {
    qt().withExamples(200)
        .withShrinkCycles(1000)
        .forAll(models())
        .checkAssert(model -> roundTrips(model, Format.YAML));
  }

  @Test
  void json_readsBackTheModelWritten() {
    qt().withExamples(200)
        .withShrinkCycles(1000)
        .forAll(models())
        .checkAssert(model -> roundTrips(model, Format.JSON));
  }

  @Test
  void generatedModels_readFewerChoicesThanAreGenerated() {
    Random random = new Random(7);
    int most = 0;
    for (int n = 0; n < 1000; n++) {
      List<Integer> values = new ArrayList<>();
      for (int i = 0; i < CHOICES; i++) {
        values.add(random.nextInt(Choices.MAX + 1));
      }
      Choices choices = Choices.of(values);
      model(choices);
      most = Math.max(most, choices.read());
    }
    assertThat(most).isLessThan(CHOICES * 3 / 4);
  }

  @Test
  void everyTrickyString_asEveryTextField() throws Exception {
    for (String text : TRICKY) {
      Model model = textModel(text);
      for (Format format : Format.values()) {
        assertRoundTrip(model, format);
      }
    }
  }

  @Test
  void everyTrickyId_asEveryKindOfId() throws Exception {
    for (String id : TRICKY_IDS) {
      Model model =
          Model.builder()
              .addActors(Actor.of(id))
              .addAspects(Aspect.builder().id(id).build())
              .addPractices(PracticeType.builder().id(id).build())
              .addSituations(
                  Situation.builder()
                      .id(id)
                      .from("2001")
                      .addAspects(id)
                      .addProvenance(AspectSource.of(id, id))
                      .build())
              .addConcepts(
                  Concept.builder()
                      .id(id)
                      .holder(id)
                      .when(Trigger.builder().allOf(id).build())
                      .addConstrues(Construal.of(List.of(id), id))
                      .addHighlights(id)
                      .addPrescribes(Prescription.of(id, id))
                      .build())
              .addObservations(
                  Observation.builder().actor(id).practice(id).target(id).situation(id).build())
              .build();
      for (Format format : Format.values()) {
        assertRoundTrip(model, format);
      }
    }
  }

  @Test
  void defaults_areLeftOut_andReadBackAsDefaults() throws Exception {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addSituations(Situation.builder().id("s").from("2001").build())
            .addConcepts(
                Concept.builder()
                    .id("c")
                    .holder("PK")
                    .label("c")
                    .addPrescribes(Prescription.builder().practice("p").weight("1.00").build())
                    .build())
            .addPractices(PracticeType.builder().id("p").build())
            .build();

    String yaml = ModelWriter.toText(model, Format.YAML);

    assertThat(yaml).doesNotContainPattern("(label|weight|priority|kind|mode|options|provenance):");
    assertRoundTrip(model, Format.YAML);
  }

  @Test
  void provenance_keepsItsOrder_andSeveralSourcesOfOneAspect() throws Exception {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"))
            .addAspects(Aspect.builder().id("a").build(), Aspect.builder().id("b").build())
            .addSituations(
                Situation.builder()
                    .id("s")
                    .from("2001")
                    .addAspects("a", "b")
                    .addProvenance(
                        AspectSource.of("b", "events.csv, rule 'r': 3 rows, sum of x 2.50"))
                    .addProvenance(AspectSource.of("a", "a book; p. 3"))
                    .addProvenance(AspectSource.of("b", "press"))
                    .build())
            .build();

    for (Format format : Format.values()) {
      assertRoundTrip(model, format);
    }
    assertThat(ModelWriter.toText(model, Format.YAML)).contains("provenance:");
  }

  @Test
  void negativeEvidence_isWrittenAsOccurredFalse_andReadBack() throws Exception {
    Model model =
        Model.builder()
            .addActors(Actor.of("PK"), Actor.of("US"))
            .addPractices(PracticeType.builder().id("p").build())
            .addSituations(Situation.builder().id("s").from("2001").build())
            .addObservations(
                Observation.builder()
                    .actor("PK")
                    .practice("p")
                    .situation("s")
                    .occurred(false)
                    .source("a denial")
                    .build(),
                Observation.builder()
                    .actor("PK")
                    .practice("p")
                    .target("US")
                    .situation("s")
                    .occurred(false)
                    .build(),
                Observation.builder()
                    .actor("PK")
                    .practice("p")
                    .target("US")
                    .situation("s")
                    .occurred(true)
                    .build(),
                Observation.builder()
                    .actor("PK")
                    .practice("p")
                    .situation("s")
                    .change(ChangeKind.STARTED)
                    .occurred(true)
                    .build())
            .build();

    for (Format format : Format.values()) {
      assertRoundTrip(model, format);
    }
    String yaml = ModelWriter.toText(model, Format.YAML);
    assertThat(yaml).contains("occurred: false").doesNotContain("occurred: true");
    assertThat(yaml.split("occurred: false", -1)).hasSize(3);
    String json = ModelWriter.toText(model, Format.JSON);
    assertThat(json).containsPattern("\"occurred\" ?: ?false").doesNotContain("true");
    Model read = ModelReader.create().read("m.json", json.getBytes(UTF_8), Format.JSON).model();
    assertThat(read.observations())
        .extracting(Observation::occurred)
        .containsExactly(false, false, true, true);
  }

  @Test
  void occurred_inYamlsOtherSpellings_readsAsTheBooleanItIs() throws Exception {
    String yaml =
        "format: narrative-model/1\nactors: [{id: PK}]\npractices: [{id: p}]\n"
            + "situations: [{id: s, from: 2001}]\nconcepts: []\nobservations:\n"
            + "  - {actor: PK, practice: p, situation: s, occurred: no}\n"
            + "  - {actor: PK, practice: p, situation: s, occurred: False}\n"
            + "  - {actor: PK, practice: p, situation: s, occurred: yes}\n";

    Model read = ModelReader.create().read("m.yaml", yaml.getBytes(UTF_8), Format.YAML).model();

    assertThat(read.observations())
        .extracting(Observation::occurred)
        .containsExactly(false, false, true);
  }

  private static void roundTrips(Model model, Format format) {
    try {
      assertRoundTrip(model, format);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void assertRoundTrip(Model model, Format format) throws Exception {
    String text = ModelWriter.toText(model, format);
    Model read;
    try {
      read = ModelReader.create().read("model." + format, text.getBytes(UTF_8), format).model();
    } catch (ModelFormatException e) {
      throw new AssertionError(
          "the written "
              + format
              + " does not read back:\n"
              + e.getMessage()
              + "\n--- written:\n"
              + text,
          e);
    }
    assertThat(read).as("%s written as:%n%s", format, text).isEqualTo(model);
    assertThat(ModelWriter.toText(read, format)).as("written again").isEqualTo(text);
  }

  /** A valid model with {@code text} in every free-text field (a non-blank one as a source). */
  static Model textModel(String text) {
    String source = text.isBlank() ? "source " + text : text;
    return Model.builder()
        .name(text)
        .addActors(Actor.builder().id("PK").name(text).kind(ActorKind.NON_STATE).build())
        .addAspects(Aspect.builder().id("a").label(text).addTags(text).build())
        .addPractices(PracticeType.builder().id("p").label(text).build())
        .addSituations(
            Situation.builder()
                .id("s")
                .label(text)
                .from("2001")
                .addAspects("a")
                .addProvenance(AspectSource.of("a", source))
                .build())
        .addConcepts(
            Concept.builder()
                .id("c")
                .holder("PK")
                .label(text)
                .addEvidence(
                    Evidence.builder()
                        .source(source)
                        .speaker(text)
                        .date("2001-09-19")
                        .quote(text)
                        .paraphrase(true)
                        .url(text)
                        .build())
                .build())
        .addObservations(
            Observation.builder().actor("PK").practice("p").situation("s").source(text).build())
        .build();
  }

  // ----- random valid models -----

  private static <T> T pick(Choices r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static String text(Choices r) {
    switch (r.nextInt(4)) {
      case 0:
        return pick(r, TRICKY);
      case 1:
        return pick(r, TRICKY) + " " + pick(r, TRICKY);
      default:
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
          sb.appendCodePoint(
              pick(
                      r,
                      List.of(
                          'a', 'Z', ' ', ':', '#', '"', '\'', '\\', '-', '\n', '7', '.', '\t', '\r',
                          '\u0085', '\u2028', '&', '*', '!', '|', '>', '%', '@', '`', ',', '?', '[',
                          '{', '~'))
                  .charValue());
          if (r.nextInt(6) == 0) {
            // Any code point but surrogates, which are not text on their own.
            sb.appendCodePoint(
                r.nextBoolean() ? 0x80 + r.nextInt(0xD800 - 0x80) : 0x10000 + r.nextInt(0x10000));
          }
        }
        return sb.toString();
    }
  }

  /** Unique ids: some tricky, some plain. */
  private static List<String> ids(Choices r, String prefix, int min, int max) {
    Set<String> ids = new LinkedHashSet<>();
    int n = min + r.nextInt(max - min + 1);
    while (ids.size() < n) {
      String id = r.nextInt(4) == 0 ? pick(r, TRICKY_IDS) : prefix + r.nextInt(100);
      if (!ids.add(id)) {
        // taken: one that is not, so that shrunk choices (all 0) end too
        ids.add(prefix + "_" + ids.size());
      }
    }
    return new ArrayList<>(ids);
  }

  private static <T> List<T> some(Choices r, List<T> from, int max) {
    List<T> some = new ArrayList<>();
    if (from.isEmpty()) {
      return some;
    }
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      some.add(pick(r, from));
    }
    return some;
  }

  private static PartialDate date(Choices r) {
    int year = 1000 + r.nextInt(9000);
    switch (r.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + r.nextInt(12));
      default:
        return PartialDate.ofDay(LocalDate.of(year, 1, 1).plusDays(r.nextInt(365)));
    }
  }

  private static Model model(Choices r) {
    Model.Builder m = Model.builder();
    if (r.nextBoolean()) {
      m.name(text(r));
    }
    List<String> actors = ids(r, "A", 1, 4);
    for (String id : actors) {
      Actor.Builder a = Actor.builder().id(id);
      if (r.nextBoolean()) {
        a.name(text(r));
      }
      if (r.nextBoolean()) {
        a.kind(pick(r, List.of(ActorKind.values())));
      }
      m.addActors(a.build());
    }
    List<String> aspects = ids(r, "x", 0, 5);
    for (String id : aspects) {
      Aspect.Builder a = Aspect.builder().id(id);
      if (r.nextBoolean()) {
        a.label(text(r));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        a.addTags(text(r));
      }
      m.addAspects(a.build());
    }
    List<String> practices = ids(r, "p", 1, 3);
    for (String id : practices) {
      PracticeType.Builder p = PracticeType.builder().id(id);
      if (r.nextBoolean()) {
        p.label(text(r));
      }
      if (r.nextBoolean()) {
        p.mode(pick(r, List.of(PracticeMode.values())));
      }
      m.addPractices(p.build());
    }
    List<String> situations = ids(r, "s", 1, 3);
    for (String id : situations) {
      PartialDate from = date(r);
      Situation.Builder s = Situation.builder().id(id).from(from);
      if (r.nextBoolean()) {
        s.label(text(r));
      }
      if (r.nextBoolean()) {
        PartialDate to = date(r);
        s.to(to.end().isBefore(from.start()) ? from : to);
      }
      List<String> held = some(r, aspects, 3);
      held.forEach(s::addAspects);
      // provenance of some of the situation's aspects: one aspect may have several sources
      for (String aspect : some(r, held, 3)) {
        s.addProvenance(AspectSource.of(aspect, "src " + text(r)));
      }
      m.addSituations(s.build());
    }
    // Concepts may name aspects that are not declared: that is a warning, not an error.
    List<String> conceptAspects = new ArrayList<>(aspects);
    conceptAspects.add("undeclared");
    for (String id : ids(r, "c", 0, 4)) {
      Concept.Builder c = Concept.builder().id(id).holder(pick(r, actors));
      if (r.nextBoolean()) {
        c.label(text(r));
      }
      if (r.nextBoolean()) {
        c.priority(
            pick(r, List.of(0, 1, -1, 5, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, r.nextInt())));
      }
      if (r.nextBoolean()) {
        Trigger.Builder t = Trigger.builder();
        some(r, conceptAspects, 2).forEach(a -> t.addAllOf(AspectId.of(a)));
        some(r, conceptAspects, 2).forEach(a -> t.addAnyOf(AspectId.of(a)));
        some(r, conceptAspects, 2).forEach(a -> t.addNoneOf(AspectId.of(a)));
        c.when(t.build());
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        c.addConstrues(Construal.of(some(r, conceptAspects, 2), "construed" + r.nextInt(3)));
      }
      some(r, conceptAspects, 2).forEach(c::addHighlights);
      some(r, conceptAspects, 2).forEach(c::addOccludes);
      for (int i = r.nextInt(3); i > 0; i--) {
        c.addPrescribes(prescription(r, practices, actors));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        c.addProscribes(prescription(r, practices, actors));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        Evidence.Builder e = Evidence.builder().source("src " + text(r));
        if (r.nextBoolean()) {
          e.speaker(text(r));
        }
        if (r.nextBoolean()) {
          e.date(date(r));
        }
        if (r.nextBoolean()) {
          e.quote(text(r));
        }
        if (r.nextBoolean()) {
          e.paraphrase(r.nextBoolean());
        }
        if (r.nextBoolean()) {
          e.url(r.nextBoolean() ? "https://example.org/a?b=c#d" : text(r));
        }
        c.addEvidence(e.build());
      }
      m.addConcepts(c.build());
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      Observation.Builder o =
          Observation.builder()
              .actor(ActorId.of(pick(r, actors)))
              .practice(PracticeId.of(pick(r, practices)))
              .situation(pick(r, situations));
      if (r.nextBoolean()) {
        o.target(pick(r, actors));
      }
      if (r.nextBoolean()) {
        o.change(pick(r, List.of(ChangeKind.values())));
        if (r.nextBoolean()) {
          o.occurred(true); // the default, said outright
        }
      } else if (r.nextBoolean()) {
        o.occurred(r.nextInt(3) == 0); // negative evidence, or the default said outright
      }
      if (r.nextBoolean()) {
        o.source(text(r));
      }
      m.addObservations(o.build());
    }
    if (r.nextBoolean()) {
      m.options(InferenceOptions.builder().interaction(r.nextBoolean()).build());
    }
    return m.build();
  }

  private static Prescription prescription(Choices r, List<String> practices, List<String> actors) {
    Prescription.Builder p = Prescription.builder().practice(pick(r, practices));
    if (r.nextBoolean()) {
      p.target(pick(r, actors));
    }
    if (r.nextBoolean()) {
      p.weight(new BigDecimal(pick(r, WEIGHTS)));
    }
    return p.build();
  }
}
