package io.github.narrativeir.io.report;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Models for the report tests: one whose every piece of user text is hostile. */
final class ReportFixtures {
  /** Text that breaks every format it is not escaped for. */
  static final String EVIL =
      "<script>alert('x')</script> \"q\" | `tick` ``` *b* _i_ [l](javascript:x) &amp; \\ end\\"
          + "\nnew line\r\n\ttab \u001b[31mred";

  static final String LINK = "https://example.org/speech?id=1&lang=en";
  static final String SCRIPT_URL = "javascript:alert(1)";

  private ReportFixtures() {}

  /**
   * Two actors, two situations; A's concept prescribes p on B in both, which makes B's concept
   * (triggered by {@code all: [did:A:p:B]}) active in s2, where it prescribes q on A.
   */
  static Model hostile() {
    return Model.builder()
        .name(EVIL)
        .addActors(
            Actor.builder().id("A").name("Alpha " + EVIL).build(),
            Actor.builder().id("B").name("B|eta").build())
        .addAspects(Aspect.of("x", EVIL))
        .addPractices(
            PracticeType.of("p", EVIL, PracticeMode.COOPERATION),
            PracticeType.of("q", "Q " + EVIL, PracticeMode.COERCION))
        .addSituations(
            Situation.builder().id("s1").label(EVIL).from("2001").addAspects("x").build(),
            Situation.builder()
                .id("s2")
                .label("two")
                .from("2002")
                .to("2003")
                .addAspects("x")
                .build())
        .addConcepts(
            Concept.builder()
                .id("a.c")
                .holder("A")
                .label(EVIL)
                .priority(2)
                .when(Trigger.builder().anyOf("x").build())
                .addHighlights("x")
                .addPrescribes(Prescription.of("p", "B"))
                .addEvidence(
                    Evidence.builder().source(EVIL).speaker(EVIL).quote(EVIL).url(LINK).build(),
                    Evidence.builder()
                        .source("elsewhere")
                        .paraphrase(true)
                        .quote(EVIL)
                        .url(SCRIPT_URL)
                        .build())
                .build(),
            Concept.builder()
                .id("b.c")
                .holder("B")
                .label(EVIL)
                .when(Trigger.builder().allOf("did:A:p:B").build())
                .addPrescribes(Prescription.of("q", "A"))
                .build())
        .addObservations(
            Observation.builder()
                .actor("A")
                .practice("p")
                .target("B")
                .situation("s1")
                .source(EVIL)
                .build(),
            Observation.builder().actor("B").practice("q").situation("s1").source(EVIL).build(),
            Observation.builder().actor("A").practice("p").situation("s2").build())
        .build();
  }

  static Inference infer(Model model) {
    return NarrativeEngine.create().infer(model);
  }

  /**
   * {@code model} with its lists, and each concept's evidence, in an order {@code seed} chooses.
   */
  static Model shuffled(Model model, long seed) {
    Random random = new Random(seed);
    return Model.builder()
        .from(model)
        .actors(shuffle(model.actors(), random))
        .aspects(shuffle(model.aspects(), random))
        .practices(shuffle(model.practices(), random))
        .situations(shuffle(model.situations(), random))
        .concepts(
            shuffle(
                model.concepts().stream()
                    .map(
                        c ->
                            (io.github.narrativeir.model.Concept)
                                io.github.narrativeir.model.Concept.builder()
                                    .from(c)
                                    .evidence(shuffle(c.evidence(), random))
                                    .build())
                    .toList(),
                random))
        .observations(shuffle(model.observations(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }

  /**
   * Parses {@code html} as XML, which the HTML report also is; throws when it is not well-formed.
   */
  static Document parseXml(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    f.setXIncludeAware(false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}
