package io.github.narrativeir.analysis;

import com.google.common.collect.ImmutableList;

/**
 * The dependence of every prediction of an inference, with what it cost.
 *
 * @param dependences one per prediction, in prediction order
 * @param variants how many distinct variants (sets of concepts left out) were run
 * @param episodesRecomputed episodes recomputed over all variants
 * @param episodesReused episodes reused unchanged from the baseline over all variants
 * @since 0.1.0
 */
public record DependenceReport(
    ImmutableList<PredictionDependence> dependences,
    int variants,
    long episodesRecomputed,
    long episodesReused) {
  /** Copies the list. */
  public DependenceReport {
    dependences = ImmutableList.copyOf(dependences);
  }
}
