package io.github.narrativeir.analysis;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A named list of variants, run and aggregated in order. The exhaustive families of {@link
 * SensitivityFamily} are made by {@link Families}; others (a seeded {@code monte-carlo}, a {@code
 * shift-boundary} of imported models) are lists of variants like them, and need no change to the
 * aggregation.
 *
 * @param name the family's name in the output
 * @param variants its variants, in the order they are listed
 */
record Family(String name, ImmutableList<Variant> variants) {
  Family {
    requireNonNull(name, "name");
    variants = ImmutableList.copyOf(variants);
  }
}
