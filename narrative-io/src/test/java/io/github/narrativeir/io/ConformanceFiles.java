package io.github.narrativeir.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorKind;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test-only bridge between the conformance files and the core API: a lenient tree-to-model
 * mapping and a result-to-tree mapping that follow MODEL.md. The strict readers and writers of
 * narrative-io replace it.
 */
final class ConformanceFiles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ConformanceFiles() {}

  static JsonNode tree(String resource) throws IOException {
    try (InputStream in = ConformanceFiles.class.getResourceAsStream("/conformance/" + resource)) {
      if (in == null) {
        throw new IOException("no test resource " + resource);
      }
      return (resource.endsWith(".yaml") ? YAML : JSON).readTree(in);
    }
  }

  static Model model(JsonNode root) {
    Model.Builder m = Model.builder();
    if (root.has("name")) {
      m.name(root.get("name").asText());
    }
    for (JsonNode a : each(root, "actors")) {
      Actor.Builder b = Actor.builder().id(a.get("id").asText());
      text(a, "name").ifPresent(b::name);
      text(a, "kind").map(k -> ActorKind.fromToken(k).orElseThrow()).ifPresent(b::kind);
      m.addActors(b.build());
    }
    for (JsonNode a : each(root, "aspects")) {
      Aspect.Builder b = Aspect.builder().id(a.get("id").asText());
      text(a, "label").ifPresent(b::label);
      m.addAspects(b.build());
    }
    for (JsonNode p : each(root, "practices")) {
      PracticeType.Builder b = PracticeType.builder().id(p.get("id").asText());
      text(p, "label").ifPresent(b::label);
      text(p, "mode").map(k -> PracticeMode.fromToken(k).orElseThrow()).ifPresent(b::mode);
      m.addPractices(b.build());
    }
    for (JsonNode s : each(root, "situations")) {
      Situation.Builder b = Situation.builder().id(s.get("id").asText()).from(s.get("from").asText());
      text(s, "label").ifPresent(b::label);
      text(s, "to").ifPresent(b::to);
      b.addAspects(strings(s, "aspects"));
      m.addSituations(b.build());
    }
    for (JsonNode c : each(root, "concepts")) {
      Concept.Builder b = Concept.builder().id(c.get("id").asText()).holder(c.get("holder").asText());
      text(c, "label").ifPresent(b::label);
      if (c.has("priority")) {
        b.priority(c.get("priority").asInt());
      }
      if (c.has("when")) {
        JsonNode w = c.get("when");
        b.when(
            Trigger.builder()
                .allOf(strings(w, "all"))
                .anyOf(strings(w, "any"))
                .noneOf(strings(w, "none"))
                .build());
      }
      for (JsonNode k : each(c, "construes")) {
        b.addConstrues(Construal.of(List.of(strings(k, "from")), k.get("to").asText()));
      }
      b.addHighlights(strings(c, "highlights"));
      b.addOccludes(strings(c, "occludes"));
      for (JsonNode p : each(c, "prescribes")) {
        b.addPrescribes(prescription(p));
      }
      for (JsonNode p : each(c, "proscribes")) {
        b.addProscribes(prescription(p));
      }
      m.addConcepts(b.build());
    }
    for (JsonNode o : each(root, "observations")) {
      Observation.Builder b =
          Observation.builder()
              .actor(o.get("actor").asText())
              .practice(o.get("practice").asText())
              .situation(o.get("situation").asText());
      text(o, "target").ifPresent(b::target);
      text(o, "change").map(k -> ChangeKind.fromToken(k).orElseThrow()).ifPresent(b::change);
      text(o, "source").ifPresent(b::source);
      m.addObservations(b.build());
    }
    if (root.has("options") && root.get("options").has("interaction")) {
      m.options(
          InferenceOptions.builder()
              .interaction(root.get("options").get("interaction").asBoolean())
              .build());
    }
    return m.build();
  }

  private static Prescription prescription(JsonNode p) {
    Prescription.Builder b = Prescription.builder().practice(p.get("practice").asText());
    text(p, "target").ifPresent(b::target);
    if (p.has("weight")) {
      b.weight(new BigDecimal(p.get("weight").asText()));
    }
    return b.build();
  }

  private static Iterable<JsonNode> each(JsonNode node, String field) {
    return node.has(field) ? node.get(field) : List.of();
  }

  private static Optional<String> text(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull()
        ? Optional.of(node.get(field).asText())
        : Optional.empty();
  }

  private static String[] strings(JsonNode node, String field) {
    List<String> list = new ArrayList<>();
    each(node, field).forEach(n -> list.add(n.asText()));
    return list.toArray(new String[0]);
  }

  /** The result as a narrative-result/1 tree. */
  static ObjectNode result(Inference inference) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", "narrative-result/1");
    ArrayNode episodes = root.putArray("episodes");
    for (Episode e : inference.episodes()) {
      ObjectNode n = episodes.addObject();
      n.put("actor", e.actor().value());
      n.put("situation", e.situation().value());
      ArrayNode concepts = n.putArray("concepts");
      e.concepts().forEach(c -> concepts.add(c.value()));
      ArrayNode perceived = n.putArray("perceived");
      e.perceived().forEach(a -> perceived.add(a.value()));
      ArrayNode highlighted = n.putArray("highlighted");
      e.highlighted().forEach(a -> highlighted.add(a.value()));
      ArrayNode occluded = n.putArray("occluded");
      e.occluded().forEach(a -> occluded.add(a.value()));
    }
    ArrayNode predictions = root.putArray("predictions");
    inference.predictions().forEach(p -> predictions.add(prediction(p)));
    ArrayNode narratives = root.putArray("narratives");
    for (Narrative n : inference.narratives()) {
      ObjectNode o = narratives.addObject();
      o.put("actor", n.actor().value());
      ArrayNode persistent = o.putArray("persistent");
      n.persistent().forEach(c -> persistent.add(c.value()));
      ArrayNode changes = o.putArray("changes");
      for (PracticeChange c : n.changes()) {
        ObjectNode x = changes.addObject();
        x.put("practice", c.practice().value());
        x.put("target", c.target().map(t -> t.value()).orElse(null));
        x.put("situation", c.situation().value());
        x.put("change", c.change().token());
      }
    }
    if (inference.evaluation().isPresent()) {
      Evaluation e = inference.evaluation().get();
      ObjectNode o = root.putObject("evaluation");
      o.put("observations", e.observations());
      o.put("explained", e.explained());
      ArrayNode unexplained = o.putArray("unexplained");
      for (Observation x : e.unexplained()) {
        ObjectNode u = unexplained.addObject();
        u.put("actor", x.actor().value());
        u.put("practice", x.practice().value());
        u.put("target", x.target().map(t -> t.value()).orElse(null));
        u.put("situation", x.situation().value());
        u.put("change", x.change().map(ChangeKind::token).orElse(null));
      }
      o.put("predictions", e.predictions());
      o.put("matched", e.matched());
      ArrayNode unmatched = o.putArray("unmatched");
      e.unmatched().forEach(p -> unmatched.add(prediction(p)));
    }
    return root;
  }

  private static ObjectNode prediction(Prediction p) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("actor", p.actor().value());
    n.put("practice", p.practice().value());
    n.put("target", p.target().map(t -> t.value()).orElse(null));
    n.put("situation", p.situation().value());
    n.put("support", p.support());
    n.put("opposition", p.opposition());
    ArrayNode concepts = n.putArray("concepts");
    p.concepts().forEach(c -> concepts.add(c.value()));
    return n;
  }
}
