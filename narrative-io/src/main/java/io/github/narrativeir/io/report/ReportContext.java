package io.github.narrativeir.io.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.internal.Decimals;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every report needs besides the inference itself: the model's elements by id, the order of
 * situations, and the shared wording of numbers, periods and practices. Lookups only; every report
 * iterates over the inference's sorted lists or over lists sorted here, never over the model's
 * lists in the order they were written, so that reports do not depend on that order.
 */
final class ReportContext {
  /**
   * Observations by situation order, then actor, practice, target (none first), change (none
   * first), occurred (false first), source (none first).
   */
  final Comparator<Observation> observationOrder;

  final Inference inference;
  final Model model;
  private final ImmutableMap<ActorId, Actor> actors;
  private final ImmutableMap<AspectId, Aspect> aspects;
  private final ImmutableMap<PracticeId, PracticeType> practices;
  private final ImmutableMap<ConceptId, Concept> concepts;
  private final ImmutableMap<SituationId, Integer> situationIndex;
  // Built on first use, so that reports that do not need them do not pay for them.
  private @Nullable ImmutableListMultimap<List<Object>, Prediction> predictionsByOccasion;
  private @Nullable ImmutableSet<Prediction> contradicted;
  private @Nullable ImmutableSet<Prediction> matched;

  ReportContext(Inference inference) {
    this.inference = inference;
    this.model = inference.model();
    this.actors = index(model.actors(), Actor::id);
    this.aspects = index(model.aspects(), Aspect::id);
    this.practices = index(model.practices(), PracticeType::id);
    this.concepts = index(model.concepts(), Concept::id);
    ImmutableMap.Builder<SituationId, Integer> order = ImmutableMap.builder();
    ImmutableList<Situation> situations = inference.situations();
    for (int i = 0; i < situations.size(); i++) {
      order.put(situations.get(i).id(), i);
    }
    this.situationIndex = order.buildOrThrow();
    this.observationOrder =
        Comparator.comparing((Observation o) -> situationIndex(o.situation()))
            .thenComparing(Observation::actor)
            .thenComparing(Observation::practice)
            .thenComparing(o -> o.target().orElse(null), nullsFirst())
            .thenComparing(
                o -> o.change().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Observation::occurred)
            .thenComparing(o -> o.source().orElse(""));
  }

  private static <T extends Comparable<? super T>> Comparator<T> nullsFirst() {
    return Comparator.nullsFirst(Comparator.naturalOrder());
  }

  private static <K, V> ImmutableMap<K, V> index(
      List<V> values, java.util.function.Function<V, K> id) {
    ImmutableMap.Builder<K, V> map = ImmutableMap.builder();
    values.forEach(v -> map.put(id.apply(v), v));
    // Inference refuses a model with duplicate ids; a report need not fail over one anyway.
    return map.buildKeepingLast();
  }

  /** The model's name, or a neutral title when it has none. */
  String title() {
    return model.name().orElse("Narrative report");
  }

  /** The name of {@code actor}; its id when it has no other name. */
  String actorName(ActorId actor) {
    Actor a = actors.get(actor);
    return a == null ? actor.value() : a.name();
  }

  /** The name of {@code actor} when it differs from its id. */
  Optional<String> actorNameIfAny(ActorId actor) {
    String name = actorName(actor);
    return name.equals(actor.value()) ? Optional.empty() : Optional.of(name);
  }

  /** The actors of the model, by id. */
  ImmutableList<Actor> actors() {
    return ImmutableList.sortedCopyOf(Comparator.comparing(Actor::id), model.actors());
  }

  /** The label of {@code aspect} when it is declared with a label other than its id. */
  Optional<String> aspectLabel(AspectId aspect) {
    Aspect a = aspects.get(aspect);
    return a == null || a.label().equals(aspect.value())
        ? Optional.empty()
        : Optional.of(a.label());
  }

  /** The concept {@code id}. */
  Concept concept(ConceptId id) {
    Concept c = concepts.get(id);
    if (c == null) {
      throw new IllegalStateException("concept '" + id + "' is not in the model");
    }
    return c;
  }

  /** The label of concept {@code id} when it differs from its id. */
  Optional<String> conceptLabel(ConceptId id) {
    Concept c = concepts.get(id);
    return c == null || c.label().equals(id.value()) ? Optional.empty() : Optional.of(c.label());
  }

  /** The concepts {@code actor} holds, in rank order: priority descending, then id. */
  ImmutableList<Concept> conceptsOf(ActorId actor) {
    return model.concepts().stream()
        .filter(c -> c.holder().equals(actor))
        .sorted(
            Comparator.comparing((Concept c) -> -(long) c.priority()).thenComparing(Concept::id))
        .collect(ImmutableList.toImmutableList());
  }

  /** The label of practice {@code id} when it differs from its id. */
  Optional<String> practiceLabel(PracticeId id) {
    PracticeType p = practices.get(id);
    return p == null || p.label().equals(id.value()) ? Optional.empty() : Optional.of(p.label());
  }

  /** The mode of practice {@code id}; neutral when it is not declared. */
  PracticeMode mode(PracticeId id) {
    PracticeType p = practices.get(id);
    return p == null ? PracticeMode.NEUTRAL : p.mode();
  }

  /** The position of {@code situation} in time order, from 0. */
  int situationIndex(SituationId situation) {
    Integer i = situationIndex.get(situation);
    return i == null ? Integer.MAX_VALUE : i;
  }

  /** The situation after {@code situation} in time order, if any. */
  Optional<Situation> next(SituationId situation) {
    int i = situationIndex(situation);
    return i + 1 < inference.situations().size()
        ? Optional.of(inference.situations().get(i + 1))
        : Optional.empty();
  }

  /** The situation {@code id}. */
  Situation situation(SituationId id) {
    return inference.situations().get(situationIndex(id));
  }

  /** The label of situation {@code s} when it differs from its id. */
  static Optional<String> label(Situation s) {
    return s.label().equals(s.id().value()) ? Optional.empty() : Optional.of(s.label());
  }

  /** The episode of {@code actor} in {@code situation}, if it has one. */
  Optional<Episode> episode(ActorId actor, SituationId situation) {
    return inference.episode(actor, situation);
  }

  /** The observations of the model, sorted by {@link #observationOrder}. */
  ImmutableList<Observation> observations() {
    return ImmutableList.sortedCopyOf(observationOrder, model.observations());
  }

  /**
   * Whether some plain observation that the practice occurred matches {@code p}; false when the
   * model has no observations.
   */
  boolean matched(Prediction p) {
    if (matched == null) {
      matched =
          inference
              .evaluation()
              .map(e -> ImmutableSet.copyOf(e.matchedPredictions()))
              .orElse(ImmutableSet.of());
    }
    return matched.contains(p);
  }

  /**
   * The predictions {@code o} matches (MODEL.md step 8): same actor, practice and situation, and
   * the observed target, or any target when the observation names none; in prediction order.
   */
  ImmutableList<Prediction> predictionsMatching(Observation o) {
    if (predictionsByOccasion == null) {
      predictionsByOccasion =
          Multimaps.index(
              inference.predictions(), p -> List.of(p.actor(), p.practice(), p.situation()));
    }
    return predictionsByOccasion.get(List.of(o.actor(), o.practice(), o.situation())).stream()
        .filter(p -> o.target().isEmpty() || o.target().equals(p.target()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether some negative evidence matches {@code p}: the sources say it did not happen. */
  boolean contradicted(Prediction p) {
    if (contradicted == null) {
      contradicted =
          model.observations().stream()
              .filter(Observation::isPlainNegative)
              .flatMap(o -> predictionsMatching(o).stream())
              .collect(ImmutableSet.toImmutableSet());
    }
    return contradicted.contains(p);
  }

  /**
   * The concepts behind the predictions {@code o} matches, each id written by {@code id}: the
   * concepts of the one prediction, or, when an observation without a target matches predictions on
   * several targets, each prediction's concepts followed by {@code (on T)}, separated by
   * semicolons; {@code -} when nothing is predicted.
   */
  String predictedBy(Observation o, Function<String, String> id) {
    ImmutableList<Prediction> predictions = predictionsMatching(o);
    if (predictions.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    for (Prediction p : predictions) {
      String concepts =
          p.concepts().stream().map(c -> id.apply(c.value())).collect(Collectors.joining(", "));
      parts.add(
          predictions.size() == 1
              ? concepts
              : concepts + " (on " + p.target().map(t -> id.apply(t.value())).orElse("-") + ")");
    }
    return String.join("; ", parts);
  }

  /** The negative evidence {@code e} explains: true negatives, in observation order. */
  static ImmutableList<Observation> trueNegatives(Evaluation e) {
    return e.explainedObservations().stream()
        .filter(Observation::isPlainNegative)
        .collect(ImmutableList.toImmutableList());
  }

  /** The observed starts and stops that no change record of a narrative explains. */
  static ImmutableList<Observation> unexplainedChanges(Evaluation e) {
    return e.unexplained().stream()
        .filter(o -> o.change().isPresent())
        .collect(ImmutableList.toImmutableList());
  }

  /** A period such as {@code 2000 to 2001-09}, or {@code from 2004} when it has no end. */
  static String period(Situation s) {
    return s.to().map(to -> s.from() + " to " + to).orElse("from " + s.from());
  }

  /** The colour of a practice mode, the same in every report: green, red or grey. */
  static String colour(PracticeMode mode) {
    switch (mode) {
      case COOPERATION:
        return "#1b7837";
      case COERCION:
        return "#b2182b";
      default:
        return "#555555";
    }
  }

  /** A number as in the result format: plain decimal with at least one fractional digit. */
  static String number(BigDecimal value) {
    return Decimals.format(value);
  }

  /** A target as written in tables: its id, or {@code -} when there is none. */
  static String target(Optional<ActorId> target) {
    return target.map(ActorId::value).orElse("-");
  }

  /** {@code evidence} in {@link Evidence#ORDER}, whatever the order of the input. */
  static List<Evidence> sorted(List<Evidence> evidence) {
    return evidence.stream().sorted(Evidence.ORDER).toList();
  }

  /** An evidence entry on one line: speaker, source, date, quote; without its url. */
  static String evidence(Evidence e) {
    StringBuilder sb = new StringBuilder();
    e.speaker().ifPresent(s -> sb.append(s).append(", "));
    sb.append(e.source());
    e.date().ifPresent(d -> sb.append(", ").append(d));
    e.quote()
        .ifPresent(
            q -> sb.append(e.paraphrase() ? ": (paraphrase) " + q : ": \u201c" + q + "\u201d"));
    return sb.toString();
  }

  /** True when {@code url} is an absolute http or https URL that may be shown as a link. */
  static boolean linkable(String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://"))
        && url.codePoints()
            .noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == 0x7f);
  }
}
