package io.github.narrativeir.io;

/**
 * What kind of problem a {@link Problem} is: a stable code, so that a program can tell problems
 * apart without reading their messages (which say what is wrong, for people, and may be reworded).
 * Each code has a fixed {@link #id()}, such as {@code limit.document-bytes}, for logs and machine
 * output; constants may be added, never renamed.
 *
 * <p>The message of a {@code limit.*} code names the {@link ReadLimits} setting that raises the
 * limit where there is one ({@code raise it with ReadLimits.withMaxValues(...)}); a program that
 * offers the settings its own way (the command line's {@code --max-values}) can add its way to the
 * message, keyed by the code.
 *
 * <pre>{@code
 * try {
 *   ModelReader.create().read(file);
 * } catch (ModelFormatException e) {
 *   if (e.errors().stream().anyMatch(p -> p.code() == ProblemCode.LIMIT_VALUES)) {
 *     // read again with ReadLimits.defaults().withMaxValues(...)
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ProblemCode {
  // ---- the text of a document or table

  /**
   * {@code syntax}: the document is not well-formed JSON or YAML (the message is the parser's,
   * located), or a line of a table opens a quoted field and does not close it.
   */
  SYNTAX("syntax"),

  /**
   * {@code encoding}: the bytes are not text in the encoding they claim or are taken to have (a
   * document: UTF-8, UTF-16 or UTF-32; a table: UTF-8).
   */
  ENCODING("encoding"),

  /**
   * {@code control-character}: a control character that a model file (which is text) may not hold.
   */
  CONTROL_CHARACTER("control-character"),

  /** {@code empty-document}: the document, or the table, holds nothing. */
  EMPTY_DOCUMENT("empty-document"),

  /** {@code multiple-documents}: the file holds more than one document (YAML {@code ---}). */
  MULTIPLE_DOCUMENTS("multiple-documents"),

  /** {@code duplicate-key}: a mapping has the same key twice (the message names the first). */
  DUPLICATE_KEY("duplicate-key"),

  /**
   * {@code yaml-tag}: a YAML tag ({@code !!python/object}, {@code !local}), which a model file may
   * not use.
   */
  YAML_TAG("yaml-tag"),

  /** {@code yaml-alias}: a YAML alias that names no anchored mapping or list before it. */
  YAML_ALIAS("yaml-alias"),

  // ---- limits

  /**
   * {@code limit.document-bytes}: the document is larger than {@link
   * ReadLimits#maxDocumentBytes()}; the message names {@link
   * ReadLimits#withMaxDocumentBytes(long)}.
   */
  LIMIT_DOCUMENT_BYTES("limit.document-bytes"),

  /**
   * {@code limit.nesting-depth}: the document nests deeper than {@link
   * ReadLimits#maxNestingDepth()}; the message names {@link ReadLimits#withMaxNestingDepth(int)}.
   */
  LIMIT_NESTING_DEPTH("limit.nesting-depth"),

  /**
   * {@code limit.string-length}: a string, a run of characters without a space, or a line is longer
   * than {@link ReadLimits#maxStringLength()} allows; the message names {@link
   * ReadLimits#withMaxStringLength(int)}.
   */
  LIMIT_STRING_LENGTH("limit.string-length"),

  /**
   * {@code limit.aliases}: the document uses more YAML aliases than {@link
   * ReadLimits#maxAliases()}; the message names {@link ReadLimits#withMaxAliases(int)}.
   */
  LIMIT_ALIASES("limit.aliases"),

  /**
   * {@code limit.values}: the document holds (or expands through YAML aliases to) more values than
   * {@link ReadLimits#maxValues()}; the message names {@link ReadLimits#withMaxValues(int)}.
   */
  LIMIT_VALUES("limit.values"),

  /**
   * {@code limit.parser}: a limit of the parser that {@link ReadLimits} does not set, such as the
   * number of digits of a number; the message is the parser's.
   */
  LIMIT_PARSER("limit.parser"),

  /**
   * {@code limit.table-line}: a line of a table is longer than {@link TableImport#MAX_LINE_BYTES}.
   */
  LIMIT_TABLE_LINE("limit.table-line"),

  /**
   * {@code limit.periods}: an import's {@code periods} would generate more than {@link
   * TableImport#MAX_GENERATED_SITUATIONS} situations.
   */
  LIMIT_PERIODS("limit.periods"),

  /**
   * {@code limit.regex-steps}: a {@code matches} expression of a mapping took more steps on one
   * cell than it may (it backtracks catastrophically); the import stops there.
   */
  LIMIT_REGEX_STEPS("limit.regex-steps"),

  // ---- the fields of a document

  /**
   * {@code format}: the {@code format} tag is not the one expected (and the file is no other known
   * kind).
   */
  FORMAT("format"),

  /**
   * {@code concept-set-as-model}: a concept set ({@code narrative-concepts/1}) was read as a model.
   * Read it with {@link ModelReader#readConceptSet(java.nio.file.Path)}, or compose it with a model
   * ({@link ModelComposition}). The message ends with the remark {@code (a concept set cannot be
   * read as a model)}.
   */
  CONCEPT_SET_AS_MODEL("concept-set-as-model"),

  /**
   * {@code model-as-concept-set}: a model ({@code narrative-model/1}) was read as a concept set.
   */
  MODEL_AS_CONCEPT_SET("model-as-concept-set"),

  /** {@code unknown-field}: a field the element does not have (the message lists those it has). */
  UNKNOWN_FIELD("unknown-field"),

  /** {@code missing-field}: a required field is missing, or a mapping file has no rules. */
  MISSING_FIELD("missing-field"),

  /**
   * {@code wrong-type}: a value of the wrong kind: a list, a string or a number where a mapping is
   * expected, a string where a boolean or a number is, and the like.
   */
  WRONG_TYPE("wrong-type"),

  /**
   * {@code invalid-value}: a value of the right kind that is not valid: a malformed id or date, a
   * word that is not one of those allowed, a weight or a number out of bounds, a malformed regular
   * expression, a range that ends before it begins; in a table, a cell that does not hold the date
   * or the number its column should.
   */
  INVALID_VALUE("invalid-value"),

  /**
   * {@code field-combination}: fields that do not go together, or a field that needs another (a
   * mapping's {@code date} with both {@code column} and {@code year}, a rule that adds nothing).
   */
  FIELD_COMBINATION("field-combination"),

  /**
   * {@code duplicate-entry}: a warning: an id is listed twice in one list; the second is ignored.
   */
  DUPLICATE_ENTRY("duplicate-entry"),

  // ---- files that combine

  /** {@code include-cycle}: concept sets include each other in a cycle (the message names it). */
  INCLUDE_CYCLE("include-cycle"),

  /**
   * {@code unreadable-file}: a file a document names cannot be read: an included concept set or a
   * mapping's table that does not exist, is a directory or is not a regular file, or a mapping
   * given as a directory.
   */
  UNREADABLE_FILE("unreadable-file"),

  /**
   * {@code redefinition}: an actor, aspect, practice type or concept is defined twice, in one file
   * or in two, differently; an id defined twice must be defined identically (see {@link
   * io.github.narrativeir.model.ComposedModel}).
   */
  REDEFINITION("redefinition"),

  // ---- the model read

  /**
   * {@code validation}: an error or warning of {@link io.github.narrativeir.model.ModelValidator}
   * on what was read (an undeclared actor, an id declared twice, a situation ending before it
   * begins, ...), located in the file the element came from.
   */
  VALIDATION("validation"),

  // ---- imports

  /** {@code table.fields}: a row of a table has more or fewer fields than its header. */
  TABLE_FIELDS("table.fields"),

  /** {@code unknown-column}: a mapping names a column the table's header does not have. */
  UNKNOWN_COLUMN("unknown-column"),

  /**
   * {@code undeclared-reference}: a mapping names an aspect, an actor or a practice type the model
   * does not declare.
   */
  UNDECLARED_REFERENCE("undeclared-reference"),

  /**
   * {@code period-clash}: a period an import generates has the id of a different situation of the
   * model.
   */
  PERIOD_CLASH("period-clash"),

  /**
   * {@code shift.no-data}: a model given to the shift-boundary analysis holds no data imported
   * through the mapping given with it.
   */
  SHIFT_NO_DATA("shift.no-data"),

  /**
   * {@code shift.difference}: importing a table again, for the shift-boundary analysis, does not
   * give back what the model holds.
   */
  SHIFT_DIFFERENCE("shift.difference"),

  /**
   * {@code dna.not-a-database}: a file given to the DNA import is neither a DNA database (an SQLite
   * file with DNA's tables) nor DNA's statement export (CSV).
   */
  DNA_NOT_A_DATABASE("dna.not-a-database"),

  /**
   * {@code dna.schema-version}: a DNA database written by a version whose schema the import does
   * not read (DNA 2, or other than DNA 3.0).
   */
  DNA_SCHEMA_VERSION("dna.schema-version"),

  /**
   * {@code dna.unknown-name}: a DNA mapping names a statement type, variable or attribute the
   * database or export does not have.
   */
  DNA_UNKNOWN_NAME("dna.unknown-name"),

  /**
   * {@code dna.variable-type}: a DNA mapping names a variable of the wrong data type for its role
   * (an organisation, concept or speaker must be short text, an agreement boolean).
   */
  DNA_VARIABLE_TYPE("dna.variable-type"),

  /**
   * {@code dna.unreadable}: a DNA database cannot be read as it is: locked by a writer, damaged, or
   * refused by SQLite.
   */
  DNA_UNREADABLE("dna.unreadable"),

  // ---- reading as a whole

  /**
   * {@code too-many-problems}: the last line of a read that stopped reporting: how many more
   * problems were found and not kept, or that an import stopped reading its table.
   */
  TOO_MANY_PROBLEMS("too-many-problems");

  private final String id;

  ProblemCode(String id) {
    this.id = id;
  }

  /** The code as a stable string, such as {@code limit.document-bytes}. */
  public String id() {
    return id;
  }

  /** Returns {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }
}
