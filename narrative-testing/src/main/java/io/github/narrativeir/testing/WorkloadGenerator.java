package io.github.narrativeir.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InteractionAspects;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates valid models of a given size and shape, deterministically from a {@link WorkloadSpec}:
 * construals produce derived aspects that other triggers use, occlusions and proscriptions compete
 * with prescriptions, and triggers name the interaction aspects that other actors' prescriptions
 * can produce.
 *
 * <pre>{@code
 * Model model = WorkloadGenerator.generate(
 *     WorkloadSpec.builder().actors(20).conceptsPerActor(200).situations(100).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadGenerator {
  private final WorkloadSpec spec;
  private final Random random;
  private final List<AspectId> declared = new ArrayList<>();
  private final List<AspectId> derived = new ArrayList<>();
  private final List<ActorId> actors = new ArrayList<>();
  private final List<PracticeId> practices = new ArrayList<>();

  private WorkloadGenerator(WorkloadSpec spec) {
    this.spec = spec;
    this.random = new Random(spec.seed());
  }

  /** Returns the model {@code spec} describes. */
  public static Model generate(WorkloadSpec spec) {
    checkNotNull(spec, "spec");
    return new WorkloadGenerator(spec).build();
  }

  private Model build() {
    Model.Builder model =
        Model.builder()
            .name(
                String.format(
                    "generated: seed %d, %d actors x %d concepts, %d situations",
                    spec.seed(), spec.actors(), spec.conceptsPerActor(), spec.situations()));
    for (int i = 0; i < spec.actors(); i++) {
      ActorId id = ActorId.of(String.format("A%03d", i));
      actors.add(id);
      model.addActors(Actor.builder().id(id).build());
    }
    for (int i = 0; i < spec.practices(); i++) {
      PracticeId id = PracticeId.of(String.format("p%03d", i));
      practices.add(id);
      model.addPractices(
          PracticeType.builder().id(id).mode(PracticeMode.values()[random.nextInt(3)]).build());
    }
    for (int i = 0; i < spec.aspects(); i++) {
      AspectId id = AspectId.of(String.format("x%05d", i));
      declared.add(id);
      model.addAspects(Aspect.builder().id(id).build());
    }
    for (int i = 0; i < Math.max(1, spec.aspects() / 4); i++) {
      derived.add(AspectId.of(String.format("d%05d", i)));
    }
    for (int i = 0; i < spec.situations(); i++) {
      model.addSituations(
          Situation.builder()
              .id(String.format("s%05d", i))
              .from(PartialDate.ofMonth(1000 + i / 12, i % 12 + 1))
              .aspects(sample(declared, spec.aspectsPerSituation()))
              .build());
    }
    // Prescriptions first, so that triggers can name the interaction aspects they produce.
    List<List<Prescription>> prescribes = new ArrayList<>();
    List<AspectId> interaction = new ArrayList<>();
    for (int a = 0; a < spec.actors(); a++) {
      for (int c = 0; c < spec.conceptsPerActor(); c++) {
        List<Prescription> list = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
          Prescription p = prescription();
          list.add(p);
          interaction.add(InteractionAspects.of(actors.get(a), p.practice(), p.target()));
        }
        prescribes.add(list);
      }
    }
    int index = 0;
    for (int a = 0; a < spec.actors(); a++) {
      for (int c = 0; c < spec.conceptsPerActor(); c++) {
        model.addConcepts(concept(actors.get(a), c, prescribes.get(index++), interaction));
      }
    }
    return model.build();
  }

  private Concept concept(
      ActorId holder, int c, List<Prescription> prescribes, List<AspectId> interaction) {
    // A view, not a copy: copying every aspect for every concept made large models quadratic.
    List<AspectId> vocabulary =
        new java.util.AbstractList<>() {
          @Override
          public AspectId get(int i) {
            return i < declared.size() ? declared.get(i) : derived.get(i - declared.size());
          }

          @Override
          public int size() {
            return declared.size() + derived.size();
          }
        };
    Set<AspectId> any = new LinkedHashSet<>(sample(vocabulary, spec.triggerSize()));
    if (!interaction.isEmpty() && random.nextDouble() < spec.interactionDensity()) {
      any.add(interaction.get(random.nextInt(interaction.size())));
    }
    Trigger.Builder when =
        Trigger.builder()
            .addAllAllOf(sample(declared, random.nextInt(spec.triggerSize() + 1) / 2))
            .addAllAnyOf(any);
    if (random.nextInt(5) == 0) {
      when.addNoneOf(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    Concept.Builder b =
        Concept.builder()
            .id(holder.value().toLowerCase(java.util.Locale.ROOT) + ".c" + String.format("%04d", c))
            .holder(holder)
            .priority(random.nextInt(21) - 10)
            .when(when.build())
            .prescribes(prescribes);
    int construals =
        (int) spec.construalDensity() + (random.nextDouble() < spec.construalDensity() % 1 ? 1 : 0);
    for (int k = 0; k < construals; k++) {
      b.addConstrues(
          Construal.builder()
              .from(sample(vocabulary, 1 + random.nextInt(2)))
              .to(derived.get(random.nextInt(derived.size())))
              .build());
    }
    b.addHighlights(vocabulary.get(random.nextInt(vocabulary.size())));
    if (random.nextDouble() < spec.occlusionDensity()) {
      b.addOccludes(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    if (random.nextDouble() < spec.proscriptionDensity()) {
      b.addProscribes(prescription());
    }
    return b.build();
  }

  private Prescription prescription() {
    Optional<ActorId> target =
        random.nextInt(5) == 0
            ? Optional.empty()
            : Optional.of(actors.get(random.nextInt(actors.size())));
    return Prescription.builder()
        .practice(practices.get(random.nextInt(practices.size())))
        .target(target)
        .weight(List.of("0.5", "1", "1", "1.5", "2").get(random.nextInt(5)))
        .build();
  }

  private <T> List<T> sample(List<T> items, int n) {
    Set<T> chosen = new LinkedHashSet<>();
    int wanted = Math.min(n, items.size());
    while (chosen.size() < wanted) {
      chosen.add(items.get(random.nextInt(items.size())));
    }
    return new ArrayList<>(chosen);
  }
}
