package io.github.narrativeir.model;

import org.immutables.value.Value;

/**
 * Options of inference, stored with a model (its {@code options}) or given to the engine.
 *
 * @since 0.1.0
 */
@Value.Immutable(singleton = true)
public interface InferenceOptions {
  /**
   * Whether the practices predicted in one situation become interaction aspects {@code
   * did:<actor>:<practice>:<target>} of the next; true by default.
   */
  @Value.Default
  default boolean interaction() {
    return true;
  }

  /** Returns these options with {@link #interaction()} set to {@code interaction}. */
  default InferenceOptions withInteraction(boolean interaction) {
    return builder().interaction(interaction).build();
  }

  /** Returns the default options: interaction on. */
  static InferenceOptions defaults() {
    return ImmutableInferenceOptions.of();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link InferenceOptions}. */
  final class Builder extends ImmutableInferenceOptions.Builder {}
}
