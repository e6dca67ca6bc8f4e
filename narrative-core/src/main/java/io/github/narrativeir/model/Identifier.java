package io.github.narrativeir.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.internal.Ids;

/**
 * Base of the identifier types: a validated, non-empty string of ASCII letters, digits, {@code .},
 * {@code -}, {@code _} and {@code :}. Identifiers of one kind compare by code point.
 */
abstract class Identifier {

  private final String value;

  Identifier(String kind, String value) {
    checkNotNull(value, "%s id", kind);
    checkArgument(
        Ids.isValid(value),
        "malformed %s id '%s': an id is a non-empty string of ASCII letters, digits, '.', '-', '_' and ':'",
        kind,
        value);
    this.value = value;
  }

  /** The identifier as written. */
  public final String value() {
    return value;
  }

  final int compareValue(Identifier other) {
    return value.compareTo(other.value);
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // ids of two kinds (an actor and an aspect alike) differ
  public final boolean equals(Object obj) {
    return obj != null && obj.getClass() == getClass() && ((Identifier) obj).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The identifier as written. */
  @Override
  public final String toString() {
    return value;
  }
}
