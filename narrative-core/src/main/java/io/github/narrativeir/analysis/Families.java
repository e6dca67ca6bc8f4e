package io.github.narrativeir.analysis;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.ModelEdit;
import io.github.narrativeir.inference.ModelEdit.Entry;
import io.github.narrativeir.inference.ModelEdit.Side;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** The exhaustive families of MODEL.md's sensitivity table, as lists of variants of one model. */
final class Families {
  private Families() {}

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /** Rank among a holder's concepts: priority descending, then id (MODEL.md step 4). */
  static final Comparator<Concept> RANK =
      Comparator.comparingInt(Concept::priority).reversed().thenComparing(Concept::id);

  /** The variants of {@code family} for the model of {@code original}, in the table's order. */
  static Family of(SensitivityFamily family, Inference original) {
    List<Variant> variants =
        switch (family) {
          case DROP_CONCEPT -> dropConcept(original);
          case DROP_ASPECT -> dropAspect(original);
          case ADD_ASPECT -> addAspect(original);
          case WEIGHT -> weight(original);
          case SWAP_RANK -> swapRank(original);
        };
    return new Family(family.token(), ImmutableList.copyOf(variants));
  }

  private static List<Variant> dropConcept(Inference original) {
    List<Variant> variants = new ArrayList<>();
    for (ConceptId c :
        new TreeSet<>(original.model().concepts().stream().map(Concept::id).toList())) {
      variants.add(
          Variant.edit("drop-concept:" + c, ModelEdit.builder().addDroppedConcepts(c).build()));
    }
    return variants;
  }

  private static List<Variant> dropAspect(Inference original) {
    List<Variant> variants = new ArrayList<>();
    for (Situation s : original.situations()) {
      for (AspectId a : new TreeSet<>(s.aspects())) {
        variants.add(
            Variant.edit(
                "drop-aspect:" + s.id() + "/" + a,
                ModelEdit.builder().putRemovedAspects(s.id(), a).build()));
      }
    }
    return variants;
  }

  private static List<Variant> addAspect(Inference original) {
    List<Variant> variants = new ArrayList<>();
    List<Situation> situations = original.situations();
    for (int i = 0; i < situations.size(); i++) {
      Situation s = situations.get(i);
      TreeSet<AspectId> adjacent = new TreeSet<>();
      if (i > 0) {
        adjacent.addAll(situations.get(i - 1).aspects());
      }
      if (i + 1 < situations.size()) {
        adjacent.addAll(situations.get(i + 1).aspects());
      }
      adjacent.removeAll(s.aspects());
      for (AspectId a : adjacent) {
        variants.add(
            Variant.edit(
                "add-aspect:" + s.id() + "/" + a,
                ModelEdit.builder().putAddedAspects(s.id(), a).build()));
      }
    }
    return variants;
  }

  /** One prescription or proscription entry, where it is and what it says. */
  record Item(Entry entry, Prescription prescription) {
    String name() {
      return entry.concept()
          + "/"
          + entry.side()
          + "/"
          + prescription.practice()
          + "/"
          + prescription.target().map(ActorId::value).orElse("-");
    }
  }

  private static final Comparator<Item> ENTRY_ORDER =
      Comparator.comparing((Item i) -> i.entry().concept())
          .thenComparing(i -> i.entry().side())
          .thenComparing(i -> i.prescription().practice())
          .thenComparing(
              i -> i.prescription().target(),
              Comparator.comparing(
                  (Optional<ActorId> t) -> t.orElse(null),
                  Comparator.nullsFirst(Comparator.naturalOrder())))
          .thenComparingInt(i -> i.entry().index());

  /**
   * Every prescription and proscription entry of {@code model}, in the order of the {@code weight}
   * family: concept id, {@code prescribes} before {@code proscribes}, practice, target with none
   * first, then position in the list.
   */
  static List<Item> entries(Model model) {
    List<Item> items = new ArrayList<>();
    for (Concept c : model.concepts()) {
      for (Side side : Side.values()) {
        List<Prescription> entries = side == Side.PRESCRIBES ? c.prescribes() : c.proscribes();
        for (int i = 0; i < entries.size(); i++) {
          items.add(new Item(new Entry(c.id(), side, i), entries.get(i)));
        }
      }
    }
    items.sort(ENTRY_ORDER);
    return items;
  }

  private static List<Variant> weight(Inference original) {
    List<Item> items = entries(original.model());
    List<Variant> variants = new ArrayList<>();
    reweigh(variants, items, "halve-weight:", w -> w.divide(TWO));
    reweigh(variants, items, "double-weight:", w -> w.multiply(TWO));
    return variants;
  }

  private static void reweigh(
      List<Variant> variants, List<Item> items, String prefix, UnaryOperator<BigDecimal> change) {
    for (Item item : items) {
      variants.add(
          Variant.edit(
              prefix + item.name(),
              ModelEdit.builder()
                  .putWeights(item.entry(), change.apply(item.prescription().weight()))
                  .build()));
    }
  }

  private static List<Variant> swapRank(Inference original) {
    Map<ActorId, List<Concept>> held = new TreeMap<>();
    original
        .model()
        .concepts()
        .forEach(c -> held.computeIfAbsent(c.holder(), h -> new ArrayList<>()).add(c));
    List<Variant> variants = new ArrayList<>();
    held.forEach(
        (actor, concepts) -> {
          List<ConceptId> ranked = concepts.stream().sorted(RANK).map(Concept::id).toList();
          for (int k = 0; k + 1 < ranked.size(); k++) {
            List<ConceptId> swapped = new ArrayList<>(ranked);
            swapped.set(k, ranked.get(k + 1));
            swapped.set(k + 1, ranked.get(k));
            variants.add(
                Variant.edit(
                    "swap-rank:" + ranked.get(k) + "/" + ranked.get(k + 1),
                    ModelEdit.builder()
                        .putRankOrders(actor, ImmutableList.copyOf(swapped))
                        .build()));
          }
        });
    return variants;
  }
}
