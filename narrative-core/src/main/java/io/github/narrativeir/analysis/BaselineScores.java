package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Scores;

/**
 * A baseline's scores in a {@link TheoryComparison}, with the theories they hold for. The baselines
 * depend only on the observations and on the order of the situations, so they are the same for
 * every theory unless the theories' models order their situations differently ({@code persistence}
 * looks at the situation before); then a baseline has one entry per distinct set of scores.
 *
 * @param baseline the baseline
 * @param theories the theories whose situation order gives these scores, in the order given
 * @param scores the baseline's scores on the compared observations
 * @since 0.1.0
 */
public record BaselineScores(Baseline baseline, ImmutableList<String> theories, Scores scores) {
  /** Copies the theories and checks that there is at least one. */
  public BaselineScores {
    checkNotNull(baseline, "baseline");
    checkNotNull(scores, "scores");
    theories = ImmutableList.copyOf(theories);
    checkArgument(!theories.isEmpty(), "baseline %s holds for no theory", baseline);
  }
}
