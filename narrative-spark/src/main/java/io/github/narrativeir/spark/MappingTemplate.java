package io.github.narrativeir.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;

/**
 * What the dyads job reads of a {@code narrative-mapping/1} template beyond what the library
 * checks: its table's relative path and delimiter, and each rule's conditions as a Spark SQL
 * predicate over the table's columns and the dyad's ({@code self}, {@code other}). A predicate
 * selects a superset of what the rule selects (conditions on numbers are left to the import, which
 * applies every condition again to the dyad's rows), so the import on the selected rows gives what
 * it gives on the whole table.
 */
final class MappingTemplate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The template's text, bound per dyad. */
  final String text;

  /** The file name the template gives, as the mapping named it. */
  final String fileName;

  /** The table as the template names it (relative to the template). */
  final String table;

  final char delimiter;

  /** The conditions of each rule, in order. */
  final ImmutableList<ImmutableList<Condition>> rules;

  /**
   * One condition of a rule: a column compared with values ({@code SELF} and {@code OTHER} bound).
   */
  record Condition(String column, String op, ImmutableList<String> values) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private MappingTemplate(
      String text,
      String fileName,
      String table,
      char delimiter,
      ImmutableList<ImmutableList<Condition>> rules) {
    this.text = text;
    this.fileName = fileName;
    this.table = table;
    this.delimiter = delimiter;
    this.rules = rules;
  }

  /**
   * Reads what the job needs of {@code text}, the template in {@code file}; its other keys are
   * checked by the library's import.
   *
   * @throws UserError if the template is not a mapping with a relative table path
   */
  static MappingTemplate of(Path file, String text) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (IOException e) {
      throw new UserError(file + ": not a narrative-mapping/1 template: " + e.getMessage());
    }
    if (root == null || !root.isObject() || !root.path("table").isTextual()) {
      throw new UserError(file + ": not a narrative-mapping/1 template (no table)");
    }
    String table = root.path("table").asText();
    if (Path.of(table).isAbsolute()) {
      throw new UserError(
          file
              + ": the template's table must be a relative path (the rows come from --events; the"
              + " path names the table in sources)");
    }
    String delimiterText = root.path("delimiter").asText("");
    char delimiter =
        delimiterText.equals("tab") || delimiterText.equals("\t")
            ? '\t'
            : delimiterText.length() == 1
                ? delimiterText.charAt(0)
                : table.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
    ImmutableList.Builder<ImmutableList<Condition>> rules = ImmutableList.builder();
    for (JsonNode rule : root.path("rules")) {
      ImmutableList.Builder<Condition> where = ImmutableList.builder();
      for (JsonNode c : rule.path("where")) {
        String column = c.path("column").asText();
        for (String op :
            List.of("equals", "in", "matches", "atLeast", "above", "atMost", "below")) {
          JsonNode v = c.get(op);
          if (v != null) {
            List<String> values = new ArrayList<>();
            if (v.isArray()) {
              v.forEach(x -> values.add(x.asText()));
            } else {
              values.add(v.asText());
            }
            where.add(new Condition(column, op, ImmutableList.copyOf(values)));
          }
        }
      }
      rules.add(where.build());
    }
    return new MappingTemplate(
        text, file.getFileName().toString(), table, delimiter, rules.build());
  }

  /**
   * The columns a rule compares with {@code SELF} and with {@code OTHER} by {@code equals}: the
   * columns that say a row's dyad, from the first rule that has both.
   */
  Optional<String[]> dyadColumns() {
    for (List<Condition> rule : rules) {
      String self = null;
      String other = null;
      for (Condition c : rule) {
        if (c.op().equals("equals") && c.values().get(0).equals(DyadBinding.SELF)) {
          self = c.column();
        } else if (c.op().equals("equals") && c.values().get(0).equals(DyadBinding.OTHER)) {
          other = c.column();
        }
      }
      if (self != null && other != null) {
        return Optional.of(new String[] {self, other});
      }
    }
    return Optional.empty();
  }

  /**
   * The predicate of rule {@code r} over the table's columns (by name) and the dyad's columns
   * {@code self} and {@code other}: a superset of the rows the rule selects for that dyad.
   */
  Column predicate(int r, Column self, Column other) {
    Column all = lit(true);
    for (Condition c : rules.get(r)) {
      Column cell = col("`" + c.column().replace("`", "``") + "`");
      Column p;
      switch (c.op()) {
        case "equals", "in" -> {
          p = lit(false);
          for (String v : c.values()) {
            Column value =
                v.equals(DyadBinding.SELF) ? self : v.equals(DyadBinding.OTHER) ? other : lit(v);
            p = p.or(cell.equalTo(value));
          }
        }
        // the same java.util.regex find as the import, unless the pattern names the dyad
        case "matches" ->
            p =
                c.values().get(0).matches(".*(SELF|OTHER).*")
                    ? lit(true)
                    : cell.rlike(c.values().get(0));
        default -> p = lit(true); // numbers: left to the import
      }
      all = all.and(p);
    }
    return all;
  }
}
