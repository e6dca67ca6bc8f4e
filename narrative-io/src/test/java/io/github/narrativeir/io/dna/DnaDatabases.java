package io.github.narrativeir.io.dna;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small DNA 3.0 databases made in a test: the tables, columns and default contents DNA 3.0 creates
 * in a new SQLite database (read from {@code Sql.createTables} of DNA 3.0.8 in the {@code
 * leifeld/dna} repository, {@code dna/src/main/java/sql/Sql.java}, and written out here anew):
 * {@code SETTINGS} with the version, the coder {@code Admin}, and the statement type {@code DNA
 * Statement} with the variables {@code person}, {@code organization}, {@code concept} (short text,
 * each with the attributes {@code Type}, {@code Alias} and {@code Notes}) and {@code agreement}
 * (boolean). Documents, statements, entities and attribute values are added through the builder;
 * statements are written in one transaction, so that thousands take well under a second.
 */
final class DnaDatabases implements AutoCloseable {
  /** The DDL of the tables, one statement each. */
  static final List<String> SCHEMA =
      List.of(
          "CREATE TABLE SETTINGS (Property TEXT PRIMARY KEY, Value TEXT NOT NULL)",
          "CREATE TABLE CODERS (ID INTEGER PRIMARY KEY NOT NULL,"
              + " Name TEXT NOT NULL CHECK (LENGTH(Name) < 191),"
              + " Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0,"
              + " Blue INTEGER NOT NULL DEFAULT 0, Password TEXT NOT NULL)",
          "CREATE TABLE DOCUMENTS (ID INTEGER PRIMARY KEY NOT NULL,"
              + " Title TEXT NOT NULL CHECK (LENGTH(Title) < 191), Text TEXT NOT NULL,"
              + " Coder INTEGER REFERENCES CODERS(ID) ON DELETE CASCADE,"
              + " Author TEXT NOT NULL DEFAULT '', Source TEXT NOT NULL DEFAULT '',"
              + " Section TEXT NOT NULL DEFAULT '', Notes TEXT NOT NULL DEFAULT '',"
              + " Type TEXT NOT NULL DEFAULT '', Date INTEGER NOT NULL)",
          "CREATE TABLE STATEMENTTYPES (ID INTEGER PRIMARY KEY NOT NULL,"
              + " Label TEXT NOT NULL CHECK (LENGTH(Label) < 191),"
              + " Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0,"
              + " Blue INTEGER NOT NULL DEFAULT 0)",
          "CREATE TABLE VARIABLES (ID INTEGER PRIMARY KEY NOT NULL,"
              + " Variable TEXT NOT NULL CHECK (LENGTH(Variable) < 191),"
              + " DataType TEXT NOT NULL DEFAULT 'short text' CHECK (DataType IN"
              + " ('boolean', 'integer', 'long text', 'short text')),"
              + " StatementTypeId INTEGER REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE,"
              + " UNIQUE (Variable, StatementTypeId))",
          "CREATE TABLE STATEMENTS (ID INTEGER PRIMARY KEY NOT NULL,"
              + " StatementTypeId INTEGER REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE,"
              + " DocumentId INTEGER REFERENCES DOCUMENTS(ID) ON DELETE CASCADE,"
              + " Start INTEGER NOT NULL CHECK (Start >= 0), Stop INTEGER NOT NULL CHECK (Stop >= 0),"
              + " Coder INTEGER REFERENCES CODERS(ID) ON DELETE CASCADE, CHECK (Start < Stop))",
          "CREATE TABLE DATABOOLEAN (ID INTEGER PRIMARY KEY NOT NULL,"
              + " StatementId INTEGER NOT NULL REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
              + " VariableId INTEGER NOT NULL REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
              + " Value INTEGER NOT NULL DEFAULT 1, UNIQUE (StatementId, VariableId))",
          "CREATE TABLE DATAINTEGER (ID INTEGER PRIMARY KEY NOT NULL,"
              + " StatementId INTEGER NOT NULL REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
              + " VariableId INTEGER NOT NULL REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
              + " Value INTEGER NOT NULL DEFAULT 0, UNIQUE (StatementId, VariableId))",
          "CREATE TABLE ENTITIES (ID INTEGER PRIMARY KEY NOT NULL,"
              + " VariableId INTEGER NOT NULL REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
              + " Value TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Value) < 191),"
              + " Red INTEGER, Green INTEGER, Blue INTEGER,"
              + " ChildOf INTEGER REFERENCES ENTITIES(ID) ON DELETE CASCADE,"
              + " UNIQUE (VariableId, Value))",
          "CREATE TABLE DATASHORTTEXT (ID INTEGER PRIMARY KEY NOT NULL,"
              + " StatementId INTEGER NOT NULL REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
              + " VariableId INTEGER NOT NULL REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
              + " Entity INTEGER NOT NULL REFERENCES ENTITIES(ID) ON DELETE CASCADE,"
              + " UNIQUE (StatementId, VariableId))",
          "CREATE TABLE DATALONGTEXT (ID INTEGER PRIMARY KEY NOT NULL,"
              + " StatementId INTEGER NOT NULL REFERENCES STATEMENTS(ID) ON DELETE CASCADE,"
              + " VariableId INTEGER NOT NULL REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
              + " Value TEXT DEFAULT '', UNIQUE (StatementId, VariableId))",
          "CREATE TABLE ATTRIBUTEVARIABLES (ID INTEGER PRIMARY KEY NOT NULL,"
              + " VariableId INTEGER NOT NULL REFERENCES VARIABLES(ID) ON DELETE CASCADE,"
              + " AttributeVariable TEXT NOT NULL CHECK (LENGTH(AttributeVariable) < 191),"
              + " UNIQUE (VariableId, AttributeVariable))",
          "CREATE TABLE ATTRIBUTEVALUES (ID INTEGER PRIMARY KEY NOT NULL,"
              + " EntityId INTEGER NOT NULL REFERENCES ENTITIES(ID) ON DELETE CASCADE,"
              + " AttributeVariableId INTEGER NOT NULL"
              + " REFERENCES ATTRIBUTEVARIABLES(ID) ON DELETE CASCADE,"
              + " AttributeValue TEXT NOT NULL DEFAULT '' CHECK (LENGTH(AttributeValue) < 191),"
              + " UNIQUE (EntityId, AttributeVariableId))");

  /** The contents of a new database: coder, settings, the default statement type. */
  static final List<String> CONTENTS =
      List.of(
          "INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password) VALUES (1, 'Admin', 255, 255,"
              + " 0, '')",
          "INSERT INTO STATEMENTTYPES (ID, Label) VALUES (1, 'DNA Statement')",
          "INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES"
              + " (1, 'person', 'short text', 1), (2, 'organization', 'short text', 1),"
              + " (3, 'concept', 'short text', 1), (4, 'agreement', 'boolean', 1)",
          "INSERT INTO ATTRIBUTEVARIABLES (VariableId, AttributeVariable) VALUES (1, 'Type'),"
              + " (2, 'Type'), (3, 'Type'), (1, 'Alias'), (2, 'Alias'), (3, 'Alias'),"
              + " (1, 'Notes'), (2, 'Notes'), (3, 'Notes')",
          "INSERT INTO STATEMENTTYPES (ID, Label) VALUES (3, 'Annotation')",
          "INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES"
              + " (11, 'note', 'long text', 3)");

  private final Connection connection;
  private final Map<String, Long> entities = new HashMap<>();
  private final PreparedStatement statement;
  private final PreparedStatement shortText;
  private final PreparedStatement bool;

  private DnaDatabases(Connection connection) throws SQLException {
    this.connection = connection;
    this.statement =
        connection.prepareStatement(
            "INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder)"
                + " VALUES (?, 1, ?, ?, ?, 1)");
    this.shortText =
        connection.prepareStatement(
            "INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, ?, ?)");
    this.bool =
        connection.prepareStatement(
            "INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?, 4, ?)");
  }

  /** A new DNA 3.0 database in {@code file}, written by DNA {@code version}. */
  static DnaDatabases create(Path file, String version) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri());
    try (Statement s = c.createStatement()) {
      // a test's database need not survive a crash: no waiting for the disk
      s.execute("PRAGMA synchronous = OFF");
      c.setAutoCommit(false);
      for (String sql : SCHEMA) {
        s.execute(sql);
      }
      for (String sql : CONTENTS) {
        s.execute(sql);
      }
      s.execute("INSERT INTO SETTINGS (Property, Value) VALUES ('version', '" + version + "')");
      s.execute("INSERT INTO SETTINGS (Property, Value) VALUES ('date', '2022-06-16')");
    }
    return new DnaDatabases(c);
  }

  /** The database in {@code file}, made before, to add to it. */
  static DnaDatabases open(Path file) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toUri());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA synchronous = OFF");
    }
    c.setAutoCommit(false);
    return new DnaDatabases(c);
  }

  /** A new database of DNA 3.0.8. */
  static DnaDatabases create(Path file) throws SQLException {
    return create(file, "3.0.8");
  }

  /** Runs {@code sql} (to change the schema or contents for a test). */
  DnaDatabases execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
    return this;
  }

  /** Adds a document dated {@code date} (DNA keeps seconds since 1970, UTC). */
  DnaDatabases document(long id, String title, LocalDate date, String text) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Date) VALUES (?, ?, ?, 1, ?)")) {
      p.setLong(1, id);
      p.setString(2, title);
      p.setString(3, text);
      p.setLong(4, date.atStartOfDay().toEpochSecond(ZoneOffset.UTC));
      p.executeUpdate();
    }
    return this;
  }

  /**
   * Adds a statement of the default type coding {@code text} in document {@code document} (its
   * first occurrence; the document must hold it), with the person, organisation and concept given
   * (null: none) and the agreement.
   */
  DnaDatabases statement(
      long id,
      long document,
      String documentText,
      String text,
      String person,
      String organization,
      String concept,
      boolean agrees)
      throws SQLException {
    int start = documentText.indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("'" + text + "' is not in the document");
    }
    return statement(
        id, document, start, start + text.length(), person, organization, concept, agrees);
  }

  /** Adds a statement of the default type from {@code start} to {@code stop} of its document. */
  DnaDatabases statement(
      long id,
      long document,
      int start,
      int stop,
      String person,
      String organization,
      String concept,
      boolean agrees)
      throws SQLException {
    statement.setLong(1, id);
    statement.setLong(2, document);
    statement.setInt(3, start);
    statement.setInt(4, stop);
    statement.executeUpdate();
    value(id, 1, person);
    value(id, 2, organization);
    value(id, 3, concept);
    bool.setLong(1, id);
    bool.setInt(2, agrees ? 1 : 0);
    bool.executeUpdate();
    return this;
  }

  private void value(long statementId, long variable, String value) throws SQLException {
    if (value == null) {
      return;
    }
    shortText.setLong(1, statementId);
    shortText.setLong(2, variable);
    shortText.setLong(3, entity(variable, value));
    shortText.executeUpdate();
  }

  /** The id of the entity {@code value} of {@code variable}, added when new. */
  long entity(long variable, String value) throws SQLException {
    String key = variable + "\u0000" + value;
    Long id = entities.get(key);
    if (id != null) {
      return id;
    }
    try (PreparedStatement p =
        connection.prepareStatement("SELECT ID FROM ENTITIES WHERE VariableId = ? AND Value = ?")) {
      p.setLong(1, variable);
      p.setString(2, value);
      try (var r = p.executeQuery()) {
        if (r.next()) {
          entities.put(key, r.getLong(1));
          return r.getLong(1);
        }
      }
    }
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO ENTITIES (VariableId, Value) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setLong(1, variable);
      p.setString(2, value);
      p.executeUpdate();
      try (var keys = p.getGeneratedKeys()) {
        keys.next();
        entities.put(key, keys.getLong(1));
        return keys.getLong(1);
      }
    }
  }

  /** Gives the organisation {@code organization} the value {@code value} of its attribute. */
  DnaDatabases organizationAttribute(String organization, String attribute, String value)
      throws SQLException {
    long entity = entity(2, organization);
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO ATTRIBUTEVALUES (EntityId, AttributeVariableId, AttributeValue)"
                + " SELECT ?, ID, ? FROM ATTRIBUTEVARIABLES WHERE VariableId = 2"
                + " AND AttributeVariable = ?")) {
      p.setLong(1, entity);
      p.setString(2, value);
      p.setString(3, attribute);
      if (p.executeUpdate() != 1) {
        throw new IllegalArgumentException("no attribute " + attribute);
      }
    }
    return this;
  }

  @Override
  public void close() throws SQLException {
    connection.commit();
    statement.close();
    shortText.close();
    bool.close();
    connection.close();
  }
}
