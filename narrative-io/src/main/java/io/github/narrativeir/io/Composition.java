package io.github.narrativeir.io;

import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Combines a model with concept sets by id, remembering which file and which element each element
 * of the result came from, so that every later diagnostic is located in its own file. The model's
 * own lists are kept as they are (its duplicates are the validator's to report); an element of a
 * set whose id is already defined must be defined identically, and is then not repeated.
 */
final class Composition {
  /** Where an element of the result came from: a document and the element's pointer in it. */
  private record Origin(Document document, String pointer) {}

  /** A located node of some file. */
  record Located(String source, Node node) {}

  private final Document model;
  /** The concept sets the model includes. */
  private final List<Document> own;
  /** The concept sets that replace the model's concepts (and what they include). */
  private final List<Document> replacement;
  private final List<Problem> problems;
  private final Map<String, List<Origin>> origins = new LinkedHashMap<>();

  Composition(Document model, List<Document> own, List<Document> replacement, List<Problem> problems) {
    this.model = model;
    this.own = own;
    this.replacement = replacement;
    this.problems = problems;
  }

  /**
   * The combined model: actors, aspects and practice types of every file; the concepts of the
   * replacement sets when {@code replace}, else those of the model and the sets it includes.
   */
  Model build(boolean replace) {
    List<Document> all = new ArrayList<>(own);
    all.addAll(replacement);
    Model.Builder b = Model.builder().from(model.model);
    b.actors(merge("actors", m -> m.actors(), a -> a.id().value(), true, all));
    b.aspects(merge("aspects", m -> m.aspects(), a -> a.id().value(), true, all));
    b.practices(merge("practices", m -> m.practices(), p -> p.id().value(), true, all));
    b.concepts(merge("concepts", m -> m.concepts(), c -> c.id().value(), !replace, replace ? replacement : own));
    return b.build();
  }

  private <T> List<T> merge(
      String kind, Function<Model, List<T>> list, Function<T, String> id, boolean withModel,
      List<Document> sets) {
    List<T> values = new ArrayList<>();
    List<Origin> from = new ArrayList<>();
    Map<String, Origin> defined = new HashMap<>();
    Map<String, T> definitions = new HashMap<>();
    if (withModel) {
      List<T> own = list.apply(model.model);
      for (int i = 0; i < own.size(); i++) {
        Origin origin = new Origin(model, "/" + kind + "/" + i);
        values.add(own.get(i));
        from.add(origin);
        defined.putIfAbsent(id.apply(own.get(i)), origin);
        definitions.putIfAbsent(id.apply(own.get(i)), own.get(i));
      }
    }
    for (Document set : sets) {
      List<T> elements = list.apply(set.model);
      for (int i = 0; i < elements.size(); i++) {
        T element = elements.get(i);
        Origin origin = new Origin(set, "/" + kind + "/" + i);
        Origin first = defined.putIfAbsent(id.apply(element), origin);
        if (first == null) {
          definitions.put(id.apply(element), element);
          values.add(element);
          from.add(origin);
        } else if (!definitions.get(id.apply(element)).equals(element)) {
          conflict(kind, id.apply(element), origin, first);
        }
      }
    }
    origins.put(kind, from);
    return values;
  }

  private void conflict(String kind, String id, Origin here, Origin first) {
    Node at = here.document().locate(here.pointer());
    Node firstAt = first.document().locate(first.pointer());
    String what = kind.equals("practices") ? "practice type" : kind.substring(0, kind.length() - 1);
    String message =
        here.document().source.equals(first.document().source)
            ? what + " '" + id + "' is defined twice in this file, differently (first at line "
                + firstAt.line + ", column " + firstAt.column
                + "); an id defined twice must be defined identically"
            : what + " '" + id + "' is defined differently in " + first.document().source + ":"
                + firstAt.line + ":" + firstAt.column
                + "; an id defined in two files must be defined identically";
    problems.add(
        new Problem(Severity.ERROR, here.document().source, at.line, at.column, at.pointer, message));
  }

  /** The file and node of a pointer into the combined model. */
  Located locate(String pointer) {
    String[] tokens = pointer.split("/", 4);
    if (tokens.length >= 3 && origins.containsKey(tokens[1]) && tokens[2].matches("\\d+")) {
      List<Origin> list = origins.get(tokens[1]);
      int index = Integer.parseInt(tokens[2]);
      if (index < list.size()) {
        Origin origin = list.get(index);
        String rest = tokens.length == 4 ? "/" + tokens[3] : "";
        return new Located(
            origin.document().source, origin.document().locate(origin.pointer() + rest));
      }
    }
    return new Located(model.source, model.locate(pointer));
  }

  /** The files, model first, in the order they were read. */
  List<String> sources() {
    List<String> sources = new ArrayList<>();
    sources.add(model.source);
    own.forEach(s -> sources.add(s.source));
    replacement.forEach(s -> sources.add(s.source));
    return sources;
  }
}
