package io.github.narrativeir.inference;

import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.PracticeId;
import java.util.Comparator;
import java.util.Optional;

/** A practice and its target, ordered by practice, then target with no target first. */
record PracticeKey(PracticeId practice, Optional<ActorId> target) implements Comparable<PracticeKey> {
  static final Comparator<Optional<ActorId>> TARGET_ORDER =
      Comparator.comparing(t -> t.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final Comparator<PracticeKey> ORDER =
      Comparator.comparing(PracticeKey::practice).thenComparing(PracticeKey::target, TARGET_ORDER);

  static PracticeKey of(Prediction p) {
    return new PracticeKey(p.practice(), p.target());
  }

  @Override
  public int compareTo(PracticeKey other) {
    return ORDER.compare(this, other);
  }
}
