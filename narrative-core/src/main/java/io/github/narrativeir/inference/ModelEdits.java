package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.ModelEdit.Entry;
import io.github.narrativeir.inference.ModelEdit.Side;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks a {@link ModelEdit} against a model, and applies it. */
final class ModelEdits {
  private ModelEdits() {}

  /** {@code weight} without trailing zeros and with no negative scale, as a prescription's. */
  static BigDecimal normalize(BigDecimal weight) {
    BigDecimal stripped = weight.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Checks that every part of {@code edit} exists in {@code model}.
   *
   * @throws IllegalArgumentException naming the first part that does not
   */
  static void check(Model model, ModelEdit edit) {
    Map<ConceptId, Concept> concepts = new HashMap<>();
    model.concepts().forEach(c -> concepts.put(c.id(), c));
    Map<SituationId, Situation> situations = new HashMap<>();
    model.situations().forEach(s -> situations.put(s.id(), s));
    for (ConceptId c : edit.droppedConcepts()) {
      checkArgument(concepts.containsKey(c), "unknown concept '%s'", c);
    }
    edit.removedAspects()
        .forEach(
            (s, a) -> {
              checkArgument(situations.containsKey(s), "unknown situation '%s'", s);
              checkArgument(
                  situations.get(s).aspects().contains(a),
                  "situation '%s' has no aspect '%s' to remove",
                  s,
                  a);
            });
    if (!edit.addedAspects().isEmpty()) {
      Set<AspectId> declared = new HashSet<>();
      model.aspects().forEach(a -> declared.add(a.id()));
      edit.addedAspects()
          .forEach(
              (s, a) -> {
                checkArgument(situations.containsKey(s), "unknown situation '%s'", s);
                checkArgument(declared.contains(a), "aspect '%s' is not declared in the model", a);
                checkArgument(
                    !situations.get(s).aspects().contains(a),
                    "situation '%s' already has aspect '%s'",
                    s,
                    a);
              });
    }
    for (Entry e : edit.weights().keySet()) {
      Concept c = concepts.get(e.concept());
      checkArgument(c != null, "unknown concept '%s'", e.concept());
      int size = entries(c, e.side()).size();
      checkArgument(
          e.index() < size,
          "concept '%s' has no %s entry %s (it has %s)",
          e.concept(),
          e.side(),
          e.index(),
          size);
    }
    if (!edit.rankOrders().isEmpty()) {
      Map<ActorId, Set<ConceptId>> held = new HashMap<>();
      model
          .concepts()
          .forEach(c -> held.computeIfAbsent(c.holder(), h -> new TreeSet<>()).add(c.id()));
      edit.rankOrders()
          .forEach(
              (actor, order) -> {
                Set<ConceptId> mine = held.get(actor);
                checkArgument(mine != null, "actor '%s' holds no concepts to reorder", actor);
                checkArgument(
                    order.size() == mine.size() && mine.containsAll(order),
                    "the rank order of '%s' must list each of its concepts once: %s (its concepts: %s)",
                    actor,
                    order,
                    mine);
              });
    }
  }

  static ImmutableList<Prescription> entries(Concept c, Side side) {
    return side == Side.PRESCRIBES ? c.prescribes() : c.proscribes();
  }

  /** The priority that {@code edit} gives each reordered concept. */
  static Map<ConceptId, Integer> priorities(ModelEdit edit) {
    Map<ConceptId, Integer> priorities = new HashMap<>();
    edit.rankOrders()
        .values()
        .forEach(
            order -> {
              for (int i = 0; i < order.size(); i++) {
                priorities.put(order.get(i), order.size() - 1 - i);
              }
            });
    return priorities;
  }

  /**
   * {@code c} with the priorities and weights of {@code edit}, or {@code c} itself if unchanged.
   */
  static Concept edited(Concept c, Map<ConceptId, Integer> priorities, ModelEdit edit) {
    Integer priority = priorities.get(c.id());
    boolean reweighted =
        !edit.weights().isEmpty()
            && edit.weights().keySet().stream().anyMatch(e -> e.concept().equals(c.id()));
    if ((priority == null || priority == c.priority()) && !reweighted) {
      return c;
    }
    Concept.Builder b = Concept.builder().from(c);
    if (priority != null) {
      b.priority(priority);
    }
    if (reweighted) {
      b.prescribes(reweighted(c, Side.PRESCRIBES, edit));
      b.proscribes(reweighted(c, Side.PROSCRIBES, edit));
    }
    return b.build();
  }

  private static List<Prescription> reweighted(Concept c, Side side, ModelEdit edit) {
    List<Prescription> out = new ArrayList<>();
    ImmutableList<Prescription> entries = entries(c, side);
    for (int i = 0; i < entries.size(); i++) {
      BigDecimal weight = edit.weights().get(new Entry(c.id(), side, i));
      out.add(
          weight == null
              ? entries.get(i)
              : Prescription.builder().from(entries.get(i)).weight(weight).build());
    }
    return out;
  }

  /** {@link ModelEdit#applyTo(Model)}. */
  static Model apply(Model model, ModelEdit edit) {
    check(model, edit);
    if (edit.isEmpty()) {
      return model;
    }
    Map<ConceptId, Integer> priorities = priorities(edit);
    List<Concept> concepts = new ArrayList<>();
    for (Concept c : model.concepts()) {
      if (!edit.droppedConcepts().contains(c.id())) {
        concepts.add(edited(c, priorities, edit));
      }
    }
    List<Situation> situations = new ArrayList<>();
    for (Situation s : model.situations()) {
      Set<AspectId> removed = edit.removedAspects().get(s.id());
      Set<AspectId> added = edit.addedAspects().get(s.id());
      if (removed.isEmpty() && added.isEmpty()) {
        situations.add(s);
        continue;
      }
      Set<AspectId> aspects = new LinkedHashSet<>(s.aspects());
      aspects.removeAll(removed);
      aspects.addAll(added);
      situations.add(
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(s.from())
              .to(s.to())
              .aspects(aspects)
              .provenance(
                  s.provenance().stream().filter(p -> !removed.contains(p.aspect())).toList())
              .build());
    }
    return Model.builder().from(model).concepts(concepts).situations(situations).build();
  }
}
