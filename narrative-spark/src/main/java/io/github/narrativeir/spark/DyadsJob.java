package io.github.narrativeir.spark;

import static com.google.common.base.MoreObjects.firstNonNull;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_csv;
import static org.apache.spark.sql.functions.lit;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelComposition;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.TableImport;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.InvalidModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;

/**
 * The dyads job: inference for every directed dyad of a dated event table (CSV or TSV, or Parquet),
 * through a {@code narrative-mapping/1} template and a concept set written for a generic dyad, the
 * actors {@code SELF} (the dyad's source) and {@code OTHER} (its target) bound per dyad.
 *
 * <p>How it runs: the template is checked once on the driver, against the table's header (a column
 * it names that the table lacks is reported there, located in the template). The table is read as
 * numbered lines and parsed by Spark SQL; each rule's conditions become a Spark SQL predicate over
 * the whole table joined with the dyads, which selects the rows of each dyad; the rows are grouped
 * by dyad, and for each dyad the library's import (the templates bound to the dyad) and inference
 * run on the executor that holds its rows, the templates broadcast once. A dyad's output is what
 * {@code narrative import} with the bound templates and {@code narrative infer} give for it.
 *
 * @since 0.1.0
 */
public final class DyadsJob {
  private final String events;
  private final Path mapping;
  private final Path concepts;
  private final Optional<String> sourceColumn;
  private final Optional<String> targetColumn;

  private DyadsJob(Builder b) {
    this.events = checkNotNull(b.events, "events");
    this.mapping = checkNotNull(b.mapping, "mapping");
    this.concepts = checkNotNull(b.concepts, "concepts");
    this.sourceColumn = Optional.ofNullable(b.sourceColumn);
    this.targetColumn = Optional.ofNullable(b.targetColumn);
  }

  /**
   * Binds a template written for a generic dyad (a mapping or a concept set) to one dyad, as the
   * job does on the executors: every whole token {@code SELF} becomes {@code self}, every {@code
   * OTHER} becomes {@code other} ({@code did:SELF:aid:OTHER} binds; {@code SELFISH} and {@code
   * self.retaliation} do not), and lines stay where they were. With the bound templates, {@code
   * narrative import} and {@code narrative infer} rerun one dyad on one machine.
   */
  public static String bind(String template, String self, String other) {
    return DyadBinding.bind(template, self, other);
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DyadsJob}. */
  public static final class Builder {
    private @Nullable String events;
    private @Nullable Path mapping;
    private @Nullable Path concepts;
    private @Nullable String sourceColumn;
    private @Nullable String targetColumn;

    private Builder() {}

    /** The event table: a CSV or TSV file (or directory of them), or Parquet ({@code .parquet}). */
    public Builder events(String events) {
      this.events = checkNotNull(events, "events");
      return this;
    }

    /**
     * The mapping template ({@code narrative-mapping/1}, {@code SELF} and {@code OTHER} bound per
     * dyad).
     */
    public Builder mapping(Path mapping) {
      this.mapping = checkNotNull(mapping, "mapping");
      return this;
    }

    /**
     * The concept set for a generic dyad ({@code narrative-concepts/1}, actors {@code SELF} and
     * {@code OTHER}).
     */
    public Builder concepts(Path concepts) {
      this.concepts = checkNotNull(concepts, "concepts");
      return this;
    }

    /**
     * The columns that hold a row's source and target actors (default: the columns the first rule
     * that names both compares with {@code SELF} and {@code OTHER}).
     */
    public Builder dyadColumns(String source, String target) {
      this.sourceColumn = checkNotNull(source, "source");
      this.targetColumn = checkNotNull(target, "target");
      return this;
    }

    /** Returns the job. */
    public DyadsJob build() {
      return new DyadsJob(this);
    }
  }

  /** A problem found before any dyad runs: bad templates, or a table without the columns. */
  public static final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String summary;
    private final ImmutableList<String> problems;

    BadInputException(String summary, List<String> problems) {
      super(summary, null, false, false);
      this.summary = summary;
      this.problems = ImmutableList.copyOf(problems);
    }

    /** The summary: the file and its number of errors (never null). */
    @Override
    public String getMessage() {
      return summary;
    }

    /** Every problem, each rendered {@code FILE:LINE:COLUMN: message}. */
    public ImmutableList<String> problems() {
      return problems;
    }
  }

  /**
   * Runs the job on {@code spark}.
   *
   * @throws BadInputException if a template is malformed or names a column the table does not have
   * @throws IOException if a template cannot be read
   */
  DyadResults run(SparkSession spark) throws IOException {
    String mappingText = Files.readString(mapping, UTF_8);
    String conceptsText = Files.readString(concepts, UTF_8);
    MappingTemplate template = MappingTemplate.of(mapping, mappingText);
    ConceptSet set = conceptSet(conceptsText);
    boolean declaresSelf =
        set.actors().stream().anyMatch(a -> a.id().value().equals(DyadBinding.SELF));
    boolean declaresOther =
        set.actors().stream().anyMatch(a -> a.id().value().equals(DyadBinding.OTHER));

    boolean parquet = events.endsWith(".parquet");
    Dataset<Row> lines = parquet ? parquetLines(spark, template.delimiter) : numberedLines(spark);
    Row first = lines.filter(col("line").equalTo(1L)).first();
    String header = first.getString(1);
    List<String> columns = splitHeader(header, template.delimiter);
    check(template, header, set, declaresSelf, declaresOther);

    String[] dyadColumns =
        sourceColumn.isPresent()
            ? new String[] {sourceColumn.get(), targetColumn.get()}
            : template
                .dyadColumns()
                .orElseThrow(
                    () ->
                        new UserError(
                            mapping
                                + ": no rule compares one column with SELF and another with OTHER;"
                                + " name the dyad's columns with --source-column and --target-column"));
    for (String c : dyadColumns) {
      if (!columns.contains(c)) {
        throw new UserError(
            events
                + ": no column '"
                + c
                + "' in the header (columns: "
                + String.join(", ", columns)
                + ")");
      }
    }

    // parse every line with Spark's CSV parser; one column more than the header catches long rows
    StructType schema = new StructType();
    for (int i = 0; i < columns.size(); i++) {
      schema = schema.add("c" + i, DataTypes.StringType);
    }
    schema = schema.add("extra", DataTypes.StringType);
    Map<String, String> options = new HashMap<>();
    options.put("sep", String.valueOf(template.delimiter));
    options.put("nullValue", "\u0000");
    options.put("emptyValue", "");
    Dataset<Row> body = lines.filter(col("line").gt(1L));
    Dataset<Row> parsed =
        body.select(
            col("line"), col("text"), from_csv(col("text"), lit(schema.toDDL()), options).as("f"));
    Column wellFormed = col("f.extra").isNull().and(col("f.c" + (columns.size() - 1)).isNotNull());
    Dataset<Row> tableProblems =
        parsed
            .filter(org.apache.spark.sql.functions.not(wellFormed))
            .select(
                lit(null).cast(DataTypes.StringType).as("self"),
                lit(null).cast(DataTypes.StringType).as("other"),
                lit(events).as("file"),
                col("line"),
                lit(1).as("column"),
                lit("expected "
                        + columns.size()
                        + " fields (as the header has), found "
                        + "a different number; the row is left out")
                    .as("message"))
            .orderBy("line")
            .limit(100);
    Column[] named = new Column[columns.size() + 2];
    named[0] = col("line");
    named[1] = col("text");
    for (int i = 0; i < columns.size(); i++) {
      named[i + 2] = col("f.c" + i).as(columns.get(i));
    }
    Dataset<Row> table = parsed.filter(wellFormed).select(named);

    Column src = col("`" + dyadColumns[0].replace("`", "``") + "`");
    Column dst = col("`" + dyadColumns[1].replace("`", "``") + "`");
    Dataset<Row> dyads =
        table
            .select(src.as("self"), dst.as("other"))
            .filter(col("self").isNotNull().and(col("other").isNotNull()))
            .filter(col("self").notEqual("").and(col("other").notEqual("")))
            .filter(col("self").notEqual(col("other")))
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());

    // each rule's rows of each dyad, by Spark SQL over the whole table; and every dyad once
    Dataset<Row> selected =
        dyads.select(
            col("self"),
            col("other"),
            lit(0L).as("line"),
            lit(null).cast(DataTypes.StringType).as("text"));
    for (int r = 0; r < template.rules.size(); r++) {
      Dataset<Row> d = broadcast(dyads);
      selected =
          selected.unionByName(
              table
                  .join(d, template.predicate(r, d.col("self"), d.col("other")))
                  .select(d.col("self"), d.col("other"), table.col("line"), table.col("text")));
    }
    selected = selected.dropDuplicates("self", "other", "line");

    Broadcast<DyadRunner> runner =
        JavaSparkContextHolder.broadcast(
            spark,
            new DyadRunner(
                template,
                mapping.toString(),
                conceptsText,
                concepts.toString(),
                events,
                header,
                declaresSelf,
                declaresOther));
    MapPartitionsFunction<Row, Row> perDyad = rows -> runDyads(runner.value(), rows);
    Dataset<Row> results =
        selected
            .repartition(col("self"), col("other"))
            .sortWithinPartitions("self", "other", "line")
            .mapPartitions(perDyad, Encoders.row(DyadResults.RESULT_SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new DyadResults(results, tableProblems);
  }

  /** Runs the dyads of one partition, whose rows come sorted by dyad and line. */
  private static Iterator<Row> runDyads(DyadRunner runner, Iterator<Row> rows) {
    return new Iterator<>() {
      private @Nullable Row pending = rows.hasNext() ? rows.next() : null;

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Row next() {
        Row first = checkNotNull(pending, "next() past the end");
        String self = first.getString(0);
        String other = first.getString(1);
        List<String> lines = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        while (pending != null
            && pending.getString(0).equals(self)
            && pending.getString(1).equals(other)) {
          if (pending.getLong(2) > 0) {
            numbers.add(pending.getLong(2));
            lines.add(pending.getString(3));
          }
          pending = rows.hasNext() ? rows.next() : null;
        }
        return runner.run(self, other, lines, numbers);
      }
    };
  }

  /** The table's lines, numbered from 1 (the header) in file order. */
  private Dataset<Row> numberedLines(SparkSession spark) {
    JavaRDD<Row> numbered =
        spark
            .read()
            .textFile(events)
            .javaRDD()
            .zipWithIndex()
            .map(t -> RowFactory.create(t._2() + 1, t._1()));
    return spark.createDataFrame(numbered, LINES);
  }

  /** A Parquet table as the CSV lines it would be, numbered as if the header were line 1. */
  private Dataset<Row> parquetLines(SparkSession spark, char delimiter) {
    Dataset<Row> df = spark.read().parquet(events);
    String[] names = df.columns();
    Column[] strings = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      strings[i] = col("`" + names[i].replace("`", "``") + "`").cast(DataTypes.StringType);
    }
    JavaRDD<Row> rows =
        df.select(strings)
            .javaRDD()
            .zipWithIndex()
            .map(
                t -> {
                  List<String> cells = new ArrayList<>();
                  for (int i = 0; i < t._1().size(); i++) {
                    cells.add(t._1().isNullAt(i) ? "" : t._1().getString(i));
                  }
                  return RowFactory.create(t._2() + 2, csvLine(cells, delimiter));
                });
    String header = csvLine(List.of(names), delimiter);
    Dataset<Row> head = spark.createDataFrame(List.of(RowFactory.create(1L, header)), LINES);
    return head.union(spark.createDataFrame(rows, LINES));
  }

  private static final StructType LINES =
      new StructType()
          .add("line", DataTypes.LongType, false)
          .add("text", DataTypes.StringType, false);

  static String csvLine(List<String> cells, char delimiter) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(delimiter);
      }
      String c = cells.get(i);
      if (c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static List<String> splitHeader(String header, char delimiter) {
    List<String> names = new ArrayList<>();
    for (String n : header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1)) {
      String t = n.strip();
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
        t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
      }
      names.add(t);
    }
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1));
    }
    return names;
  }

  private ConceptSet conceptSet(String text) {
    try {
      return ModelReader.create()
          .readConceptSet(concepts.toString(), text.getBytes(UTF_8), Format.YAML);
    } catch (ModelFormatException e) {
      throw bad(concepts.toString(), e.errors(), e.errorCount(), null, null);
    }
  }

  /**
   * Checks the templates once, unbound ({@code SELF} and {@code OTHER} are valid actor ids), with
   * the library's import against the table's header alone: every problem of the mapping (a column
   * the table lacks, an aspect or practice the concept set does not declare, a malformed key) is
   * located in the template.
   */
  private void check(
      MappingTemplate template,
      String header,
      ConceptSet set,
      boolean declaresSelf,
      boolean declaresOther)
      throws IOException {
    Path dir = Files.createTempDirectory("narrative-template-");
    try {
      Path mappingDir = dir;
      for (Path p : Path.of(template.table).normalize()) {
        if (p.toString().equals("..")) {
          mappingDir = mappingDir.resolve("m");
        }
      }
      Files.createDirectories(mappingDir);
      Path mappingFile = mappingDir.resolve(template.fileName);
      Files.writeString(mappingFile, template.text, UTF_8);
      Path table = mappingDir.resolve(template.table).normalize();
      Files.createDirectories(table.getParent());
      Files.writeString(table, header + "\n", UTF_8);
      try {
        var base =
            ModelComposition.builder()
                .addConceptSet(set)
                .replaceConcepts(true)
                .build()
                .read(
                    "the generic dyad",
                    new ByteArrayInputStream(
                        DyadRunner.baseModel(
                                DyadBinding.SELF, DyadBinding.OTHER, declaresSelf, declaresOther)
                            .getBytes(UTF_8)));
        TableImport.run(mappingFile, base.model());
      } catch (ModelFormatException e) {
        throw bad(mapping.toString(), e.errors(), e.errorCount(), mappingFile, table);
      } catch (InvalidModelException e) {
        throw new BadInputException(
            concepts + ": the concept set does not make a model for the generic dyad",
            List.of(e.report().render()));
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private BadInputException bad(
      String file,
      List<Problem> errors,
      long count,
      @Nullable Path tempMapping,
      @Nullable Path tempTable) {
    List<String> rendered = new ArrayList<>();
    for (Problem p : errors) {
      String source = p.source();
      if (tempMapping != null && source.equals(tempMapping.toString())) {
        source = mapping.toString();
      } else if (tempTable != null && source.contains(tempTable.getFileName().toString())) {
        source = events;
      }
      rendered.add(
          new Problem(
                  p.code(), p.severity(), source, p.line(), p.column(), p.pointer(), p.message())
              .render());
    }
    return new BadInputException(
        file + ": " + count + (count == 1 ? " error" : " errors"), rendered);
  }

  /** Checks that an actor code can be an actor id (or says why not). */
  static Optional<String> invalidActor(String code) {
    try {
      ActorId.of(code);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(firstNonNull(e.getMessage(), "not a valid actor id: " + code));
    }
  }
}
