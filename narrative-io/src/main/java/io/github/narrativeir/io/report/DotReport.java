package io.github.narrativeir.io.report;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.ConceptReason;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Explanation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Graphviz DOT report: a left-to-right digraph with one cluster per situation in time order,
 * inside it one cluster per actor with its active concepts and predicted practices; edges from each
 * concept to the practices it prescribes (solid) or proscribes (dashed), and interaction edges
 * (dotted) from a practice predicted in one situation to the concepts of the next situation whose
 * trigger used its interaction aspect.
 *
 * <p>Node ids are built from model ids joined by {@code /}, which no id contains, so they are
 * unique and stay the same when the model changes elsewhere: {@code concept/<situation>/<concept>},
 * {@code practice/<situation>/<actor>/<practice>/<target>} (the target empty when there is none),
 * {@code situation/<situation>} for the invisible node that keeps the clusters in time order.
 */
final class DotReport {
  /**
   * An interaction edge: the prediction {@code from} made its interaction aspect part of the next
   * situation, where {@code concept}, held by {@code holder}, perceived it and names it in its
   * trigger's {@code all} or {@code any}.
   */
  record InteractionEdge(
      Prediction from, SituationId situation, ActorId holder, ConceptId concept, AspectId aspect) {}

  /** An active concept whose trigger names an interaction aspect its holder perceives. */
  private record Reader(ActorId holder, ConceptId concept) {}

  private static final String INDENT = "  ";

  private final ReportContext ctx;
  private final ReportSink out;

  /** Each situation's episodes and predictions, in result order: one pass, not one per use. */
  private final Map<SituationId, List<Episode>> episodesIn = new HashMap<>();

  private final Map<SituationId, List<Prediction>> predictionsIn = new HashMap<>();

  private DotReport(ReportContext ctx, ReportSink out) {
    this.ctx = ctx;
    this.out = out;
    for (Episode e : ctx.inference.episodes()) {
      episodesIn.computeIfAbsent(e.situation(), k -> new ArrayList<>()).add(e);
    }
    for (Prediction p : ctx.inference.predictions()) {
      predictionsIn.computeIfAbsent(p.situation(), k -> new ArrayList<>()).add(p);
    }
  }

  static void write(Inference inference, ReportSink out) {
    new DotReport(new ReportContext(inference), out).graph();
  }

  /** The interaction edges, by the order of their predictions, then actor and activation order. */
  static ImmutableList<InteractionEdge> interactionEdges(Inference inference) {
    return new DotReport(new ReportContext(inference), new ReportSink(Writer.nullWriter()))
        .interactionEdges();
  }

  private ImmutableList<InteractionEdge> interactionEdges() {
    ImmutableList.Builder<InteractionEdge> edges = ImmutableList.builder();
    if (!ctx.inference.options().interaction()) {
      return edges.build();
    }
    // for each situation, who perceives each interaction aspect and has it in a trigger, in
    // episode then activation order: found once per situation, not once per prediction
    Map<SituationId, Map<AspectId, List<Reader>>> readers = new HashMap<>();
    for (Prediction p : ctx.inference.predictions()) {
      Optional<Situation> next = ctx.next(p.situation());
      if (next.isEmpty()) {
        continue;
      }
      Map<AspectId, List<Reader>> byAspect =
          readers.computeIfAbsent(next.get().id(), this::triggersOnInteraction);
      AspectId aspect = InteractionAspects.of(p.actor(), p.practice(), p.target());
      for (Reader reader : byAspect.getOrDefault(aspect, List.of())) {
        edges.add(
            new InteractionEdge(p, next.get().id(), reader.holder(), reader.concept(), aspect));
      }
    }
    return edges.build();
  }

  /**
   * The active concepts of situation {@code s} whose trigger names an interaction aspect their
   * holder perceives, by aspect, in episode then activation order.
   */
  private Map<AspectId, List<Reader>> triggersOnInteraction(SituationId s) {
    Map<AspectId, List<Reader>> byAspect = new HashMap<>();
    for (Episode e : episodesIn.getOrDefault(s, List.of())) {
      for (ConceptId c : e.concepts()) {
        Trigger when = ctx.concept(c).when();
        Set<AspectId> named = new LinkedHashSet<>(when.allOf());
        named.addAll(when.anyOf());
        for (AspectId a : named) {
          if (a.value().startsWith(InteractionAspects.PREFIX) && e.perceived().contains(a)) {
            byAspect.computeIfAbsent(a, k -> new ArrayList<>()).add(new Reader(e.actor(), c));
          }
        }
      }
    }
    return byAspect;
  }

  private void graph() {
    out.append("digraph \"narrative\" {\n");
    attributes(
        INDENT,
        "graph",
        "label",
        ctx.title(),
        "labelloc",
        "t",
        "rankdir",
        "LR",
        "newrank",
        "true",
        "fontname",
        "Helvetica",
        "fontsize",
        "14");
    attributes(INDENT, "node", "fontname", "Helvetica", "fontsize", "10");
    attributes(INDENT, "edge", "fontname", "Helvetica", "fontsize", "9");
    List<Situation> situations = ctx.inference.situations();
    for (int i = 0; i < situations.size(); i++) {
      cluster(i + 1, situations.get(i));
    }
    out.append('\n')
        .append(INDENT)
        .append("// time order: every node of a situation before the next one\n");
    for (int i = 1; i < situations.size(); i++) {
      String next = anchor(situations.get(i).id());
      edge(INDENT, anchor(situations.get(i - 1).id()), next, "style", "invis");
      for (String node : nodes(situations.get(i - 1).id())) {
        edge(INDENT, node, next, "style", "invis");
      }
    }
    out.append('\n').append(INDENT).append("// interaction\n");
    for (InteractionEdge e : interactionEdges()) {
      edge(
          INDENT,
          practiceNode(e.from()),
          conceptNode(e.situation(), e.concept()),
          "style",
          "dotted",
          "color",
          "#555555",
          "fontcolor",
          "#555555",
          "label",
          e.aspect().value());
    }
    out.append("}\n");
  }

  private void cluster(int number, Situation s) {
    String indent = INDENT + INDENT;
    out.append('\n')
        .append(INDENT)
        .append("subgraph ")
        .append(quote("cluster/" + s.id()))
        .append(" {\n");
    attributes(
        indent,
        "graph",
        "label",
        number
            + ". "
            + s.id()
            + ReportContext.label(s).map(l -> "\n" + l).orElse("")
            + "\n"
            + ReportContext.period(s),
        "style",
        "rounded",
        "color",
        "#888888");
    node(indent, anchor(s.id()), "shape", "point", "style", "invis", "width", "0");
    List<Prediction> predictions = predictionsIn.getOrDefault(s.id(), List.of());
    for (Episode e : episodesIn.getOrDefault(s.id(), List.of())) {
      if (!e.concepts().isEmpty()) {
        actor(indent, e, predictions);
      }
    }
    out.append(INDENT).append("}\n");
  }

  private void actor(String outer, Episode e, List<Prediction> predictions) {
    String indent = outer + INDENT;
    out.append(outer)
        .append("subgraph ")
        .append(quote("cluster/" + e.situation() + "/" + e.actor()))
        .append(" {\n");
    attributes(
        indent, "graph", "label", actorLabel(e.actor()), "style", "dashed", "color", "#bbbbbb");
    for (ConceptId c : e.concepts()) {
      Concept concept = ctx.concept(c);
      node(
          indent,
          conceptNode(e.situation(), c),
          "label",
          c.value() + ctx.conceptLabel(c).map(l -> "\n" + l).orElse(""),
          "shape",
          "box",
          "style",
          "rounded,filled",
          "fillcolor",
          "#f2f2f2",
          "tooltip",
          "priority " + concept.priority());
      edge(indent, anchor(e.situation()), conceptNode(e.situation(), c), "style", "invis");
    }
    for (Prediction p : predictions) {
      if (!p.actor().equals(e.actor())) {
        continue;
      }
      PracticeMode mode = ctx.mode(p.practice());
      node(
          indent,
          practiceNode(p),
          "label",
          p.practice().value()
              + p.target().map(t -> " \u2192 " + t).orElse("")
              + ctx.practiceLabel(p.practice()).map(l -> "\n" + l).orElse("")
              + "\n"
              + mode.token()
              + ": support "
              + ReportContext.number(p.support())
              + ", opposition "
              + ReportContext.number(p.opposition()),
          "shape",
          shape(mode),
          "color",
          ReportContext.colour(mode),
          "penwidth",
          "1.5");
      Explanation x = ctx.inference.explain(p);
      for (ConceptReason r : x.supporting()) {
        edge(
            indent,
            conceptNode(p.situation(), r.concept().id()),
            practiceNode(p),
            "label",
            "+" + ReportContext.number(r.weight()));
      }
      for (ConceptReason r : x.opposing()) {
        edge(
            indent,
            conceptNode(p.situation(), r.concept().id()),
            practiceNode(p),
            "label",
            "-" + ReportContext.number(r.weight()),
            "style",
            "dashed");
      }
    }
    out.append(outer).append("}\n");
  }

  /** The concept and practice nodes of situation {@code s}, in the order they are declared. */
  private List<String> nodes(SituationId s) {
    List<String> nodes = new ArrayList<>();
    List<Prediction> predictions = predictionsIn.getOrDefault(s, List.of());
    for (Episode e : episodesIn.getOrDefault(s, List.of())) {
      e.concepts().forEach(c -> nodes.add(conceptNode(s, c)));
      for (Prediction p : predictions) {
        if (p.actor().equals(e.actor())) {
          nodes.add(practiceNode(p));
        }
      }
    }
    return nodes;
  }

  private String actorLabel(ActorId actor) {
    return ctx.actorNameIfAny(actor).map(n -> n + " (" + actor + ")").orElse(actor.value());
  }

  /** Cooperation and coercion differ in shape (and the label names the mode), not colour alone. */
  private static String shape(PracticeMode mode) {
    switch (mode) {
      case COOPERATION:
        return "ellipse";
      case COERCION:
        return "octagon";
      default:
        return "box";
    }
  }

  private static String anchor(SituationId s) {
    return "situation/" + s;
  }

  private static String conceptNode(SituationId s, ConceptId c) {
    return "concept/" + s + "/" + c;
  }

  private static String practiceNode(Prediction p) {
    return "practice/"
        + p.situation()
        + "/"
        + p.actor()
        + "/"
        + p.practice()
        + "/"
        + p.target().map(ActorId::value).orElse("");
  }

  private void attributes(String indent, String kind, String... pairs) {
    out.append(indent).append(kind).append(' ');
    list(pairs);
    out.append(";\n");
  }

  private void node(String indent, String id, String... pairs) {
    out.append(indent).append(quote(id)).append(' ');
    list(pairs);
    out.append(";\n");
  }

  private void edge(String indent, String from, String to, String... pairs) {
    out.append(indent).append(quote(from)).append(" -> ").append(quote(to));
    if (pairs.length > 0) {
      out.append(' ');
      list(pairs);
    }
    out.append(";\n");
  }

  private void list(String... pairs) {
    out.append('[');
    for (int i = 0; i < pairs.length; i += 2) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(pairs[i]).append('=').append(quote(pairs[i + 1]));
    }
    out.append(']');
  }

  private static String quote(String text) {
    return Escaping.dot(text);
  }
}
