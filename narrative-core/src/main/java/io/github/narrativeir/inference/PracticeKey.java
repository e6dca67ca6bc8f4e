package io.github.narrativeir.inference;

import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.PracticeId;
import java.util.Comparator;
import java.util.Optional;

/** A practice and its target, ordered by practice, then target with no target first. */
record PracticeKey(PracticeId practice, Optional<ActorId> target)
    implements Comparable<PracticeKey> {
  static final Comparator<Optional<ActorId>> TARGET_ORDER =
      Comparator.comparing(t -> t.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  static PracticeKey of(Prediction p) {
    return new PracticeKey(p.practice(), p.target());
  }

  @Override
  public int compareTo(PracticeKey other) {
    int c = practice.compareTo(other.practice);
    if (c != 0) {
      return c;
    }
    // No target first, then targets by id.
    if (target.isEmpty() || other.target.isEmpty()) {
      return Boolean.compare(target.isPresent(), other.target.isPresent());
    }
    return target.get().compareTo(other.target.get());
  }
}
