package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A practice the model derives: the active concepts of {@link #actor()} in {@link #situation()} put
 * more weight behind it ({@link #support()}) than against it ({@link #opposition()}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Prediction {
  /** Who is predicted to carry out the practice. */
  ActorId actor();

  /** The practice. */
  PracticeId practice();

  /** The actor the practice is directed at, if any. */
  Optional<ActorId> target();

  /** The situation in which the practice is predicted. */
  SituationId situation();

  /** The exact sum of the prescription weights of the active concepts. */
  BigDecimal support();

  /** The exact sum of the proscription weights of the active concepts; zero when none. */
  BigDecimal opposition();

  /** The active concepts that prescribe the practice, sorted by id. */
  @Value.NaturalOrder
  ImmutableSortedSet<ConceptId> supporting();

  /** The active concepts that proscribe the practice, sorted by id. */
  @Value.NaturalOrder
  ImmutableSortedSet<ConceptId> opposing();

  /**
   * Every concept behind the prediction, on either side, sorted by id (the set of one side itself
   * when the other is empty).
   */
  @Value.Derived
  default ImmutableSortedSet<ConceptId> concepts() {
    if (opposing().isEmpty()) {
      return supporting();
    }
    if (supporting().isEmpty()) {
      return opposing();
    }
    return ImmutableSortedSet.<ConceptId>naturalOrder()
        .addAll(supporting())
        .addAll(opposing())
        .build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Prediction}. */
  final class Builder extends ImmutablePrediction.Builder {}
}
