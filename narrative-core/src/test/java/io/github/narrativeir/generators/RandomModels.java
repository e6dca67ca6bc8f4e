package io.github.narrativeir.generators;

import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Random valid models, made from {@link Choices} (generated ones, which shrink, or a seeded {@link
 * Random}), for property and concurrency tests: small vocabularies, so that triggers, construals,
 * occlusions, interaction aspects and observations meet often; ids chosen so that code-point order
 * differs from priority and input order; dates of mixed precision with equal first days; construal
 * cycles and empty {@code from}; undeclared aspects that only construals produce; observations with
 * and without targets, changes, negative evidence ({@code occurred: false}) and sources that
 * disagree on one cell.
 */
public final class RandomModels {
  /** How big a model to make. */
  public record Size(
      int minActors,
      int maxActors,
      int minAspects,
      int maxAspects,
      int derived,
      int minPractices,
      int maxPractices,
      int minSituations,
      int maxSituations,
      int maxConceptsPerActor,
      int maxObservations) {}

  /** The size the brief asks for: 2-4 actors, 6-15 aspects, 2-4 practices, 2-5 situations. */
  public static final Size SMALL = new Size(2, 4, 6, 15, 5, 2, 4, 2, 5, 5, 8);

  /** A model large enough for many concurrent runs to overlap. */
  public static final Size LARGE = new Size(8, 8, 40, 40, 15, 6, 6, 25, 25, 12, 60);

  private static final List<String> ACTORS =
      List.of("US", "PK", "AF", "IN", "cn", "Z-9", "a_1", "UN", "eu", "B:2");
  private static final List<String> PRACTICES =
      List.of("aid", "strike", "Talk", "permit-transit", "z.sanction", "Arm", "0lobby");
  private static final List<String> WEIGHTS = List.of("0.1", "0.2", "0.3", "0.5", "1", "2.0");
  private static final List<Integer> PRIORITIES = List.of(-3, -1, 0, 0, 0, 1, 1, 2, 5, 10);

  private final Choices random;
  private final Size size;
  private final List<String> actors = new ArrayList<>();
  private final List<String> declared = new ArrayList<>();
  private final List<String> derived = new ArrayList<>();
  private final List<String> practices = new ArrayList<>();
  private final List<String> situations = new ArrayList<>();

  private RandomModels(Choices random, Size size) {
    this.random = random;
    this.size = size;
  }

  public static Model model(Random random) {
    return model(random, SMALL);
  }

  public static Model model(Random random, Size size) {
    return model(Choices.of(random), size);
  }

  /** A model made from {@code choices}: from generated ones, a model that shrinks. */
  public static Model model(Choices choices) {
    return model(choices, SMALL);
  }

  public static Model model(Choices choices, Size size) {
    return new RandomModels(choices, size).build();
  }

  /**
   * More choices than a {@link #SMALL} model reads (about 850 at most; see {@code
   * RandomModelsTest}), so that every part of the model is drawn from generated choices.
   */
  public static final int SMALL_CHOICES = 2000;

  /**
   * Small models made from generated choices, which QuickTheories shrinks towards fewer actors,
   * aspects, situations, concepts and observations, and the first option of every choice.
   */
  public static Gen<Model> models() {
    return Choices.lists(SMALL_CHOICES).map(values -> model(Choices.of(values)));
  }

  private Model build() {
    Model.Builder model = Model.builder().name("random");
    List<String> actorPool = new ArrayList<>(ACTORS);
    random.shuffle(actorPool);
    int nActors = between(size.minActors(), size.maxActors());
    for (int i = 0; i < nActors; i++) {
      String id = i < actorPool.size() ? actorPool.get(i) : "actor" + i;
      actors.add(id);
      model.addActors(Actor.of(id));
    }
    int nAspects = between(size.minAspects(), size.maxAspects());
    for (int i = 0; i < nAspects; i++) {
      // Mixed case and separators so that code-point order is not the numeric one.
      String id = (random.nextBoolean() ? "x" : "X") + i + (random.nextInt(4) == 0 ? "-b" : "");
      declared.add(id);
      model.addAspects(Aspect.of(id, "aspect " + i));
    }
    for (int i = 0; i < size.derived(); i++) {
      derived.add("d" + i);
    }
    List<String> practicePool = new ArrayList<>(PRACTICES);
    random.shuffle(practicePool);
    int nPractices = between(size.minPractices(), size.maxPractices());
    for (int i = 0; i < nPractices; i++) {
      String id = i < practicePool.size() ? practicePool.get(i) : "practice" + i;
      practices.add(id);
      model.addPractices(PracticeType.of(id, id, PracticeMode.values()[random.nextInt(3)]));
    }
    int nSituations = between(size.minSituations(), size.maxSituations());
    for (int i = 0; i < nSituations; i++) {
      String id = "s" + (char) ('a' + random.nextInt(26)) + i;
      situations.add(id);
      Situation.Builder s = Situation.builder().id(id).from(date()).label("situation " + i);
      for (String a : declared) {
        if (random.nextInt(3) == 0) {
          s.addAspects(a);
        }
      }
      model.addSituations(s.build());
    }

    // Concepts: prescriptions first, so that triggers can name interaction aspects that occur.
    List<Concept.Builder> builders = new ArrayList<>();
    List<String> interaction = new ArrayList<>();
    int serial = 0;
    for (String actor : actors) {
      int n = random.nextInt(size.maxConceptsPerActor() + 1);
      for (int i = 0; i < n; i++) {
        // Upper and lower case, so that code-point order differs from case-insensitive order.
        String prefix = random.nextBoolean() ? actor : actor.toLowerCase(Locale.ROOT);
        char letter = (char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26));
        String id = prefix + "." + letter + serial++;
        Concept.Builder c = Concept.builder().id(id).holder(actor).priority(pick(PRIORITIES));
        for (int j = random.nextInt(3); j > 0; j--) {
          Prescription p = prescription();
          c.addPrescribes(p);
          interaction.add(
              "did:"
                  + actor
                  + ":"
                  + p.practice()
                  + ":"
                  + p.target().map(Object::toString).orElse("-"));
        }
        for (int j = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; j > 0; j--) {
          c.addProscribes(prescription());
        }
        builders.add(c);
      }
    }
    for (Concept.Builder c : builders) {
      c.when(trigger(interaction));
      for (int j = random.nextInt(3); j > 0; j--) {
        c.addConstrues(construal(interaction));
      }
      if (random.nextInt(4) == 0) { // a cycle between two derived aspects, fed by a declared one
        String a = pick(derived);
        String b = pick(derived);
        c.addConstrues(Construal.of(List.of(a), b), Construal.of(List.of(b), a));
        if (random.nextBoolean()) {
          c.addConstrues(Construal.of(List.of(hot()), a));
        }
      }
      for (int j = random.nextInt(2) == 0 ? 1 + random.nextInt(2) : 0; j > 0; j--) {
        c.addOccludes(random.nextBoolean() ? hot() : aspect(interaction));
      }
      for (int j = random.nextInt(3); j > 0; j--) {
        c.addHighlights(aspect(interaction));
      }
      model.addConcepts(c.build());
    }

    for (int i = random.nextInt(size.maxObservations() + 1); i > 0; i--) {
      Observation o = observation();
      model.addObservations(o);
      if (o.change().isEmpty() && random.nextInt(5) == 0) {
        // another source says the opposite of the same cell, or denies it for any target
        Observation.Builder other = Observation.builder().from(o).occurred(!o.occurred());
        if (o.occurred() && random.nextBoolean()) {
          other.target(Optional.empty());
        }
        model.addObservations(other.source("report " + random.nextInt(3)).build());
      }
    }
    if (random.nextInt(4) == 0) {
      model.options(InferenceOptions.defaults().withInteraction(false));
    }
    return model.build();
  }

  /** Years 2000-2001, months 1 or 6, days 1 or 15, written at a random precision that fits. */
  private String date() {
    int year = 2000 + random.nextInt(2);
    int month = random.nextBoolean() ? 1 : 6;
    int day = random.nextBoolean() ? 1 : 15;
    int precision = day != 1 ? 2 : month != 1 ? 1 + random.nextInt(2) : random.nextInt(3);
    switch (precision) {
      case 0:
        return Integer.toString(year);
      case 1:
        return String.format("%d-%02d", year, month);
      default:
        return String.format("%d-%02d-%02d", year, month, day);
    }
  }

  private Prescription prescription() {
    Prescription.Builder p = Prescription.builder().practice(pick(practices));
    if (random.nextInt(3) != 0) {
      p.target(pick(actors));
    }
    if (random.nextInt(3) != 0) {
      p.weight(pick(WEIGHTS));
    }
    return p.build();
  }

  private Trigger trigger(List<String> interaction) {
    Trigger.Builder t = Trigger.builder();
    if (random.nextInt(4) == 0) {
      return t.build(); // always applies
    }
    for (int j = random.nextInt(3); j > 0; j--) {
      t.allOf(aspect(interaction));
    }
    if (random.nextInt(3) == 0) {
      for (int j = 1 + random.nextInt(2); j > 0; j--) {
        t.anyOf(aspect(interaction));
      }
    }
    if (random.nextInt(3) == 0) {
      t.noneOf(aspect(interaction));
    }
    return t.build();
  }

  private Construal construal(List<String> interaction) {
    Set<String> from = new LinkedHashSet<>();
    for (int j = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(2); j > 0; j--) {
      from.add(aspect(interaction));
    }
    String to = random.nextInt(3) == 0 ? pick(declared) : pick(derived);
    return Construal.of(from, to);
  }

  /** One of the first three declared aspects, which occlusions and cycle feeders favour. */
  private String hot() {
    return declared.get(random.nextInt(3));
  }

  /** A declared, derived or (sometimes) interaction aspect. */
  private String aspect(List<String> interaction) {
    int r = random.nextInt(10);
    if (r < 2 && !interaction.isEmpty()) {
      return pick(interaction);
    }
    if (r < 5) {
      return pick(derived);
    }
    return pick(declared);
  }

  private Observation observation() {
    Observation.Builder o =
        Observation.builder()
            .actor(pick(actors))
            .practice(pick(practices))
            .situation(pick(situations));
    if (random.nextInt(3) != 0) {
      o.target(pick(actors));
    }
    if (random.nextInt(3) == 0) {
      o.change(random.nextBoolean() ? ChangeKind.STARTED : ChangeKind.STOPPED);
      if (random.nextInt(4) == 0) {
        o.occurred(true); // said outright, which a change allows
      }
    } else if (random.nextInt(3) == 0) {
      o.occurred(false); // negative evidence: the sources say it did not happen
    }
    if (random.nextBoolean()) {
      o.source("report " + random.nextInt(3));
    }
    return o.build();
  }

  private int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
