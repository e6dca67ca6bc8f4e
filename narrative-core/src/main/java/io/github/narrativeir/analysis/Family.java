package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A named list of variants, run and aggregated in order. The exhaustive families of {@link
 * SensitivityFamily} are made by {@link Families}, the seeded {@code monte-carlo} by {@link
 * MonteCarloFamily}; others (a {@code shift-boundary} of imported models) are lists of variants
 * like them, and need no change to the aggregation.
 *
 * @param name the family's name in the output
 * @param variants its variants, in the order they are listed
 * @param monteCarlo how the variants were drawn, for the {@code monte-carlo} family
 */
record Family(String name, ImmutableList<Variant> variants, Optional<MonteCarlo> monteCarlo) {
  Family {
    checkNotNull(name, "name");
    variants = ImmutableList.copyOf(variants);
    checkNotNull(monteCarlo, "monteCarlo");
  }

  /** A family that is not drawn at random. */
  Family(String name, ImmutableList<Variant> variants) {
    this(name, variants, Optional.empty());
  }
}
