package io.github.narrativeir.cli;

import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.inference.Inference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of {@code narrative sensitivity} that choose what is varied: the one place that
 * turns them into a {@link Sensitivity}. A family that needs options of its own is added here and
 * nowhere else in the command: its options as fields (a seeded {@code monte-carlo}: {@code
 * --samples N}, refused below 1, and {@code --seed S}; a {@code shift-boundary}: {@code --mapping
 * FILE...}), their checks in {@link #check()}, the family on the builder in {@link #analysis}, and
 * its variant count in {@link #counts}, which the refusal over {@code --max-variants} prints.
 */
final class SensitivityFamilies {
  @Option(
      names = "--family",
      paramLabel = "NAME",
      split = ",",
      completionCandidates = Names.class,
      description =
          "Run only this family of variants; repeat it, or separate names by commas, for several"
              + " (default: all). One of: ${COMPLETION-CANDIDATES}.")
  List<String> names = new ArrayList<>();

  /** The family names, for the help. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(SensitivityFamily.values()).map(SensitivityFamily::token).iterator();
    }
  }

  /**
   * Checks the options before any work.
   *
   * @throws UserError naming the unknown family and the allowed ones
   */
  void check() {
    families();
  }

  /** The families named with {@code --family}, or all when none is named. */
  Set<SensitivityFamily> families() {
    if (names.isEmpty()) {
      return EnumSet.allOf(SensitivityFamily.class);
    }
    Set<SensitivityFamily> families = EnumSet.noneOf(SensitivityFamily.class);
    for (String name : names) {
      try {
        families.add(SensitivityFamily.parse(name.strip()));
      } catch (IllegalArgumentException e) {
        throw new UserError("narrative sensitivity: " + e.getMessage());
      }
    }
    return families;
  }

  /** The analysis of the chosen families, run in parallel when {@code parallel}. */
  Sensitivity analysis(boolean parallel) {
    return Sensitivity.builder().families(families()).parallel(parallel).build();
  }

  /** How many variants each chosen family has on {@code original}, in the order they run. */
  Map<String, Integer> counts(Inference original) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SensitivityFamily f : families()) {
      counts.put(f.token(), Sensitivity.builder().families(f).build().variantCount(original));
    }
    return counts;
  }
}
