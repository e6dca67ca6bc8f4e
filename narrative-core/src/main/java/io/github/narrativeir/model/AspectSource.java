package io.github.narrativeir.model;

import org.immutables.value.Value;

/**
 * Where one of a situation's aspects comes from: a data set, the rule that selected its rows and
 * the rows behind it, or any other source. Explanations show it beside the aspect.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface AspectSource {
  /** The aspect, one of the situation's aspects. */
  @Value.Parameter
  AspectId aspect();

  /** The source, such as {@code "strikes.csv, rule 'strikes': 27 rows"}; must not be blank. */
  @Value.Parameter
  String source();

  /**
   * Returns the source of {@code aspect}.
   *
   * @throws IllegalArgumentException if {@code aspect} is malformed
   */
  static AspectSource of(String aspect, String source) {
    return of(AspectId.of(aspect), source);
  }

  /** Returns the source of {@code aspect}. */
  static AspectSource of(AspectId aspect, String source) {
    return ImmutableAspectSource.of(aspect, source);
  }
}
