package io.github.narrativeir.model;

/**
 * A concept set written in Java and shipped in a jar: list the implementation in {@code
 * META-INF/services/io.github.narrativeir.model.ConceptSetProvider}, and {@link
 * ConceptSets#provided()} finds it on the class path (the command line's {@code --reading NAME}
 * does too).
 *
 * @since 0.1.0
 */
public interface ConceptSetProvider {
  /** The name the reading is asked for by, such as {@code realist}. */
  String name();

  /** The concept set. */
  ConceptSet conceptSet();
}
