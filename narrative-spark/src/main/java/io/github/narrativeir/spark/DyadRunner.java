package io.github.narrativeir.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelComposition;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ResultWriter;
import io.github.narrativeir.io.TableImport;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.InvalidModelException;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Runs one dyad where its rows are (an executor): the templates bound to the dyad, the library's
 * import on the dyad's rows (written, as they were in the table, to a temporary table under the
 * template's table name), the model composed as {@code narrative import --concepts} composes it,
 * validated, and inferred; the result as its {@code narrative-result/1} JSON, or the dyad's
 * problems located in the event table and the template.
 */
final class DyadRunner implements Serializable {
  private static final long serialVersionUID = 1L;

  /** At most this many problems are kept per dyad; the count says how many there were. */
  static final int MAX_PROBLEMS_PER_DYAD = 10;

  private final MappingTemplate mapping;
  private final String mappingName;
  private final String conceptsTemplate;
  private final String conceptsName;
  private final String eventsName;
  private final String header;
  private final boolean setDeclaresSelf;
  private final boolean setDeclaresOther;

  DyadRunner(
      MappingTemplate mapping,
      String mappingName,
      String conceptsTemplate,
      String conceptsName,
      String eventsName,
      String header,
      boolean setDeclaresSelf,
      boolean setDeclaresOther) {
    this.mapping = mapping;
    this.mappingName = mappingName;
    this.conceptsTemplate = conceptsTemplate;
    this.conceptsName = conceptsName;
    this.eventsName = eventsName;
    this.header = header;
    this.setDeclaresSelf = setDeclaresSelf;
    this.setDeclaresOther = setDeclaresOther;
  }

  /** The model text that {@code narrative import --into} reads for a dyad: its two actors. */
  static String baseModel(String self, String other, boolean declaresSelf, boolean declaresOther) {
    StringBuilder sb = new StringBuilder("format: narrative-model/1\nactors:\n");
    if (!declaresSelf) {
      sb.append("  - {id: \"").append(self).append("\"}\n");
    }
    if (!declaresOther) {
      sb.append("  - {id: \"").append(other).append("\"}\n");
    }
    if (declaresSelf && declaresOther) {
      sb.setLength(sb.length() - 1);
      sb.append(" []\n");
    }
    return sb.append("situations: []\nconcepts: []\n").toString();
  }

  /**
   * The dyad's row of {@link DyadResults#RESULT_SCHEMA}: the result's JSON, or its problems.
   *
   * @param lines the dyad's rows as they are in the table, in table order
   * @param lineNumbers their line numbers in the table
   */
  Row run(String self, String other, List<String> lines, List<Long> lineNumbers) {
    List<Row> problems = new ArrayList<>();
    int[] count = {0};
    String json = null;
    Path dir = null;
    try {
      dir = Files.createTempDirectory("narrative-dyad-");
      Path mappingDir = dir;
      for (Path p : Path.of(mapping.table).normalize()) {
        if (p.toString().equals("..")) {
          mappingDir = mappingDir.resolve("m");
        }
      }
      Files.createDirectories(mappingDir);
      Path mappingFile = mappingDir.resolve(mapping.fileName);
      Files.writeString(mappingFile, DyadBinding.bind(mapping.text, self, other), UTF_8);
      Path table = mappingDir.resolve(mapping.table).normalize();
      Files.createDirectories(table.getParent());
      try (var w = Files.newBufferedWriter(table, UTF_8)) {
        w.write(header);
        w.write('\n');
        for (String line : lines) {
          w.write(line);
          w.write('\n');
        }
      }
      String dyad = "dyad " + self + " -> " + other;
      ConceptSet set =
          ModelReader.create()
              .readConceptSet(
                  conceptsName,
                  DyadBinding.bind(conceptsTemplate, self, other).getBytes(UTF_8),
                  Format.YAML);
      LoadedModel base =
          ModelComposition.builder()
              .addConceptSet(set)
              .replaceConcepts(true)
              .build()
              .read(
                  dyad,
                  new ByteArrayInputStream(
                      baseModel(self, other, setDeclaresSelf, setDeclaresOther).getBytes(UTF_8)));
      Model imported;
      try {
        imported = TableImport.run(mappingFile, base.model()).model();
      } catch (ModelFormatException e) {
        for (Problem p : e.errors()) {
          add(problems, count, self, other, located(p, mappingFile, table, lineNumbers));
        }
        return row(
            self,
            other,
            null,
            problems,
            Math.max(count[0], (int) Math.min(Integer.MAX_VALUE, e.errorCount())));
      }
      ValidationReport report = ModelValidator.validate(imported);
      if (!report.isValid()) {
        add(
            problems,
            count,
            self,
            other,
            problem(dyad, 0, 0, "the dyad's model is not valid:\n" + report.render()));
        return row(self, other, null, problems, count[0]);
      }
      Inference result = NarrativeEngine.create().infer(imported);
      json = ResultWriter.toJson(result);
    } catch (ModelFormatException e) {
      for (Problem p : e.errors()) {
        add(
            problems,
            count,
            self,
            other,
            problem(rename(p.source(), self, other), p.line(), p.column(), p.message()));
      }
    } catch (InvalidModelException e) {
      add(
          problems,
          count,
          self,
          other,
          problem(
              conceptsName,
              0,
              0,
              "the concept set does not combine with the dyad "
                  + self
                  + " -> "
                  + other
                  + ":\n"
                  + e.report().render()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // an id the dyad's actor code cannot be, say: this dyad fails, the others go on
      add(
          problems,
          count,
          self,
          other,
          problem("dyad " + self + " -> " + other, 0, 0, String.valueOf(e.getMessage())));
    } finally {
      delete(dir);
    }
    return row(self, other, json, problems, count[0]);
  }

  private String rename(String source, String self, String other) {
    return source.equals(conceptsName)
        ? conceptsName + " (bound to " + self + " -> " + other + ")"
        : source;
  }

  /** A problem of the dyad's import, located in the event table (its line) or the template. */
  private Row located(Problem p, Path mappingFile, Path table, List<Long> lineNumbers) {
    String source = p.source();
    if (source.equals(table.toString())
        || source.endsWith(table.getFileName().toString()) && !source.endsWith(mapping.fileName)) {
      int line = p.line();
      long original = line >= 2 && line - 2 < lineNumbers.size() ? lineNumbers.get(line - 2) : line;
      return problemRow(eventsName, original, p.column(), p.message());
    }
    if (source.equals(mappingFile.toString()) || source.endsWith(mapping.fileName)) {
      return problemRow(mappingName, p.line(), p.column(), p.message());
    }
    return problemRow(source, p.line(), p.column(), p.message());
  }

  private static Row problem(String file, long line, int column, String message) {
    return problemRow(file, line, column, message);
  }

  private static Row problemRow(String file, long line, int column, String message) {
    return RowFactory.create(file, line, column, message);
  }

  private static void add(List<Row> problems, int[] count, String self, String other, Row p) {
    count[0]++;
    if (problems.size() < MAX_PROBLEMS_PER_DYAD) {
      problems.add(p);
    }
  }

  private static Row row(
      String self, String other, @Nullable String json, List<Row> problems, int count) {
    return RowFactory.create(self, other, json, problems.toArray(new Row[0]), count);
  }

  private static void delete(@Nullable Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the dyad for
    }
  }

  static ImmutableList<String> names() {
    return ImmutableList.of("self", "other", "result", "problems", "problemCount");
  }
}
