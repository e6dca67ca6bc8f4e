package io.github.narrativeir.io.dna;

import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.model.Severity;
import java.sql.SQLException;
import java.util.List;

/**
 * A problem of the database or export as a whole (not of one of its lines), as the exception the
 * import throws: named by the file, as the user named it, and saying what was expected and found.
 */
final class DatabaseProblems {
  private DatabaseProblems() {}

  /** The exception for one problem of {@code source}. */
  static ModelFormatException problem(ProblemCode code, String source, String message) {
    return new ModelFormatException(
        List.of(new Problem(code, Severity.ERROR, source, 0, 0, "", message)));
  }

  /** The exception for what SQLite said reading {@code source}, in words. */
  static ModelFormatException of(SQLException e, String source) {
    String sqlite = " (SQLite: " + String.valueOf(e.getMessage()).strip() + ")";
    switch (e.getErrorCode() & 0xff) {
      case 5: // SQLITE_BUSY
      case 6: // SQLITE_LOCKED
        return problem(
            ProblemCode.DNA_UNREADABLE,
            source,
            "the database is locked: another program (DNA saving?) is writing it"
                + sqlite
                + "; try again when it is done");
      case 26: // SQLITE_NOTADB
        return problem(
            ProblemCode.DNA_NOT_A_DATABASE,
            source,
            "not a DNA database: not an SQLite database SQLite can read" + sqlite);
      case 11: // SQLITE_CORRUPT
        return problem(ProblemCode.DNA_UNREADABLE, source, "the database is damaged" + sqlite);
      case 14: // SQLITE_CANTOPEN
        return problem(ProblemCode.DNA_UNREADABLE, source, "cannot open the database" + sqlite);
      default:
        return problem(ProblemCode.DNA_UNREADABLE, source, "cannot read the database" + sqlite);
    }
  }
}
