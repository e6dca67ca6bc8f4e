package io.github.narrativeir.io.dna;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.dna.DnaMapping.Name;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The statements of one statement type of a DNA 3.0 database (an SQLite file), streamed: a
 * forward-only result set, fetched {@link #FETCH_SIZE} rows at a time, in document order, with the
 * text of one document in memory at a time (to quote a statement and tell where its sentence begins
 * and ends).
 *
 * <p>The database is opened read-only ({@code SQLITE_OPEN_READONLY}): it is never written, not even
 * a journal, and a database on read-only storage, or locked by DNA while it writes, is read as it
 * is (a write lock held longer than {@link #BUSY_TIMEOUT_MILLIS} is an error saying so). The schema
 * read is the one DNA 3.0 creates ({@code Sql.createTables} of DNA 3.0, in {@code
 * dna/src/main/java/sql/Sql.java} of the {@code leifeld/dna} repository, read at DNA 3.0.8): tables
 * {@code SETTINGS} (with the {@code version} DNA wrote it with), {@code DOCUMENTS} (a date in
 * seconds since 1970, UTC), {@code STATEMENTS} (start and stop offsets into the document's text),
 * {@code STATEMENTTYPES}, {@code VARIABLES} (of one statement type each), {@code ENTITIES} (the
 * values of short-text variables), {@code DATASHORTTEXT} and {@code DATABOOLEAN} (a statement's
 * values), {@code ATTRIBUTEVARIABLES} and {@code ATTRIBUTEVALUES} (the attributes of entities).
 */
final class SqliteStatements implements StatementReader {
  /** Rows fetched from the database at a time. */
  static final int FETCH_SIZE = 500;

  /** How long a read waits for a writer (DNA saving) to release its lock, in milliseconds. */
  static final int BUSY_TIMEOUT_MILLIS = 1_000;

  /** The tables DNA 3.0 creates that the import reads. */
  static final List<String> TABLES =
      List.of(
          "SETTINGS",
          "DOCUMENTS",
          "STATEMENTS",
          "STATEMENTTYPES",
          "VARIABLES",
          "ENTITIES",
          "DATASHORTTEXT",
          "DATABOOLEAN",
          "ATTRIBUTEVARIABLES",
          "ATTRIBUTEVALUES");

  /** The columns the import reads, by table: DNA 3.0's. */
  private static final Map<String, List<String>> COLUMNS =
      Map.of(
          "DOCUMENTS", List.of("ID", "TITLE", "TEXT", "DATE"),
          "STATEMENTS", List.of("ID", "STATEMENTTYPEID", "DOCUMENTID", "START", "STOP"),
          "VARIABLES", List.of("ID", "VARIABLE", "DATATYPE", "STATEMENTTYPEID"),
          "DATASHORTTEXT", List.of("STATEMENTID", "VARIABLEID", "ENTITY"),
          "DATABOOLEAN", List.of("STATEMENTID", "VARIABLEID", "VALUE"));

  private final String source;
  private final String kind;
  private final Connection connection;
  private final PreparedStatement statements;
  private final PreparedStatement documents;
  private final ResultSet rows;
  private final boolean attribute;
  private boolean ahead;
  private boolean done;
  private long document = Long.MIN_VALUE;
  private String title = "";
  private String text = "";
  private boolean basicPlane = true;
  private Optional<LocalDate> date = Optional.empty();

  private SqliteStatements(
      String source,
      String kind,
      Connection connection,
      PreparedStatement statements,
      PreparedStatement documents,
      ResultSet rows,
      boolean attribute) {
    this.source = source;
    this.kind = kind;
    this.connection = connection;
    this.statements = statements;
    this.documents = documents;
    this.rows = rows;
    this.attribute = attribute;
  }

  /**
   * Opens {@code file} read-only, checks that it is a DNA 3.0 database with the statement type,
   * variables and attribute {@code mapping} names, and starts reading the statements.
   *
   * @throws ModelFormatException if it is not a DNA 3.0 database (the problem names {@code source},
   *     the database), or lacks what the mapping names (problems located in the mapping)
   * @throws IOException if it cannot be read
   */
  static SqliteStatements open(Path file, String source, DnaMapping mapping) throws IOException {
    Connection connection = connect(file, source);
    try {
      String version = version(connection, source);
      Schema schema = new Schema(connection, source, mapping);
      long type = schema.statementType();
      Map<String, Long> variables = schema.variables(type);
      Optional<Long> attributeId = schema.attribute(variables);
      schema.throwIfProblems();
      String sql = query(mapping, attributeId.isPresent());
      PreparedStatement statements =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      int p = 1;
      statements.setLong(p++, id(variables, mapping.organization()));
      if (attributeId.isPresent()) {
        statements.setLong(p++, id(variables, mapping.organization()));
        statements.setLong(p++, attributeId.get());
      }
      statements.setLong(p++, id(variables, mapping.concept()));
      if (mapping.speaker().isPresent()) {
        statements.setLong(p++, id(variables, mapping.speaker().get()));
      }
      if (mapping.agreement().isPresent()) {
        statements.setLong(p++, id(variables, mapping.agreement().get()));
      }
      statements.setLong(p, type);
      statements.setFetchSize(FETCH_SIZE);
      PreparedStatement documents =
          connection.prepareStatement("SELECT Title, Date, Text FROM DOCUMENTS WHERE ID = ?");
      ResultSet rows = statements.executeQuery();
      return new SqliteStatements(
          source,
          "DNA " + version + " database",
          connection,
          statements,
          documents,
          rows,
          attributeId.isPresent());
    } catch (SQLException e) {
      closeQuietly(connection);
      throw DatabaseProblems.of(e, source);
    } catch (IOException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** The id of {@code variable}, checked to be in {@code variables}. */
  private static long id(Map<String, Long> variables, Name variable) {
    return checkNotNull(variables.get(variable.name()), "variable %s", variable.name());
  }

  private static Connection connect(Path file, String source) throws IOException {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: never created, never written
    properties.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MILLIS));
    try {
      return DriverManager.getConnection("jdbc:sqlite:" + file.toUri(), properties);
    } catch (SQLException e) {
      if ("08001".equals(e.getSQLState())) {
        throw new IllegalStateException(
            "no SQLite JDBC driver: reading a DNA database needs org.xerial:sqlite-jdbc on the"
                + " class path or module path ("
                + e.getMessage()
                + ")",
            e);
      }
      throw DatabaseProblems.of(e, source);
    }
  }

  /** The DNA version that wrote the database, checked to be 3.0. */
  private static String version(Connection connection, String source)
      throws SQLException, ModelFormatException {
    Set<String> tables = new LinkedHashSet<>();
    try (PreparedStatement s =
            connection.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        tables.add(r.getString(1).toUpperCase(Locale.ROOT));
      }
    }
    List<String> missing = new ArrayList<>(TABLES);
    missing.removeAll(tables);
    if (!tables.contains("SETTINGS") || !tables.contains("STATEMENTS")) {
      throw DatabaseProblems.problem(
          ProblemCode.DNA_NOT_A_DATABASE,
          source,
          "not a DNA database: an SQLite database without DNA's tables (expected "
              + String.join(", ", TABLES)
              + "; found "
              + (tables.isEmpty() ? "no tables" : Messages.list(tables))
              + ")");
    }
    Optional<String> version = Optional.empty();
    try (PreparedStatement s =
        connection.prepareStatement("SELECT Value FROM SETTINGS WHERE Property = 'version'")) {
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          version = Optional.ofNullable(r.getString(1)).map(String::strip);
        }
      }
    } catch (SQLException e) {
      // SETTINGS without Property and Value columns: not a table DNA wrote
    }
    if (version.isEmpty()) {
      throw DatabaseProblems.problem(
          ProblemCode.DNA_NOT_A_DATABASE,
          source,
          "not a DNA database: its SETTINGS table holds no 'version' (DNA 3 writes the version"
              + " that created the database there)");
    }
    String v = version.get();
    if (v.startsWith("2")) {
      throw DatabaseProblems.problem(
          ProblemCode.DNA_SCHEMA_VERSION,
          source,
          "a DNA 2 database (version "
              + Messages.excerpt(v)
              + "); expected a DNA 3.0 database (version 3.0.x): open it with DNA 3, which"
              + " imports DNA 2 databases, and import the database DNA 3 saves");
    }
    if (!v.equals("3.0") && !v.startsWith("3.0.")) {
      throw DatabaseProblems.problem(
          ProblemCode.DNA_SCHEMA_VERSION,
          source,
          "a DNA database of version "
              + Messages.excerpt(v)
              + ", whose schema narrative does not read; expected a DNA 3.0 database (version"
              + " 3.0.x)");
    }
    if (!missing.isEmpty()) {
      throw DatabaseProblems.problem(
          ProblemCode.DNA_SCHEMA_VERSION,
          source,
          "a DNA "
              + Messages.excerpt(v)
              + " database without the "
              + (missing.size() == 1 ? "table " : "tables ")
              + String.join(", ", missing)
              + "; expected DNA 3.0's tables ("
              + String.join(", ", TABLES)
              + ")");
    }
    for (Map.Entry<String, List<String>> table : COLUMNS.entrySet()) {
      Set<String> columns = new LinkedHashSet<>();
      try (PreparedStatement s =
              connection.prepareStatement("PRAGMA table_info(" + table.getKey() + ")");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          columns.add(r.getString("name").toUpperCase(Locale.ROOT));
        }
      }
      for (String column : table.getValue()) {
        if (!columns.contains(column)) {
          throw DatabaseProblems.problem(
              ProblemCode.DNA_SCHEMA_VERSION,
              source,
              "a DNA "
                  + Messages.excerpt(v)
                  + " database whose table "
                  + table.getKey()
                  + " has no column "
                  + column
                  + " (columns: "
                  + String.join(", ", columns)
                  + "); expected DNA 3.0's schema");
        }
      }
    }
    return v;
  }

  /**
   * The query of the statements: per statement its id, document, offsets, organisation (and its
   * attribute value), concept, speaker and agreement, each looked up by the statement's id.
   */
  private static String query(DnaMapping mapping, boolean attribute) {
    String entity =
        "(SELECT e.Value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity"
            + " WHERE d.StatementId = s.ID AND d.VariableId = ?)";
    return "SELECT s.ID, s.DocumentId, s.Start, s.Stop, "
        + entity
        + " AS Organization, "
        + (attribute
            ? "(SELECT a.AttributeValue FROM DATASHORTTEXT d JOIN ATTRIBUTEVALUES a"
                + " ON a.EntityId = d.Entity WHERE d.StatementId = s.ID AND d.VariableId = ?"
                + " AND a.AttributeVariableId = ?)"
            : "NULL")
        + " AS OrganizationKey, "
        + entity
        + " AS Concept, "
        + (mapping.speaker().isPresent() ? entity : "NULL")
        + " AS Speaker, "
        + (mapping.agreement().isPresent()
            ? "(SELECT b.Value FROM DATABOOLEAN b WHERE b.StatementId = s.ID AND b.VariableId = ?)"
            : "NULL")
        + " AS Agreement FROM STATEMENTS s WHERE s.StatementTypeId = ?"
        + " ORDER BY s.DocumentId, s.Start, s.ID";
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public boolean hasNext() {
    if (!ahead && !done) {
      try {
        ahead = rows.next();
      } catch (SQLException e) {
        throw new UncheckedIOException(DatabaseProblems.of(e, source));
      }
      done = !ahead;
    }
    return ahead;
  }

  @Override
  public CodedStatement next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ahead = false;
    try {
      long id = rows.getLong("ID");
      long doc = rows.getLong("DocumentId");
      long start = rows.getLong("Start");
      long stop = rows.getLong("Stop");
      Optional<String> organization = text(rows.getString("Organization"));
      Optional<String> key = attribute ? text(rows.getString("OrganizationKey")) : organization;
      Optional<String> concept = text(rows.getString("Concept"));
      Optional<String> speaker = text(rows.getString("Speaker"));
      int agreement = rows.getInt("Agreement");
      boolean agrees = rows.wasNull() || agreement != 0;
      document(doc);
      return new CodedStatement(
          id,
          doc,
          title,
          date,
          organization,
          key,
          concept,
          speaker,
          agrees,
          Quotes.ofSpan(text, start, stop, basicPlane),
          0);
    } catch (SQLException e) {
      throw new UncheckedIOException(DatabaseProblems.of(e, source));
    }
  }

  /** Makes {@code id} the document in memory, read when it is another. */
  private void document(long id) throws SQLException {
    if (id == document) {
      return;
    }
    document = id;
    title = "";
    text = "";
    basicPlane = true;
    date = Optional.empty();
    documents.setLong(1, id);
    try (ResultSet r = documents.executeQuery()) {
      if (r.next()) {
        title = Optional.ofNullable(r.getString("Title")).orElse("");
        long seconds = r.getLong("Date");
        date = r.wasNull() ? Optional.empty() : day(seconds);
        text = Optional.ofNullable(r.getString("Text")).orElse("");
      }
    }
    basicPlane = !Quotes.hasSurrogates(text);
  }

  /** The day of DNA's document date (seconds since 1970, UTC), if the model can hold it. */
  static Optional<LocalDate> day(long seconds) {
    try {
      LocalDate d = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).toLocalDate();
      return d.getYear() >= 0 && d.getYear() <= 9999 ? Optional.of(d) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(@Nullable String value) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(value.strip().replaceAll("\\s+", " "));
  }

  @Override
  public void close() throws IOException {
    try (Connection c = connection;
        PreparedStatement s = statements;
        PreparedStatement d = documents;
        ResultSet r = rows) {
      // closed in reverse order
    } catch (SQLException e) {
      throw DatabaseProblems.of(e, source);
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // the failure that made us close it is reported
    }
  }

  /**
   * The statement type, variables and attribute the mapping names, looked up in the database; what
   * it lacks is a problem located in the mapping, collected until {@link #throwIfProblems}.
   */
  private static final class Schema {
    private final Connection connection;
    private final String source;
    private final DnaMapping mapping;
    private final List<Problem> problems = new ArrayList<>();

    Schema(Connection connection, String source, DnaMapping mapping) {
      this.connection = connection;
      this.source = source;
      this.mapping = mapping;
    }

    /** The id of the mapping's statement type, or -1 (reported). */
    long statementType() throws SQLException {
      Name wanted = mapping.statementType();
      Map<String, List<Long>> types = new LinkedHashMap<>();
      try (PreparedStatement s =
              connection.prepareStatement("SELECT ID, Label FROM STATEMENTTYPES ORDER BY ID");
          ResultSet r = s.executeQuery()) {
        while (r.next()) {
          types.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getLong(1));
        }
      }
      List<Long> ids = types.get(wanted.name());
      if (ids == null) {
        problem(
            ProblemCode.DNA_UNKNOWN_NAME,
            wanted,
            "statement type '"
                + Messages.excerpt(wanted.name())
                + "' is not in "
                + source
                + Suggestions.didYouMean(wanted.name(), types.keySet())
                + " (statement types: "
                + (types.isEmpty() ? "none" : Messages.list(types.keySet()))
                + ")");
        return -1;
      }
      if (ids.size() > 1) {
        problem(
            ProblemCode.DNA_UNKNOWN_NAME,
            wanted,
            "statement type '"
                + Messages.excerpt(wanted.name())
                + "' names "
                + ids.size()
                + " statement types in "
                + source
                + " (ids "
                + ImmutableList.copyOf(ids).toString().replaceAll("[\\[\\]]", "")
                + "); give them different labels in DNA");
        return -1;
      }
      return ids.get(0);
    }

    /**
     * The variables of statement type {@code type}, name to id; each variable the mapping names
     * checked to be there with the data type it needs.
     */
    Map<String, Long> variables(long type) throws SQLException {
      Map<String, Long> ids = new LinkedHashMap<>();
      Map<String, String> types = new LinkedHashMap<>();
      if (type < 0) {
        return ids;
      }
      try (PreparedStatement s =
          connection.prepareStatement(
              "SELECT ID, Variable, DataType FROM VARIABLES WHERE StatementTypeId = ? ORDER BY ID")) {
        s.setLong(1, type);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.put(r.getString(2), r.getLong(1));
            types.put(r.getString(2), String.valueOf(r.getString(3)));
          }
        }
      }
      check(mapping.organization(), "organization", "short text", types);
      check(mapping.concept(), "concept", "short text", types);
      mapping.speaker().ifPresent(v -> check(v, "speaker", "short text", types));
      mapping.agreement().ifPresent(v -> check(v, "agreement", "boolean", types));
      return ids;
    }

    private void check(Name variable, String role, String dataType, Map<String, String> types) {
      String found = types.get(variable.name());
      if (found == null) {
        problem(
            ProblemCode.DNA_UNKNOWN_NAME,
            variable,
            "variable '"
                + Messages.excerpt(variable.name())
                + "' (for '"
                + role
                + "') is not a variable of statement type '"
                + Messages.excerpt(mapping.statementType().name())
                + "' in "
                + source
                + Suggestions.didYouMean(variable.name(), types.keySet())
                + " (variables: "
                + (types.isEmpty() ? "none" : Messages.list(types.keySet()))
                + ")");
      } else if (!found.equals(dataType)) {
        problem(
            ProblemCode.DNA_VARIABLE_TYPE,
            variable,
            "variable '"
                + Messages.excerpt(variable.name())
                + "' of statement type '"
                + Messages.excerpt(mapping.statementType().name())
                + "' in "
                + source
                + " is "
                + found
                + "; '"
                + role
                + "' needs a "
                + dataType
                + " variable"
                + (dataType.equals("boolean") ? " (yes or no)" : " (an entity, such as a name)"));
      }
    }

    /** The id of the mapping's organisation attribute, if it names one. */
    Optional<Long> attribute(Map<String, Long> variables) throws SQLException {
      if (mapping.attribute().isEmpty()) {
        return Optional.empty();
      }
      Long organization = variables.get(mapping.organization().name());
      if (organization == null) {
        return Optional.of(-1L); // the variable is reported
      }
      Name wanted = mapping.attribute().get();
      Map<String, Long> attributes = new LinkedHashMap<>();
      try (PreparedStatement s =
          connection.prepareStatement(
              "SELECT ID, AttributeVariable FROM ATTRIBUTEVARIABLES WHERE VariableId = ?"
                  + " ORDER BY ID")) {
        s.setLong(1, organization);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            attributes.put(r.getString(2), r.getLong(1));
          }
        }
      }
      Long id = attributes.get(wanted.name());
      if (id == null) {
        problem(
            ProblemCode.DNA_UNKNOWN_NAME,
            wanted,
            "attribute '"
                + Messages.excerpt(wanted.name())
                + "' is not an attribute of variable '"
                + Messages.excerpt(mapping.organization().name())
                + "' in "
                + source
                + Suggestions.didYouMean(wanted.name(), attributes.keySet())
                + " (attributes: "
                + (attributes.isEmpty() ? "none" : Messages.list(attributes.keySet()))
                + ")");
        return Optional.of(-1L);
      }
      return Optional.of(id);
    }

    private void problem(ProblemCode code, Name at, String message) {
      problems.add(
          new Problem(
              code,
              Severity.ERROR,
              mapping.source(),
              at.at().line(),
              at.at().column(),
              at.at().pointer(),
              message));
    }

    void throwIfProblems() throws ModelFormatException {
      if (!problems.isEmpty()) {
        throw new ModelFormatException(problems);
      }
    }
  }
}
