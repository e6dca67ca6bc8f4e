package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Model;
import java.time.Duration;

/**
 * Discovery (MODEL.md, "Discovery"): which concepts would explain an actor's observations, and how
 * many equally good readings exist.
 *
 * <p>A <em>candidate</em> is a concept of the actor with priority 0, a trigger of at most {@link
 * #maxAll()} {@code all} and {@link #maxNone()} {@code none} literals over the aspects given in
 * some situation and the interaction aspects that the model's prescriptions or the candidates name,
 * and one prescription (weight 1) of a practice/target pair of the actor's plain observations. A
 * <em>solution</em> is a set of at most {@link #maxConcepts()} candidates, added to the actor's
 * concepts ({@link Mode#ADD}) or put in their place ({@link Mode#REPLACE}); solutions rank by
 * observations of the whole model explained (most first), then concepts, then trigger literals
 * (fewest first), then canonical text.
 *
 * <p>The search is exact: it enumerates the <em>readings</em> (the actor's predictions of the
 * pairs, situation by situation) that some solution within the bounds produces, and finds each
 * reading's best solutions by covering it with classes of equivalent triggers. A partial reading
 * that no set of candidates within the bounds produces is pruned with all its extensions, as is one
 * that cannot reach the best even if it explained every later observation; interaction (one
 * situation's predictions in the next one's base) is followed situation by situation, so the
 * pruning stays sound with it. When the time limit runs out, the result says so and claims no
 * optimality.
 *
 * <pre>{@code
 * DiscoveryResult found = Discovery.builder(ActorId.of("PK"))
 *     .mode(Discovery.Mode.REPLACE)
 *     .maxConcepts(3)
 *     .build()
 *     .run(model);
 * found.best().concepts();   // PK.discovered.1, ...
 * found.ties();              // 1 when the observations single out one reading
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; a run uses the calling thread.
 *
 * @since 0.1.0
 */
public final class Discovery {
  /** The range of {@link Builder#maxAll(int)}. */
  public static final int MAX_ALL_LIMIT = 3;

  /** The range of {@link Builder#maxNone(int)}. */
  public static final int MAX_NONE_LIMIT = 2;

  /**
   * The range of {@link Builder#maxConcepts(int)}: a solution of more concepts than this explains
   * little that a reader could check, and the search grows with it.
   */
  public static final int MAX_CONCEPTS_LIMIT = 9;

  /** The range of {@link Builder#top(int)}. */
  public static final int TOP_LIMIT = 100;

  /** The longest time limit: a day. */
  public static final Duration TIME_LIMIT_MAX = Duration.ofDays(1);

  /** How discovered concepts join the model. */
  public enum Mode {
    /** Added to the actor's own concepts. */
    ADD("add"),
    /** Put in place of the actor's own concepts. */
    REPLACE("replace");

    private final String token;

    Mode(String token) {
      this.token = token;
    }

    /** The word used on the command line and in files: {@code add} or {@code replace}. */
    public String token() {
      return token;
    }
  }

  /** Told how a search goes, from the thread that runs it. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Called about four times a second during a search, from the thread that runs it.
     *
     * @param nodes the partial readings visited so far
     * @param bestExplained the observations the best solution found so far explains
     */
    void update(long nodes, int bestExplained);
  }

  private final ActorId actor;
  private final Mode mode;
  private final int maxAll;
  private final int maxNone;
  private final int maxConcepts;
  private final int top;
  private final long tieCap;
  private final Duration timeLimit;

  private Discovery(Builder b) {
    this.actor = b.actor;
    this.mode = b.mode;
    this.maxAll = b.maxAll;
    this.maxNone = b.maxNone;
    this.maxConcepts = b.maxConcepts;
    this.top = b.top;
    this.tieCap = b.tieCap;
    this.timeLimit = b.timeLimit;
  }

  /** A builder for a discovery of {@code actor}'s concepts, with the defaults of MODEL.md. */
  public static Builder builder(ActorId actor) {
    return new Builder(actor);
  }

  /** The actor whose concepts are sought. */
  public ActorId actor() {
    return actor;
  }

  /** Whether solutions are added to the actor's concepts or replace them. */
  public Mode mode() {
    return mode;
  }

  /** The most {@code all} literals of a candidate. */
  public int maxAll() {
    return maxAll;
  }

  /** The most {@code none} literals of a candidate. */
  public int maxNone() {
    return maxNone;
  }

  /** The most concepts of a solution. */
  public int maxConcepts() {
    return maxConcepts;
  }

  /** How many solutions (one per reading) are returned. */
  public int top() {
    return top;
  }

  /** The most tied solutions counted. */
  public long tieCap() {
    return tieCap;
  }

  /** How long a search may run. */
  public Duration timeLimit() {
    return timeLimit;
  }

  /**
   * Runs the discovery on {@code model}.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model is invalid
   * @throws IllegalArgumentException if the model has no actor {@link #actor()}, the actor has no
   *     plain observation, the model has more than 63 situations, the actor's plain observations
   *     name more than 63 practice/target pairs, or an existing concept's id would rank among the
   *     discovered concepts' ids
   */
  public DiscoveryResult run(Model model) {
    return run(model, (nodes, best) -> {});
  }

  /**
   * Runs the discovery on {@code model}, telling {@code progress} how it goes. An interrupt of the
   * calling thread stops the search early (the result says {@link DiscoveryResult.Stop#CANCELLED});
   * the interrupt stays set.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model is invalid
   * @throws IllegalArgumentException as {@link #run(Model)}
   */
  public DiscoveryResult run(Model model, Progress progress) {
    checkNotNull(model, "model");
    checkNotNull(progress, "progress");
    long started = System.nanoTime(); // the time limit covers setting the problem up
    return new DiscoverySearch(DiscoveryProblem.of(model, this), this, progress, started).run();
  }

  @Override
  public String toString() {
    return "Discovery{actor="
        + actor
        + ", mode="
        + mode.token()
        + ", maxAll="
        + maxAll
        + ", maxNone="
        + maxNone
        + ", maxConcepts="
        + maxConcepts
        + ", top="
        + top
        + ", tieCap="
        + tieCap
        + ", timeLimit="
        + timeLimit
        + "}";
  }

  /** Builds a {@link Discovery}; defaults: add, 2 / 1 literals, 4 concepts, top 5, 60 s. */
  public static final class Builder {
    private final ActorId actor;
    private Mode mode = Mode.ADD;
    private int maxAll = 2;
    private int maxNone = 1;
    private int maxConcepts = 4;
    private int top = 5;
    private long tieCap = 1_000_000;
    private Duration timeLimit = Duration.ofSeconds(60);

    private Builder(ActorId actor) {
      this.actor = checkNotNull(actor, "actor");
    }

    /** Whether solutions are added to the actor's concepts (the default) or replace them. */
    public Builder mode(Mode mode) {
      this.mode = checkNotNull(mode, "mode");
      return this;
    }

    /** The most {@code all} literals of a candidate's trigger, 0 to 3; 2 by default. */
    public Builder maxAll(int maxAll) {
      checkArgument(
          maxAll >= 0 && maxAll <= MAX_ALL_LIMIT,
          "maxAll must be between 0 and %s, was %s",
          MAX_ALL_LIMIT,
          maxAll);
      this.maxAll = maxAll;
      return this;
    }

    /** The most {@code none} literals of a candidate's trigger, 0 to 2; 1 by default. */
    public Builder maxNone(int maxNone) {
      checkArgument(
          maxNone >= 0 && maxNone <= MAX_NONE_LIMIT,
          "maxNone must be between 0 and %s, was %s",
          MAX_NONE_LIMIT,
          maxNone);
      this.maxNone = maxNone;
      return this;
    }

    /** The most concepts of a solution, 1 to 9; 4 by default. */
    public Builder maxConcepts(int maxConcepts) {
      checkArgument(
          maxConcepts >= 1 && maxConcepts <= MAX_CONCEPTS_LIMIT,
          "maxConcepts must be between 1 and %s, was %s",
          MAX_CONCEPTS_LIMIT,
          maxConcepts);
      this.maxConcepts = maxConcepts;
      return this;
    }

    /** How many solutions to return (one per reading), 1 to 100; 5 by default. */
    public Builder top(int top) {
      checkArgument(
          top >= 1 && top <= TOP_LIMIT, "top must be between 1 and %s, was %s", TOP_LIMIT, top);
      this.top = top;
      return this;
    }

    /** The most tied solutions to count, at least 1; a million by default. */
    public Builder tieCap(long tieCap) {
      checkArgument(tieCap >= 1, "tieCap must be at least 1, was %s", tieCap);
      this.tieCap = tieCap;
      return this;
    }

    /** How long a search may run, more than 0 and at most a day; 60 seconds by default. */
    public Builder timeLimit(Duration timeLimit) {
      checkNotNull(timeLimit, "timeLimit");
      checkArgument(
          !timeLimit.isNegative()
              && !timeLimit.isZero()
              && timeLimit.compareTo(TIME_LIMIT_MAX) <= 0,
          "timeLimit must be more than 0 and at most %s, was %s",
          TIME_LIMIT_MAX,
          timeLimit);
      this.timeLimit = timeLimit;
      return this;
    }

    /** A discovery with these settings; the builder can be reused. */
    public Discovery build() {
      return new Discovery(this);
    }
  }
}
