package io.github.narrativeir.analysis;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovery the slow and obvious way: every set of at most {@code maxConcepts} candidates, each
 * added to the model (or put in place of the actor's concepts) and run through the engine; the
 * best, the ties, the top list (one solution per reading, the reading's best, listed when every
 * concept of it is needed) and the observations no solution explains, straight from the
 * definitions.
 */
final class DiscoveryBruteForce {
  private DiscoveryBruteForce() {}

  private static final NarrativeEngine ENGINE = NarrativeEngine.create();

  /** A candidate concept, before it gets an id. */
  record Candidate(List<String> all, List<String> none, String practice, Optional<String> target) {
    String text() {
      return String.join("+", all)
          + "|"
          + String.join("+", none)
          + "|"
          + practice
          + "|"
          + target.orElse("-");
    }

    int literals() {
      return all.size() + none.size();
    }
  }

  /** One set of candidates and what the engine makes of it. */
  record Solution(
      List<Integer> members,
      List<String> texts,
      int explained,
      int literals,
      Set<String> reading,
      List<Observation> unexplained,
      List<Concept> concepts) {
    int size() {
      return members.size();
    }
  }

  /** What a discovery should report. */
  record Expected(
      Solution best, long ties, List<Solution> top, List<Observation> unexplainable, int runs) {}

  /** Most explained, fewest concepts, fewest literals, smallest sorted texts. */
  static final Comparator<Solution> RANK =
      Comparator.comparingInt((Solution s) -> -s.explained())
          .thenComparingInt(Solution::size)
          .thenComparingInt(Solution::literals)
          .thenComparing(Solution::texts, DiscoveryBruteForce::compareTexts);

  static int compareTexts(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The practice/target pairs of the actor's plain observations, as (practice, target). */
  static List<Candidate> pairs(Model model, ActorId actor) {
    TreeSet<String> seen = new TreeSet<>();
    List<Candidate> pairs = new ArrayList<>();
    model.observations().stream()
        .filter(o -> o.actor().equals(actor) && o.change().isEmpty())
        .forEach(
            o -> {
              Candidate c =
                  new Candidate(
                      List.of(), List.of(), o.practice().value(), o.target().map(ActorId::value));
              if (seen.add(c.text())) {
                pairs.add(c);
              }
            });
    return pairs;
  }

  /**
   * The literal universe: aspects given in some situation, the interaction aspects every
   * prescription of the model names, and those of the actor's pairs; in id order.
   */
  static List<String> universe(Model model, ActorId actor) {
    TreeSet<String> u = new TreeSet<>();
    for (Situation s : model.situations()) {
      s.aspects().forEach(a -> u.add(a.value()));
    }
    for (Concept c : model.concepts()) {
      for (Prescription p : c.prescribes()) {
        u.add(
            DiscoveryModels.interaction(
                c.holder().value(), p.practice().value(), p.target().map(ActorId::value)));
      }
    }
    for (Candidate p : pairs(model, actor)) {
      u.add(DiscoveryModels.interaction(actor.value(), p.practice(), p.target()));
    }
    return new ArrayList<>(u);
  }

  static List<Candidate> candidates(Model model, ActorId actor, int maxAll, int maxNone) {
    List<String> u = universe(model, actor);
    List<List<String>> alls = subsets(u, maxAll);
    List<List<String>> nones = subsets(u, maxNone);
    List<Candidate> out = new ArrayList<>();
    for (Candidate pair : pairs(model, actor)) {
      for (List<String> all : alls) {
        for (List<String> none : nones) {
          if (none.stream().noneMatch(all::contains)) {
            out.add(new Candidate(all, none, pair.practice(), pair.target()));
          }
        }
      }
    }
    return out;
  }

  /** How many sets of at most {@code maxConcepts} candidates there are. */
  static long solutions(Model model, ActorId actor, int maxAll, int maxNone, int maxConcepts) {
    long n = candidates(model, actor, maxAll, maxNone).size();
    long total = 0;
    long binomial = 1;
    for (int k = 0; k <= maxConcepts; k++) {
      total += binomial;
      binomial = binomial * (n - k) / (k + 1);
    }
    return total;
  }

  private static List<List<String>> subsets(List<String> items, int max) {
    List<List<String>> out = new ArrayList<>();
    extend(items, max, 0, new ArrayList<>(), out);
    return out;
  }

  private static void extend(
      List<String> items, int max, int from, List<String> prefix, List<List<String>> out) {
    out.add(List.copyOf(prefix));
    if (prefix.size() == max) {
      return;
    }
    for (int i = from; i < items.size(); i++) {
      prefix.add(items.get(i));
      extend(items, max, i + 1, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  private static final Pattern NUMBERED = Pattern.compile("\\.discovered\\.([0-9]+)");

  /** One more than the highest {@code n} of a concept named {@code <actor>.discovered.<n>}. */
  static int firstNumber(Model model, ActorId actor) {
    int highest = 0;
    for (Concept c : model.concepts()) {
      String id = c.id().value();
      if (id.startsWith(actor.value())) {
        Matcher m = NUMBERED.matcher(id.substring(actor.value().length()));
        if (m.matches()) {
          highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
      }
    }
    return highest + 1;
  }

  /** The concepts of a set of candidates: ids numbered in the order of their texts. */
  static List<Concept> concepts(
      Model model, ActorId actor, List<Candidate> candidates, List<Integer> members) {
    List<Candidate> chosen = new ArrayList<>();
    members.forEach(i -> chosen.add(candidates.get(i)));
    chosen.sort(Comparator.comparing(Candidate::text));
    int n = firstNumber(model, actor);
    List<Concept> out = new ArrayList<>();
    for (Candidate c : chosen) {
      Trigger.Builder when = Trigger.builder();
      c.all().forEach(a -> when.addAllOf(AspectId.of(a)));
      c.none().forEach(a -> when.addNoneOf(AspectId.of(a)));
      Prescription.Builder p = Prescription.builder().practice(c.practice());
      c.target().ifPresent(p::target);
      out.add(
          Concept.builder()
              .id(actor.value() + ".discovered." + n++)
              .holder(actor)
              .priority(0)
              .when(when.build())
              .addPrescribes(p.build())
              .build());
    }
    return out;
  }

  /**
   * The model with {@code discovered} added (add) or in place of the actor's concepts (replace).
   */
  static Model with(Model model, ActorId actor, Discovery.Mode mode, List<Concept> discovered) {
    ImmutableList.Builder<Concept> concepts = ImmutableList.builder();
    for (Concept c : model.concepts()) {
      if (mode == Discovery.Mode.ADD || !c.holder().equals(actor)) {
        concepts.add(c);
      }
    }
    concepts.addAll(discovered);
    return Model.builder().from(model).concepts(concepts.build()).build();
  }

  static Expected solve(Model model, Discovery discovery) {
    ActorId actor = discovery.actor();
    List<Candidate> candidates = candidates(model, actor, discovery.maxAll(), discovery.maxNone());
    Set<String> pairKeys = new HashSet<>();
    for (Candidate p : pairs(model, actor)) {
      pairKeys.add(p.practice() + "|" + p.target().orElse("-"));
    }
    Map<List<Integer>, Solution> all = new HashMap<>();
    List<Solution> solutions = new ArrayList<>();
    int[] runs = {0};
    combinations(
        candidates.size(),
        discovery.maxConcepts(),
        members -> {
          List<Concept> concepts = concepts(model, actor, candidates, members);
          Inference inference = ENGINE.infer(with(model, actor, discovery.mode(), concepts));
          runs[0]++;
          Evaluation e = inference.evaluation().orElseThrow();
          Set<String> reading = new HashSet<>();
          for (Prediction p : inference.predictions()) {
            String key = p.practice().value() + "|" + p.target().map(ActorId::value).orElse("-");
            if (p.actor().equals(actor) && pairKeys.contains(key)) {
              reading.add(p.situation().value() + "|" + key);
            }
          }
          List<String> texts = new ArrayList<>();
          int literals = 0;
          for (int i : members) {
            texts.add(candidates.get(i).text());
            literals += candidates.get(i).literals();
          }
          texts.sort(null);
          Solution s =
              new Solution(
                  List.copyOf(members),
                  texts,
                  e.explained(),
                  literals,
                  reading,
                  e.unexplained(),
                  concepts);
          all.put(s.members(), s);
          solutions.add(s);
        });
    solutions.sort(RANK);
    Solution best = solutions.get(0);
    long ties =
        solutions.stream()
            .filter(
                s ->
                    s.explained() == best.explained()
                        && s.size() == best.size()
                        && s.literals() == best.literals())
            .count();
    // one solution per reading, the reading's best; listed when each of its concepts is needed
    Map<Set<String>, Solution> byReading = new HashMap<>();
    for (Solution s : solutions) {
      byReading.putIfAbsent(s.reading(), s); // sorted: the first is the best
    }
    List<Solution> top = new ArrayList<>();
    for (Solution s : byReading.values()) {
      if (needed(s, all)) {
        top.add(s);
      }
    }
    top.sort(RANK);
    if (top.size() > discovery.top()) {
      top = top.subList(0, discovery.top());
    }
    // the observations every solution leaves unexplained
    Set<Observation> always = new HashSet<>(solutions.get(0).unexplained());
    for (Solution s : solutions) {
      always.retainAll(new HashSet<>(s.unexplained()));
    }
    Solution empty = all.get(List.of());
    List<Observation> unexplainable =
        empty.unexplained().stream().filter(always::contains).toList();
    return new Expected(best, ties, List.copyOf(top), unexplainable, runs[0]);
  }

  /** Whether removing any one concept of {@code s} explains fewer observations. */
  static boolean needed(Solution s, Map<List<Integer>, Solution> all) {
    for (int i = 0; i < s.members().size(); i++) {
      List<Integer> without = new ArrayList<>(s.members());
      without.remove(i);
      if (all.get(without).explained() >= s.explained()) {
        return false;
      }
    }
    return true;
  }

  /** Calls {@code each} with every ascending list of at most {@code max} of {@code 0..n-1}. */
  static void combinations(int n, int max, java.util.function.Consumer<List<Integer>> each) {
    combine(n, max, 0, new ArrayList<>(), each);
  }

  private static void combine(
      int n,
      int max,
      int from,
      List<Integer> prefix,
      java.util.function.Consumer<List<Integer>> each) {
    each.accept(List.copyOf(prefix));
    if (prefix.size() == max) {
      return;
    }
    for (int i = from; i < n; i++) {
      prefix.add(i);
      combine(n, max, i + 1, prefix, each);
      prefix.remove(prefix.size() - 1);
    }
  }
}
