package io.github.narrativeir.cli;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.ModelVariant;
import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.io.BoundaryShifts;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of {@code narrative sensitivity} that choose what is varied: the one place that turns
 * them into a {@link Sensitivity}. A family that needs options of its own is added here and nowhere
 * else in the command: its options as fields (a seeded {@code monte-carlo}: {@code --samples N},
 * refused below 1, and {@code --seed S}; a {@code shift-boundary}: {@code --mapping FILE...}),
 * their checks in {@link #check()}, the family on the builder in {@link #analysis}, and its variant
 * count in {@link #counts}, which the refusal over {@code --max-variants} prints.
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

  @Option(
      names = "--samples",
      paramLabel = "N",
      description =
          "Add a monte-carlo family of N samples (1 to 1000000), after the exhaustive families: each"
              + " sample leaves out each concept and each situation aspect with probability 0.1,"
              + " multiplies every weight by a factor log-uniform between 1/2 and 2, and breaks ties"
              + " of priority at random, drawn from java.util.SplittableRandom seeded with --seed."
              + " With --family monte-carlo it runs alone.")
  @Nullable Integer samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The seed of the monte-carlo samples (a whole number; default: 1). The same seed gives"
              + " the same bytes.")
  @Nullable Long seed;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      split = ",",
      description =
          "Add a shift-boundary family: the mappings that built the model with narrative import, in"
              + " the order imported (repeat the option, or separate files by commas). Each boundary between adjacent situations is moved a month"
              + " earlier and a month later and the data imported again into the shifted periods.")
  List<Path> mappings = new ArrayList<>();

  /** The variants of the shift-boundary family, once {@link #analysis} has made them. */
  private ImmutableList<ModelVariant> shifts = ImmutableList.of();

  /** The name that selects the monte-carlo family alone with {@code --family}. */
  private static final String MONTE_CARLO = MonteCarlo.NAME;

  /** The family names, for the help. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return java.util.stream.Stream.concat(
              Arrays.stream(SensitivityFamily.values()).map(SensitivityFamily::token),
              java.util.stream.Stream.of(MONTE_CARLO, BoundaryShifts.FAMILY))
          .iterator();
    }
  }

  /**
   * Checks the options before any work.
   *
   * @throws UserError naming the unknown family and the allowed ones
   */
  void check() {
    families();
    monteCarlo();
    if (mappings.isEmpty()
        && names.stream().anyMatch(n -> n.strip().equals(BoundaryShifts.FAMILY))) {
      throw new UserError(
          "narrative sensitivity: --family shift-boundary needs --mapping FILE... (the mappings"
              + " that built the model)");
    }
    if (seed != null && samples == null) {
      throw new UserError(
          "narrative sensitivity: --seed needs --samples N (the monte-carlo samples it seeds)");
    }
  }

  /**
   * The monte-carlo family of {@code --samples} and {@code --seed}, if asked for.
   *
   * @throws UserError if the number of samples is out of range, or monte-carlo is named with {@code
   *     --family} without {@code --samples}
   */
  Optional<MonteCarlo> monteCarlo() {
    if (samples == null) {
      if (names.stream().anyMatch(n -> n.strip().equals(MONTE_CARLO))) {
        throw new UserError(
            "narrative sensitivity: --family monte-carlo needs --samples N (how many samples)");
      }
      return Optional.empty();
    }
    if (samples < 1 || samples > MonteCarlo.MAX_SAMPLES) {
      throw new UserError(
          "narrative sensitivity: --samples must be from 1 to "
              + MonteCarlo.MAX_SAMPLES
              + ", not "
              + samples);
    }
    return Optional.of(MonteCarlo.of(samples, seed == null ? 1L : seed));
  }

  /** The families named with {@code --family}, or all when none is named. */
  Set<SensitivityFamily> families() {
    if (names.isEmpty()) {
      return EnumSet.allOf(SensitivityFamily.class);
    }
    Set<SensitivityFamily> families = EnumSet.noneOf(SensitivityFamily.class);
    for (String name : names) {
      if (name.strip().equals(MONTE_CARLO) || name.strip().equals(BoundaryShifts.FAMILY)) {
        continue; // added by --samples or --mapping; named alone, it runs alone
      }
      try {
        families.add(SensitivityFamily.parse(name.strip()));
      } catch (IllegalArgumentException e) {
        String message = e.getMessage();
        if (message == null) {
          throw e; // parse always says why: without a message, an internal error
        }
        if (message.endsWith(")")) { // the allowed list: monte-carlo is allowed too, with --samples
          message =
              message.substring(0, message.length() - 1)
                  + ", "
                  + MONTE_CARLO
                  + " with --samples, "
                  + BoundaryShifts.FAMILY
                  + " with --mapping)";
        }
        throw new UserError("narrative sensitivity: " + message);
      }
    }
    return families;
  }

  /**
   * The analysis of the chosen families, run in parallel when {@code parallel}; with {@code
   * --mapping}, the boundary shifts of {@code model} are made here (the notes of skipped shifts
   * printed to {@code err}).
   *
   * @throws UserError if a mapping cannot be read or does not give back the model's data
   */
  Sensitivity analysis(boolean parallel, Model model, ReadLimits limits, PrintWriter err) {
    Sensitivity.Builder builder = Sensitivity.builder().families(families()).parallel(parallel);
    monteCarlo().ifPresent(builder::monteCarlo);
    if (!mappings.isEmpty()) {
      BoundaryShifts.Result result;
      try {
        result = BoundaryShifts.of(model, mappings, limits);
      } catch (ModelFormatException e) {
        e.problems().forEach(p -> ProblemMessages.print(p, err));
        throw new UserError(
            "narrative sensitivity: "
                + e.errorCount()
                + (e.errorCount() == 1 ? " error" : " errors")
                + " in the mappings; the shift-boundary family needs the mappings that built the"
                + " model");
      } catch (NoSuchFileException e) {
        throw new UserError(e.getFile() + ": no such file");
      } catch (AccessDeniedException e) {
        throw new UserError(e.getFile() + ": cannot read: permission denied");
      } catch (IOException e) {
        throw new UserError(
            "narrative sensitivity: cannot read a mapping or table: " + e.getMessage());
      }
      result.notes().forEach(err::println);
      shifts = result.variants();
      builder.addModelFamily(BoundaryShifts.FAMILY, shifts);
    }
    return builder.build();
  }

  /** How many variants each chosen family has on {@code original}, in the order they run. */
  Map<String, Integer> counts(Inference original) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SensitivityFamily f : families()) {
      counts.put(f.token(), Sensitivity.builder().families(f).build().variantCount(original));
    }
    monteCarlo().ifPresent(m -> counts.put(MONTE_CARLO, m.samples()));
    if (!mappings.isEmpty()) {
      counts.put(BoundaryShifts.FAMILY, shifts.size());
    }
    return counts;
  }
}
