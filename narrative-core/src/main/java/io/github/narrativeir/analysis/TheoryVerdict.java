package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Baseline;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.internal.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Whether one theory of a {@link TheoryComparison} beats every baseline on balanced accuracy and on
 * changes explained, and which baselines it does not beat. The decision is the evaluation's own
 * ({@link Evaluation#beatsBaselinesOnBalancedAccuracy()}, {@link
 * Evaluation#beatsBaselinesOnChanges()}): a tie does not beat a baseline, and where the
 * observations cannot tell (no negative evidence, say) the verdict says so rather than guess.
 *
 * @param theory the theory's name
 * @param evaluation the theory's evaluation, with its scores and its baselines' scores
 * @since 0.1.0
 */
public record TheoryVerdict(String theory, Evaluation evaluation) {
  /** Checks that no component is null. */
  public TheoryVerdict {
    checkNotNull(theory, "theory");
    checkNotNull(evaluation, "evaluation");
  }

  /**
   * Whether the theory's balanced accuracy is higher than every baseline's; empty when the
   * observations cannot tell.
   */
  public Optional<Boolean> beatsBaselinesOnBalancedAccuracy() {
    return evaluation.beatsBaselinesOnBalancedAccuracy();
  }

  /**
   * Whether the theory explains more change observations than every baseline; empty when no
   * observation is of a change.
   */
  public Optional<Boolean> beatsBaselinesOnChanges() {
    return evaluation.beatsBaselinesOnChanges();
  }

  /**
   * The baselines whose balanced accuracy is at least the theory's, in baseline order; empty when
   * the theory beats them all or when the observations cannot tell.
   */
  public ImmutableList<Baseline> notBeatenOnBalancedAccuracy() {
    if (beatsBaselinesOnBalancedAccuracy().orElse(true)) {
      return ImmutableList.of();
    }
    BigDecimal model = evaluation.scores().balancedAccuracy().orElseThrow();
    return notBeaten(b -> model.compareTo(b.balancedAccuracy().orElseThrow()) <= 0);
  }

  /**
   * The baselines that explain at least as many changes as the theory, in baseline order; empty
   * when the theory beats them all or when no observation is of a change.
   */
  public ImmutableList<Baseline> notBeatenOnChanges() {
    if (beatsBaselinesOnChanges().orElse(true)) {
      return ImmutableList.of();
    }
    int model = evaluation.scores().changesExplained();
    return notBeaten(b -> model <= b.changesExplained());
  }

  /**
   * The verdict in one line, for instance {@code beats every baseline on balanced accuracy (0.8 >
   * 0.7) and on changes explained (3 > 0)}, {@code does not beat persistence on balanced accuracy
   * (0.55 <= 0.7); beats every baseline on changes explained (1 > 0)} or {@code cannot tell on
   * balanced accuracy: no negative evidence (no observation says a practice did not happen); cannot
   * tell on changes explained: no change observation}. Ratios are written as {@link
   * Decimals#format} writes them.
   */
  public String summary() {
    Optional<Boolean> accuracy = beatsBaselinesOnBalancedAccuracy();
    Optional<Boolean> changes = beatsBaselinesOnChanges();
    if (accuracy.orElse(false) && changes.orElse(false)) {
      return "beats every baseline on balanced accuracy ("
          + accuracyMargin()
          + ") and on changes explained ("
          + changesMargin()
          + ")";
    }
    return accuracyClause() + "; " + changesClause();
  }

  private String accuracyClause() {
    Optional<Boolean> beats = beatsBaselinesOnBalancedAccuracy();
    if (beats.isEmpty()) {
      Scores s = evaluation.scores();
      boolean positives = s.truePositives() + s.falseNegatives() > 0;
      boolean negatives = s.trueNegatives() + s.falsePositives() > 0;
      String why =
          !positives && !negatives
              ? "no observation says whether a practice happened (only changes are observed)"
              : !negatives
                  ? "no negative evidence (no observation says a practice did not happen)"
                  : !positives
                      ? "no observation says a practice happened"
                      : "a baseline's balanced accuracy is undefined";
      return "cannot tell on balanced accuracy: " + why;
    }
    if (beats.get()) {
      return "beats every baseline on balanced accuracy (" + accuracyMargin() + ")";
    }
    List<Baseline> notBeaten = notBeatenOnBalancedAccuracy();
    String theirs =
        notBeaten.stream()
            .map(b -> evaluation.baseline(b).balancedAccuracy().orElseThrow())
            .sorted()
            .map(Decimals::format)
            .distinct()
            .collect(Collectors.joining(" and "));
    return "does not beat "
        + names(notBeaten)
        + " on balanced accuracy ("
        + Decimals.format(evaluation.scores().balancedAccuracy().orElseThrow())
        + " <= "
        + theirs
        + ")";
  }

  private String changesClause() {
    Optional<Boolean> beats = beatsBaselinesOnChanges();
    if (beats.isEmpty()) {
      return "cannot tell on changes explained: no change observation";
    }
    if (beats.get()) {
      return "beats every baseline on changes explained (" + changesMargin() + ")";
    }
    List<Baseline> notBeaten = notBeatenOnChanges();
    String theirs =
        notBeaten.stream()
            .map(b -> evaluation.baseline(b).changesExplained())
            .sorted()
            .distinct()
            .map(String::valueOf)
            .collect(Collectors.joining(" and "));
    return "does not beat "
        + names(notBeaten)
        + " on changes explained ("
        + evaluation.scores().changesExplained()
        + " <= "
        + theirs
        + ")";
  }

  /** The theory's balanced accuracy against the best baseline's, when it beats them all. */
  private String accuracyMargin() {
    BigDecimal best =
        evaluation.baselines().values().stream()
            .map(b -> b.balancedAccuracy().orElseThrow())
            .max(BigDecimal::compareTo)
            .orElseThrow();
    return Decimals.format(evaluation.scores().balancedAccuracy().orElseThrow())
        + " > "
        + Decimals.format(best);
  }

  /** The theory's changes explained against the best baseline's, when it beats them all. */
  private String changesMargin() {
    int best =
        evaluation.baselines().values().stream()
            .mapToInt(Scores::changesExplained)
            .max()
            .orElseThrow();
    return evaluation.scores().changesExplained() + " > " + best;
  }

  private ImmutableList<Baseline> notBeaten(Predicate<Scores> atLeastAsGood) {
    ImmutableList<Baseline> notBeaten =
        evaluation.baselines().entrySet().stream()
            .filter(e -> atLeastAsGood.test(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(ImmutableList.toImmutableList());
    checkState(
        !notBeaten.isEmpty(),
        "the evaluation says %s does not beat every baseline, yet none is at least as good",
        theory);
    return notBeaten;
  }

  private static String names(List<Baseline> baselines) {
    if (baselines.size() == 1) {
      return baselines.get(0).token();
    }
    String last = baselines.get(baselines.size() - 1).token();
    return baselines.subList(0, baselines.size() - 1).stream()
            .map(Baseline::token)
            .collect(Collectors.joining(", "))
        + " or "
        + last;
  }
}
