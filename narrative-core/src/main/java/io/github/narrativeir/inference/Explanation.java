package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Why the model does or does not predict that an actor carries out a practice (on a target) in a
 * situation, as a derivation: the active concepts for and against it, each with the aspects that
 * satisfied its trigger and their derivations down to the situation's own aspects and earlier
 * predictions; and the concepts that name the practice but did not activate, with what their
 * triggers lacked; and what the observations of the practice say, when the model has any.
 *
 * @param actor the actor
 * @param practice the practice
 * @param target the target, if any
 * @param situation the situation
 * @param prediction the prediction, when the practice is predicted
 * @param support the sum of the weights for the practice
 * @param opposition the sum of the weights against it
 * @param supporting the active concepts that prescribe it, by id
 * @param opposing the active concepts that proscribe it, by id
 * @param inactive the concepts of the actor that name it but did not activate, by id
 * @param observations the model's observations of the practice in the situation that apply to the
 *     target (those naming it, and those naming no target), in evaluation order, each with what the
 *     model makes of it: a practice the sources say did not happen but that is predicted is a false
 *     positive
 * @since 0.1.0
 */
public record Explanation(
    ActorId actor,
    PracticeId practice,
    Optional<ActorId> target,
    SituationId situation,
    Optional<Prediction> prediction,
    BigDecimal support,
    BigDecimal opposition,
    ImmutableList<ConceptReason> supporting,
    ImmutableList<ConceptReason> opposing,
    ImmutableList<InactiveReason> inactive,
    ImmutableList<ObservationOutcome> observations) {
  /** Checks that no component is null and copies the lists. */
  public Explanation {
    checkNotNull(actor, "actor");
    checkNotNull(practice, "practice");
    checkNotNull(target, "target");
    checkNotNull(situation, "situation");
    checkNotNull(prediction, "prediction");
    checkNotNull(support, "support");
    checkNotNull(opposition, "opposition");
    supporting = ImmutableList.copyOf(supporting);
    opposing = ImmutableList.copyOf(opposing);
    inactive = ImmutableList.copyOf(inactive);
    observations = ImmutableList.copyOf(observations);
  }

  /** Returns true when the practice is predicted. */
  public boolean predicted() {
    return prediction.isPresent();
  }

  /** Renders the explanation as indented plain text, one statement per line. */
  public String render() {
    return ExplanationRenderer.render(this);
  }
}
