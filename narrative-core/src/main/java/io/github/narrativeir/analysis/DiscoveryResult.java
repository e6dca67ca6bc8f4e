package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Observation;
import java.time.Duration;

/**
 * What a {@link Discovery} found for one actor: the best solutions in MODEL.md's order (most
 * observations explained, then fewest concepts, then fewest trigger literals, then the smallest
 * canonical text), how many solutions tie with the best, which observations no solution within the
 * bounds explains, and whether the search was exhaustive.
 *
 * <p>Discovered concepts are hypotheses found from the observations, not findings: none has
 * evidence. A tie count above 1 means that the observations do not single out one reading.
 *
 * @param actor the actor whose concepts were sought
 * @param mode whether the candidates were added to the actor's concepts or put in their place
 * @param maxAll the most {@code all} literals of a candidate's trigger
 * @param maxNone the most {@code none} literals of a candidate's trigger
 * @param maxConcepts the most concepts of a solution
 * @param original the evaluation of the model as given (the actor's own concepts), for comparison
 * @param solutions the best solutions, best first: for each distinct set of predictions a solution
 *     can make (a <em>reading</em>), its best solution, as many as asked for; every concept of a
 *     listed solution is needed (removing it explains fewer observations), except in the empty
 *     solution
 * @param ties how many solutions tie with the best on observations explained, concepts and literals
 *     (the best itself included); at least this many when {@link #tiesExact()} is false
 * @param tiesExact whether {@link #ties()} is the exact count: false when the count reached the cap
 *     or the search stopped early
 * @param unexplainable the observations that no solution within the bounds explains, in the order
 *     of an evaluation: all of them when {@link #exhaustive()}; when the search stopped early, only
 *     those it proved out of reach (nothing a solution changes reaches their actor)
 * @param undetermined the observations the search did not get to settle before it stopped (empty
 *     when it was exhaustive)
 * @param stop why the search stopped
 * @param statistics how much the search generated, pruned and evaluated
 * @since 0.1.0
 */
public record DiscoveryResult(
    ActorId actor,
    Discovery.Mode mode,
    int maxAll,
    int maxNone,
    int maxConcepts,
    Evaluation original,
    ImmutableList<Solution> solutions,
    long ties,
    boolean tiesExact,
    ImmutableList<Observation> unexplainable,
    ImmutableList<Observation> undetermined,
    Stop stop,
    Statistics statistics) {

  /** Checks that no component is null and copies the lists. */
  public DiscoveryResult {
    checkNotNull(actor, "actor");
    checkNotNull(mode, "mode");
    checkNotNull(original, "original");
    solutions = ImmutableList.copyOf(solutions);
    unexplainable = ImmutableList.copyOf(unexplainable);
    undetermined = ImmutableList.copyOf(undetermined);
    checkNotNull(stop, "stop");
    checkNotNull(statistics, "statistics");
    checkArgument(!solutions.isEmpty(), "a discovery has at least one solution (the empty one)");
  }

  /** The best solution found (the first of {@link #solutions()}). */
  public Solution best() {
    return solutions.get(0);
  }

  /**
   * Whether the search covered every solution within its bounds, so that {@link #best()} is proven
   * optimal and {@link #unexplainable()} is complete.
   */
  public boolean exhaustive() {
    return stop == Stop.COMPLETE;
  }

  /** Why a search stopped. */
  public enum Stop {
    /** Every solution within the bounds was accounted for: the best is proven optimal. */
    COMPLETE("complete"),
    /** The time limit ran out: the best found is not proven optimal. */
    TIME_LIMIT("time-limit"),
    /** The thread running the search was interrupted: the best found is not proven optimal. */
    CANCELLED("cancelled");

    private final String token;

    Stop(String token) {
      this.token = token;
    }

    /**
     * The word used in files and reports: {@code complete}, {@code time-limit}, {@code cancelled}.
     */
    public String token() {
      return token;
    }
  }

  /**
   * One solution: concepts named {@code <actor>.discovered.<n>} in the order of their canonical
   * text, and what they explain.
   *
   * @param concepts the discovered concepts (priority 0, one prescription of weight 1, no
   *     evidence), each labelled as a hypothesis with the observations it is needed for
   * @param canonical each concept's canonical text, {@code <all ids joined by +>|<none ids joined
   *     by +>|<practice>|<target or ->}, sorted (the order of {@link #concepts()})
   * @param explained the observations of the whole model explained with the solution
   * @param literals the trigger literals of all its concepts
   * @param evaluation the evaluation of the model with the solution (added to the actor's concepts,
   *     or in their place), as the engine computes it, with the baselines' scores
   * @param neededFor for each concept, the observations explained with the solution and not without
   *     that concept, in the order of an evaluation
   */
  public record Solution(
      ImmutableList<Concept> concepts,
      ImmutableList<String> canonical,
      int explained,
      int literals,
      Evaluation evaluation,
      ImmutableMap<ConceptId, ImmutableList<Observation>> neededFor) {
    /** Checks the components and copies the collections. */
    public Solution {
      concepts = ImmutableList.copyOf(concepts);
      canonical = ImmutableList.copyOf(canonical);
      checkArgument(concepts.size() == canonical.size(), "one canonical text for each concept");
      checkNotNull(evaluation, "evaluation");
      neededFor = ImmutableMap.copyOf(neededFor);
    }

    /** The number of concepts. */
    public int size() {
      return concepts.size();
    }
  }

  /**
   * How much work a search did.
   *
   * @param pairs the practice/target pairs of the actor's plain observations (what candidates
   *     prescribe)
   * @param literalAspects the aspects a trigger literal may name
   * @param triggers the distinct triggers within the bounds (each makes one candidate per pair)
   * @param candidates the candidate concepts ({@code triggers * pairs})
   * @param nodes the partial readings (predictions of the actor up to some situation) visited
   * @param prunedUnrealizable the partial readings pruned because no set of candidates within the
   *     bounds makes those predictions (nor, then, any of their extensions)
   * @param prunedBound the partial readings pruned because even explaining every later observation
   *     could not bring them among the best
   * @param readings the complete readings evaluated
   * @param elapsed the wall-clock time of the search
   */
  public record Statistics(
      int pairs,
      int literalAspects,
      long triggers,
      long candidates,
      long nodes,
      long prunedUnrealizable,
      long prunedBound,
      long readings,
      Duration elapsed) {
    /** Checks that no count is negative. */
    public Statistics {
      checkArgument(
          pairs >= 0
              && literalAspects >= 0
              && triggers >= 0
              && candidates >= 0
              && nodes >= 0
              && prunedUnrealizable >= 0
              && prunedBound >= 0
              && readings >= 0,
          "counts are not negative");
      checkNotNull(elapsed, "elapsed");
    }
  }
}
