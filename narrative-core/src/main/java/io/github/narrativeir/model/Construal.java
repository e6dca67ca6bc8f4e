package io.github.narrativeir.model;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * A rule by which an active concept makes its holder see one more aspect: {@link #to()} is
 * perceived whenever every aspect of {@link #from()} is (always, when {@code from} is empty).
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Construal {
  /** The aspects that must all be perceived. */
  ImmutableSet<AspectId> from();

  /** The aspect construed from them. */
  AspectId to();

  /**
   * Returns the construal of {@code to} from {@code from}.
   *
   * @throws IllegalArgumentException if an id is malformed
   */
  static Construal of(Iterable<String> from, String to) {
    Builder builder = builder().to(AspectId.of(to));
    for (String id : from) {
      builder.addFrom(AspectId.of(id));
    }
    return builder.build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Construal}; {@code to} is required. */
  final class Builder extends ImmutableConstrual.Builder {}
}
