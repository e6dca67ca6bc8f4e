package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.report.DotReport.InteractionEdge;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DotReportTest {
  @Test
  void dot_hostileText_staysInsideQuotedStrings() {
    String dot = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.DOT);

    List<String> tokens = tokens(dot);
    assertThat(tokens.stream().filter("{"::equals).count())
        .isEqualTo(tokens.stream().filter("}"::equals).count());
    String expected =
        ReportFixtures.EVIL.replace("\r\n", "\n").replace('\t', ' ').replace('\u001b', ' ');
    assertThat(strings(tokens)).contains(expected, "Alpha " + expected + " (A)", "B|eta (B)");
  }

  @Test
  void dot_nodes_uniqueAndEveryEdgeEndDeclared() throws IOException {
    for (Inference inference :
        List.of(ReportGoldenTest.frontline(), ReportFixtures.infer(ReportFixtures.hostile()))) {
      List<String> tokens = tokens(Reports.render(inference, ReportFormat.DOT));
      Set<String> nodes = new HashSet<>();
      List<String> ends = new ArrayList<>();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        String t = tokens.get(i);
        String before = i == 0 ? ";" : tokens.get(i - 1);
        boolean statementStart = before.equals(";") || before.equals("{");
        if (t.startsWith("\"") && statementStart && tokens.get(i + 1).equals("[")) {
          assertThat(nodes.add(t)).as("node %s declared once", t).isTrue();
        }
        if (t.equals("->")) {
          ends.add(tokens.get(i - 1));
          ends.add(tokens.get(i + 1));
        }
      }
      assertThat(ends).isNotEmpty();
      assertThat(nodes).containsAll(ends);
    }
  }

  @Test
  void dot_nodeIds_comeFromModelIdsNotPositions() throws IOException {
    Model frontline = ReportGoldenTest.frontline().model();
    Model earlier =
        Model.builder()
            .from(frontline)
            .addSituations(Situation.builder().id("earliest").from("1990").build())
            .build();

    for (Model model : List.of(frontline, earlier)) {
      assertThat(Reports.render(ReportFixtures.infer(model), ReportFormat.DOT))
          .contains("\"concept/later/us.frontline-ally\" [")
          .contains("\"practice/after/PK/transit/US\" [");
    }
  }

  @Test
  void dot_frontline_interactionEdgesExactly() throws IOException {
    Inference frontline = ReportGoldenTest.frontline();

    assertThat(DotReport.interactionEdges(frontline))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from().actor()).isEqualTo(ActorId.of("PK"));
              assertThat(e.from().practice()).isEqualTo(PracticeId.of("transit"));
              assertThat(e.from().target()).contains(ActorId.of("US"));
              assertThat(e.from().situation()).isEqualTo(SituationId.of("after"));
              assertThat(e.situation()).isEqualTo(SituationId.of("later"));
              assertThat(e.holder()).isEqualTo(ActorId.of("US"));
              assertThat(e.concept()).isEqualTo(ConceptId.of("us.frontline-ally"));
              assertThat(e.aspect()).isEqualTo(AspectId.of("did:PK:transit:US"));
            });
    assertThat(
            Reports.render(frontline, ReportFormat.DOT)
                .lines()
                .filter(l -> l.contains("style=\"dotted\"")))
        .containsExactly(
            "  \"practice/after/PK/transit/US\" -> \"concept/later/us.frontline-ally\""
                + " [style=\"dotted\", color=\"#555555\", fontcolor=\"#555555\","
                + " label=\"did:PK:transit:US\"];");
  }

  @Test
  void interactionEdges_allTrigger_counts() {
    assertThat(DotReport.interactionEdges(ReportFixtures.infer(ReportFixtures.hostile())))
        .extracting(e -> e.from().situation() + " " + e.aspect() + " -> " + e.concept())
        .containsExactly("s1 did:A:p:B -> b.c");
  }

  @Test
  void interactionEdges_none_whenTheAspectIsOccludedThere() {
    Model perceived = twoSituations(false);
    Model occluded = twoSituations(true);

    assertThat(DotReport.interactionEdges(ReportFixtures.infer(perceived)))
        .extracting(InteractionEdge::concept)
        .containsExactly(ConceptId.of("b.k"));
    Inference inference = ReportFixtures.infer(occluded);
    assertThat(inference.episode(ActorId.of("B"), SituationId.of("s2")).orElseThrow().concepts())
        .as("b.k is active through x, but did:A:p:- is hidden from B")
        .contains(ConceptId.of("b.k"));
    assertThat(DotReport.interactionEdges(inference)).isEmpty();
  }

  @Test
  void interactionEdges_none_whenInteractionIsOff() {
    // With interaction off, did:A:p:B can still hold in s2 as a declared aspect of the
    // situation; it is then no trace of A's practice in s1.
    Model model = ReportFixtures.hostile();
    Model declared =
        Model.builder()
            .from(model)
            .addAspects(Aspect.of("did:A:p:B", "declared"))
            .situations(
                List.of(
                    model.situations().get(0),
                    Situation.builder().id("s2").from("2002").addAspects("x", "did:A:p:B").build()))
            .options(InferenceOptions.builder().interaction(false).build())
            .build();

    Inference inference = ReportFixtures.infer(declared);

    assertThat(inference.episode(ActorId.of("B"), SituationId.of("s2")).orElseThrow().concepts())
        .contains(ConceptId.of("b.c"));
    assertThat(DotReport.interactionEdges(inference)).isEmpty();
    assertThat(Reports.render(inference, ReportFormat.DOT)).doesNotContain("dotted");
  }

  @Test
  void dot_isAcceptedByGraphviz_whenInstalled() throws Exception {
    assumeTrue(graphvizInstalled(), "Graphviz 'dot' is not on the PATH");
    for (Inference inference :
        List.of(ReportGoldenTest.frontline(), ReportFixtures.infer(ReportFixtures.hostile()))) {
      Path file = Files.createTempFile("report", ".dot");
      try {
        Files.writeString(file, Reports.render(inference, ReportFormat.DOT));
        Process p = new ProcessBuilder("dot", "-Tsvg", file.toString()).start();
        byte[] svg = p.getInputStream().readAllBytes();
        String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(errors).isEmpty();
        assertThat(p.exitValue()).isZero();
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<svg");
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * A prescribes p (no target) in s1 and s2. B's concept b.k names did:A:p:- in its trigger but is
   * also triggered by x; when {@code occlude}, B's b.hide (ranked first) occludes did:A:p:-.
   */
  private static Model twoSituations(boolean occlude) {
    Model.Builder m =
        Model.builder()
            .addActors(Actor.of("A"), Actor.of("B"))
            .addAspects(Aspect.of("x", "x"), Aspect.of("y", "y"))
            .addPractices(PracticeType.of("p", "p", PracticeMode.NEUTRAL))
            .addSituations(
                Situation.builder().id("s1").from("2001").addAspects("x").build(),
                Situation.builder().id("s2").from("2002").addAspects("x", "y").build())
            .addConcepts(
                Concept.builder()
                    .id("a.c")
                    .holder("A")
                    .when(Trigger.builder().anyOf("x").build())
                    .addPrescribes(Prescription.of("p"))
                    .build(),
                Concept.builder()
                    .id("b.k")
                    .holder("B")
                    .priority(1)
                    .when(Trigger.builder().anyOf("did:A:p:-", "x").build())
                    .build());
    if (occlude) {
      m.addConcepts(
          Concept.builder()
              .id("b.hide")
              .holder("B")
              .priority(5)
              .when(Trigger.builder().anyOf("y").build())
              .addOccludes("did:A:p:-")
              .build());
    }
    return m.build();
  }

  private static boolean graphvizInstalled() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "dot"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tokens of a DOT document as this report writes it: quoted strings (with their quotes and
   * escapes as written), {@code ->}, punctuation, keywords and attribute names; {@code //} comments
   * dropped. Fails on anything else, on a line break inside a string and on an unclosed string.
   */
  static List<String> tokens(String dot) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < dot.length()) {
      char c = dot.charAt(i);
      if (c == ' ' || c == '\n') {
        i++;
      } else if (dot.startsWith("//", i)) {
        i = dot.indexOf('\n', i);
      } else if (c == '"') {
        int start = i++;
        while (true) {
          if (i >= dot.length()) {
            fail("unclosed string at %s", start);
          }
          char d = dot.charAt(i);
          if (d == '\n' || d == '\r') {
            fail("line break inside the string at %s", start);
          }
          if (d == '\\') {
            i += 2;
          } else if (d == '"') {
            i++;
            break;
          } else {
            i++;
          }
        }
        tokens.add(dot.substring(start, i));
      } else if (dot.startsWith("->", i)) {
        tokens.add("->");
        i += 2;
      } else if ("{}[];=,".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < dot.length() && Character.isLetter(dot.charAt(i))) {
          i++;
        }
        String word = dot.substring(start, i);
        if (!dot.startsWith("=", i)) {
          assertThat(word)
              .as("a keyword or an attribute name")
              .isIn("digraph", "subgraph", "graph", "node", "edge");
        }
        tokens.add(word);
      } else {
        fail("unexpected '%s' outside a string at %s", c, i);
      }
    }
    return tokens;
  }

  /**
   * The quoted strings among {@code tokens}, decoded as Graphviz reads a label: backslash escapes,
   * then character entities (Graphviz shows {@code &lt;} as {@code <} even outside HTML labels).
   */
  static List<String> strings(List<String> tokens) {
    List<String> strings = new ArrayList<>();
    for (String t : tokens) {
      if (t.startsWith("\"")) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
          char c = t.charAt(i);
          if (c == '\\') {
            char next = t.charAt(++i);
            sb.append(next == 'n' ? '\n' : next);
          } else {
            sb.append(c);
          }
        }
        Matcher entity = Pattern.compile("&(amp|lt|gt|quot|#[0-9]+);").matcher(sb);
        strings.add(
            entity.replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        switch (m.group(1)) {
                          case "amp" -> "&";
                          case "lt" -> "<";
                          case "gt" -> ">";
                          case "quot" -> "\"";
                          default -> Character.toString(Integer.parseInt(m.group(1).substring(1)));
                        })));
      }
    }
    return strings;
  }
}
