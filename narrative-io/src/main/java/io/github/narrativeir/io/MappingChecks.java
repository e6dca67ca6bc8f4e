package io.github.narrativeir.io;

import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a mapping must agree with before any row is read: the model, which must declare every
 * aspect, actor and practice the rules name, and the table's header, which must hold every column
 * the mapping names. Each problem is located in the mapping, with the closest name.
 */
final class MappingChecks {
  private MappingChecks() {}

  /** The aspects, actors, practices and targets the rules name that the model does not declare. */
  static List<Problem> undeclared(TableImport.Mapping mapping, Model model) {
    Set<String> aspects = ids(model.aspects(), a -> a.id().value());
    Set<String> actors = ids(model.actors(), a -> a.id().value());
    Set<String> practices = ids(model.practices(), p -> p.id().value());
    List<Problem> problems = new ArrayList<>();
    for (TableImport.Rule rule : mapping.rules()) {
      rule.aspect()
          .ifPresent(
              a -> declared(mapping, rule, "aspect", "an aspect", a.value(), aspects, problems));
      rule.actor()
          .ifPresent(
              a -> declared(mapping, rule, "actor", "an actor", a.value(), actors, problems));
      rule.practice()
          .ifPresent(
              p ->
                  declared(
                      mapping, rule, "practice", "a practice", p.value(), practices, problems));
      rule.target()
          .ifPresent(
              a -> declared(mapping, rule, "target", "an actor", a.value(), actors, problems));
    }
    return problems;
  }

  private static void declared(
      TableImport.Mapping mapping,
      TableImport.Rule rule,
      String key,
      String kind,
      String id,
      Set<String> known,
      List<Problem> problems) {
    if (!known.contains(id)) {
      int[] at = rule.at().getOrDefault(key, new int[] {0, 0});
      problems.add(
          new Problem(
              ProblemCode.UNDECLARED_REFERENCE,
              Severity.ERROR,
              mapping.source(),
              at[0],
              at[1],
              "",
              "rule '"
                  + rule.name()
                  + "': "
                  + key
                  + " '"
                  + id
                  + "' is not "
                  + kind
                  + " the model declares"
                  + Suggestions.didYouMean(id, known)));
    }
  }

  private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The columns the mapping names (its date columns, then the rules' condition and sum columns)
   * that are not in {@code columns}, the indexes of the table's {@code header} by name.
   */
  static List<Problem> missingColumns(
      TableImport.Mapping mapping, Map<String, Integer> columns, List<String> header) {
    Set<String> needed = new LinkedHashSet<>();
    TableImport.DateSpec d = mapping.date();
    d.column().ifPresent(needed::add);
    d.year().ifPresent(needed::add);
    d.month().ifPresent(needed::add);
    d.day().ifPresent(needed::add);
    for (TableImport.Rule r : mapping.rules()) {
      r.where().forEach(c -> needed.add(c.column()));
      r.sumColumn().ifPresent(needed::add);
    }
    List<Problem> problems = new ArrayList<>();
    for (String column : needed) {
      if (!columns.containsKey(column)) {
        int[] at = mapping.locations().getOrDefault(column, new int[] {0, 0});
        problems.add(
            new Problem(
                ProblemCode.UNKNOWN_COLUMN,
                Severity.ERROR,
                mapping.source(),
                at[0],
                at[1],
                "",
                "column '"
                    + column
                    + "' is not in the table "
                    + mapping.table().getFileName()
                    + Suggestions.didYouMean(column, header)
                    + " (columns: "
                    + columnList(header)
                    + ")"));
      }
    }
    return problems;
  }

  /** The header's column names for a message: the first 20, each cut to 60 characters. */
  private static String columnList(List<String> header) {
    List<String> shown = new ArrayList<>();
    for (String name : header.subList(0, Math.min(20, header.size()))) {
      shown.add(Importer.excerpt(name));
    }
    return String.join(", ", shown)
        + (header.size() > 20 ? " and " + (header.size() - 20) + " more" : "");
  }
}
