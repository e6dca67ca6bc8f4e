package io.github.narrativeir.examples;

import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the printed report writes ids, concepts, targets and nested text. */
final class Texts {
  private Texts() {}

  /**
   * A ratio as the library writes numbers: plainly, without trailing zeros, with at least one
   * fractional digit ({@code 1.0}, {@code 0.25}).
   */
  static String decimal(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() <= 0 ? stripped.setScale(1) : stripped).toPlainString();
  }

  /** The ids separated by commas, or {@code -} if there are none. */
  static String ids(Collection<?> ids) {
    return ids.isEmpty()
        ? "-"
        : ids.stream().map(Object::toString).collect(Collectors.joining(", "));
  }

  /** Each concept's label and id, separated by semicolons, or {@code -} if there are none. */
  static String labels(Model model, Collection<ConceptId> concepts) {
    if (concepts.isEmpty()) {
      return "-";
    }
    return concepts.stream()
        .map(id -> model.concept(id).map(Concept::label).orElse(id.value()) + " [" + id + "]")
        .collect(Collectors.joining("; "));
  }

  /** {@code " -> TARGET"}, or nothing for a practice without a target. */
  static String arrow(Optional<ActorId> target) {
    return target.map(t -> " -> " + t).orElse("");
  }

  /** {@code text} with every line indented by four spaces, ending in a newline. */
  static String indent(String text) {
    return text.lines().map(l -> "    " + l).collect(Collectors.joining("\n", "", "\n"));
  }
}
