package io.github.narrativeir.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period in which a set of aspects holds.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Situation {
  /** The situation's id. */
  SituationId id();

  /** A readable label; the id when not given. */
  @Value.Default
  default String label() {
    return id().value();
  }

  /** When the situation begins; situations are ordered by the first day of this period. */
  PartialDate from();

  /** When the situation ends, if known. */
  Optional<PartialDate> to();

  /** The aspects that hold in this situation, in the order given. */
  ImmutableSet<AspectId> aspects();

  /**
   * Where some of the aspects come from (a data set, a rule and its rows, a document), in the order
   * given; each names one of {@link #aspects()}. Empty for aspects typed by hand.
   */
  ImmutableList<AspectSource> provenance();

  /** The sources recorded for {@code aspect}, in the order given. */
  default ImmutableList<String> sourcesOf(AspectId aspect) {
    return provenance().stream()
        .filter(p -> p.aspect().equals(aspect))
        .map(AspectSource::source)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Situation}; {@code id} and {@code from} are required. */
  final class Builder extends ImmutableSituation.Builder {
    /**
     * Sets the id from its text.
     *
     * @throws IllegalArgumentException if {@code id} is malformed
     */
    public Builder id(String id) {
      return id(SituationId.of(id));
    }

    /**
     * Sets the start from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException if {@code from} is malformed
     */
    public Builder from(String from) {
      return from(PartialDate.parse(from));
    }

    /**
     * Sets the end from {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException if {@code to} is malformed
     */
    public Builder to(String to) {
      return to(PartialDate.parse(to));
    }

    /**
     * Adds aspects by id.
     *
     * @throws IllegalArgumentException if an id is malformed
     */
    public Builder addAspects(String... ids) {
      for (String id : ids) {
        addAspects(AspectId.of(id));
      }
      return this;
    }
  }
}
