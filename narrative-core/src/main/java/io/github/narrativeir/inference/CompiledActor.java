package io.github.narrativeir.inference;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One actor's concepts compiled for the incremental engine: concepts sorted by rank (priority
 * descending, then id), aspect ids as integers, and watch lists from each aspect to the triggers
 * and construals that mention it.
 */
final class CompiledActor {
  /** Rank: priority descending, then id ascending. */
  static final Comparator<Concept> RANK =
      Comparator.comparingInt(Concept::priority).reversed().thenComparing(Concept::id);

  private static final int[] NO_ENTRIES = new int[0];

  /** Roles of an aspect in a trigger, packed into the low two bits of a watch entry. */
  static final int ALL = 0;

  static final int ANY = 1;
  static final int NONE = 2;

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

  /**
   * The aspects the actor's concepts name (in triggers, construals, occlusions and highlights), as
   * interned indices in ascending (so id) order. The actor's tables and its episode runs number
   * aspects by their position here (local indices), so that they grow with the actor's own
   * concepts, not with every aspect of the model (which holds one interaction aspect per prescribed
   * practice of every actor); local order is id order.
   */
  final int[] global;

  /** For each local aspect: {@code rank << 2 | role} of every trigger that mentions it. */
  final int[][] triggerWatch;

  /** For each local aspect: the construals that have it in {@code from}. */
  final int[][] construalWatch;

  /** For each local aspect: the construals that produce it. */
  final int[][] producers;

  /**
   * Every aspect the actor's concepts mention (in triggers, construals or occlusions): the only
   * aspects of a base its activations can depend on.
   */
  final BitSet mentioned = new BitSet();

  /**
   * The distinct aspects named by the actor's triggers, as ascending local indices: an episode sets
   * up its trigger counters by testing these against the base, whatever the size of the base.
   */
  final int[] triggerAspects;

  /** The watch entries of each of {@link #triggerAspects}, at the same position. */
  final int[][] triggerEntries;

  /**
   * How many aspects an episode's work stack may hold at once: every aspect pushed is one the actor
   * occludes or one a construal produces.
   */
  final int stackBound;

  /** The actor's prescriptions and proscriptions, compiled for tallying. */
  final PracticeTable practices;

  CompiledActor(ActorId id, List<Concept> held, CompiledModel model) {
    this(id, held, model, Map.of());
  }

  /**
   * {@code id}'s concepts compiled with the entries of {@code weights} weighing as given there (a
   * {@link ModelEdit}'s weights) instead of as written.
   */
  CompiledActor(
      ActorId id,
      List<Concept> held,
      CompiledModel model,
      Map<ModelEdit.Entry, java.math.BigDecimal> weights) {
    this.id = id;
    List<Concept> sorted = new ArrayList<>(held);
    sorted.sort(RANK);
    this.concepts = ImmutableList.copyOf(sorted);
    int n = concepts.size();
    this.occludes = new int[n][];
    this.highlights = new int[n][];
    this.allCount = new int[n];
    this.anyCount = new int[n];
    this.conceptConstruals = new int[n][];

    TreeMap<Integer, List<Integer>> triggers = new TreeMap<>();
    TreeMap<Integer, List<Integer>> watch = new TreeMap<>();
    TreeMap<Integer, List<Integer>> produce = new TreeMap<>();
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
        add(triggers, a, r << 2 | ALL);
      }
      for (int a : model.indices(c.when().anyOf())) {
        add(triggers, a, r << 2 | ANY);
      }
      for (int a : model.indices(c.when().noneOf())) {
        add(triggers, a, r << 2 | NONE);
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
          add(watch, a, index);
        }
        add(produce, t, index);
      }
    }
    TreeSet<Integer> named = new TreeSet<>();
    named.addAll(triggers.keySet());
    named.addAll(watch.keySet());
    named.addAll(produce.keySet());
    int occludeCount = 0;
    for (int r = 0; r < n; r++) {
      occludeCount += occludes[r].length;
      for (int a : occludes[r]) {
        mentioned.set(a);
        named.add(a);
      }
      for (int a : highlights[r]) {
        named.add(a);
      }
    }
    for (Map<Integer, List<Integer>> lists : List.of(triggers, watch, produce)) {
      lists.keySet().forEach(mentioned::set);
    }
    this.global = named.stream().mapToInt(Integer::intValue).toArray();
    for (int r = 0; r < n; r++) {
      occludes[r] = local(occludes[r]);
      highlights[r] = local(highlights[r]);
    }
    this.construalFrom = from.stream().map(this::local).toArray(int[][]::new);
    this.construalTo = local(to.stream().mapToInt(Integer::intValue).toArray());
    this.construalOwner = owner.stream().mapToInt(Integer::intValue).toArray();
    this.triggerWatch = dense(triggers);
    this.construalWatch = dense(watch);
    this.producers = dense(produce);
    this.triggerAspects = local(triggers.keySet().stream().mapToInt(Integer::intValue).toArray());
    this.triggerEntries = new int[triggerAspects.length][];
    for (int i = 0; i < triggerAspects.length; i++) {
      triggerEntries[i] = triggerWatch[triggerAspects[i]];
    }
    this.stackBound = occludeCount + construalTo.length + 1;
    this.practices = new PracticeTable(id, concepts, model, weights);
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

  /** The local indices of interned aspects the actor names. */
  private int[] local(int[] aspects) {
    int[] local = new int[aspects.length];
    for (int i = 0; i < aspects.length; i++) {
      local[i] = Arrays.binarySearch(global, aspects[i]);
    }
    return local;
  }

  /** Lists by interned aspect, as an array over local indices (empty where there is none). */
  private int[][] dense(TreeMap<Integer, List<Integer>> lists) {
    int[][] dense = new int[global.length][];
    Arrays.fill(dense, NO_ENTRIES);
    for (Map.Entry<Integer, List<Integer>> e : lists.entrySet()) {
      dense[Arrays.binarySearch(global, e.getKey())] =
          e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    return dense;
  }

  private static void add(TreeMap<Integer, List<Integer>> lists, int aspect, int value) {
    lists.computeIfAbsent(aspect, k -> new ArrayList<>(2)).add(value);
  }
}
