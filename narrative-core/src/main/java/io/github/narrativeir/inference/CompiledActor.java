package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * One actor's concepts compiled for the incremental engine: concepts sorted by rank (priority
 * descending, then id), aspect ids as integers, and watch lists from each aspect to the triggers
 * and construals that mention it.
 */
final class CompiledActor {
  /** Rank: priority descending, then id ascending. */
  static final Comparator<Concept> RANK =
      Comparator.comparingInt(Concept::priority).reversed().thenComparing(Concept::id);

  /** Roles of an aspect in a trigger, packed into the low two bits of a watch entry. */
  static final int ALL = 0;

  static final int ANY = 1;
  static final int NONE = 2;

  private static final int[] NO_ENTRIES = new int[0];

  final ActorId id;
  final ImmutableList<Concept> concepts;
  final int[][] occludes;
  final int[][] highlights;
  final int[] allCount;
  final int[] anyCount;
  /** Indices into the construal arrays of each concept's construals, in the order given. */
  final int[][] conceptConstruals;

  final int[][] construalFrom;
  final int[] construalTo;
  final int[] construalOwner;

  /** For each aspect: {@code rank << 2 | role} of every trigger that mentions it. */
  final int[][] triggerWatch;
  /** For each aspect: the construals that have it in {@code from}. */
  final int[][] construalWatch;
  /** For each aspect: the construals that produce it. */
  final int[][] producers;
  /**
   * Every aspect the actor's concepts mention (in triggers, construals or occlusions): the only
   * aspects of a base its activations can depend on.
   */
  final BitSet mentioned = new BitSet();
  /**
   * The distinct aspects named by the actor's triggers, ascending: an episode sets up its trigger
   * counters by testing these against the base, whatever the size of the base.
   */
  final int[] triggerAspects;
  /**
   * How many aspects an episode's work stack may hold at once: every aspect pushed is one the
   * actor occludes or one a construal produces.
   */
  final int stackBound;
  /** The actor's prescriptions and proscriptions, compiled for tallying. */
  final PracticeTable practices;

  CompiledActor(ActorId id, List<Concept> held, CompiledModel model) {
    this.id = id;
    List<Concept> sorted = new ArrayList<>(held);
    sorted.sort(RANK);
    this.concepts = ImmutableList.copyOf(sorted);
    int n = concepts.size();
    int u = model.aspectCount();
    this.occludes = new int[n][];
    this.highlights = new int[n][];
    this.allCount = new int[n];
    this.anyCount = new int[n];
    this.conceptConstruals = new int[n][];

    List<List<Integer>> triggers = lists(u);
    List<List<Integer>> watch = lists(u);
    List<List<Integer>> produce = lists(u);
    List<int[]> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      Concept c = concepts.get(r);
      occludes[r] = model.indices(c.occludes());
      highlights[r] = model.indices(c.highlights());
      allCount[r] = c.when().allOf().size();
      anyCount[r] = c.when().anyOf().size();
      for (int a : model.indices(c.when().allOf())) {
        triggers.get(a).add(r << 2 | ALL);
      }
      for (int a : model.indices(c.when().anyOf())) {
        triggers.get(a).add(r << 2 | ANY);
      }
      for (int a : model.indices(c.when().noneOf())) {
        triggers.get(a).add(r << 2 | NONE);
      }
      conceptConstruals[r] = new int[c.construes().size()];
      for (int j = 0; j < c.construes().size(); j++) {
        Construal k = c.construes().get(j);
        int index = from.size();
        conceptConstruals[r][j] = index;
        int[] f = model.indices(k.from());
        from.add(f);
        int t = model.index(k.to());
        to.add(t);
        owner.add(r);
        for (int a : f) {
          watch.get(a).add(index);
        }
        produce.get(t).add(index);
      }
    }
    this.construalFrom = from.toArray(new int[0][]);
    this.construalTo = to.stream().mapToInt(Integer::intValue).toArray();
    this.construalOwner = owner.stream().mapToInt(Integer::intValue).toArray();
    this.triggerWatch = arrays(triggers);
    this.construalWatch = arrays(watch);
    this.producers = arrays(produce);
    for (int a = 0; a < u; a++) {
      if (triggerWatch[a].length > 0 || construalWatch[a].length > 0 || producers[a].length > 0) {
        mentioned.set(a);
      }
    }
    int occludeCount = 0;
    for (int[] occluded : occludes) {
      occludeCount += occluded.length;
      for (int a : occluded) {
        mentioned.set(a);
      }
    }
    this.triggerAspects =
        java.util.stream.IntStream.range(0, u).filter(a -> triggerWatch[a].length > 0).toArray();
    this.stackBound = occludeCount + construalTo.length + 1;
    this.practices = new PracticeTable(id, concepts, model);
  }

  /** The rank of concept {@code id}, or -1 when the actor does not hold it. */
  int rank(io.github.narrativeir.model.ConceptId id) {
    for (int r = 0; r < concepts.size(); r++) {
      if (concepts.get(r).id().equals(id)) {
        return r;
      }
    }
    return -1;
  }

  int size() {
    return concepts.size();
  }

  private static List<List<Integer>> lists(int size) {
    List<List<Integer>> lists = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>(0));
    }
    return lists;
  }

  private static int[][] arrays(List<List<Integer>> lists) {
    int[][] arrays = new int[lists.size()][];
    for (int i = 0; i < arrays.length; i++) {
      List<Integer> list = lists.get(i);
      arrays[i] = list.isEmpty() ? NO_ENTRIES : list.stream().mapToInt(Integer::intValue).toArray();
    }
    return arrays;
  }
}
