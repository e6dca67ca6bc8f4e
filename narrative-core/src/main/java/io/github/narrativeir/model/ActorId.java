package io.github.narrativeir.model;

/**
 * The identifier of an actor.
 *
 * @since 0.1.0
 */
public final class ActorId extends Identifier implements Comparable<ActorId> {
  private ActorId(String value) {
    super("actor", value);
  }

  /**
   * Returns the actor id {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is empty or has a character other than ASCII
   *     letters, digits, {@code .}, {@code -}, {@code _} and {@code :}
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  /** Compares by code point of the ids as written. */
  @Override
  public int compareTo(ActorId other) {
    return compareValue(other);
  }
}
