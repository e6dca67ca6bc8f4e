package io.github.narrativeir.analysis;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Small random models for discovery, made from a list of small integer choices (every choice
 * shrinks to 0, the simplest option, and a missing choice reads as 0), so that QuickTheories
 * shrinks a counterexample to a few actors, situations, concepts and observations.
 *
 * <p>The models have 1-3 actors, 1-2 practices, 2-4 declared aspects and 2-4 situations; the other
 * actors' concepts trigger on, construe and occlude declared aspects and the interaction aspects of
 * the sought actor's pairs; the sought actor may hold concepts of its own (prescribing and
 * proscribing its observed pairs with weights up to 2, so that two or three discovered concepts are
 * needed to outweigh them; occluding and construing, so that where a candidate is tested matters;
 * ranked before and after the discovered ids). Observations of the sought actor are positive,
 * negative, targetless and changes; other actors have some too. Interaction is on or off, the mode
 * {@code add} or {@code replace}, and the bounds small, lowered until brute force needs at most a
 * given number of solutions.
 */
final class DiscoveryModels {
  private DiscoveryModels() {}

  /** The most solutions (sets of candidates) a brute force runs in the default build. */
  static final int BUDGET = 1500;

  private static final List<String> ACTORS = List.of("PK", "US", "AF");
  private static final List<String> PRACTICES = List.of("aid", "strike");
  private static final List<String> ASPECTS = List.of("x0", "x1", "x2", "x3");
  private static final List<String> WEIGHTS = List.of("1", "2", "0.5", "1.5");
  private static final int CHOICES = 160;

  /** A model, the actor sought, the settings, and how many solutions brute force runs. */
  record Case(Model model, ActorId actor, Discovery discovery, long solutions) {
    @Override
    public String toString() {
      return describe(this);
    }
  }

  /** Cases for a brute force of at most {@code budget} solutions each. */
  static Gen<Case> cases(int budget) {
    return lists()
        .of(integers().between(0, 4095))
        .ofSize(CHOICES)
        .map(values -> make(values, budget))
        .describedAs(Case::toString);
  }

  /** Reads choices; past the end every choice is 0. */
  private static final class Choices {
    private final List<Integer> values;
    private int at;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int next(int bound) {
      int v = at < values.size() ? values.get(at) : 0;
      at++;
      return bound <= 1 ? 0 : v % bound;
    }

    /** True one time in {@code n}; false (the simpler option) when shrunk. */
    boolean oneIn(int n) {
      return next(n) == n - 1;
    }

    <T> T pick(List<T> from) {
      return from.get(next(from.size()));
    }
  }

  static Case make(List<Integer> values, int budget) {
    Choices c = new Choices(values);
    int nActors = 1 + c.next(3);
    List<String> actors = ACTORS.subList(0, nActors);
    String sought = actors.get(c.next(nActors));
    List<String> practices = PRACTICES.subList(0, 1 + c.next(2));
    List<String> aspects = ASPECTS.subList(0, 2 + c.next(3));
    int nSituations = 2 + c.next(3);

    Model.Builder model = Model.builder().name("discovery case");
    actors.forEach(a -> model.addActors(Actor.of(a)));
    practices.forEach(p -> model.addPractices(PracticeType.of(p, p, PracticeMode.NEUTRAL)));
    aspects.forEach(a -> model.addAspects(Aspect.of(a, a)));
    List<String> situations = new ArrayList<>();
    for (int i = 0; i < nSituations; i++) {
      String id = "s" + i;
      situations.add(id);
      // start years that often tie, so that order by id matters too
      Situation.Builder s = Situation.builder().id(id).from(String.valueOf(2000 + c.next(3)));
      for (String a : aspects) {
        if (c.next(2) == 1) {
          s.addAspects(a);
        }
      }
      model.addSituations(s.build());
    }

    Discovery.Mode mode = c.next(3) == 2 ? Discovery.Mode.REPLACE : Discovery.Mode.ADD;
    // the sought actor's observations: the first one plain
    List<Observation> observations = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    Set<String> positive = new LinkedHashSet<>();
    int nObserved = 1 + c.next(5);
    for (int i = 0; i < nObserved; i++) {
      Observation o = observation(c, sought, practices, actors, situations, i == 0 ? 2 : 4);
      observations.add(o);
      if (o.change().isEmpty()) {
        pairs.add(interaction(sought, o.practice().value(), o.target().map(ActorId::value)));
        if (o.occurred()) {
          positive.add(interaction(sought, o.practice().value(), o.target().map(ActorId::value)));
        }
      }
    }
    for (int i = c.next(3); i > 0; i--) {
      String other = c.pick(actors);
      observations.add(observation(c, other, practices, actors, situations, 4));
    }
    model.observations(observations);

    // concepts: prescriptions first, so that triggers can name the interaction aspects they make
    List<String> pool = new ArrayList<>(aspects);
    pool.addAll(pairs);
    List<Concept.Builder> builders = new ArrayList<>();
    List<Boolean> ownBuilders = new ArrayList<>(); // whether builders.get(i) is the actor's own
    for (String holder : actors) {
      boolean own = holder.equals(sought);
      int n = c.next(3);
      for (int i = 0; i < n; i++) {
        Concept.Builder b =
            Concept.builder().holder(holder).priority(List.of(0, 1, -1).get(c.next(3)));
        if (own) {
          // ids that rank before and after the discovered ones, and one that moves their numbers
          b.id(
              List.of(holder + ".a" + i, holder + ".z" + i, holder + ".discovered." + (i + 1))
                  .get(c.next(3)));
        } else {
          b.id(holder + ".c" + i);
        }
        if (!own || c.next(3) != 1) {
          Prescription p =
              prescription(
                  c,
                  practices,
                  actors,
                  own ? List.copyOf(pairs) : List.of(),
                  own ? c.pick(WEIGHTS) : "1");
          b.addPrescribes(p);
          String did = interaction(holder, p.practice().value(), p.target().map(ActorId::value));
          if (!pool.contains(did)) {
            pool.add(did);
          }
        }
        if (c.oneIn(own ? 2 : 4)) {
          b.addProscribes(
              prescription(
                  c, practices, actors, own ? List.copyOf(pairs) : List.of(), c.pick(WEIGHTS)));
        }
        builders.add(b);
        ownBuilders.add(own);
      }
    }
    // sometimes a concept of the actor's own that only two or three discovered ones outweigh
    boolean outweigh = mode == Discovery.Mode.ADD && !positive.isEmpty() && c.oneIn(2);
    if (outweigh) {
      String[] pair = c.pick(List.copyOf(positive)).split(":");
      Prescription.Builder p =
          Prescription.builder()
              .practice(pair[2])
              .weight(new BigDecimal(c.pick(WEIGHTS.subList(0, 2))));
      if (!pair[3].equals("-")) {
        p.target(pair[3]);
      }
      Concept.Builder b =
          Concept.builder()
              .id(sought + ".opposed")
              .holder(sought)
              .priority(List.of(0, 1, -1).get(c.next(3)))
              .addProscribes(p.build());
      model.addConcepts(b.build()); // always active
    }
    List<String> derived = new ArrayList<>(pool);
    derived.add("d0");
    for (int k = 0; k < builders.size(); k++) {
      Concept.Builder b = builders.get(k);
      // the actor's own concepts occlude and construe more often: where a candidate is tested
      // matters
      int often = ownBuilders.get(k) ? 2 : 3;
      Trigger.Builder when = Trigger.builder();
      if (c.next(2) == 1) {
        when.allOf(c.pick(pool));
      }
      if (c.oneIn(3)) {
        when.noneOf(c.pick(derived));
      }
      if (c.oneIn(4)) {
        when.anyOf(c.pick(derived), c.pick(pool));
      }
      b.when(when.build());
      if (c.oneIn(often)) {
        b.addConstrues(
            c.oneIn(4)
                ? Construal.of(List.of(), c.pick(derived))
                : Construal.of(List.of(c.pick(pool)), c.pick(derived)));
      }
      if (c.oneIn(often)) {
        b.addOccludes(c.pick(pool));
      }
      model.addConcepts(b.build());
    }
    // sometimes concepts of the actor's own ranked above and below the discovered ones that occlude
    // and construe what candidates may test, so that where a candidate is tested matters
    if (mode == Discovery.Mode.ADD && c.oneIn(2)) {
      for (int priority : List.of(1, -1)) {
        Trigger.Builder when = Trigger.builder();
        if (c.next(2) == 1) {
          when.allOf(c.pick(derived));
        }
        Concept.Builder b =
            Concept.builder()
                .id(sought + (priority > 0 ? ".high" : ".low"))
                .holder(sought)
                .priority(priority)
                .when(when.build())
                .addOccludes(c.pick(pool));
        if (c.next(2) == 0) {
          b.addConstrues(Construal.of(List.of(c.pick(pool)), c.pick(derived)));
        }
        model.addConcepts(b.build());
      }
    }
    if (c.next(2) == 1) {
      model.options(InferenceOptions.defaults().withInteraction(false));
    }

    int maxAll = List.of(1, 1, 1, 0, 0, 2).get(c.next(6));
    int maxNone = c.next(2);
    int maxConcepts = List.of(2, 1, 2, 3).get(c.next(4));
    if (outweigh) {
      maxConcepts = Math.max(maxConcepts, 2);
    }
    int top = List.of(5, 1, 2, 1, 20).get(c.next(5));
    Model built = model.build();
    ActorId actor = ActorId.of(sought);
    long solutions = DiscoveryBruteForce.solutions(built, actor, maxAll, maxNone, maxConcepts);
    while (solutions > budget) {
      if (maxAll > 1) {
        maxAll--;
      } else if (maxNone > 0) {
        maxNone--;
      } else if (maxConcepts > (outweigh ? 2 : 1)) {
        maxConcepts--;
      } else if (maxAll > 0) {
        maxAll--;
      } else {
        maxConcepts--;
      }
      solutions = DiscoveryBruteForce.solutions(built, actor, maxAll, maxNone, maxConcepts);
    }
    Discovery discovery =
        Discovery.builder(actor)
            .mode(mode)
            .maxAll(maxAll)
            .maxNone(maxNone)
            .maxConcepts(maxConcepts)
            .top(top)
            .build();
    return new Case(built, actor, discovery, solutions);
  }

  private static Observation observation(
      Choices c,
      String actor,
      List<String> practices,
      List<String> actors,
      List<String> situations,
      int kinds) {
    Observation.Builder o =
        Observation.builder()
            .actor(actor)
            .practice(c.pick(practices))
            .situation(c.pick(situations));
    target(c, actors).ifPresent(o::target);
    switch (c.next(kinds)) {
      case 1 -> o.occurred(false);
      case 2 -> o.change(ChangeKind.STARTED);
      case 3 -> o.change(ChangeKind.STOPPED);
      default -> {}
    }
    // sources that differ, so that equal observations but for the source are ordered by it
    switch (c.next(4)) {
      case 2 -> o.source("b");
      case 3 -> o.source("a");
      default -> {}
    }
    return o.build();
  }

  private static Optional<String> target(Choices c, List<String> actors) {
    int t = c.next(actors.size() + 1);
    return t == 0 ? Optional.empty() : Optional.of(actors.get(t - 1));
  }

  /**
   * A prescription of one of {@code pairs} (interaction aspects) when given, else of any practice.
   */
  private static Prescription prescription(
      Choices c, List<String> practices, List<String> actors, List<String> pairs, String weight) {
    Prescription.Builder p = Prescription.builder().weight(new BigDecimal(weight));
    if (!pairs.isEmpty() && c.next(4) != 3) {
      String[] parts = c.pick(pairs).split(":");
      p.practice(parts[2]);
      if (!parts[3].equals("-")) {
        p.target(parts[3]);
      }
    } else {
      p.practice(c.pick(practices));
      target(c, actors).ifPresent(p::target);
    }
    return p.build();
  }

  static String interaction(String actor, String practice, Optional<String> target) {
    return "did:" + actor + ":" + practice + ":" + target.orElse("-");
  }

  /** A model in a few lines, which is what a counterexample shows. */
  static String describe(Case k) {
    Model m = k.model();
    StringBuilder s = new StringBuilder();
    s.append(k.discovery()).append(", ").append(k.solutions()).append(" solutions\n");
    s.append("interaction: ").append(m.options().interaction()).append('\n');
    s.append("actors: ")
        .append(m.actors().stream().map(a -> a.id().value()).collect(Collectors.joining(", ")))
        .append('\n');
    for (Situation sit : m.situations()) {
      s.append("situation ")
          .append(sit.id())
          .append(" from ")
          .append(sit.from())
          .append(": ")
          .append(sit.aspects())
          .append('\n');
    }
    for (Concept c : m.concepts()) {
      s.append("concept ")
          .append(c.id())
          .append(" (")
          .append(c.holder())
          .append(", priority ")
          .append(c.priority())
          .append(") all ")
          .append(c.when().allOf())
          .append(" any ")
          .append(c.when().anyOf())
          .append(" none ")
          .append(c.when().noneOf());
      c.construes()
          .forEach(k2 -> s.append(" construes ").append(k2.from()).append("->").append(k2.to()));
      if (!c.occludes().isEmpty()) {
        s.append(" occludes ").append(c.occludes());
      }
      c.prescribes().forEach(p -> s.append(" +").append(entry(p)));
      c.proscribes().forEach(p -> s.append(" -").append(entry(p)));
      s.append('\n');
    }
    for (Observation o : m.observations()) {
      s.append("observed ").append(DiscoverySearch.describe(o)).append('\n');
    }
    return s.toString();
  }

  private static String entry(Prescription p) {
    return p.practice()
        + ":"
        + p.target().map(ActorId::value).orElse("-")
        + "*"
        + p.weight().toPlainString();
  }
}
