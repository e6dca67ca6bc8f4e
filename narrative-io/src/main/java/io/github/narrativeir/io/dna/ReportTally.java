package io.github.narrativeir.io.dna;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.io.dna.DnaReport.ConceptCount;
import io.github.narrativeir.io.dna.DnaReport.Reason;
import io.github.narrativeir.io.dna.DnaReport.Unmapped;
import io.github.narrativeir.io.internal.PeriodIndex;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts of one import as statements stream by, kept in memory that grows with the distinct
 * organisations, concepts and periods, never with the statements; then the {@link DnaReport}.
 */
final class ReportTally {
  private final PeriodIndex periods;
  private final Map<ConceptId, Map<Integer, long[]>> concepts = new HashMap<>();
  private final Map<Reason, Map<String, Examples>> unmapped = new HashMap<>();
  long read;
  long disagreeingSkipped;
  long selected;
  long mapped;
  long added;
  long alreadyPresent;

  ReportTally(PeriodIndex periods) {
    this.periods = periods;
  }

  /** Counts a statement that maps to {@code concept}, dated {@code date}, agreeing or not. */
  void concept(ConceptId concept, Optional<LocalDate> date, boolean agrees) {
    Map<Integer, long[]> bySlot = concepts.computeIfAbsent(concept, k -> new HashMap<>());
    int[] slots = date.map(periods::slots).orElse(new int[0]);
    if (slots.length == 0) {
      bySlot.computeIfAbsent(Integer.MAX_VALUE, k -> new long[2])[agrees ? 0 : 1]++;
    }
    for (int s : slots) {
      bySlot.computeIfAbsent(s, k -> new long[2])[agrees ? 0 : 1]++;
    }
  }

  /** Counts a selected statement {@code statement} not mapped for {@code reason}. */
  void unmapped(Reason reason, String value, long statement) {
    Examples e =
        unmapped
            .computeIfAbsent(reason, k -> new HashMap<>())
            .computeIfAbsent(value, k -> new Examples());
    e.count++;
    if (e.first.size() < DnaReport.EXAMPLES) {
      e.first.add(statement);
    }
  }

  DnaReport report(
      String database,
      String kind,
      String mapping,
      String statementType,
      boolean counterEvidence,
      Model model) {
    List<Unmapped> lists = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      Map<String, Examples> byValue = unmapped.getOrDefault(reason, Map.of());
      byValue.entrySet().stream()
          .sorted(
              Comparator.comparingLong((Map.Entry<String, Examples> e) -> -e.getValue().count)
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e ->
                  lists.add(
                      new Unmapped(
                          reason,
                          e.getKey(),
                          e.getValue().count,
                          ImmutableList.copyOf(e.getValue().first))));
    }
    List<ConceptCount> counts = new ArrayList<>();
    List<Situation> situations = periods.situations();
    for (Concept c : model.concepts()) {
      Map<Integer, long[]> bySlot = concepts.get(c.id());
      if (bySlot == null) {
        continue;
      }
      bySlot.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  counts.add(
                      new ConceptCount(
                          c.id(),
                          e.getKey() == Integer.MAX_VALUE
                              ? Optional.empty()
                              : Optional.of(situations.get(e.getKey()).id()),
                          e.getValue()[0],
                          e.getValue()[1])));
    }
    return new DnaReport(
        database,
        kind,
        mapping,
        statementType,
        counterEvidence,
        read,
        disagreeingSkipped,
        selected,
        mapped,
        added,
        alreadyPresent,
        ImmutableList.copyOf(lists),
        ImmutableList.copyOf(counts));
  }

  /** How many statements, and the first ids. */
  private static final class Examples {
    long count;
    final List<Long> first = new ArrayList<>();
  }
}
