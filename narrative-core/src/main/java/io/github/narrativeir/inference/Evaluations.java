package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** MODEL.md step 8 (evaluation v2): observations against predictions and change records. */
final class Evaluations {
  private Evaluations() {}

  static Optional<Evaluation> of(
      CompiledModel model, List<Prediction> predictions, List<Narrative> narratives) {
    List<PracticeChange> all = new ArrayList<>();
    narratives.forEach(n -> all.addAll(n.changes()));
    return ofChanges(model, predictions, all);
  }

  /**
   * The evaluation of {@code predictions} and the narratives' {@code changes} (of any actor, in any
   * order) against the model's observations.
   */
  static Optional<Evaluation> of(
      CompiledModel model, List<Prediction> predictions, ImmutableList<PracticeChange> changes) {
    return ofChanges(model, predictions, changes);
  }

  private static Optional<Evaluation> ofChanges(
      CompiledModel model, List<Prediction> predictions, List<PracticeChange> allChanges) {
    List<Observation> observations = model.model.observations();
    if (observations.isEmpty()) {
      return Optional.empty();
    }
    Map<Occasion, List<PracticeChange>> changes = new HashMap<>();
    for (PracticeChange c : allChanges) {
      changes
          .computeIfAbsent(
              new Occasion(c.actor(), c.practice(), c.situation()), k -> new ArrayList<>())
          .add(c);
    }
    Map<Occasion, List<Prediction>> predicted = new HashMap<>();
    for (Prediction p : predictions) {
      predicted
          .computeIfAbsent(
              new Occasion(p.actor(), p.practice(), p.situation()), k -> new ArrayList<>())
          .add(p);
    }
    Map<Occasion, List<Observation>> plain = new HashMap<>();
    List<Observation> explained = new ArrayList<>();
    List<Observation> unexplained = new ArrayList<>();
    Tally tally = new Tally();
    for (Observation o : observations) {
      Occasion occasion = new Occasion(o.actor(), o.practice(), o.situation());
      boolean explains;
      if (o.change().isPresent()) {
        explains = changes.getOrDefault(occasion, List.of()).stream().anyMatch(c -> explains(o, c));
        tally.change(explains);
      } else {
        plain.computeIfAbsent(occasion, k -> new ArrayList<>()).add(o);
        boolean isPredicted =
            predicted.getOrDefault(occasion, List.of()).stream().anyMatch(p -> matches(o, p));
        explains = tally.plain(o.occurred(), isPredicted);
      }
      (explains ? explained : unexplained).add(o);
    }
    Comparator<Observation> order = observationOrder(model);
    unexplained.sort(order);
    explained.sort(order);
    ImmutableList.Builder<Prediction> matched = ImmutableList.builder();
    ImmutableList.Builder<Prediction> unmatched = ImmutableList.builder();
    int unassessed = 0;
    for (Prediction p : predictions) {
      List<Observation> speaking =
          plain.getOrDefault(new Occasion(p.actor(), p.practice(), p.situation()), List.of());
      boolean confirmed = false;
      boolean assessed = false;
      for (Observation o : speaking) {
        if (matches(o, p)) {
          assessed = true;
          confirmed |= o.occurred();
        }
      }
      (confirmed ? matched : unmatched).add(p);
      unassessed += assessed ? 0 : 1;
    }
    return Optional.of(
        Evaluation.builder()
            .observations(observations.size())
            .explainedObservations(explained)
            .unexplained(unexplained)
            .predictions(predictions.size())
            .matchedPredictions(matched.build())
            .unmatched(unmatched.build())
            .scores(tally.scores().unassessed(unassessed).build())
            .baselines(baselines(model, observations))
            .build());
  }

  /** The scores of every baseline on {@code observations}. */
  private static ImmutableMap<Baseline, Scores> baselines(
      CompiledModel model, List<Observation> observations) {
    // persistence: the plain positive observations of each situation, by actor, practice and
    // target (exactly: both absent, or equal)
    Set<Cell> observedPositive = new HashSet<>();
    for (Observation o : observations) {
      if (o.isPlainPositive()) {
        observedPositive.add(Cell.of(o, checkNotNull(model.situationIndex.get(o.situation()))));
      }
    }
    Tally all = new Tally();
    Tally none = new Tally();
    Tally persistence = new Tally();
    for (Observation o : observations) {
      if (o.change().isPresent()) {
        all.change(false);
        none.change(false);
        persistence.change(false);
        continue;
      }
      all.plain(o.occurred(), true);
      none.plain(o.occurred(), false);
      int index = checkNotNull(model.situationIndex.get(o.situation()));
      persistence.plain(
          o.occurred(), index > 0 && observedPositive.contains(Cell.of(o, index - 1)));
    }
    ImmutableMap.Builder<Baseline, Scores> scores = ImmutableMap.builder();
    scores.put(Baseline.ALL, all.scores().build());
    scores.put(Baseline.NONE, none.scores().build());
    scores.put(Baseline.PERSISTENCE, persistence.scores().build());
    return scores.buildOrThrow();
  }

  /** Who did what when: the part of a practice that observations must match exactly. */
  private record Occasion(ActorId actor, PracticeId practice, SituationId situation) {}

  /** An actor's practice, with its target exactly as observed, in the situation at an index. */
  private record Cell(ActorId actor, PracticeId practice, Optional<ActorId> target, int situation) {
    static Cell of(Observation o, int situation) {
      return new Cell(o.actor(), o.practice(), o.target(), situation);
    }
  }

  /** The four cells of the confusion matrix and the change counts, as observations come. */
  private static final class Tally {
    private int truePositives;
    private int falseNegatives;
    private int trueNegatives;
    private int falsePositives;
    private int changes;
    private int changesExplained;

    /** Counts a plain observation and returns whether the prediction agrees with it. */
    boolean plain(boolean occurred, boolean predicted) {
      if (occurred) {
        if (predicted) {
          truePositives++;
        } else {
          falseNegatives++;
        }
      } else if (predicted) {
        falsePositives++;
      } else {
        trueNegatives++;
      }
      return occurred == predicted;
    }

    void change(boolean explained) {
      changes++;
      changesExplained += explained ? 1 : 0;
    }

    Scores.Builder scores() {
      return Scores.builder()
          .truePositives(truePositives)
          .falseNegatives(falseNegatives)
          .trueNegatives(trueNegatives)
          .falsePositives(falsePositives)
          .changes(changes)
          .changesExplained(changesExplained);
    }
  }

  /**
   * An observation matches a prediction of the same actor, practice and situation whose target is
   * the observed one, or any target when the observation names none.
   */
  static boolean matches(Observation o, Prediction p) {
    return o.actor().equals(p.actor())
        && o.practice().equals(p.practice())
        && o.situation().equals(p.situation())
        && (o.target().isEmpty() || o.target().equals(p.target()));
  }

  /** A change observation is explained by a change record of the same kind, likewise matched. */
  static boolean explains(Observation o, PracticeChange c) {
    return o.change().equals(Optional.of(c.change()))
        && o.actor().equals(c.actor())
        && o.practice().equals(c.practice())
        && o.situation().equals(c.situation())
        && (o.target().isEmpty() || o.target().equals(c.target()));
  }

  /**
   * Situation order, then actor, practice, target and change, absent values first, then {@code
   * occurred}, false first (as MODEL.md prescribes), then source, absent first, so that the order
   * never depends on the input's.
   */
  static Comparator<Observation> observationOrder(CompiledModel model) {
    return Comparator.comparing((Observation o) -> model.situationIndex.get(o.situation()))
        .thenComparing(Observation::actor)
        .thenComparing(Observation::practice)
        .thenComparing(Observation::target, PracticeKey.TARGET_ORDER)
        .thenComparing(o -> o.change().map(ChangeKind::token).orElse(""))
        .thenComparing(Observation::occurred)
        .thenComparing(o -> o.source().isPresent())
        .thenComparing(o -> o.source().orElse(""));
  }
}
