package io.github.narrativeir.inference;

import static java.util.Comparator.comparing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * MODEL.md's inference semantics, step by step, written as literally and naively as possible so
 * that it is obviously right: {@code P(A)} is recomputed from scratch for every candidate set,
 * nothing is incremental and nothing is shared with the engine but the public result types.
 *
 * <p>The model is assumed valid. Tests compare the engine with this.
 */
public final class ReferenceEngine {
  /** What inference derives, in the order MODEL.md prescribes. */
  public record Result(
      List<Episode> episodes,
      List<Prediction> predictions,
      List<Narrative> narratives,
      Optional<Evaluation> evaluation) {}

  /** A practice with its target; absent targets sort first. */
  private record Key(PracticeId practice, Optional<ActorId> target) {}

  private static final Comparator<Optional<ActorId>> TARGETS =
      (a, b) -> {
        if (a.isEmpty() || b.isEmpty()) {
          return Boolean.compare(a.isPresent(), b.isPresent());
        }
        return a.get().value().compareTo(b.get().value());
      };

  private static final Comparator<Key> KEYS =
      comparing((Key k) -> k.practice().value()).thenComparing(Key::target, TARGETS);

  /** Rank: priority descending (without overflow), then id ascending. */
  private static final Comparator<Concept> RANK =
      ((Comparator<Concept>) (a, b) -> Integer.compare(b.priority(), a.priority()))
          .thenComparing(c -> c.id().value());

  private final Model model;
  private final InferenceOptions options;
  private final List<Situation> situations;
  private final Map<SituationId, Integer> position = new HashMap<>();

  private ReferenceEngine(Model model, InferenceOptions options) {
    this.model = model;
    this.options = options;
    List<Situation> ordered = new ArrayList<>(model.situations());
    ordered.sort(comparing((Situation s) -> s.from().start()).thenComparing(s -> s.id().value()));
    this.situations = ordered;
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).id(), i);
    }
  }

  /** Runs the literal semantics with the options stored in {@code model}. */
  public static Result infer(Model model) {
    return infer(model, model.options());
  }

  /** Runs the literal semantics with {@code options}. */
  public static Result infer(Model model, InferenceOptions options) {
    return new ReferenceEngine(model, options).run();
  }

  private Result run() {
    TreeMap<String, List<Concept>> holders = new TreeMap<>();
    for (Concept c : model.concepts()) {
      holders.computeIfAbsent(c.holder().value(), h -> new ArrayList<>()).add(c);
    }
    holders.values().forEach(list -> list.sort(RANK));

    List<Episode> episodes = new ArrayList<>();
    List<Prediction> predictions = new ArrayList<>();
    List<Prediction> previous = List.of();
    for (Situation situation : situations) {
      // Step 1: the base.
      Set<AspectId> base = new HashSet<>(situation.aspects());
      if (options.interaction()) {
        for (Prediction p : previous) {
          base.add(InteractionAspects.of(p.actor(), p.practice(), p.target()));
        }
      }
      List<Prediction> current = new ArrayList<>();
      for (List<Concept> concepts : holders.values()) {
        // Step 4: activation, recomputing P(A) from scratch each time.
        List<Concept> active = new ArrayList<>();
        while (true) {
          Set<AspectId> perceived = perceive(base, active);
          Optional<Concept> next =
              concepts.stream()
                  .filter(c -> !active.contains(c) && applies(c, perceived))
                  .findFirst();
          if (next.isEmpty()) {
            break;
          }
          active.add(next.get());
        }
        Episode episode = episode(situation, concepts.get(0).holder(), base, active);
        episodes.add(episode);
        current.addAll(practices(situation, episode.actor(), active));
      }
      predictions.addAll(current);
      previous = current;
    }
    episodes.sort(
        comparing((Episode e) -> position.get(e.situation()))
            .thenComparing(e -> e.actor().value()));
    predictions.sort(
        comparing((Prediction p) -> position.get(p.situation()))
            .thenComparing(p -> p.actor().value())
            .thenComparing(p -> new Key(p.practice(), p.target()), KEYS));
    List<Narrative> narratives = narratives(holders.keySet(), episodes, predictions);
    return new Result(
        ImmutableList.copyOf(episodes),
        ImmutableList.copyOf(predictions),
        narratives,
        evaluation(predictions, narratives));
  }

  /** Step 2: P(A), the least set containing B \ O(A) closed under A's construals, outside O(A). */
  private static Set<AspectId> perceive(Set<AspectId> base, List<Concept> active) {
    Set<AspectId> occluded = occluded(active);
    Set<AspectId> perceived = new HashSet<>(base);
    perceived.removeAll(occluded);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Concept c : active) {
        for (Construal k : c.construes()) {
          if (perceived.containsAll(k.from())
              && !occluded.contains(k.to())
              && perceived.add(k.to())) {
            changed = true;
          }
        }
      }
    }
    return perceived;
  }

  private static Set<AspectId> occluded(List<Concept> active) {
    Set<AspectId> occluded = new HashSet<>();
    active.forEach(c -> occluded.addAll(c.occludes()));
    return occluded;
  }

  /** Step 3. */
  private static boolean applies(Concept c, Set<AspectId> perceived) {
    return perceived.containsAll(c.when().allOf())
        && (c.when().anyOf().isEmpty() || c.when().anyOf().stream().anyMatch(perceived::contains))
        && c.when().noneOf().stream().noneMatch(perceived::contains);
  }

  /** Step 5. */
  private static Episode episode(
      Situation situation, ActorId actor, Set<AspectId> base, List<Concept> active) {
    Set<AspectId> perceived = perceive(base, active);
    Set<AspectId> highlighted = new HashSet<>();
    active.forEach(c -> highlighted.addAll(c.highlights()));
    highlighted.retainAll(perceived);
    Set<AspectId> occluded = occluded(active);
    occluded.retainAll(base);
    return Episode.builder()
        .actor(actor)
        .situation(situation.id())
        .concepts(active.stream().map(Concept::id).toList())
        .perceived(ImmutableSortedSet.copyOf(perceived))
        .highlighted(ImmutableSortedSet.copyOf(highlighted))
        .occluded(ImmutableSortedSet.copyOf(occluded))
        .build();
  }

  /** Step 6. */
  private static List<Prediction> practices(
      Situation situation, ActorId actor, List<Concept> active) {
    Map<Key, BigDecimal> support = new LinkedHashMap<>();
    Map<Key, BigDecimal> opposition = new HashMap<>();
    Map<Key, Set<ConceptId>> supporting = new HashMap<>();
    Map<Key, Set<ConceptId>> opposing = new HashMap<>();
    for (Concept c : active) {
      for (Prescription p : c.prescribes()) {
        Key k = new Key(p.practice(), p.target());
        support.merge(k, p.weight(), BigDecimal::add);
        supporting.computeIfAbsent(k, x -> new HashSet<>()).add(c.id());
      }
      for (Prescription p : c.proscribes()) {
        Key k = new Key(p.practice(), p.target());
        support.putIfAbsent(k, BigDecimal.ZERO);
        opposition.merge(k, p.weight(), BigDecimal::add);
        opposing.computeIfAbsent(k, x -> new HashSet<>()).add(c.id());
      }
    }
    List<Prediction> predictions = new ArrayList<>();
    support.forEach(
        (k, pro) -> {
          BigDecimal con = opposition.getOrDefault(k, BigDecimal.ZERO);
          if (pro.compareTo(con) > 0) {
            predictions.add(
                Prediction.builder()
                    .actor(actor)
                    .practice(k.practice())
                    .target(k.target())
                    .situation(situation.id())
                    .support(pro)
                    .opposition(con)
                    .supporting(supporting.getOrDefault(k, Set.of()))
                    .opposing(opposing.getOrDefault(k, Set.of()))
                    .build());
          }
        });
    return predictions;
  }

  /** Step 7. */
  private List<Narrative> narratives(
      Set<String> actors, List<Episode> episodes, List<Prediction> predictions) {
    List<Narrative> narratives = new ArrayList<>();
    for (String actor : actors) {
      List<Episode> mine = episodes.stream().filter(e -> e.actor().value().equals(actor)).toList();
      if (mine.isEmpty()) {
        continue; // a model without situations has no episodes, hence no narratives
      }
      Map<ConceptId, Integer> counts = new HashMap<>();
      mine.forEach(e -> e.concepts().forEach(c -> counts.merge(c, 1, Integer::sum)));
      List<ConceptId> persistent =
          counts.keySet().stream()
              .filter(c -> counts.get(c) >= 2)
              .sorted(
                  comparing((ConceptId c) -> counts.get(c))
                      .reversed()
                      .thenComparing(ConceptId::value))
              .toList();
      List<PracticeChange> changes = new ArrayList<>();
      for (int i = 1; i < mine.size(); i++) {
        SituationId now = mine.get(i).situation();
        Set<Key> before = predicted(predictions, actor, mine.get(i - 1).situation());
        Set<Key> after = predicted(predictions, actor, now);
        for (Key k : before) {
          if (!after.contains(k)) {
            changes.add(change(mine.get(i).actor(), k, now, ChangeKind.STOPPED));
          }
        }
        for (Key k : after) {
          if (!before.contains(k)) {
            changes.add(change(mine.get(i).actor(), k, now, ChangeKind.STARTED));
          }
        }
      }
      narratives.add(
          Narrative.builder()
              .actor(mine.get(0).actor())
              .episodes(mine)
              .persistent(persistent)
              .changes(changes)
              .build());
    }
    return ImmutableList.copyOf(narratives);
  }

  private static Set<Key> predicted(List<Prediction> predictions, String actor, SituationId s) {
    Set<Key> keys = new TreeSet<>(KEYS);
    for (Prediction p : predictions) {
      if (p.actor().value().equals(actor) && p.situation().equals(s)) {
        keys.add(new Key(p.practice(), p.target()));
      }
    }
    return keys;
  }

  private static PracticeChange change(ActorId actor, Key k, SituationId s, ChangeKind kind) {
    return PracticeChange.builder()
        .actor(actor)
        .practice(k.practice())
        .target(k.target())
        .situation(s)
        .change(kind)
        .build();
  }

  /** Step 8 (evaluation v2). */
  private Optional<Evaluation> evaluation(
      List<Prediction> predictions, List<Narrative> narratives) {
    List<Observation> observations = model.observations();
    if (observations.isEmpty()) {
      return Optional.empty();
    }
    List<PracticeChange> changes = new ArrayList<>();
    narratives.forEach(n -> changes.addAll(n.changes()));
    List<Observation> explained = new ArrayList<>();
    List<Observation> unexplained = new ArrayList<>();
    int tp = 0;
    int fn = 0;
    int tn = 0;
    int fp = 0;
    int changeCount = 0;
    int changesExplained = 0;
    for (Observation o : observations) {
      boolean found;
      if (o.change().isPresent()) {
        found =
            changes.stream()
                .anyMatch(
                    c ->
                        c.change() == o.change().get()
                            && same(o, c.actor(), c.practice(), c.target(), c.situation()));
        changeCount++;
        if (found) {
          changesExplained++;
        }
      } else {
        boolean predicted =
            predictions.stream()
                .anyMatch(p -> same(o, p.actor(), p.practice(), p.target(), p.situation()));
        if (o.occurred() && predicted) {
          tp++;
        } else if (o.occurred()) {
          fn++;
        } else if (predicted) {
          fp++;
        } else {
          tn++;
        }
        found = o.occurred() == predicted;
      }
      (found ? explained : unexplained).add(o);
    }
    // MODEL.md's keys, then the source (absent first) so that nothing depends on input order
    Comparator<Observation> order =
        comparing((Observation o) -> position.get(o.situation()))
            .thenComparing(o -> o.actor().value())
            .thenComparing(o -> o.practice().value())
            .thenComparing(Observation::target, TARGETS)
            .thenComparing(o -> o.change().map(k -> k == ChangeKind.STARTED ? 1 : 2).orElse(0))
            .thenComparing(o -> o.occurred() ? 1 : 0)
            .thenComparing(o -> o.source().map(s -> "1" + s).orElse("0"));
    unexplained.sort(order);
    explained.sort(order);
    List<Prediction> matched = new ArrayList<>();
    List<Prediction> unmatched = new ArrayList<>();
    int unassessed = 0;
    for (Prediction p : predictions) {
      boolean confirmed =
          observations.stream()
              .anyMatch(
                  o ->
                      o.change().isEmpty()
                          && o.occurred()
                          && same(o, p.actor(), p.practice(), p.target(), p.situation()));
      boolean assessed =
          observations.stream()
              .anyMatch(
                  o ->
                      o.change().isEmpty()
                          && same(o, p.actor(), p.practice(), p.target(), p.situation()));
      (confirmed ? matched : unmatched).add(p);
      if (!assessed) {
        unassessed++;
      }
    }
    return Optional.of(
        Evaluation.builder()
            .observations(observations.size())
            .explainedObservations(explained)
            .unexplained(unexplained)
            .predictions(predictions.size())
            .matchedPredictions(matched)
            .unmatched(unmatched)
            .scores(
                Scores.builder()
                    .truePositives(tp)
                    .falseNegatives(fn)
                    .trueNegatives(tn)
                    .falsePositives(fp)
                    .changes(changeCount)
                    .changesExplained(changesExplained)
                    .unassessed(unassessed)
                    .build())
            .putBaselines(Baseline.ALL, baseline(observations, o -> true))
            .putBaselines(Baseline.NONE, baseline(observations, o -> false))
            .putBaselines(Baseline.PERSISTENCE, baseline(observations, this::observedBefore))
            .build());
  }

  /** Persistence: a plain positive observation of the same actor, practice, exact target before. */
  private boolean observedBefore(Observation o) {
    int here = position.get(o.situation());
    return model.observations().stream()
        .anyMatch(
            before ->
                before.change().isEmpty()
                    && before.occurred()
                    && position.get(before.situation()) == here - 1
                    && before.actor().equals(o.actor())
                    && before.practice().equals(o.practice())
                    && before.target().equals(o.target()));
  }

  /** A baseline that says a plain observation's practice occurred exactly when {@code says}. */
  private static Scores baseline(
      List<Observation> observations, java.util.function.Predicate<Observation> says) {
    int tp = 0;
    int fn = 0;
    int tn = 0;
    int fp = 0;
    int changeCount = 0;
    for (Observation o : observations) {
      if (o.change().isPresent()) {
        changeCount++;
        continue;
      }
      boolean predicted = says.test(o);
      if (o.occurred()) {
        if (predicted) {
          tp++;
        } else {
          fn++;
        }
      } else if (predicted) {
        fp++;
      } else {
        tn++;
      }
    }
    return Scores.builder()
        .truePositives(tp)
        .falseNegatives(fn)
        .trueNegatives(tn)
        .falsePositives(fp)
        .changes(changeCount)
        .changesExplained(0)
        .build();
  }

  /** Whether {@code o} names this actor, practice and situation, and this target unless none. */
  private static boolean same(
      Observation o,
      ActorId actor,
      PracticeId practice,
      Optional<ActorId> target,
      SituationId situation) {
    return o.actor().equals(actor)
        && o.practice().equals(practice)
        && o.situation().equals(situation)
        && (o.target().isEmpty() || o.target().equals(target));
  }
}
