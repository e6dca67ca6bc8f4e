package io.github.narrativeir.io.dna;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Imports the statements of a Discourse Network Analyzer (DNA) database as evidence of the model's
 * concepts, through a {@code narrative-dna/1} mapping: which statement type to read, which of its
 * variables hold the organisation, the concept, the speaker and the agreement, how organisations
 * map to actors and DNA concepts to concept ids, and whether disagreeing statements are kept as
 * counter-evidence or skipped.
 *
 * <p>Each mapped statement becomes an {@link io.github.narrativeir.model.Evidence} of its concept:
 * the coded text as the quote (cut only at a sentence end, or marked {@code …}), the speaker, the
 * document's date, and as source the document's title with the database's file name, the document
 * id and the statement id, as in {@code Musharraf address (debates.dna, document 12, statement
 * 345)}; a disagreeing statement kept as counter-evidence ends its source with {@code ,
 * disagrees)}. Evidence the model has is kept, and a statement whose evidence the concept already
 * has (the same file name and statement id) is not added again, so importing twice changes nothing.
 *
 * <p>The database is a DNA 3.0 database (an SQLite file, the schema DNA 3.0 creates: {@code
 * Sql.createTables} of DNA 3.0.8, in {@code dna/src/main/java/sql/Sql.java} of the {@code
 * leifeld/dna} repository), opened read-only and never modified, through JDBC (the SQLite driver,
 * {@code org.xerial:sqlite-jdbc}, on the class or module path); or DNA's statement export of one
 * statement type, as CSV. Which it is, is told by content: an SQLite file begins with {@code SQLite
 * format 3}. Statements are streamed, one at a time: memory grows with the evidence added, not with
 * the statements read.
 *
 * <pre>{@code
 * DnaImport.Result r = DnaImport.run(Path.of("debates.dna"), Path.of("dna.mapping.yaml"), model);
 * System.out.print(r.report().render());
 * ModelWriter.write(r.model(), Path.of("with-evidence.yaml"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class DnaImport {
  /**
   * The longest quote, in characters (1,000): a longer coded text is shortened at its last sentence
   * end within the bound (else at a word break) and marked with {@code …}.
   */
  public static final int MAX_QUOTE_CHARS = 1_000;

  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private DnaImport() {}

  /**
   * What an import made: the model with the evidence added, and the report of the import.
   *
   * @param model the model, its concepts with the evidence of the mapped statements added
   * @param report the statements read, selected, mapped and not, and the concepts by period
   */
  public record Result(Model model, DnaReport report) {
    /** Checks that no component is null. */
    public Result {
      checkNotNull(model, "model");
      checkNotNull(report, "report");
    }
  }

  /**
   * Imports the statements of {@code database} into {@code model} through the mapping in {@code
   * mapping}, read within the default limits.
   *
   * @throws ModelFormatException if the mapping is malformed or names what the model (an actor or
   *     concept) or the database (a statement type, variable or attribute) does not have, located
   *     in the mapping; if {@code database} is not a DNA 3.0 database or DNA's statement export, or
   *     a database of a version whose schema is not read, or cannot be read (locked by a writer,
   *     damaged), naming it; or if a record of an export is malformed, located
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if no SQLite JDBC driver is on the class or module path (for a
   *     database, not an export)
   */
  public static Result run(Path database, Path mapping, Model model) throws IOException {
    return run(database, mapping, model, ReadLimits.defaults());
  }

  /**
   * Imports the statements of {@code database} into {@code model} through the mapping in {@code
   * mapping}, read within {@code limits} (its size, nesting, strings and values, as a model file).
   *
   * @throws ModelFormatException as {@link #run(Path, Path, Model)}
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if no SQLite JDBC driver is on the class or module path (for a
   *     database, not an export)
   */
  public static Result run(Path database, Path mapping, Model model, ReadLimits limits)
      throws IOException {
    checkNotNull(database, "database");
    checkNotNull(mapping, "mapping");
    checkNotNull(model, "model");
    checkNotNull(limits, "limits");
    DnaMapping m = DnaMappingReader.read(mapping, limits);
    List<Problem> problems = ModelChecks.check(m, model);
    if (!problems.isEmpty()) {
      throw new ModelFormatException(problems);
    }
    String source = database.toString();
    if (Files.isDirectory(database)) {
      throw DatabaseProblems.problem(
          ProblemCode.DNA_NOT_A_DATABASE,
          source,
          "expected a DNA database (.dna) or DNA's statement export (.csv), found a directory");
    }
    Path name = database.getFileName();
    String file = name == null ? source : name.toString();
    try (StatementReader reader =
        isSqlite(database)
            ? SqliteStatements.open(database, source, m)
            : CsvStatements.open(database, source, m)) {
      return new DnaImporter(m, model, file).run(reader, source);
    }
  }

  /** Whether {@code file} begins as every SQLite database does. */
  static boolean isSqlite(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(SQLITE.length);
      return Arrays.equals(head, SQLITE);
    }
  }
}
