package io.github.narrativeir.io;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorKind;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model as the {@code narrative-model/1} tree, in the model's own order, leaving out only values
 * equal to their defaults, so that reading the tree back gives an equal model.
 */
final class ModelTree {
  private ModelTree() {}

  static Map<String, Object> of(Model model) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", ModelMapper.FORMAT);
    model.name().ifPresent(n -> root.put("name", n));
    root.put("actors", list(model.actors(), ModelTree::actor));
    putList(root, "aspects", list(model.aspects(), ModelTree::aspect));
    putList(root, "practices", list(model.practices(), ModelTree::practice));
    root.put("situations", list(model.situations(), ModelTree::situation));
    root.put("concepts", list(model.concepts(), ModelTree::concept));
    putList(root, "observations", list(model.observations(), ModelTree::observation));
    if (!model.options().interaction()) {
      Map<String, Object> options = new LinkedHashMap<>();
      options.put("interaction", false);
      root.put("options", options);
    }
    return root;
  }

  static Map<String, Object> of(ConceptSet set) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", ModelMapper.CONCEPTS_FORMAT);
    set.name().ifPresent(n -> root.put("name", n));
    putList(root, "actors", list(set.actors(), ModelTree::actor));
    putList(root, "aspects", list(set.aspects(), ModelTree::aspect));
    putList(root, "practices", list(set.practices(), ModelTree::practice));
    root.put("concepts", list(set.concepts(), ModelTree::concept));
    return root;
  }

  private static Map<String, Object> actor(Actor a) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", a.id().value());
    if (!a.name().equals(a.id().value())) {
      n.put("name", a.name());
    }
    if (a.kind() != ActorKind.STATE) {
      n.put("kind", a.kind().token());
    }
    return n;
  }

  private static Map<String, Object> aspect(Aspect a) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", a.id().value());
    if (!a.label().equals(a.id().value())) {
      n.put("label", a.label());
    }
    putList(n, "tags", strings(a.tags()));
    return n;
  }

  private static Map<String, Object> practice(PracticeType p) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", p.id().value());
    if (!p.label().equals(p.id().value())) {
      n.put("label", p.label());
    }
    if (p.mode() != PracticeMode.NEUTRAL) {
      n.put("mode", p.mode().token());
    }
    return n;
  }

  private static Map<String, Object> situation(Situation s) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", s.id().value());
    if (!s.label().equals(s.id().value())) {
      n.put("label", s.label());
    }
    n.put("from", s.from().toString());
    s.to().ifPresent(t -> n.put("to", t.toString()));
    putList(n, "aspects", strings(s.aspects()));
    putList(n, "provenance", list(s.provenance(), ModelTree::provenance));
    return n;
  }

  private static Map<String, Object> provenance(AspectSource p) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("aspect", p.aspect().value());
    n.put("source", p.source());
    return n;
  }

  private static Map<String, Object> concept(Concept c) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", c.id().value());
    n.put("holder", c.holder().value());
    if (!c.label().equals(c.id().value())) {
      n.put("label", c.label());
    }
    if (c.priority() != 0) {
      n.put("priority", c.priority());
    }
    if (!c.when().isAlways()) {
      n.put("when", trigger(c.when()));
    }
    putList(n, "construes", list(c.construes(), ModelTree::construal));
    putList(n, "highlights", strings(c.highlights()));
    putList(n, "occludes", strings(c.occludes()));
    putList(n, "prescribes", list(c.prescribes(), ModelTree::prescription));
    putList(n, "proscribes", list(c.proscribes(), ModelTree::prescription));
    putList(n, "evidence", list(c.evidence(), ModelTree::evidence));
    return n;
  }

  private static Map<String, Object> trigger(Trigger t) {
    Map<String, Object> n = new LinkedHashMap<>();
    putList(n, "all", strings(t.allOf()));
    putList(n, "any", strings(t.anyOf()));
    putList(n, "none", strings(t.noneOf()));
    return n;
  }

  private static Map<String, Object> construal(Construal k) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("from", strings(k.from()));
    n.put("to", k.to().value());
    return n;
  }

  private static Map<String, Object> prescription(Prescription p) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("practice", p.practice().value());
    p.target().ifPresent(t -> n.put("target", t.value()));
    if (p.weight().compareTo(BigDecimal.ONE) != 0) {
      n.put("weight", p.weight());
    }
    return n;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("source", e.source());
    e.speaker().ifPresent(s -> n.put("speaker", s));
    e.date().ifPresent(d -> n.put("date", d.toString()));
    e.quote().ifPresent(q -> n.put("quote", q));
    if (e.paraphrase()) {
      n.put("paraphrase", true);
    }
    e.url().ifPresent(u -> n.put("url", u));
    return n;
  }

  private static Map<String, Object> observation(Observation o) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("actor", o.actor().value());
    n.put("practice", o.practice().value());
    o.target().ifPresent(t -> n.put("target", t.value()));
    n.put("situation", o.situation().value());
    o.change().ifPresent(c -> n.put("change", c.token()));
    if (!o.occurred()) {
      n.put("occurred", false);
    }
    o.source().ifPresent(s -> n.put("source", s));
    return n;
  }

  private static void putList(Map<String, Object> node, String key, List<Object> list) {
    if (!list.isEmpty()) {
      node.put(key, list);
    }
  }

  private static <T> List<Object> list(
      Collection<T> items, java.util.function.Function<T, Object> map) {
    List<Object> list = new ArrayList<>();
    items.forEach(i -> list.add(map.apply(i)));
    return list;
  }

  private static List<Object> strings(Collection<?> items) {
    List<Object> list = new ArrayList<>();
    items.forEach(i -> list.add(i.toString()));
    return list;
  }
}
