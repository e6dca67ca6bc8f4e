package io.github.narrativeir.analysis;

import com.google.common.collect.ImmutableList;

/**
 * Practices that bring one another back: each practice of the cycle, predicted in some situation,
 * helps trigger a concept behind the next one in the situation after, and the last brings back the
 * first.
 *
 * @param practices the practices of the cycle as {@code actor practice target}, starting with the
 *     least
 * @param links every link along the cycle's edges, in situation order
 * @since 0.1.0
 */
public record PracticeCycle(ImmutableList<String> practices, ImmutableList<PracticeLink> links) {
  /** Copies the lists. */
  public PracticeCycle {
    practices = ImmutableList.copyOf(practices);
    links = ImmutableList.copyOf(links);
  }
}
