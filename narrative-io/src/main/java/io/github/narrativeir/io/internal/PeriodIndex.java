package io.github.narrativeir.io.internal;

import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The periods of the model's situations, in inference order (by the first day of {@code from}, then
 * id): a situation runs from the first day of {@code from} to the last of {@code to}, or to the day
 * before the next situation begins (the last, without {@code to}, runs on). As {@code narrative
 * import} places rows, a date (a row's, a statement's) lands in every period that contains it.
 */
public final class PeriodIndex {
  private final List<Situation> order;
  private final LocalDate[] start;
  private final @Nullable LocalDate[] end;

  public PeriodIndex(List<Situation> situations) {
    order = new ArrayList<>(situations);
    order.sort(
        Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id));
    start = new LocalDate[order.size()];
    end = new LocalDate[order.size()];
    for (int s = 0; s < order.size(); s++) {
      Situation situation = order.get(s);
      start[s] = situation.from().start();
      int next = s + 1;
      end[s] =
          situation
              .to()
              .map(PartialDate::end)
              .orElse(next < order.size() ? order.get(next).from().start().minusDays(1) : null);
    }
  }

  /** The situations in period order. */
  public List<Situation> situations() {
    return order;
  }

  /** The index of every situation whose period contains {@code date}; empty if none does. */
  public int[] slots(LocalDate date) {
    int n = 0;
    int[] found = new int[order.size()];
    for (int s = 0; s < order.size(); s++) {
      LocalDate e = end[s];
      if (!date.isBefore(start[s]) && (e == null || !date.isAfter(e))) {
        found[n++] = s;
      }
    }
    return Arrays.copyOf(found, n);
  }
}
