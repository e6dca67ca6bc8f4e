package io.github.narrativeir.inference;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.generators.Choices;
import io.github.narrativeir.generators.RandomModels;
import io.github.narrativeir.inference.ModelEdit.Entry;
import io.github.narrativeir.inference.ModelEdit.Side;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.quicktheories.core.Gen;

/**
 * Models and {@link ModelEdit}s decoded from lists of small integers, for QuickTheories: every size
 * and every choice is read from the list (0 when it runs out), so that shrinking the list (fewer,
 * smaller numbers) shrinks a counterexample to fewer actors, situations, concepts and observations,
 * simpler triggers and a smaller edit. The vocabulary is tiny, so that triggers, construals,
 * occlusions, interaction aspects, ties of priority and of dates meet often.
 */
public final class EditedModels {
  private EditedModels() {}

  /** Integer choices, read one at a time; 0 once they run out. */
  public static final class Choices {
    private final List<Integer> values;
    private int next;

    public Choices(List<Integer> values) {
      this.values = values;
    }

    /** The next choice below {@code bound} (at least 1). */
    public int next(int bound) {
      if (next >= values.size()) {
        return 0;
      }
      return Math.floorMod(values.get(next++), bound);
    }

    boolean chance(int oneIn) {
      return next(oneIn) == oneIn - 1;
    }
  }

  /** A model with how it was decoded, for counterexamples. */
  public record Case(
      List<Integer> modelChoices, List<Integer> editChoices, Model model, ModelEdit edit) {
    @Override
    public String toString() {
      return "model choices "
          + trimmed(modelChoices)
          + "\nedit choices "
          + trimmed(editChoices)
          + "\nmodel "
          + model
          + "\nedit "
          + edit;
    }

    /** The choices without the trailing zeros, which decode as if they were not there. */
    private static List<Integer> trimmed(List<Integer> choices) {
      int end = choices.size();
      while (end > 0 && choices.get(end - 1) % 64 == 0) {
        end--;
      }
      return choices.subList(0, end);
    }
  }

  private static final List<String> DATES =
      List.of("2000", "2000-01", "2000-06", "2001", "2001-06-15");
  private static final List<String> WEIGHTS = List.of("1", "0.5", "0.25", "2", "0.1", "0.3", "1.5");

  /** Lists of up to {@code maxLength} choices. */
  public static Gen<List<Integer>> choices(int maxLength) {
    return choices(0, maxLength);
  }

  /**
   * Lists of {@code minLength} to {@code maxLength} choices; a longer minimum makes models of every
   * part common (a short list decodes as mostly zeros: few and small parts).
   */
  public static Gen<List<Integer>> choices(int minLength, int maxLength) {
    return lists().of(integers().between(0, 63)).ofSizeBetween(minLength, maxLength);
  }

  /** Choices for {@link #model}. */
  public static Gen<List<Integer>> modelChoices() {
    return choices(40, 200);
  }

  /** A decoded model and a decoded edit of it. */
  public static Gen<Case> cases() {
    return modelChoices()
        .zip(
            choices(24),
            (m, e) -> {
              Model model = model(new Choices(m));
              return new Case(m, e, model, edit(model, new Choices(e)));
            })
        .describedAs(Case::toString);
  }

  /** {@link RandomModels} (seeded, richer, not shrinking) with a decoded edit. */
  public static Gen<Case> randomModelCases() {
    return longs()
        .all()
        .zip(
            choices(24),
            (seed, e) -> {
              Model model = RandomModels.model(new Random(seed));
              return new Case(List.of(), e, model, edit(model, new Choices(e)));
            })
        .describedAs(c -> c.toString());
  }

  /** A valid model decoded from {@code c}. */
  public static Model model(Choices c) {
    int actors = 1 + c.next(3);
    int aspects = 1 + c.next(5);
    int practices = 1 + c.next(3);
    int situations = 1 + c.next(4);
    int concepts = c.next(8);
    int observations = c.next(8);
    Model.Builder m = Model.builder().name("edited");
    List<String> actorIds = List.of("US", "PK", "AF").subList(0, actors);
    actorIds.forEach(a -> m.addActors(Actor.of(a)));
    List<String> aspectIds = new ArrayList<>();
    for (int i = 0; i < aspects; i++) {
      aspectIds.add("a" + i);
      m.addAspects(Aspect.of("a" + i, "aspect " + i));
    }
    List<String> practiceIds = List.of("aid", "strike", "talk").subList(0, practices);
    practiceIds.forEach(
        p ->
            m.addPractices(
                PracticeType.of(p, p, io.github.narrativeir.model.PracticeMode.NEUTRAL)));
    List<String> situationIds = new ArrayList<>();
    for (int i = 0; i < situations; i++) {
      String id = "s" + i;
      situationIds.add(id);
      Situation.Builder s =
          Situation.builder().id(id).from(DATES.get(Math.min(i, c.next(DATES.size()))));
      int mask = c.next(1 << aspects);
      for (int a = 0; a < aspects; a++) {
        if ((mask & 1 << a) != 0) {
          s.addAspects(aspectIds.get(a));
        }
      }
      m.addSituations(s.build());
    }
    // Concepts: prescriptions first, so that triggers may name the interaction aspects they give.
    List<String> pool = new ArrayList<>(aspectIds);
    pool.add("d0");
    pool.add("d1");
    List<Concept.Builder> builders = new ArrayList<>();
    for (int k = 0; k < concepts; k++) {
      String holder = actorIds.get(c.next(actors));
      Concept.Builder b =
          Concept.builder()
              .id(holder.toLowerCase(Locale.ROOT) + "." + (char) ('a' + c.next(3)) + k)
              .holder(holder)
              .priority(c.next(3) - 1);
      for (int j = c.next(3); j > 0; j--) {
        Prescription p = prescription(c, actorIds, practiceIds);
        b.addPrescribes(p);
        pool.add(
            "did:"
                + holder
                + ":"
                + p.practice()
                + ":"
                + p.target().map(Object::toString).orElse("-"));
      }
      for (int j = c.next(2); j > 0; j--) {
        b.addProscribes(prescription(c, actorIds, practiceIds));
      }
      builders.add(b);
    }
    for (Concept.Builder b : builders) {
      Trigger.Builder t = Trigger.builder();
      for (int j = c.next(2); j > 0; j--) {
        t.allOf(pick(c, pool, aspects));
      }
      for (int j = c.next(3); j > 0; j--) {
        t.anyOf(pick(c, pool, aspects));
      }
      for (int j = c.next(2); j > 0; j--) {
        t.noneOf(pick(c, pool, aspects));
      }
      b.when(t.build());
      for (int j = c.next(3); j > 0; j--) {
        Set<String> from = new LinkedHashSet<>();
        for (int f = c.next(3); f > 0; f--) {
          from.add(pick(c, pool, aspects));
        }
        b.addConstrues(Construal.of(from, pick(c, pool, aspects)));
      }
      for (int j = c.next(3); j > 0; j--) {
        b.addOccludes(pick(c, pool, aspects));
      }
      m.addConcepts(b.build());
    }
    if (c.chance(3)) {
      m.options(InferenceOptions.defaults().withInteraction(false));
    }
    // Observations of what the model predicts, or of its changes, most of the time (choice 0), so
    // that variants change whether they are explained; otherwise of any cell.
    Model unobserved = m.build();
    Inference inferred = NarrativeEngine.create().infer(unobserved);
    List<Prediction> predicted = inferred.predictions();
    List<PracticeChange> changes = new ArrayList<>();
    inferred.narratives().forEach(n -> changes.addAll(n.changes()));
    for (int j = observations; j > 0; j--) {
      int kind = c.next(6);
      Observation.Builder o = Observation.builder();
      if (kind <= 1 && !predicted.isEmpty()) {
        Prediction p = predicted.get(c.next(predicted.size()));
        o.actor(p.actor()).practice(p.practice()).situation(p.situation());
        o.target(c.chance(3) ? java.util.Optional.empty() : p.target());
        o.occurred(kind == 0);
      } else if (kind == 2 && !changes.isEmpty()) {
        PracticeChange k = changes.get(c.next(changes.size()));
        o.actor(k.actor())
            .practice(k.practice())
            .situation(k.situation())
            .target(k.target())
            .change(k.change());
      } else {
        o.actor(actorIds.get(c.next(actors)))
            .practice(practiceIds.get(c.next(practices)))
            .situation(situationIds.get(c.next(situations)));
        int target = c.next(actors + 1);
        if (target < actors) {
          o.target(actorIds.get(target));
        }
        switch (c.next(4)) {
          case 1 -> o.occurred(false);
          case 2 -> o.change(ChangeKind.STARTED);
          case 3 -> o.change(ChangeKind.STOPPED);
          default -> {}
        }
      }
      m.addObservations(o.build());
    }
    return m.build();
  }

  /** An aspect of {@code pool}, whose first {@code declared} (the declared ones) weigh double. */
  private static String pick(Choices c, List<String> pool, int declared) {
    int r = c.next(pool.size() + declared);
    return pool.get(r < pool.size() ? r : r - pool.size());
  }

  private static Prescription prescription(Choices c, List<String> actors, List<String> practices) {
    Prescription.Builder p =
        Prescription.builder().practice(practices.get(c.next(practices.size())));
    int target = c.next(actors.size() + 1);
    if (target < actors.size()) {
      p.target(actors.get(target));
    }
    return p.weight(WEIGHTS.get(c.next(WEIGHTS.size()))).build();
  }

  /**
   * An edit of {@code model} decoded from {@code c}: the number of each kind of change, then the
   * changes; choices that do not fit the model (an aspect added that is already there) are left
   * out, so that every edit is valid.
   */
  public static ModelEdit edit(Model model, Choices c) {
    ModelEdit.Builder e = ModelEdit.builder();
    List<Concept> concepts = model.concepts();
    List<Situation> situations = model.situations();
    for (int j = c.next(3); j > 0 && !concepts.isEmpty(); j--) {
      e.addDroppedConcepts(concepts.get(c.next(concepts.size())).id());
    }
    Map<String, Set<AspectId>> removed = new TreeMap<>();
    for (int j = c.next(3); j > 0 && !situations.isEmpty(); j--) {
      Situation s = situations.get(c.next(situations.size()));
      if (!s.aspects().isEmpty()) {
        AspectId a = s.aspects().asList().get(c.next(s.aspects().size()));
        e.putRemovedAspects(s.id(), a);
        removed.computeIfAbsent(s.id().value(), k -> new LinkedHashSet<>()).add(a);
      }
    }
    for (int j = c.next(3); j > 0 && !situations.isEmpty() && !model.aspects().isEmpty(); j--) {
      Situation s = situations.get(c.next(situations.size()));
      AspectId a = model.aspects().get(c.next(model.aspects().size())).id();
      if (!s.aspects().contains(a) && !removed.getOrDefault(s.id().value(), Set.of()).contains(a)) {
        e.putAddedAspects(s.id(), a);
      }
    }
    Map<Entry, BigDecimal> weights = new java.util.HashMap<>();
    for (int j = c.next(3); j > 0 && !concepts.isEmpty(); j--) {
      Concept concept = concepts.get(c.next(concepts.size()));
      Side side = c.next(2) == 0 ? Side.PRESCRIBES : Side.PROSCRIBES;
      List<Prescription> entries =
          side == Side.PRESCRIBES ? concept.prescribes() : concept.proscribes();
      if (!entries.isEmpty()) {
        int index = c.next(entries.size());
        BigDecimal w = entries.get(index).weight();
        BigDecimal changed =
            switch (c.next(3)) {
              case 0 -> w.divide(BigDecimal.valueOf(2));
              case 1 -> w.multiply(BigDecimal.valueOf(2));
              default -> new BigDecimal(WEIGHTS.get(c.next(WEIGHTS.size())));
            };
        weights.put(new Entry(concept.id(), side, index), changed);
      }
    }
    e.putAllWeights(weights);
    Map<ActorId, List<ConceptId>> held = new TreeMap<>();
    concepts.forEach(k -> held.computeIfAbsent(k.holder(), h -> new ArrayList<>()).add(k.id()));
    List<ActorId> holders = new ArrayList<>(held.keySet());
    for (int j = c.next(2); j > 0 && !holders.isEmpty(); j--) {
      ActorId actor = holders.get(c.next(holders.size()));
      List<ConceptId> order = new ArrayList<>(held.get(actor));
      // a permutation from choices: repeatedly pick one of the rest
      List<ConceptId> permuted = new ArrayList<>();
      while (!order.isEmpty()) {
        permuted.add(order.remove(c.next(order.size())));
      }
      e.putRankOrders(actor, ImmutableList.copyOf(permuted));
    }
    return e.build();
  }
}
