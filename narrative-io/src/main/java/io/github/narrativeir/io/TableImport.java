package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports a dated table (CSV or TSV) into a model through a declarative mapping ({@code
 * narrative-mapping/1}): each rule selects rows, each selected row lands in the situation whose
 * period contains its date (or in a period the mapping generates: every year, quarter or month),
 * and where a situation's rows pass the rule's threshold the rule adds an aspect to the situation
 * and/or an observation. Everything made from data records where it comes from: an aspect in its
 * situation's {@code provenance}, an observation in its {@code source}, each naming the table, the
 * rule and the rows (count and sum) behind it; explanations show it. An observation the model
 * already has is not duplicated: the data's evidence is added to its source. Rows outside every
 * period are counted and reported, not dropped silently. The table is streamed: memory does not
 * grow with the number of rows.
 *
 * <pre>{@code
 * TableImport.Result r = TableImport.run(Path.of("strikes.mapping.yaml"), model);
 * r.notes().forEach(System.err::println);
 * ModelWriter.write(r.model(), Path.of("with-data.yaml"));
 * }</pre>
 *
 * <p>The notes say in words the numbers of {@link Result#statistics()}: rows read, selected and
 * outside every period, and per rule and situation the rows behind each addition.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TableImport {
  /**
   * The longest line of a table, in bytes (1 MiB): a longer line is a located error, so that a
   * table is read in bounded memory whatever it holds (a device, a pipe, a file of one line).
   */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /**
   * The most situations generated {@code periods} may make (5,000: every month for over 400 years);
   * more is a located error at {@code periods}, which suggests {@code from} and {@code to}.
   */
  public static final int MAX_GENERATED_SITUATIONS = 5_000;

  /**
   * The longest number accepted in a cell or a mapping, in characters (100); its significant digits
   * are at most {@link #MAX_NUMBER_DIGITS}, and its leading digit's power of ten between -{@link
   * #MAX_NUMBER_EXPONENT} and {@link #MAX_NUMBER_EXPONENT}. Checked before any arithmetic, so that
   * a cell such as {@code 1e999999999} cannot make a sum run out of memory or time.
   */
  public static final int MAX_NUMBER_CHARS = 100;

  /** The most significant digits of a number in a cell or a mapping (40). */
  public static final int MAX_NUMBER_DIGITS = 40;

  /** The largest power of ten of a number's leading digit, either way (100). */
  public static final int MAX_NUMBER_EXPONENT = 100;

  /**
   * The steps (characters examined) a {@code matches} regular expression may take on one cell: this
   * many plus {@link #REGEX_STEPS_PER_CHAR} per character of the cell. A regular expression that
   * backtracks catastrophically (such as {@code ^(.*a){12}$}) gives up there with a located error
   * naming the rule and the row, instead of running for hours.
   */
  public static final long REGEX_STEPS = 1_000_000;

  /**
   * The steps a regular expression may take per character of the cell, over {@link #REGEX_STEPS}.
   */
  public static final long REGEX_STEPS_PER_CHAR = 1_000;

  private TableImport() {}

  /**
   * What an import made: the model with its additions, and the numbers of the import.
   *
   * @param model the model with the aspects, provenance, observations and situations added
   * @param statistics the rows read, the situations generated, and per rule the rows selected,
   *     those outside every period, and per situation the rows and whether the rule added there
   */
  public record Result(Model model, ImportStatistics statistics) {
    /** Checks that no component is null. */
    public Result {
      checkNotNull(model, "model");
      checkNotNull(statistics, "statistics");
    }

    /**
     * What to tell the user, said from the {@link #statistics()}: a line with the rows read, one on
     * the situations generated and one on the selected rows that list several years (when there
     * are), and one per rule (rows selected, rows outside every period, where it added), each
     * beginning with the mapping as it was named, such as {@code strikes.mapping.yaml: rule
     * 'us-strikes': 7 rows selected, 1 outside every situation's period; added in late (4 rows)}.
     */
    public ImmutableList<String> notes() {
      return ImportNotes.of(statistics);
    }
  }

  /**
   * Applies the mapping in {@code mappingFile} (its table path is relative to it) to {@code model}.
   *
   * @throws ModelFormatException if the mapping or the table is malformed, or the mapping names an
   *     aspect, actor or practice the model does not declare; problems are located by file, line
   *     and column (in the table: line, column and column name)
   * @throws IOException if a file cannot be read
   */
  public static Result run(Path mappingFile, Model model) throws IOException {
    return run(mappingFile, model, ReadLimits.defaults());
  }

  /**
   * Applies the mapping in {@code mappingFile} to {@code model}, reading the mapping within {@code
   * limits} (its size, nesting, strings and aliases, as a model file). The table is streamed: its
   * size is not limited, but each of its lines is ({@link #MAX_LINE_BYTES}).
   *
   * @throws ModelFormatException if the mapping or the table is malformed, exceeds a limit, or the
   *     mapping names an aspect, actor or practice the model does not declare; problems are located
   *     by file, line and column (in the table: line, column and column name)
   * @throws IOException if a file cannot be read
   */
  public static Result run(Path mappingFile, Model model, ReadLimits limits) throws IOException {
    checkNotNull(mappingFile, "mappingFile");
    checkNotNull(model, "model");
    checkNotNull(limits, "limits");
    Mapping mapping = MappingReader.read(mappingFile, limits);
    return new Importer(mapping, model).run();
  }

  /**
   * The number in {@code text} if it is one within the bounds ({@link #MAX_NUMBER_CHARS}, {@link
   * #MAX_NUMBER_DIGITS}, {@link #MAX_NUMBER_EXPONENT}); empty if it is no number or out of bounds.
   */
  static Optional<BigDecimal> number(String text) {
    String t = text.trim();
    if (t.isEmpty() || t.length() > MAX_NUMBER_CHARS) {
      return Optional.empty();
    }
    BigDecimal n;
    try {
      n = new BigDecimal(t);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (n.signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    long exponent = (long) n.precision() - n.scale() - 1;
    if (n.precision() > MAX_NUMBER_DIGITS || Math.abs(exponent) > MAX_NUMBER_EXPONENT) {
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /**
   * Why {@link #number} refused {@code text}, completing "expected a number ...": that it is no
   * number, or the bounds it exceeds.
   */
  static String numberBounds(String text) {
    return numeric(text.trim())
        ? " of at most "
            + MAX_NUMBER_DIGITS
            + " significant digits, between 1e-"
            + MAX_NUMBER_EXPONENT
            + " and 1e"
            + MAX_NUMBER_EXPONENT
            + " in size (and at most "
            + MAX_NUMBER_CHARS
            + " characters)"
        : "";
  }

  /** Whether {@code t} is written as a decimal number, whatever its size (one pass, no regex). */
  private static boolean numeric(String t) {
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(t.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(t.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && Character.isDigit(t.charAt(i))) {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  /**
   * A parsed mapping: {@code source} names the mapping in messages, {@code table} is the table's
   * absolute path and {@code tableSource} names it in messages (beside the mapping as it is named).
   */
  record Mapping(
      String source,
      Path table,
      String tableSource,
      char delimiter,
      DateSpec date,
      Optional<PeriodSpec> periods,
      List<Rule> rules,
      Map<String, int[]> locations) {}

  /** How rows are dated: one column of a precision, or year, month and day columns. */
  record DateSpec(
      Optional<String> column,
      String precision,
      Optional<String> year,
      Optional<String> month,
      Optional<String> day) {}

  /** Periods to generate: every year, quarter or month, optionally bounded. */
  record PeriodSpec(
      String every, Optional<PartialDate> from, Optional<PartialDate> to, int line, int column) {}

  /** One rule of a mapping; {@code at} locates its aspect and observation keys in the mapping. */
  record Rule(
      String name,
      List<Condition> where,
      long minCount,
      Optional<String> sumColumn,
      Optional<BigDecimal> minSum,
      Optional<AspectId> aspect,
      Optional<ActorId> actor,
      Optional<PracticeId> practice,
      Optional<ActorId> target,
      Map<String, int[]> at) {}

  /** One condition on a column; {@code line} and {@code column} locate its value in the mapping. */
  record Condition(
      String column,
      String op,
      List<String> values,
      Optional<BigDecimal> number,
      Optional<Pattern> pattern,
      int line,
      int at) {
    /**
     * Whether {@code value} passes.
     *
     * @throws RegexGaveUp if a {@code matches} expression took more than its steps on the value
     */
    boolean test(String value) {
      switch (op) {
        case "equals":
          return value.equals(values.get(0));
        case "in":
          return values.contains(value);
        case "matches":
          return matches(value);
        default:
          Optional<BigDecimal> parsed = TableImport.number(value);
          if (parsed.isEmpty()) {
            return false;
          }
          int c = parsed.get().compareTo(number.orElseThrow());
          return op.equals("atLeast")
              ? c >= 0
              : op.equals("above") ? c > 0 : op.equals("atMost") ? c <= 0 : c < 0;
      }
    }

    private boolean matches(String value) {
      long budget = REGEX_STEPS + REGEX_STEPS_PER_CHAR * value.length();
      try {
        return pattern.orElseThrow().matcher(new Budgeted(value, budget)).find();
      } catch (RegexGaveUp e) {
        throw new RegexGaveUp(
            "took more than "
                + budget
                + " steps; it backtracks catastrophically,"
                + " as a repeated group holding a repetition does ((.*a){12}, (a+)+): rewrite it without"
                + " nested repetition");
      } catch (StackOverflowError e) {
        // java.util.regex recurses once per repetition of some groups: a long cell can exhaust
        // the stack; the match unwinds cleanly, so this is reported like a budget overrun
        throw new RegexGaveUp(
            "recursed too deeply: a repeated group with alternatives, such as"
                + " (a|b)*, recurses once per repetition; use a character class such as [ab]* instead");
      }
    }
  }

  /** A regular expression gave up on a cell: how. */
  static final class RegexGaveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("StaticAssignmentOfThrowable") // stackless, thrown from the regex's hot loop
    private static final RegexGaveUp OUT_OF_STEPS = new RegexGaveUp("out of steps");

    RegexGaveUp(String how) {
      super(how, null, false, false);
    }
  }

  /** A cell that counts the characters a regular expression reads, and stops it past a budget. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private long left;

    Budgeted(String text, long budget) {
      this.text = text;
      this.left = budget;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw RegexGaveUp.OUT_OF_STEPS;
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
