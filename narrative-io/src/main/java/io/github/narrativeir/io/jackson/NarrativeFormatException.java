package io.github.narrativeir.io.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import java.io.Closeable;

/**
 * A document read through {@link NarrativeModule} is not a valid model or concept set: the located
 * reader's {@link ModelFormatException} as a Jackson exception. {@link #getOriginalMessage()} is
 * the reader's message (every problem, one per line, {@code FILE:LINE:COLUMN: message}); {@link
 * #getLocation()} is the line and column of the first error, {@link #code()} its {@link
 * ProblemCode}; {@link #problems()} holds every problem, located and with its code; the cause is
 * the {@link ModelFormatException}.
 *
 * <p>When the module could not see the document's original text (an {@code InputStream} or {@code
 * Reader} already consumed, a tree, a value nested in another), it read the value re-serialised:
 * then {@link #reserialised()} is true, the problems' source is {@code <value re-serialised as
 * JSON>} (or YAML) and their lines and columns are those of that text, not of the original.
 *
 * @since 0.1.0
 */
public final class NarrativeFormatException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final transient ModelFormatException problems;
  private final boolean reserialised;

  NarrativeFormatException(
      Closeable processor,
      ModelFormatException cause,
      ContentReference content,
      boolean reserialised) {
    super(cause.getMessage(), location(cause, content), cause);
    this._processor = processor;
    this.problems = cause;
    this.reserialised = reserialised;
  }

  private static JsonLocation location(ModelFormatException cause, ContentReference content) {
    return new JsonLocation(content, -1L, -1L, cause.line(), cause.column());
  }

  /** Every problem found, errors and warnings, each located, in document order. */
  public ImmutableList<Problem> problems() {
    return problems.problems();
  }

  /** The errors only. */
  public ImmutableList<Problem> errors() {
    return problems.errors();
  }

  /**
   * The code of the first error: what kind of problem it is (see {@link ProblemCode}); every
   * problem has its own in {@link #problems()}.
   */
  public ProblemCode code() {
    return problems.code();
  }

  /** The number of errors found (see {@link ModelFormatException#errorCount()}). */
  public long errorCount() {
    return problems.errorCount();
  }

  /** The located reader's exception. */
  public ModelFormatException modelFormatException() {
    return problems;
  }

  /**
   * True when the positions are those of the value re-serialised, because the original text was not
   * available to the module.
   */
  public boolean reserialised() {
    return reserialised;
  }
}
