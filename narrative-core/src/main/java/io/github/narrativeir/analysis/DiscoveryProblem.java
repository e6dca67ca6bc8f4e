package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.ModelValidator;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A discovery's problem, set up once: situations in order, every aspect numbered in id order, the
 * keys (actor, practice, target) that can be predicted, the actor's pairs, the triggers within the
 * bounds, the other actors' concepts, and the observations, each with the keys that match it.
 */
final class DiscoveryProblem {
  /** The most situations a search follows (a reading is a 63-bit mask per pair). */
  static final int MAX_SITUATIONS = 63;

  /** The most pairs a search follows (a situation's decision is a 63-bit mask of pairs). */
  static final int MAX_PAIRS = 63;

  /** A predictable practice: who, what, to whom. */
  record Key(ActorId actor, PracticeId practice, Optional<ActorId> target) {}

  /** How an observation is explained. */
  enum Kind {
    OCCURRED,
    NOT_OCCURRED,
    STARTED,
    STOPPED
  }

  final Model model;
  final Model reference;
  final ActorId actor;
  final Discovery.Mode mode;
  final boolean interaction;
  final ImmutableList<Situation> situations;
  final Map<SituationId, Integer> situationIndex = new HashMap<>();
  final AspectId[] aspectIds;
  private final Map<AspectId, Integer> aspectIndex = new HashMap<>();
  final BitSet[] given;
  final List<Key> keys = new ArrayList<>();
  private final Map<Key, Integer> keyIndex = new HashMap<>();

  /** The interaction aspect of each key. */
  int[] did;

  /** The actor's pairs as keys, in order (practice, then target, none first). */
  final int[] pairs;

  /** The aspects a literal may name, ascending. */
  final int[] literals;

  /** Every other actor that holds concepts, in id order. */
  final List<DiscoveryActor> others = new ArrayList<>();

  /** The actor's own concepts, in add mode (empty in replace mode or when it holds none). */
  final Optional<DiscoveryActor> own;

  /** Where discovered concepts rank among the actor's own: as a concept with the first new id. */
  final Concept position;

  /** The number of the first discovered concept ({@code <actor>.discovered.<n>}). */
  final int firstNumber;

  final Triggers triggers;
  final ImmutableList<Observation> observations;
  final int[] observationSituation;
  final Kind[] observationKind;
  final int[][] observationKeys;

  /** The observations of each situation, as indices into {@link #observations}. */
  final int[][] bySituation;

  final Comparator<Observation> observationOrder;

  private DiscoveryProblem(Model model, Discovery discovery) {
    ModelValidator.validate(model).throwIfInvalid();
    this.model = model;
    this.actor = discovery.actor();
    this.mode = discovery.mode();
    this.interaction = model.options().interaction();
    checkArgument(
        model.actors().stream().anyMatch(a -> a.id().equals(actor)),
        "the model has no actor %s (its actors: %s)",
        actor,
        model.actors().stream().map(a -> a.id().value()).toList());
    List<Observation> plain =
        model.observations().stream()
            .filter(o -> o.actor().equals(actor) && o.change().isEmpty())
            .toList();
    checkArgument(
        !plain.isEmpty(),
        "actor %s has no plain observation (one without a change) for discovery to explain",
        actor);
    List<Situation> ordered = new ArrayList<>(model.situations());
    ordered.sort(
        Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id));
    this.situations = ImmutableList.copyOf(ordered);
    checkArgument(
        situations.size() <= MAX_SITUATIONS,
        "discovery follows at most %s situations; the model has %s",
        MAX_SITUATIONS,
        situations.size());
    for (int i = 0; i < situations.size(); i++) {
      situationIndex.put(situations.get(i).id(), i);
    }
    this.observationOrder = observationOrder(situationIndex);

    this.reference =
        mode == Discovery.Mode.ADD
            ? model
            : Model.builder()
                .from(model)
                .concepts(model.concepts().stream().filter(c -> !c.holder().equals(actor)).toList())
                .build();

    // the actor's pairs: practice, then target (none first)
    TreeMap<String, Key> pairKeys = new TreeMap<>();
    for (Observation o : plain) {
      pairKeys.put(
          o.practice().value() + "\u0000" + o.target().map(t -> "\u0001" + t.value()).orElse(""),
          new Key(actor, o.practice(), o.target()));
    }
    checkArgument(
        pairKeys.size() <= MAX_PAIRS,
        "discovery follows at most %s practice/target pairs of an actor; %s has %s",
        MAX_PAIRS,
        actor,
        pairKeys.size());
    // the literal universe: aspects given in some situation, and every interaction aspect that a
    // prescription of the model or of a candidate names
    TreeSet<AspectId> literalIds = new TreeSet<>();
    model.situations().forEach(s -> literalIds.addAll(s.aspects()));
    for (Concept c : model.concepts()) {
      for (Prescription p : c.prescribes()) {
        literalIds.add(InteractionAspects.of(c.holder(), p.practice(), p.target()));
      }
    }
    for (Key k : pairKeys.values()) {
      literalIds.add(InteractionAspects.of(k.actor(), k.practice(), k.target()));
    }
    TreeSet<AspectId> universe = new TreeSet<>(literalIds);
    for (Concept c : model.concepts()) {
      universe.addAll(c.when().allOf());
      universe.addAll(c.when().anyOf());
      universe.addAll(c.when().noneOf());
      universe.addAll(c.occludes());
      c.construes()
          .forEach(
              k -> {
                universe.addAll(k.from());
                universe.add(k.to());
              });
      for (Prescription p : c.proscribes()) {
        universe.add(InteractionAspects.of(c.holder(), p.practice(), p.target()));
      }
    }
    this.aspectIds = universe.toArray(new AspectId[0]);
    for (int i = 0; i < aspectIds.length; i++) {
      aspectIndex.put(aspectIds[i], i);
    }
    this.literals = literalIds.stream().mapToInt(aspectIndex::get).toArray();
    this.given = new BitSet[situations.size()];
    for (int i = 0; i < situations.size(); i++) {
      given[i] = new BitSet(aspectIds.length);
      for (AspectId a : situations.get(i).aspects()) {
        given[i].set(checkNotNull(aspectIndex.get(a)));
      }
    }

    // keys: everything the reference model or a candidate can predict
    for (Concept c : reference.concepts()) {
      c.prescribes().forEach(p -> key(c.holder(), p.practice(), p.target()));
      c.proscribes().forEach(p -> key(c.holder(), p.practice(), p.target()));
    }
    this.pairs =
        pairKeys.values().stream()
            .mapToInt(k -> key(k.actor(), k.practice(), k.target()))
            .toArray();
    this.did = new int[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      Key k = keys.get(i);
      did[i] = aspect(InteractionAspects.of(k.actor(), k.practice(), k.target()));
    }

    // concepts
    Map<ActorId, List<Concept>> byHolder = new TreeMap<>();
    for (Concept c : reference.concepts()) {
      byHolder.computeIfAbsent(c.holder(), h -> new ArrayList<>()).add(c);
    }
    this.firstNumber = firstNumber(model, actor);
    this.position =
        Concept.builder()
            .id(ConceptId.of(conceptId(firstNumber)))
            .holder(actor)
            .priority(0)
            .build();
    List<Concept> held = byHolder.getOrDefault(actor, List.of());
    checkRanks(held, discovery.maxConcepts());
    byHolder.forEach(
        (holder, concepts) -> {
          if (!holder.equals(actor)) {
            others.add(new DiscoveryActor(concepts, this));
          }
        });
    this.own = held.isEmpty() ? Optional.empty() : Optional.of(new DiscoveryActor(held, this));
    this.triggers = new Triggers(this, discovery.maxAll(), discovery.maxNone());

    // observations, in evaluation order
    List<Observation> obs = new ArrayList<>(model.observations());
    obs.sort(observationOrder);
    this.observations = ImmutableList.copyOf(obs);
    int n = observations.size();
    observationSituation = new int[n];
    observationKind = new Kind[n];
    observationKeys = new int[n][];
    List<List<Integer>> perSituation = new ArrayList<>();
    situations.forEach(s -> perSituation.add(new ArrayList<>()));
    for (int i = 0; i < n; i++) {
      Observation o = observations.get(i);
      observationSituation[i] = checkNotNull(situationIndex.get(o.situation()));
      observationKind[i] =
          o.change().isPresent()
              ? (o.change().get() == ChangeKind.STARTED ? Kind.STARTED : Kind.STOPPED)
              : (o.occurred() ? Kind.OCCURRED : Kind.NOT_OCCURRED);
      List<Integer> matching = new ArrayList<>();
      for (int k = 0; k < keys.size(); k++) {
        Key key = keys.get(k);
        if (key.actor().equals(o.actor())
            && key.practice().equals(o.practice())
            && (o.target().isEmpty() || o.target().equals(key.target()))) {
          matching.add(k);
        }
      }
      observationKeys[i] = matching.stream().mapToInt(Integer::intValue).toArray();
      perSituation.get(observationSituation[i]).add(i);
    }
    bySituation = new int[situations.size()][];
    for (int s = 0; s < situations.size(); s++) {
      bySituation[s] = perSituation.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  static DiscoveryProblem of(Model model, Discovery discovery) {
    return new DiscoveryProblem(model, discovery);
  }

  /** The id of discovered concept number {@code n}. */
  String conceptId(int n) {
    return actor.value() + ".discovered." + n;
  }

  private static final Pattern NUMBERED = Pattern.compile("\\.discovered\\.([0-9]{1,9})");

  /** One more than the highest number of a concept already named {@code <actor>.discovered.<n>}. */
  private static int firstNumber(Model model, ActorId actor) {
    int highest = 0;
    String prefix = actor.value();
    for (Concept c : model.concepts()) {
      String id = c.id().value();
      if (id.startsWith(prefix)) {
        Matcher m = NUMBERED.matcher(id.substring(prefix.length()));
        if (m.matches()) {
          highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
      }
    }
    return highest + 1;
  }

  /**
   * Discovered concepts must all rank alike against the actor's own (so that which of them gets
   * which number changes nothing): no own concept of priority 0 may have an id between theirs.
   */
  private void checkRanks(List<Concept> held, int maxConcepts) {
    if (mode == Discovery.Mode.REPLACE) {
      return;
    }
    TreeSet<String> ids = new TreeSet<>();
    for (int i = 0; i < maxConcepts; i++) {
      ids.add(conceptId(firstNumber + i));
    }
    for (Concept c : held) {
      String id = c.id().value();
      checkArgument(
          c.priority() != 0 || id.compareTo(ids.first()) < 0 || id.compareTo(ids.last()) > 0,
          "concept %s of %s ranks between the ids discovery gives its concepts (%s to %s);"
              + " rename it or give it another priority",
          id,
          actor,
          ids.first(),
          ids.last());
    }
  }

  /** The number of a key, made when first asked for. */
  int key(ActorId who, PracticeId practice, Optional<ActorId> target) {
    return keyIndex.computeIfAbsent(
        new Key(who, practice, target),
        k -> {
          keys.add(k);
          return keys.size() - 1;
        });
  }

  int aspect(AspectId id) {
    Integer i = aspectIndex.get(id);
    if (i == null) {
      throw new IllegalStateException("aspect not numbered: " + id);
    }
    return i;
  }

  int[] aspects(Iterable<AspectId> ids) {
    List<Integer> list = new ArrayList<>();
    ids.forEach(a -> list.add(aspect(a)));
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Step 1: the given aspects of situation {@code s} and the interaction aspects of {@code
   * previous}.
   */
  BitSet base(int s, BitSet previous) {
    BitSet base = (BitSet) given[s].clone();
    if (interaction) {
      for (int k = previous.nextSetBit(0); k >= 0; k = previous.nextSetBit(k + 1)) {
        base.set(did[k]);
      }
    }
    return base;
  }

  /**
   * Whether observation {@code i} is explained by {@code now} (its situation's predictions) and
   * {@code before}.
   */
  boolean explains(int i, BitSet before, BitSet now, boolean first) {
    int[] matching = observationKeys[i];
    switch (observationKind[i]) {
      case OCCURRED:
        for (int k : matching) {
          if (now.get(k)) {
            return true;
          }
        }
        return false;
      case NOT_OCCURRED:
        for (int k : matching) {
          if (now.get(k)) {
            return false;
          }
        }
        return true;
      case STARTED:
        if (first) {
          return false;
        }
        for (int k : matching) {
          if (now.get(k) && !before.get(k)) {
            return true;
          }
        }
        return false;
      default:
        if (first) {
          return false;
        }
        for (int k : matching) {
          if (!now.get(k) && before.get(k)) {
            return true;
          }
        }
        return false;
    }
  }

  /** The same order as an evaluation's: MODEL.md's, then source. */
  private static Comparator<Observation> observationOrder(Map<SituationId, Integer> index) {
    Comparator<Optional<ActorId>> target =
        Comparator.comparing((Optional<ActorId> t) -> t.isPresent())
            .thenComparing(t -> t.map(ActorId::value).orElse(""));
    return Comparator.comparing((Observation o) -> index.get(o.situation()))
        .thenComparing(Observation::actor)
        .thenComparing(Observation::practice)
        .thenComparing(Observation::target, target)
        .thenComparing(o -> o.change().map(ChangeKind::token).orElse(""))
        .thenComparing(Observation::occurred)
        .thenComparing(o -> o.source().isPresent())
        .thenComparing(o -> o.source().orElse(""));
  }

  /** The engine, for checking and evaluating solutions. */
  static final NarrativeEngine ENGINE = NarrativeEngine.create();

  /** The triggers within the bounds, by literal count then text. */
  static final class Triggers {
    final int[][] all;
    final int[][] none;
    final int[] literalCount;

    /** {@code <all joined by +>|<none joined by +>|}: the start of every candidate's text. */
    final String[] text;

    /** The literal aspects, ascending. */
    private final int[] literals;

    /** The length of a bit set over triggers, in words. */
    private final int words;

    /** For each literal aspect: the triggers whose {@code all} names it (null when none). */
    private final long[][] requiring;

    /** For each literal aspect: the triggers whose {@code none} names it (null when none). */
    private final long[][] forbidding;

    /** The most triggers a search sets up (each takes some hundred bytes, and a test per step). */
    static final long MAX_TRIGGERS = 1_000_000;

    Triggers(DiscoveryProblem problem, int maxAll, int maxNone) {
      int aspects = problem.literals.length;
      long count = 0;
      for (int i = 0; i <= maxAll; i++) {
        long nones = 0;
        for (int j = 0; j <= maxNone; j++) {
          nones += binomial(aspects - i, j);
        }
        count += binomial(aspects, i) * nones;
      }
      checkArgument(
          count <= MAX_TRIGGERS,
          "the bounds (maxAll %s, maxNone %s) allow about %s triggers over the %s aspects a literal"
              + " may name, more than the %s a search sets up; lower maxAll or maxNone",
          maxAll,
          maxNone,
          count,
          aspects,
          MAX_TRIGGERS);
      List<int[]> alls = subsets(problem.literals, maxAll);
      List<int[]> nones = subsets(problem.literals, maxNone);
      List<Object[]> made = new ArrayList<>();
      for (int[] a : alls) {
        for (int[] n : nones) {
          if (disjoint(a, n)) {
            made.add(
                new Object[] {
                  a, n, a.length + n.length, join(problem, a) + "|" + join(problem, n) + "|"
                });
          }
        }
      }
      made.sort(
          Comparator.comparingInt((Object[] t) -> (Integer) t[2])
              .thenComparing(t -> (String) t[3]));
      int size = made.size();
      this.literals = problem.literals;
      this.words = Math.max(1, (size + 63) >>> 6);
      this.requiring = new long[literals.length][];
      this.forbidding = new long[literals.length][];
      all = new int[size][];
      none = new int[size][];
      literalCount = new int[size];
      text = new String[size];
      for (int i = 0; i < size; i++) {
        Object[] t = made.get(i);
        all[i] = (int[]) t[0];
        none[i] = (int[]) t[1];
        literalCount[i] = (Integer) t[2];
        text[i] = (String) t[3];
        for (int a : all[i]) {
          mark(requiring, position(a), i);
        }
        for (int a : none[i]) {
          mark(forbidding, position(a), i);
        }
      }
    }

    private int position(int aspect) {
      return java.util.Arrays.binarySearch(literals, aspect);
    }

    private void mark(long[][] sets, int j, int trigger) {
      if (sets[j] == null) {
        sets[j] = new long[words];
      }
      sets[j][trigger >>> 6] |= 1L << trigger;
    }

    int size() {
      return all.length;
    }

    /**
     * The triggers that apply to {@code perceived}, as words of a bit set over trigger numbers:
     * every trigger, less those that ask for a literal aspect not perceived or for the absence of
     * one that is (a word-parallel form of {@link #applies}).
     */
    long[] applying(BitSet perceived) {
      long[] fire = new long[words];
      java.util.Arrays.fill(fire, -1L);
      if (all.length % 64 != 0) {
        fire[words - 1] = (1L << (all.length % 64)) - 1;
      }
      for (int j = 0; j < literals.length; j++) {
        long[] excluded = perceived.get(literals[j]) ? forbidding[j] : requiring[j];
        if (excluded != null) {
          for (int w = 0; w < words; w++) {
            fire[w] &= ~excluded[w];
          }
        }
      }
      return fire;
    }

    /** Whether trigger {@code i} applies to {@code perceived}. */
    boolean applies(int i, BitSet perceived) {
      for (int a : all[i]) {
        if (!perceived.get(a)) {
          return false;
        }
      }
      for (int a : none[i]) {
        if (perceived.get(a)) {
          return false;
        }
      }
      return true;
    }

    /** {@code n} choose {@code k}, saturating at a value far above {@link #MAX_TRIGGERS}. */
    private static long binomial(int n, int k) {
      if (k < 0 || k > n) {
        return 0;
      }
      long r = 1;
      for (int i = 0; i < k; i++) {
        r = r * (n - i) / (i + 1);
        if (r > Long.MAX_VALUE / 1_000_000) {
          return Long.MAX_VALUE / 1_000_000;
        }
      }
      return r;
    }

    private static boolean disjoint(int[] a, int[] b) {
      for (int x : a) {
        for (int y : b) {
          if (x == y) {
            return false;
          }
        }
      }
      return true;
    }

    private static String join(DiscoveryProblem problem, int[] aspects) {
      StringBuilder s = new StringBuilder();
      for (int a : aspects) {
        if (s.length() > 0) {
          s.append('+');
        }
        s.append(problem.aspectIds[a].value());
      }
      return s.toString();
    }

    /**
     * Every subset of {@code items} (ascending) of at most {@code max} elements, each ascending.
     */
    private static List<int[]> subsets(int[] items, int max) {
      List<int[]> out = new ArrayList<>();
      extend(items, max, 0, new int[0], out);
      return out;
    }

    private static void extend(int[] items, int max, int from, int[] prefix, List<int[]> out) {
      out.add(prefix);
      if (prefix.length == max) {
        return;
      }
      for (int i = from; i < items.length; i++) {
        int[] next = Arrays.copyOf(prefix, prefix.length + 1);
        next[prefix.length] = items[i];
        extend(items, max, i + 1, next, out);
      }
    }
  }
}
