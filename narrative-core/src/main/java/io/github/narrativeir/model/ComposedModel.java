package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A model composed with concept sets, before anything is checked: the composed model, where each of
 * its actors, aspects, practice types and concepts was defined, and every id defined twice
 * differently. This is the one place the rule of composition is decided: elements merge by id; the
 * base model's own lists are kept as they are (an id it declares twice is for {@link
 * ModelValidator} to report); an element of a set whose id is already defined must be defined
 * identically, and is then not repeated.
 *
 * <p>{@link ConceptSets#compose} and {@link ConceptSets#replaceConcepts} throw when the sets do not
 * combine; a tool that reads sets from its own sources uses this class to tell each {@link
 * Redefinition} and each diagnostic of the composed model apart by the source it came from
 * (narrative-io locates them by file, line and column).
 *
 * <pre>{@code
 * ComposedModel composed = ComposedModel.replaceConcepts(caseModel, List.of(realist, liberal));
 * for (Redefinition r : composed.redefinitions()) {
 *   System.err.println(r.kind() + " '" + r.id() + "' is defined differently in sets "
 *       + r.first().set() + " and " + r.conflicting().set());
 * }
 * for (Diagnostic d : ModelValidator.validate(composed.model()).diagnostics()) {
 *   Definition where = composed.definitionOf(d.pointer()); // which set, and where in it
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ComposedModel {
  /** The lists that merge by id, as their JSON Pointer tokens, and what one element is called. */
  private static final ImmutableMap<String, String> KINDS =
      ImmutableMap.of(
          "actors",
          "actor",
          "aspects",
          "aspect",
          "practices",
          "practice type",
          "concepts",
          "concept");

  private final Model model;
  private final ImmutableList<Redefinition> redefinitions;

  /** For each list of the composed model, where each of its elements was defined. */
  private final ImmutableMap<String, ImmutableList<Definition>> definitions;

  private ComposedModel(
      Model model,
      ImmutableList<Redefinition> redefinitions,
      ImmutableMap<String, ImmutableList<Definition>> definitions) {
    this.model = model;
    this.redefinitions = redefinitions;
    this.definitions = definitions;
  }

  /**
   * Returns {@code base} composed with {@code sets}: the sets' actors, aspects, practice types and
   * concepts merged into the model's.
   */
  public static ComposedModel compose(Model base, Iterable<ConceptSet> sets) {
    return of(base, sets, false);
  }

  /**
   * Returns {@code base} with its concepts replaced by the sets' concepts, and the sets' actors,
   * aspects and practice types merged into the model's: how a rival reading is run on one case.
   */
  public static ComposedModel replaceConcepts(Model base, Iterable<ConceptSet> sets) {
    return of(base, sets, true);
  }

  private static ComposedModel of(Model base, Iterable<ConceptSet> sets, boolean replace) {
    checkNotNull(base, "base");
    checkNotNull(sets, "sets");
    List<ConceptSet> list = ImmutableList.copyOf(sets);
    List<Redefinition> redefinitions = new ArrayList<>();
    ImmutableMap.Builder<String, ImmutableList<Definition>> definitions = ImmutableMap.builder();
    Merge<Actor> actors =
        new Merge<>("actors", a -> a.id().value(), base.actors(), list, ConceptSet::actors);
    Merge<Aspect> aspects =
        new Merge<>("aspects", a -> a.id().value(), base.aspects(), list, ConceptSet::aspects);
    Merge<PracticeType> practices =
        new Merge<>(
            "practices", p -> p.id().value(), base.practices(), list, ConceptSet::practices);
    Merge<Concept> concepts =
        new Merge<>(
            "concepts",
            c -> c.id().value(),
            replace ? List.of() : base.concepts(),
            list,
            ConceptSet::concepts);
    for (Merge<?> merge : List.of(actors, aspects, practices, concepts)) {
      redefinitions.addAll(merge.redefinitions);
      definitions.put(merge.list, ImmutableList.copyOf(merge.from));
    }
    Model model =
        Model.builder()
            .from(base)
            .actors(actors.values)
            .aspects(aspects.values)
            .practices(practices.values)
            .concepts(concepts.values)
            .build();
    return new ComposedModel(model, ImmutableList.copyOf(redefinitions), definitions.build());
  }

  /**
   * The composed model. When there are {@link #redefinitions()}, each id keeps its first
   * definition; nothing else is checked (see {@link ModelValidator}).
   */
  public Model model() {
    return model;
  }

  /**
   * Every id defined twice differently: for each list (actors, aspects, practice types, concepts)
   * in turn, in the order the definitions were met (the base model first, then each set in turn);
   * empty when the sets combine.
   */
  public ImmutableList<Redefinition> redefinitions() {
    return redefinitions;
  }

  /**
   * Where the element at {@code pointer} of the composed model ({@code /concepts/3}, or {@code
   * /concepts/3/holder} for a value in it) was defined: the source and the pointer in that source's
   * own lists. A pointer to anything else (a situation, an observation, the model itself) is in the
   * base model, unchanged.
   */
  public Definition definitionOf(String pointer) {
    checkNotNull(pointer, "pointer");
    String[] tokens = pointer.split("/", 4);
    if (tokens.length >= 3 && definitions.containsKey(tokens[1]) && isIndex(tokens[2])) {
      List<Definition> list = definitions.get(tokens[1]);
      int index = Integer.parseInt(tokens[2]);
      if (index < list.size()) {
        Definition element = list.get(index);
        String rest = tokens.length == 4 ? "/" + tokens[3] : "";
        String at = element.pointer() + rest;
        return element.set().isPresent()
            ? Definition.inSet(element.set().getAsInt(), at)
            : Definition.inBase(at);
      }
    }
    return Definition.inBase(pointer);
  }

  /** True for a list index in a JSON Pointer: decimal digits, small enough for an int. */
  private static boolean isIndex(String token) {
    return !token.isEmpty()
        && token.length() <= 9
        && token.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Merges one list by id: the base's elements as they are, then each set's in turn. */
  private static final class Merge<T> {
    final String list;
    final List<T> values = new ArrayList<>();
    final List<Definition> from = new ArrayList<>();
    final List<Redefinition> redefinitions = new ArrayList<>();

    Merge(
        String list,
        Function<T, String> id,
        List<T> base,
        List<ConceptSet> sets,
        Function<ConceptSet, List<T>> elements) {
      this.list = list;
      Map<String, T> first = new HashMap<>();
      Map<String, Definition> firstAt = new HashMap<>();
      for (int i = 0; i < base.size(); i++) {
        T element = base.get(i);
        Definition at = Definition.inBase("/" + list + "/" + i);
        values.add(element);
        from.add(at);
        first.putIfAbsent(id.apply(element), element);
        firstAt.putIfAbsent(id.apply(element), at);
      }
      for (int s = 0; s < sets.size(); s++) {
        List<T> own = elements.apply(sets.get(s));
        for (int i = 0; i < own.size(); i++) {
          T element = own.get(i);
          String key = id.apply(element);
          Definition at = Definition.inSet(s, "/" + list + "/" + i);
          T previous = first.putIfAbsent(key, element);
          if (previous == null) {
            firstAt.put(key, at);
            values.add(element);
            from.add(at);
          } else if (!previous.equals(element)) {
            redefinitions.add(
                Redefinition.of(
                    checkNotNull(KINDS.get(list)), key, checkNotNull(firstAt.get(key)), at));
          }
        }
      }
    }
  }
}
