package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds explanations by replaying an episode with the literal semantics, recording for every
 * perceived aspect the first derivation found level by level (so derivations are shortest and
 * well-founded). Replay runs only when an explanation is asked for, never during inference.
 */
final class Explainer {
  private final CompiledModel model;
  private final Inference inference;

  Explainer(CompiledModel model, Inference inference) {
    this.model = model;
    this.inference = inference;
  }

  Explanation explain(
      ActorId actor, PracticeId practice, Optional<ActorId> target, SituationId situation) {
    PracticeKey key = new PracticeKey(practice, target);
    Optional<Prediction> prediction =
        inference.predictionsOf(actor, situation).stream()
            .filter(p -> PracticeKey.of(p).equals(key))
            .findFirst();
    Optional<Episode> episode = inference.episode(actor, situation);
    List<ConceptReason> supporting = new ArrayList<>();
    List<ConceptReason> opposing = new ArrayList<>();
    List<InactiveReason> inactive = new ArrayList<>();
    BigDecimal support = BigDecimal.ZERO;
    BigDecimal opposition = BigDecimal.ZERO;
    if (episode.isPresent()) {
      Replay replay = inference.replay(actor, situation, () -> new Replay(episode.get()));
      List<Concept> active = replay.active;
      for (int i = 0; i < active.size(); i++) {
        Concept c = active.get(i);
        BigDecimal pro = weight(c.prescribes(), key);
        BigDecimal con = weight(c.proscribes(), key);
        BigDecimal weight = pro != null ? pro : con;
        if (weight == null) {
          continue; // the concept does not name the practice
        }
        ConceptReason reason = reason(c, i + 1, replay.perceivedBefore(i), weight);
        if (pro != null) {
          supporting.add(reason);
          support = support.add(pro);
        }
        if (con != null) {
          opposing.add(withWeight(reason, con));
          opposition = opposition.add(con);
        }
      }
      Set<AspectId> finalSet = replay.perceivedBefore(active.size()).keySet();
      for (Concept c : checkNotNull(model.actorsById.get(actor)).concepts) {
        if (!replay.activeIds.contains(c.id())) {
          BigDecimal pro = weight(c.prescribes(), key);
          BigDecimal con = weight(c.proscribes(), key);
          if (pro != null) {
            inactive.add(inactive(c, true, pro, finalSet, replay.occluded));
          }
          if (con != null) {
            inactive.add(inactive(c, false, con, finalSet, replay.occluded));
          }
        }
      }
    }
    supporting.sort((a, b) -> a.concept().id().compareTo(b.concept().id()));
    opposing.sort((a, b) -> a.concept().id().compareTo(b.concept().id()));
    inactive.sort((a, b) -> a.concept().id().compareTo(b.concept().id()));
    return new Explanation(
        actor,
        practice,
        target,
        situation,
        prediction,
        support,
        opposition,
        ImmutableList.copyOf(supporting),
        ImmutableList.copyOf(opposing),
        ImmutableList.copyOf(inactive),
        observations(actor, practice, target, situation));
  }

  /**
   * One episode replayed: its base, its active concepts and, computed when first asked for, the
   * perceived set (with derivations) before each activation. Explaining every prediction of an
   * episode asks for the same sets, so an {@link Inference} keeps the last replay it made.
   */
  final class Replay {
    final ActorId actor;
    final SituationId situation;
    final List<Concept> active;
    final Set<ConceptId> activeIds;
    final Set<AspectId> occluded;
    private final Map<AspectId, Derivation> base;
    private final List<Map<AspectId, Derivation>> before;

    Replay(Episode episode) {
      this.actor = episode.actor();
      this.situation = episode.situation();
      this.base = base(situation);
      List<Concept> concepts = new ArrayList<>();
      for (ConceptId id : episode.concepts()) {
        concepts.add(model.conceptsById.get(id));
      }
      this.active = List.copyOf(concepts);
      this.activeIds = Set.copyOf(episode.concepts());
      this.occluded = Explainer.occluded(active);
      List<Map<AspectId, Derivation>> slots = new ArrayList<>();
      for (int i = 0; i <= active.size(); i++) {
        slots.add(null);
      }
      this.before = slots;
    }

    /** P(A) with derivations, A being the first {@code count} active concepts. */
    synchronized Map<AspectId, Derivation> perceivedBefore(int count) {
      Map<AspectId, Derivation> set = before.get(count);
      if (set == null) {
        set = closure(base, active.subList(0, count));
        before.set(count, set);
      }
      return set;
    }
  }

  /**
   * The observations that apply to this practice and target in the situation (those naming the
   * target and those naming none), in evaluation order, with their outcomes.
   */
  private ImmutableList<ObservationOutcome> observations(
      ActorId actor, PracticeId practice, Optional<ActorId> target, SituationId situation) {
    Optional<Evaluation> evaluation = inference.evaluation();
    if (evaluation.isEmpty()) {
      return ImmutableList.of();
    }
    List<Observation> applying = new ArrayList<>();
    for (Observation o : model.model.observations()) {
      if (o.actor().equals(actor)
          && o.practice().equals(practice)
          && o.situation().equals(situation)
          && (o.target().isEmpty() || o.target().equals(target))) {
        applying.add(o);
      }
    }
    applying.sort(Evaluations.observationOrder(model));
    ImmutableList.Builder<ObservationOutcome> outcomes = ImmutableList.builder();
    for (Observation o : applying) {
      ImmutableList<Prediction> matching =
          o.change().isPresent()
              ? ImmutableList.of()
              : inference.predictionsOf(o.actor(), o.situation()).stream()
                  .filter(p -> Evaluations.matches(o, p))
                  .collect(ImmutableList.toImmutableList());
      outcomes.add(new ObservationOutcome(o, evaluation.get().outcome(o), matching));
    }
    return outcomes.build();
  }

  /** Sum of a concept's weights for {@code key}, or null when it does not name it. */
  private static @Nullable BigDecimal weight(List<Prescription> entries, PracticeKey key) {
    BigDecimal sum = null;
    for (Prescription p : entries) {
      if (new PracticeKey(p.practice(), p.target()).equals(key)) {
        sum = sum == null ? p.weight() : sum.add(p.weight());
      }
    }
    return sum;
  }

  private static ConceptReason withWeight(ConceptReason r, BigDecimal weight) {
    return new ConceptReason(r.concept(), weight, r.activation(), r.allOf(), r.anyOf(), r.noneOf());
  }

  private Map<AspectId, Derivation> base(SituationId situation) {
    Map<AspectId, Derivation> base = new LinkedHashMap<>();
    int index = checkNotNull(model.situationIndex.get(situation));
    Situation given = model.situations.get(index);
    for (AspectId a : given.aspects()) {
      base.put(a, new Derivation.Given(a, situation, given.sourcesOf(a)));
    }
    if (inference.options().interaction() && index > 0) {
      for (Prediction p : inference.predictionsIn(index - 1)) {
        AspectId a = model.aspects[model.interaction(p)];
        base.putIfAbsent(a, new Derivation.Interaction(a, p));
      }
    }
    return base;
  }

  private static Set<AspectId> occluded(List<Concept> active) {
    Set<AspectId> occluded = new HashSet<>();
    active.forEach(c -> occluded.addAll(c.occludes()));
    return occluded;
  }

  /** P(A) with a derivation for each aspect, computed level by level. */
  private static Map<AspectId, Derivation> closure(
      Map<AspectId, Derivation> base, List<Concept> active) {
    Set<AspectId> occluded = occluded(active);
    Map<AspectId, Derivation> known = new LinkedHashMap<>();
    base.forEach(
        (a, d) -> {
          if (!occluded.contains(a)) {
            known.put(a, d);
          }
        });
    boolean changed = true;
    while (changed) {
      Map<AspectId, Derivation.Construed> level = new TreeMap<>();
      for (Concept c : active) {
        for (Construal k : c.construes()) {
          if (!known.containsKey(k.to())
              && !occluded.contains(k.to())
              && known.keySet().containsAll(k.from())) {
            ImmutableList<Derivation> from =
                k.from().stream().sorted().map(known::get).collect(ImmutableList.toImmutableList());
            Derivation.Construed candidate = new Derivation.Construed(k.to(), c.id(), k, from);
            // the first concept to activate wins, then the construal whose sorted 'from' is least,
            // so that the derivation never depends on the order the model lists construals in
            level.merge(
                k.to(), candidate, (a, b) -> fromOrder(a).compareTo(fromOrder(b)) <= 0 ? a : b);
          }
        }
      }
      known.putAll(level);
      changed = !level.isEmpty();
    }
    return known;
  }

  private static String fromOrder(Derivation.Construed d) {
    return d.from().stream().map(x -> x.aspect().value()).collect(Collectors.joining("\u0000"));
  }

  private static ConceptReason reason(
      Concept c, int activation, Map<AspectId, Derivation> perceived, BigDecimal weight) {
    ImmutableList<Derivation> all =
        c.when().allOf().stream()
            .sorted()
            .map(perceived::get)
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Derivation> any =
        c.when().anyOf().stream()
            .sorted()
            .filter(perceived::containsKey)
            .map(perceived::get)
            .collect(ImmutableList.toImmutableList());
    return new ConceptReason(
        c, weight, activation, all, any, ImmutableSortedSet.copyOf(c.when().noneOf()));
  }

  private static InactiveReason inactive(
      Concept c,
      boolean prescribes,
      BigDecimal weight,
      Set<AspectId> perceived,
      Set<AspectId> occluded) {
    ImmutableSet<AspectId> missingAll =
        c.when().allOf().stream()
            .filter(a -> !perceived.contains(a))
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    boolean anyMet = c.when().anyOf().stream().anyMatch(perceived::contains);
    ImmutableSet<AspectId> missingAny =
        anyMet ? ImmutableSet.of() : ImmutableSortedSet.copyOf(c.when().anyOf());
    ImmutableSet<AspectId> presentNone =
        c.when().noneOf().stream()
            .filter(perceived::contains)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    ImmutableSet<AspectId> hidden =
        ImmutableSortedSet.<AspectId>naturalOrder()
            .addAll(missingAll)
            .addAll(missingAny)
            .build()
            .stream()
            .filter(occluded::contains)
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    return new InactiveReason(c, prescribes, weight, missingAll, missingAny, presentNone, hidden);
  }
}
