package io.github.narrativeir.inference;

import io.github.narrativeir.internal.Decimals;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders an {@link Explanation} as readable, indented text. */
final class ExplanationRenderer {
  private final StringBuilder out = new StringBuilder();

  private ExplanationRenderer() {}

  static String render(Explanation e) {
    ExplanationRenderer r = new ExplanationRenderer();
    r.explanation(e);
    return r.out.toString();
  }

  private void explanation(Explanation e) {
    String what =
        e.actor()
            + " "
            + e.practice()
            + e.target().map(t -> " -> " + t).orElse("")
            + " in situation '"
            + e.situation()
            + "'";
    if (e.predicted()) {
      line(
          0,
          what
              + ": predicted (support "
              + number(e.support())
              + " > opposition "
              + number(e.opposition())
              + ")");
    } else if (e.supporting().isEmpty() && e.opposing().isEmpty()) {
      line(0, what + ": not predicted (no active concept of " + e.actor() + " names it)");
    } else {
      line(
          0,
          what
              + ": not predicted (support "
              + number(e.support())
              + " does not exceed opposition "
              + number(e.opposition())
              + ")");
    }
    for (ConceptReason c : e.supporting()) {
      reason("for", c);
    }
    for (ConceptReason c : e.opposing()) {
      reason("against", c);
    }
    for (InactiveReason c : e.inactive()) {
      inactive(c);
    }
    for (ObservationOutcome o : e.observations()) {
      observation(e, o);
    }
  }

  /** What an observation of the practice says, and whether the model agrees. */
  private void observation(Explanation e, ObservationOutcome outcome) {
    Observation o = outcome.observation();
    String source = o.source().map(s -> "source: " + s).orElse("no source given");
    String scope = o.target().isEmpty() && e.target().isPresent() ? ", naming no target" : "";
    switch (outcome.outcome()) {
      case TRUE_POSITIVE ->
          line(
              1,
              "observed: it happened ("
                  + source
                  + scope
                  + "); the model predicts it (true positive)"
                  + elsewhere(e, outcome));
      case FALSE_NEGATIVE ->
          line(
              1,
              "observed: it happened ("
                  + source
                  + scope
                  + "), but the model does not predict it (false negative)");
      case TRUE_NEGATIVE ->
          line(
              1,
              "observed: the sources say this did not happen ("
                  + source
                  + scope
                  + "), and the model does not predict it (true negative)");
      case FALSE_POSITIVE -> {
        line(
            1,
            "observed: the sources say this did not happen ("
                + source
                + scope
                + "), but the model predicts it (false positive):");
        for (Prediction p : outcome.predictions()) {
          line(
              2,
              "predicted "
                  + p.actor()
                  + " "
                  + p.practice()
                  + p.target().map(t -> " -> " + t).orElse("")
                  + " (support "
                  + number(p.support())
                  + " > opposition "
                  + number(p.opposition())
                  + ") by "
                  + list(p.concepts()));
        }
      }
      case CHANGE_EXPLAINED ->
          line(
              1,
              "observed: it "
                  + o.change().orElseThrow().token()
                  + " in this situation ("
                  + source
                  + scope
                  + "); the narrative has that change (explained)");
      case CHANGE_UNEXPLAINED ->
          line(
              1,
              "observed: it "
                  + o.change().orElseThrow().token()
                  + " in this situation ("
                  + source
                  + scope
                  + "), but the narrative lacks that change"
                  + " (not explained)");
    }
  }

  /** For a targetless observation confirmed only by a prediction with another target, which one. */
  private static String elsewhere(Explanation e, ObservationOutcome outcome) {
    if (e.predicted()) {
      return "";
    }
    return outcome.predictions().stream()
        .map(p -> p.actor() + " " + p.practice() + p.target().map(t -> " -> " + t).orElse(""))
        .collect(Collectors.joining(", ", " as ", ""));
  }

  private void reason(String side, ConceptReason c) {
    line(
        1,
        side
            + ": "
            + concept(c.concept())
            + ", weight "
            + number(c.weight())
            + ", activated "
            + ordinal(c.activation()));
    Set<AspectId> shown = new HashSet<>();
    if (c.allOf().isEmpty() && c.anyOf().isEmpty() && c.noneOf().isEmpty()) {
      line(2, "applies in every situation (empty trigger)");
    }
    if (!c.allOf().isEmpty()) {
      line(2, "needs all of its 'all' aspects:");
      for (Derivation d : c.allOf()) {
        derivation(3, d, shown);
      }
    }
    if (!c.anyOf().isEmpty()) {
      line(2, "needs one of its 'any' aspects:");
      for (Derivation d : c.anyOf()) {
        derivation(3, d, shown);
      }
    }
    if (!c.noneOf().isEmpty()) {
      line(2, "none of " + list(c.noneOf()) + " was perceived");
    }
    for (Evidence ev : c.concept().evidence().stream().sorted(Evidence.ORDER).toList()) {
      line(2, "evidence: " + evidence(ev));
    }
  }

  private void derivation(int depth, Derivation d, Set<AspectId> shown) {
    boolean first = shown.add(d.aspect());
    if (d instanceof Derivation.Given g) {
      line(
          depth,
          g.aspect()
              + ": holds in situation '"
              + g.situation()
              + "'"
              + (g.sources().isEmpty() ? "" : " (source: " + String.join("; ", g.sources()) + ")"));
    } else if (d instanceof Derivation.Interaction i) {
      Prediction p = i.prediction();
      line(
          depth,
          i.aspect()
              + ": "
              + p.actor()
              + " "
              + p.practice()
              + p.target().map(t -> " -> " + t).orElse("")
              + " was predicted in situation '"
              + p.situation()
              + "' (support "
              + number(p.support())
              + " > opposition "
              + number(p.opposition())
              + "; "
              + list(p.concepts())
              + ")");
    } else if (d instanceof Derivation.Construed c) {
      if (!first) {
        line(depth, c.aspect() + ": construed by " + c.concept() + " (as above)");
        return;
      }
      line(
          depth,
          c.aspect()
              + ": construed by "
              + c.concept()
              + (c.from().isEmpty()
                  ? " unconditionally"
                  : " from "
                      + list(
                          c.from().stream().map(Derivation::aspect).collect(Collectors.toList()))));
      for (Derivation from : c.from()) {
        derivation(depth + 1, from, shown);
      }
    }
  }

  private void inactive(InactiveReason c) {
    line(
        1,
        "not active: "
            + concept(c.concept())
            + ", would "
            + (c.prescribes() ? "prescribe" : "proscribe")
            + " with weight "
            + number(c.weight()));
    if (!c.missingAll().isEmpty()) {
      line(2, "lacks 'all' aspects " + list(c.missingAll()));
    }
    if (!c.missingAny().isEmpty()) {
      line(2, "perceived none of its 'any' aspects " + list(c.missingAny()));
    }
    if (!c.presentNone().isEmpty()) {
      line(2, "perceived 'none' aspects " + list(c.presentNone()));
    }
    if (!c.occluded().isEmpty()) {
      line(2, "occluded by an active concept: " + list(c.occluded()));
    }
  }

  private static String concept(Concept c) {
    String label = c.label().equals(c.id().value()) ? "" : " \"" + c.label() + "\"";
    return c.id() + label + " (priority " + c.priority() + ")";
  }

  private static String evidence(Evidence e) {
    StringBuilder sb = new StringBuilder();
    e.speaker().ifPresent(s -> sb.append(s).append(", "));
    sb.append(e.source());
    e.date().ifPresent(d -> sb.append(", ").append(d));
    e.quote()
        .ifPresent(
            q ->
                sb.append(e.paraphrase() ? ": (paraphrase) " : ": \"")
                    .append(q)
                    .append(e.paraphrase() ? "" : "\""));
    e.url().ifPresent(u -> sb.append(" <").append(u).append('>'));
    return sb.toString();
  }

  private static String list(Collection<?> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix =
        mod100 >= 11 && mod100 <= 13
            ? "th"
            : List.of("th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th").get(n % 10);
    return n + suffix;
  }

  /** Plain decimal with at least one fractional digit, as in the result format: 1.0, 0.5. */
  static String number(BigDecimal value) {
    return Decimals.format(value);
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
