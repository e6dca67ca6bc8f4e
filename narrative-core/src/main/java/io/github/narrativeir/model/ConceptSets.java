package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Combines models with concept sets. Actors, aspects, practice types and concepts merge by id: an
 * id defined twice is fine when both definitions are identical, and an error otherwise.
 *
 * <pre>{@code
 * Model realist = ConceptSets.replaceConcepts(caseModel, List.of(realistReading));
 * Model both = ConceptSets.compose(caseModel, List.of(usConcepts, pakistanConcepts));
 * }</pre>
 */
public final class ConceptSets {
  private ConceptSets() {}

  /**
   * Returns {@code base} with the sets' actors, aspects, practice types and concepts merged in.
   *
   * @throws InvalidModelException if an id is defined differently in two places; the report names
   *     every such id
   */
  public static Model compose(Model base, Iterable<ConceptSet> sets) {
    return combine(base, sets, false);
  }

  /**
   * Returns {@code base} with its concepts replaced by the sets' concepts, and the sets' actors,
   * aspects and practice types merged in: how a rival reading is run on one case.
   *
   * @throws InvalidModelException if an id is defined differently in two places
   */
  public static Model replaceConcepts(Model base, Iterable<ConceptSet> sets) {
    return combine(base, sets, true);
  }

  /**
   * The concept sets provided in Java on the class path ({@link ConceptSetProvider} services), by
   * name.
   *
   * @throws IllegalStateException if two providers have the same name
   */
  public static ImmutableMap<String, ConceptSet> provided() {
    Map<String, ConceptSet> byName = new LinkedHashMap<>();
    for (ConceptSetProvider p : ServiceLoader.load(ConceptSetProvider.class)) {
      if (byName.putIfAbsent(p.name(), p.conceptSet()) != null) {
        throw new IllegalStateException("two concept set providers are named '" + p.name() + "'");
      }
    }
    return ImmutableMap.copyOf(byName);
  }

  private static Model combine(Model base, Iterable<ConceptSet> sets, boolean replace) {
    checkNotNull(base, "base");
    checkNotNull(sets, "sets");
    List<Diagnostic> conflicts = new ArrayList<>();
    Model.Builder b = Model.builder().from(base);
    Merger<Actor> actors = new Merger<>("actor", "/actors", a -> a.id().value(), base.actors(), conflicts);
    Merger<Aspect> aspects = new Merger<>("aspect", "/aspects", a -> a.id().value(), base.aspects(), conflicts);
    Merger<PracticeType> practices =
        new Merger<>("practice type", "/practices", p -> p.id().value(), base.practices(), conflicts);
    Merger<Concept> concepts =
        new Merger<>("concept", "/concepts", c -> c.id().value(), replace ? List.of() : base.concepts(), conflicts);
    int i = 0;
    for (ConceptSet set : sets) {
      String where = "concept set " + set.name().map(n -> "'" + n + "'").orElse(String.valueOf(i));
      actors.addAll(set.actors(), where);
      aspects.addAll(set.aspects(), where);
      practices.addAll(set.practices(), where);
      concepts.addAll(set.concepts(), where);
      i++;
    }
    if (!conflicts.isEmpty()) {
      throw new InvalidModelException(ValidationReport.of(conflicts));
    }
    return b.actors(actors.values)
        .aspects(aspects.values)
        .practices(practices.values)
        .concepts(concepts.values)
        .build();
  }

  /** Merges elements by id, keeping the first of identical definitions. */
  private static final class Merger<T> {
    final String kind;
    final String pointer;
    final Function<T, String> id;
    final List<Diagnostic> conflicts;
    final List<T> values = new ArrayList<>();
    final Map<String, T> byId = new LinkedHashMap<>();

    Merger(String kind, String pointer, Function<T, String> id, List<T> initial, List<Diagnostic> conflicts) {
      this.kind = kind;
      this.pointer = pointer;
      this.id = id;
      this.conflicts = conflicts;
      for (T t : initial) {
        values.add(t);
        byId.putIfAbsent(id.apply(t), t);
      }
    }

    void addAll(List<T> elements, String where) {
      for (T t : elements) {
        T previous = byId.putIfAbsent(id.apply(t), t);
        if (previous == null) {
          values.add(t);
        } else if (!previous.equals(t)) {
          conflicts.add(
              Diagnostic.of(
                  Severity.ERROR,
                  pointer,
                  kind + " '" + id.apply(t) + "' in " + where
                      + " is defined differently elsewhere; an id defined twice must be defined"
                      + " identically"));
        }
      }
    }
  }
}
