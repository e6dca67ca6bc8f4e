package io.github.narrativeir.inference;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * A QuickTheories generator of valid models with observations that put evaluation v2 (MODEL.md step
 * 8) to work: negative evidence, targetless observations of targeted predictions, sources that
 * disagree on one cell, duplicates, change observations (some saying {@code occurred: true}
 * outright), and plain observations of one cell in consecutive situations, which situations that
 * tie on their start date make interesting for {@code persistence}.
 *
 * <p>The concepts come from {@link RandomModels} with a seed; the situations' start dates and the
 * observations are generated from small integer choices, so that QuickTheories shrinks them: fewer
 * observations, simpler ones (choice 0: positive, of a predicted cell, with its target, no source),
 * and dates that all tie (choice 0: {@code 2000} for every situation).
 */
final class ObservedModels {
  private ObservedModels() {}

  /**
   * Start dates of mixed precision: 0, 1 and 2 all begin on 2000-01-01, 3 and 4 on 2000-06-01, so
   * ties on the start are common and are broken by id.
   */
  static final List<String> DATES =
      List.of("2000", "2000-01", "2000-01-01", "2000-06", "2000-06-01", "2001");

  /**
   * How to make one observation: every field is a small choice that shrinks to 0, and {@code skip}
   * 0 leaves the recipe out, so that shrinking drops the observations a counterexample does not
   * need wherever they stand in the list.
   */
  record Recipe(int skip, int kind, int pick, int target, int occurred, int source) {
    Recipe(int kind, int pick, int target, int occurred, int source) {
      this(1, kind, pick, target, occurred, source);
    }

    @Override
    public String toString() {
      return List.of(KINDS.get(kind), pick, target, occurred, source).toString();
    }
  }

  private static final List<String> KINDS =
      List.of("of-prediction", "any-cell", "disagreeing", "neighbour", "change", "duplicate");

  /** Kinds of recipe. */
  static final int OF_PREDICTION = 0;

  static final int ANY_CELL = 1;
  static final int DISAGREEING = 2;
  static final int NEIGHBOUR = 3;
  static final int CHANGE = 4;
  static final int DUPLICATE = 5;

  /** A model and how it was made, which is what a counterexample shows. */
  record Case(long seed, List<Integer> dates, List<Recipe> recipes, Model model) {
    @Override
    public String toString() {
      Comparator<Situation> order =
          Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id);
      return "seed "
          + seed
          + " (RandomModels.model(new Random(seed)))\nsituations in order: "
          + model.situations().stream()
              .sorted(order)
              .map(s -> s.id() + " from " + s.from())
              .collect(Collectors.joining(", "))
          + "\nrecipes (kind, pick, target, occurred, source): "
          + recipes.stream().filter(r -> r.skip() != 0).toList()
          + "\nobservations:\n"
          + model.observations().stream()
              .map(ObservedModels::describe)
              .collect(Collectors.joining("\n"));
    }
  }

  static String describe(Observation o) {
    return "  "
        + o.actor()
        + " "
        + o.practice()
        + " "
        + o.target().map(Object::toString).orElse("-")
        + " "
        + o.situation()
        + o.change().map(c -> " " + c.token()).orElse("")
        + (o.occurred() ? "" : " occurred: false")
        + o.source().map(s -> " source " + s).orElse("");
  }

  static Gen<Recipe> recipes() {
    return integers()
        .between(0, DUPLICATE)
        .zip(
            integers().between(0, 63),
            integers().between(0, 2),
            integers().between(0, 1),
            (kind, pick, target, occurred) -> new int[] {kind, pick, target, occurred})
        .zip(
            integers().between(0, 2),
            integers().between(0, 5),
            (a, source, skip) -> new Recipe(skip, a[0], a[1], a[2], a[3], source));
  }

  /** Models of {@link RandomModels#SMALL} size with up to {@code maxObservations} observations. */
  static Gen<Case> cases(int maxObservations) {
    return longs()
        .all()
        .zip(
            lists()
                .of(integers().between(0, DATES.size() - 1))
                .ofSize(RandomModels.SMALL.maxSituations()),
            lists().of(recipes()).ofSizeBetween(0, maxObservations),
            ObservedModels::build)
        .describedAs(Case::toString);
  }

  static Case build(long seed, List<Integer> dates, List<Recipe> recipes) {
    Model random = RandomModels.model(new Random(seed));
    List<Situation> situations = new ArrayList<>();
    for (int i = 0; i < random.situations().size(); i++) {
      Situation s = random.situations().get(i);
      situations.add(
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(DATES.get(dates.get(i)))
              .to(s.to())
              .aspects(s.aspects())
              .provenance(s.provenance())
              .build());
    }
    Model base =
        Model.builder().from(random).situations(situations).observations(List.of()).build();
    return new Case(seed, dates, recipes, new Cook(base).cook(recipes));
  }

  /** Turns recipes into observations of one model. */
  private static final class Cook {
    private final Model base;
    private final List<ActorId> actors = new ArrayList<>();
    private final List<PracticeId> practices = new ArrayList<>();
    private final List<SituationId> situations = new ArrayList<>();
    private final List<Prediction> predictions;
    private final List<PracticeChange> changes = new ArrayList<>();
    private final List<Observation> made = new ArrayList<>();

    Cook(Model base) {
      this.base = base;
      base.actors().forEach(a -> actors.add(a.id()));
      base.practices().forEach(p -> practices.add(p.id()));
      base.situations().stream()
          .sorted(
              Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id))
          .forEach(s -> situations.add(s.id()));
      // observations do not change what is inferred, only how it is scored
      ReferenceEngine.Result inferred = ReferenceEngine.infer(base);
      this.predictions = inferred.predictions();
      inferred.narratives().forEach(n -> changes.addAll(n.changes()));
    }

    Model cook(List<Recipe> recipes) {
      for (Recipe r : recipes) {
        if (r.skip() != 0) {
          made.add(observation(r));
        }
      }
      return Model.builder().from(base).observations(made).build();
    }

    private Observation observation(Recipe r) {
      int kind = r.kind();
      if (kind == OF_PREDICTION && predictions.isEmpty()
          || (kind == DISAGREEING || kind == NEIGHBOUR || kind == DUPLICATE) && made.isEmpty()) {
        kind = ANY_CELL;
      }
      Optional<String> source =
          r.source() == 0 ? Optional.empty() : Optional.of(r.source() == 1 ? "a" : "b");
      boolean occurred = r.occurred() == 0;
      Observation.Builder o = Observation.builder();
      switch (kind) {
        case OF_PREDICTION -> {
          Prediction p = predictions.get(r.pick() % predictions.size());
          o.actor(p.actor()).practice(p.practice()).situation(p.situation());
          o.target(target(r, p.target()));
          o.occurred(occurred);
        }
        case ANY_CELL -> {
          o.actor(actors.get(r.pick() % actors.size()))
              .practice(practices.get(r.pick() / 7 % practices.size()))
              .situation(situations.get(r.pick() / 3 % situations.size()));
          o.target(
              r.target() == 1
                  ? Optional.of(actors.get(r.pick() / 5 % actors.size()))
                  : Optional.empty());
          o.occurred(occurred);
        }
        case DISAGREEING -> {
          // the other side of an earlier observation's cell: its target, none, or another
          Observation earlier = made.get(r.pick() % made.size());
          o.actor(earlier.actor()).practice(earlier.practice()).situation(earlier.situation());
          o.target(target(r, earlier.target()));
          o.occurred(earlier.change().isPresent() ? !occurred : !earlier.occurred());
        }
        case NEIGHBOUR -> {
          // an earlier observation's cell in the next situation (or the one before)
          Observation earlier = made.get(r.pick() % made.size());
          int at = situations.indexOf(earlier.situation()) + (r.target() == 2 ? -1 : 1);
          at = Math.floorMod(at, situations.size());
          o.actor(earlier.actor()).practice(earlier.practice()).situation(situations.get(at));
          o.target(r.target() == 1 ? Optional.empty() : earlier.target());
          o.occurred(occurred);
        }
        case CHANGE -> {
          if (changes.isEmpty() || r.target() == 2) {
            o.actor(actors.get(r.pick() % actors.size()))
                .practice(practices.get(r.pick() / 7 % practices.size()))
                .situation(situations.get(r.pick() / 3 % situations.size()))
                .change(r.pick() % 2 == 0 ? ChangeKind.STARTED : ChangeKind.STOPPED);
          } else {
            PracticeChange c = changes.get(r.pick() % changes.size());
            o.actor(c.actor()).practice(c.practice()).situation(c.situation());
            o.target(r.target() == 0 ? c.target() : Optional.empty());
            o.change(r.pick() / changes.size() % 3 == 2 ? opposite(c.change()) : c.change());
          }
          if (r.occurred() == 1) {
            o.occurred(true); // said outright: the same observation as without it
          }
        }
        default -> {
          return Observation.builder()
              .from(made.get(r.pick() % made.size()))
              .source(source)
              .build();
        }
      }
      o.source(source);
      return o.build();
    }

    /** 0: the given target; 1: none; 2: an actor other than the given target, if there is one. */
    private Optional<ActorId> target(Recipe r, Optional<ActorId> given) {
      switch (r.target()) {
        case 0:
          return given;
        case 1:
          return Optional.empty();
        default:
          ActorId other = actors.get(r.pick() % actors.size());
          if (given.equals(Optional.of(other))) {
            other = actors.get((r.pick() + 1) % actors.size());
          }
          return Optional.of(other);
      }
    }

    private static ChangeKind opposite(ChangeKind kind) {
      return kind == ChangeKind.STARTED ? ChangeKind.STOPPED : ChangeKind.STARTED;
    }
  }
}
