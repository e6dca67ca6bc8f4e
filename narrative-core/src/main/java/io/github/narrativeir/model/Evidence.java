package io.github.narrativeir.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a concept or an observation comes from: a source and, ideally, who said what and when.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Evidence {
  /**
   * The order evidence is listed in by reports and explanations, whatever the order of the input:
   * by date (undated last), then source, quote (unquoted first), speaker, paraphrase and url.
   */
  java.util.Comparator<Evidence> ORDER =
      java.util.Comparator.<Evidence, PartialDate>comparing(
              e -> e.date().orElse(null),
              java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
          .thenComparing(Evidence::source)
          .thenComparing(e -> e.quote().orElse(""))
          .thenComparing(e -> e.speaker().orElse(""))
          .thenComparing(Evidence::paraphrase)
          .thenComparing(e -> e.url().orElse(""));

  /** The source, such as a speech, a document or a data set; required. */
  String source();

  /** Who spoke or wrote, if known. */
  Optional<String> speaker();

  /** When, if known. */
  Optional<PartialDate> date();

  /** The words of the source, or a paraphrase of them when {@link #paraphrase()} is true. */
  Optional<String> quote();

  /** True when {@link #quote()} is not verbatim; false by default. */
  @Value.Default
  default boolean paraphrase() {
    return false;
  }

  /** Where the source can be found, if online. */
  Optional<String> url();

  /** Returns evidence that names only its source. */
  static Evidence of(String source) {
    return builder().source(source).build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; {@code source} is required. */
  final class Builder extends ImmutableEvidence.Builder {
    /**
     * Sets the date from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException if {@code date} is malformed
     */
    public Builder date(String date) {
      return date(PartialDate.parse(date));
    }
  }
}
