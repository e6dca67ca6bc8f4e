package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Combines models with concept sets. Actors, aspects, practice types and concepts merge by id: an
 * id defined twice is fine when both definitions are identical, and an error otherwise (the rule is
 * {@link ComposedModel}'s, which also tells where each element was defined).
 *
 * <pre>{@code
 * Model realist = ConceptSets.replaceConcepts(caseModel, List.of(realistReading));
 * Model both = ConceptSets.compose(caseModel, List.of(usConcepts, pakistanConcepts));
 * }</pre>
 *
 * @since 0.1.0
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
    List<ConceptSet> list = ImmutableList.copyOf(checkNotNull(sets, "sets"));
    return checked(ComposedModel.compose(base, list), list);
  }

  /**
   * Returns {@code base} with its concepts replaced by the sets' concepts, and the sets' actors,
   * aspects and practice types merged in: how a rival reading is run on one case.
   *
   * @throws InvalidModelException if an id is defined differently in two places
   */
  public static Model replaceConcepts(Model base, Iterable<ConceptSet> sets) {
    List<ConceptSet> list = ImmutableList.copyOf(checkNotNull(sets, "sets"));
    return checked(ComposedModel.replaceConcepts(base, list), list);
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

  /**
   * The composed model, or, when an id is defined differently in two places, an exception naming
   * each such id and the set it is defined differently in (by name, else by index), set by set.
   */
  private static Model checked(ComposedModel composed, List<ConceptSet> sets) {
    if (composed.redefinitions().isEmpty()) {
      return composed.model();
    }
    List<Redefinition> bySet = new ArrayList<>(composed.redefinitions());
    // set by set, each set's lists in turn: the order the sets are written in
    bySet.sort(Comparator.comparingInt(r -> r.conflicting().set().orElse(-1)));
    List<Diagnostic> conflicts = new ArrayList<>();
    for (Redefinition r : bySet) {
      int index = r.conflicting().set().orElseThrow();
      String where =
          "concept set "
              + sets.get(index).name().map(n -> "'" + n + "'").orElse(String.valueOf(index));
      String pointer = r.conflicting().pointer();
      conflicts.add(
          Diagnostic.of(
              Severity.ERROR,
              pointer.substring(0, pointer.indexOf('/', 1)),
              r.kind()
                  + " '"
                  + r.id()
                  + "' in "
                  + where
                  + " is defined differently elsewhere; an id defined twice must be defined"
                  + " identically"));
    }
    throw new InvalidModelException(ValidationReport.of(conflicts));
  }
}
