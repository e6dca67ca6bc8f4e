package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Section 2: every practice predicted or observed, one row each in time order, with whether it was
 * predicted and whether it was observed; then the observed starts and stops, and whether each was
 * predicted.
 */
final class PredictedAndObserved {
  private static final String ROW = "  %-19s %-5s %-22s %-12s %-10s %s%n";

  private PredictedAndObserved() {}

  static Section section(Inference result) {
    TreeSet<String> rows = new TreeSet<>();
    List<Situation> order = result.situations();
    for (Prediction p : result.predictions()) {
      rows.add(row(order, p.situation(), p.actor(), p.practice(), p.target()));
    }
    for (Observation o : result.model().observations()) {
      if (o.change().isEmpty()) {
        rows.add(row(order, o.situation(), o.actor(), o.practice(), o.target()));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(ROW, "situation", "actor", "practice", "target", "predicted", "observed"));
    for (String row : rows) {
      String[] f = row.split("\t", -1);
      SituationId s = SituationId.of(f[1]);
      ActorId a = ActorId.of(f[2]);
      PracticeId p = PracticeId.of(f[3]);
      Optional<ActorId> t = f[4].equals("-") ? Optional.empty() : Optional.of(ActorId.of(f[4]));
      boolean predicted =
          result.predictions().stream()
              .anyMatch(
                  x ->
                      x.situation().equals(s)
                          && x.actor().equals(a)
                          && x.practice().equals(p)
                          && x.target().equals(t));
      Predicate<Observation> here =
          o ->
              o.change().isEmpty()
                  && o.situation().equals(s)
                  && o.actor().equals(a)
                  && o.practice().equals(p)
                  && (o.target().isEmpty() || o.target().equals(t));
      boolean observed =
          result.model().observations().stream().anyMatch(o -> here.test(o) && o.occurred());
      boolean denied =
          result.model().observations().stream().anyMatch(o -> here.test(o) && !o.occurred());
      out.append(
          String.format(
              ROW,
              f[1],
              f[2],
              f[3],
              f[4],
              predicted ? "yes" : "-",
              observed ? "yes" : denied ? "did not happen" : "-"));
    }
    out.append("  changes observed: ");
    List<String> changes = new ArrayList<>();
    for (Observation o : result.model().observations()) {
      o.change()
          .ifPresent(
              c ->
                  changes.add(
                      o.actor()
                          + " "
                          + o.practice()
                          + Texts.arrow(o.target())
                          + " "
                          + c.token()
                          + " in "
                          + o.situation()
                          + (Results.explained(result, o) ? " (predicted)" : " (NOT predicted)")));
    }
    out.append(String.join("; ", changes)).append('\n');
    return new Section("Predicted and observed practices", out.toString());
  }

  /** A row's sort key and cells: the situation's place in time, then the cells, tab-separated. */
  private static String row(
      List<Situation> order, SituationId s, ActorId a, PracticeId p, Optional<ActorId> t) {
    int index = 0;
    while (!order.get(index).id().equals(s)) {
      index++;
    }
    return index + "\t" + s + "\t" + a + "\t" + p + "\t" + t.map(ActorId::value).orElse("-");
  }
}
