package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.ConceptReason;
import io.github.narrativeir.inference.Derivation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Self-reproducing practices: from the interaction provenance of every prediction (which earlier
 * predictions' interaction aspects triggered the concepts behind it), the cycles of practices that
 * cause one another to repeat across situations.
 *
 * @since 0.1.0
 */
public final class PracticeCycles {
  private PracticeCycles() {}

  /** Every link of interaction provenance in {@code result}, in prediction order. */
  public static ImmutableList<PracticeLink> links(Inference result) {
    checkNotNull(result, "result");
    ImmutableList.Builder<PracticeLink> links = ImmutableList.builder();
    for (Prediction to : result.predictions()) {
      for (ConceptReason reason : result.explain(to).supporting()) {
        Set<String> seen = new TreeSet<>();
        List<Derivation> pending = new ArrayList<>(reason.allOf());
        pending.addAll(reason.anyOf());
        while (!pending.isEmpty()) {
          Derivation d = pending.remove(pending.size() - 1);
          if (d instanceof Derivation.Interaction i) {
            if (seen.add(PracticeKeys.of(i.prediction()))) {
              links.add(new PracticeLink(i.prediction(), reason.concept().id(), to));
            }
          } else if (d instanceof Derivation.Construed c) {
            pending.addAll(c.from());
          }
        }
      }
    }
    return links.build();
  }

  /** The elementary cycles of practices, each starting with its least practice, sorted. */
  public static ImmutableList<PracticeCycle> find(Inference result) {
    ImmutableList<PracticeLink> links = links(result);
    Map<String, Set<String>> edges = new TreeMap<>();
    for (PracticeLink link : links) {
      edges.computeIfAbsent(practice(link.from()), k -> new TreeSet<>()).add(practice(link.to()));
    }
    List<List<String>> cycles = new ArrayList<>();
    for (String start : edges.keySet()) {
      walk(start, start, edges, new ArrayList<>(List.of(start)), cycles);
    }
    ImmutableList.Builder<PracticeCycle> out = ImmutableList.builder();
    for (List<String> cycle : cycles) {
      List<PracticeLink> along = new ArrayList<>();
      for (int i = 0; i < cycle.size(); i++) {
        String from = cycle.get(i);
        String to = cycle.get((i + 1) % cycle.size());
        for (PracticeLink link : links) {
          if (practice(link.from()).equals(from) && practice(link.to()).equals(to)) {
            along.add(link);
          }
        }
      }
      List<String> order = result.situations().stream().map(s -> s.id().value()).toList();
      along.sort(
          (a, b) ->
              Integer.compare(
                  order.indexOf(a.to().situation().value()),
                  order.indexOf(b.to().situation().value())));
      out.add(new PracticeCycle(ImmutableList.copyOf(cycle), ImmutableList.copyOf(along)));
    }
    return out.build();
  }

  /** Depth-first search for cycles through {@code start} whose other nodes are greater than it. */
  private static void walk(
      String start,
      String node,
      Map<String, Set<String>> edges,
      List<String> path,
      List<List<String>> cycles) {
    for (String next : edges.getOrDefault(node, Collections.emptySet())) {
      if (next.equals(start)) {
        cycles.add(new ArrayList<>(path));
      } else if (next.compareTo(start) > 0 && !path.contains(next)) {
        path.add(next);
        walk(start, next, edges, path, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  private static String practice(Prediction p) {
    return p.actor() + " " + p.practice() + " " + p.target().map(ActorId::value).orElse("-");
  }
}
