package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * MODEL.md step 6: exact sums of the weights for and against each practice and target named by
 * the active concepts; a practice is predicted when support exceeds opposition.
 */
final class Practices {
  private Practices() {}

  /** The predictions of {@code actor} in {@code situation}, by practice and target. */
  static ImmutableList<Prediction> predict(
      SituationId situation, CompiledActor actor, List<Integer> activeRanks) {
    Map<PracticeKey, Tally> tallies = new TreeMap<>();
    for (int r : activeRanks) {
      Concept c = actor.concepts.get(r);
      for (Prescription p : c.prescribes()) {
        tallies.computeIfAbsent(key(p), k -> new Tally()).support(c.id(), p.weight());
      }
      for (Prescription p : c.proscribes()) {
        tallies.computeIfAbsent(key(p), k -> new Tally()).oppose(c.id(), p.weight());
      }
    }
    ImmutableList.Builder<Prediction> predictions = ImmutableList.builder();
    for (Map.Entry<PracticeKey, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.support.compareTo(t.opposition) > 0) {
        predictions.add(
            Prediction.builder()
                .actor(actor.id)
                .practice(e.getKey().practice())
                .target(e.getKey().target())
                .situation(situation)
                .support(t.support)
                .opposition(t.opposition)
                .addAllSupporting(t.supporting)
                .addAllOpposing(t.opposing)
                .build());
      }
    }
    return predictions.build();
  }

  private static PracticeKey key(Prescription p) {
    return new PracticeKey(p.practice(), p.target());
  }

  /** Exact sums of the weights for and against one practice. */
  private static final class Tally {
    BigDecimal support = BigDecimal.ZERO;
    BigDecimal opposition = BigDecimal.ZERO;
    final TreeSet<ConceptId> supporting = new TreeSet<>();
    final TreeSet<ConceptId> opposing = new TreeSet<>();

    void support(ConceptId concept, BigDecimal weight) {
      support = support.add(weight);
      supporting.add(concept);
    }

    void oppose(ConceptId concept, BigDecimal weight) {
      opposition = opposition.add(weight);
      opposing.add(concept);
    }
  }
}
