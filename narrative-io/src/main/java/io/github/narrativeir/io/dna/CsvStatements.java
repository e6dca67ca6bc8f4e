package io.github.narrativeir.io.dna;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.dna.DnaMapping.Name;
import io.github.narrativeir.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The statements of DNA's statement export (DNA 3's "event list" as CSV, one statement type):
 * semicolon-separated UTF-8, the header {@code "statement ID";"time";"document ID";"document
 * title";"author";"source";"section";"type";"text"} followed by the statement type's variables, one
 * statement per record ({@code Exporter.eventCSV} of DNA 3.0, in {@code
 * dna/src/main/java/export/Exporter.java} of the {@code leifeld/dna} repository). Streamed one
 * record at a time.
 *
 * <p>The export holds the coded text without its document, with DNA's changes ({@code ;} written as
 * {@code ,} and {@code "} as {@code '}), and no attributes of entities. A malformed record (the
 * wrong number of fields, an id or date that is none) is a problem located by line and column; the
 * reader skips it and goes on, up to {@link #MAX_PROBLEMS} problems.
 */
final class CsvStatements implements StatementReader {
  /** The columns DNA's export begins with, before the statement type's variables. */
  static final List<String> HEADER =
      List.of(
          "statement ID",
          "time",
          "document ID",
          "document title",
          "author",
          "source",
          "section",
          "type",
          "text");

  /** The most problems collected before reading stops. */
  static final int MAX_PROBLEMS = 100;

  private static final int ID = 0;
  private static final int TIME = 1;
  private static final int DOCUMENT = 2;
  private static final int TITLE = 3;
  private static final int TEXT = 8;

  private final CsvRecords in;
  private final String source;
  private final List<String> header;
  private final int fields;
  private final int organization;
  private final int concept;
  private final int speaker;
  private final int agreement;
  private final List<Problem> problems = new ArrayList<>();
  private @Nullable CodedStatement ahead;
  private boolean done;

  private CsvStatements(
      CsvRecords in,
      String source,
      List<String> header,
      int organization,
      int concept,
      int speaker,
      int agreement) {
    this.in = in;
    this.source = source;
    this.header = header;
    this.fields = header.size();
    this.organization = organization;
    this.concept = concept;
    this.speaker = speaker;
    this.agreement = agreement;
  }

  /**
   * Opens {@code file} and checks its header: DNA's export, with the variables {@code mapping}
   * names.
   *
   * @throws ModelFormatException if the header is not DNA's (the problem names {@code source}), or
   *     lacks a variable the mapping names or the mapping names an attribute (located in the
   *     mapping)
   */
  static CsvStatements open(Path file, String source, DnaMapping mapping) throws IOException {
    CsvRecords in = new CsvRecords(Files.newInputStream(file), source);
    try {
      CsvRecords.Record header = in.next();
      if (header == null
          || header.fields().size() < HEADER.size()
          || !header.fields().subList(0, HEADER.size()).equals(HEADER)) {
        throw DatabaseProblems.problem(
            ProblemCode.DNA_NOT_A_DATABASE,
            source,
            "not a DNA database or statement export: expected an SQLite database (its first bytes"
                + " 'SQLite format 3') or DNA's statement export, a CSV file whose header begins "
                + HEADER.stream().map(h -> "\"" + h + "\"").reduce((a, b) -> a + ";" + b).orElse("")
                + "; found "
                + (header == null
                    ? "an empty file"
                    : "a first line beginning '"
                        + Messages.excerpt(String.join(";", header.fields()))
                        + "'"));
      }
      List<String> variables = header.fields().subList(HEADER.size(), header.fields().size());
      Map<String, Integer> index = new HashMap<>();
      for (int i = variables.size() - 1; i >= 0; i--) {
        index.put(variables.get(i), HEADER.size() + i);
      }
      List<Problem> problems = new ArrayList<>();
      int org =
          column(
              mapping.organization(), "organization", index, variables, source, mapping, problems);
      int con = column(mapping.concept(), "concept", index, variables, source, mapping, problems);
      int spk =
          mapping.speaker().isPresent()
              ? column(
                  mapping.speaker().get(), "speaker", index, variables, source, mapping, problems)
              : -1;
      int agr =
          mapping.agreement().isPresent()
              ? column(
                  mapping.agreement().get(),
                  "agreement",
                  index,
                  variables,
                  source,
                  mapping,
                  problems)
              : -1;
      if (mapping.attribute().isPresent()) {
        Name a = mapping.attribute().get();
        problems.add(
            new Problem(
                ProblemCode.DNA_UNKNOWN_NAME,
                Severity.ERROR,
                mapping.source(),
                a.at().line(),
                a.at().column(),
                a.at().pointer(),
                "attribute '"
                    + Messages.excerpt(a.name())
                    + "': "
                    + source
                    + " is DNA's statement export, which holds no attributes of entities; map"
                    + " organisations by name (without 'attribute'), or import the DNA database"));
      }
      if (!problems.isEmpty()) {
        throw new ModelFormatException(problems);
      }
      return new CsvStatements(in, source, header.fields(), org, con, spk, agr);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static int column(
      Name variable,
      String role,
      Map<String, Integer> index,
      List<String> variables,
      String source,
      DnaMapping mapping,
      List<Problem> problems) {
    Integer i = index.get(variable.name());
    if (i != null) {
      return i;
    }
    problems.add(
        new Problem(
            ProblemCode.DNA_UNKNOWN_NAME,
            Severity.ERROR,
            mapping.source(),
            variable.at().line(),
            variable.at().column(),
            variable.at().pointer(),
            "variable '"
                + Messages.excerpt(variable.name())
                + "' (for '"
                + role
                + "') is not a column of the statement export "
                + source
                + Suggestions.didYouMean(variable.name(), variables)
                + " (variables: "
                + (variables.isEmpty() ? "none" : Messages.list(variables))
                + ")"));
    return -1;
  }

  @Override
  public String kind() {
    return "DNA statement export";
  }

  /** The problems of the records read so far (each record with one was skipped). */
  @Override
  public ImmutableList<Problem> problems() {
    return ImmutableList.copyOf(problems);
  }

  @Override
  public boolean hasNext() {
    try {
      while (ahead == null && !done) {
        if (problems.size() >= MAX_PROBLEMS) {
          // a warning, so that the count of errors the command prints is exact
          problems.add(
              new Problem(
                  ProblemCode.TOO_MANY_PROBLEMS,
                  Severity.WARNING,
                  source,
                  0,
                  0,
                  "",
                  "stopped reading after " + problems.size() + " problems"));
          done = true;
          break;
        }
        CsvRecords.Record r = in.next();
        if (r == null) {
          done = true;
        } else {
          ahead = statement(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ahead != null;
  }

  @Override
  public CodedStatement next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CodedStatement s = ahead;
    ahead = null;
    if (s == null) {
      throw new NoSuchElementException();
    }
    return s;
  }

  /** The statement of record {@code r}, or null after adding its problem. */
  private @Nullable CodedStatement statement(CsvRecords.Record r) {
    List<String> f = r.fields();
    if (f.size() != fields) {
      int last = Math.min(f.size(), fields) - 1;
      problem(
          ProblemCode.TABLE_FIELDS,
          r,
          Math.max(0, last),
          "expected " + fields + " fields (as the header has), found " + f.size());
      return null;
    }
    int before = problems.size();
    Optional<Long> id = number(r, ID, "statement ID");
    Optional<Long> document = number(r, DOCUMENT, "document ID");
    Optional<LocalDate> date = date(r);
    boolean agrees = true;
    if (agreement >= 0) {
      String a = f.get(agreement).strip().toLowerCase(Locale.ROOT);
      switch (a) {
        case "1", "true", "yes", "" -> agrees = true;
        case "0", "false", "no" -> agrees = false;
        default -> {
          problem(
              ProblemCode.INVALID_VALUE,
              r,
              agreement,
              "column '"
                  + Messages.excerpt(headerName(agreement))
                  + "': expected 1 or 0 (agrees or not), found '"
                  + Messages.excerpt(f.get(agreement))
                  + "'");
          return null;
        }
      }
    }
    if (id.isEmpty() || document.isEmpty() || problems.size() > before) {
      return null;
    }
    Optional<String> org = value(f.get(organization));
    return new CodedStatement(
        id.get(),
        document.get(),
        f.get(TITLE),
        date,
        org,
        org,
        value(f.get(concept)),
        speaker >= 0 ? value(f.get(speaker)) : Optional.empty(),
        agrees,
        Quotes.ofExcerpt(f.get(TEXT)),
        r.line());
  }

  private String headerName(int column) {
    return header.get(column);
  }

  private Optional<Long> number(CsvRecords.Record r, int i, String name) {
    String t = r.fields().get(i).strip();
    try {
      return Optional.of(Long.parseLong(t));
    } catch (NumberFormatException e) {
      problem(
          ProblemCode.INVALID_VALUE,
          r,
          i,
          "column '" + name + "': expected a whole number, found '" + Messages.excerpt(t) + "'");
      return Optional.empty();
    }
  }

  /**
   * The day of the time column ({@code 2001-09-19 00:00:00}): empty for a year the model cannot
   * hold, and after adding the problem for no date.
   */
  private Optional<LocalDate> date(CsvRecords.Record r) {
    String t = r.fields().get(TIME).strip();
    try {
      LocalDate d = LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
      return d.getYear() >= 0 && d.getYear() <= 9999 ? Optional.of(d) : Optional.empty();
    } catch (DateTimeParseException e) {
      problem(
          ProblemCode.INVALID_VALUE,
          r,
          TIME,
          "column 'time': expected a date and time YYYY-MM-DD HH:MM:SS, found '"
              + Messages.excerpt(t)
              + "'");
      return Optional.empty();
    }
  }

  private static Optional<String> value(String cell) {
    return cell.isBlank() ? Optional.empty() : Optional.of(cell.strip().replaceAll("\\s+", " "));
  }

  private void problem(ProblemCode code, CsvRecords.Record r, int field, String message) {
    problems.add(
        new Problem(
            code, Severity.ERROR, source, r.lines()[field], r.columns()[field], "", message));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
