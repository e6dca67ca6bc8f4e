package io.github.narrativeir.model;

import org.immutables.value.Value;

/**
 * An id defined twice, differently, when a model is composed with concept sets: actors, aspects,
 * practice types and concepts merge by id, and an id defined twice must be defined identically. The
 * first definition is the one a {@link ComposedModel} keeps.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Redefinition {
  /** What the id names: {@code actor}, {@code aspect}, {@code practice type} or {@code concept}. */
  @Value.Parameter
  String kind();

  /** The id defined twice. */
  @Value.Parameter
  String id();

  /** The first definition, the one kept. */
  @Value.Parameter
  Definition first();

  /** The later definition, which differs from the first. */
  @Value.Parameter
  Definition conflicting();

  /** Returns a redefinition. */
  static Redefinition of(String kind, String id, Definition first, Definition conflicting) {
    return ImmutableRedefinition.of(kind, id, first, conflicting);
  }
}
