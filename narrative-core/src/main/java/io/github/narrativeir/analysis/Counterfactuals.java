package io.github.narrativeir.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Counterfactuals: what the model predicts without some concepts, with or without some aspects in
 * some situations, or with interaction switched. The variant is run by the same engine, so the
 * comparison is exactly what inference on the varied model gives.
 *
 * @since 0.1.0
 */
public final class Counterfactuals {
  private Counterfactuals() {}

  /**
   * Returns {@code model} varied by {@code variation}.
   *
   * @throws IllegalArgumentException if the variation names a concept or situation the model does
   *     not have, or adds an aspect the model does not declare
   */
  public static Model vary(Model model, Variation variation) {
    checkNotNull(model, "model");
    checkNotNull(variation, "variation");
    Set<ConceptId> concepts =
        model.concepts().stream().map(Concept::id).collect(Collectors.toSet());
    for (ConceptId c : variation.withoutConcepts()) {
      known(concepts, c, "unknown concept '" + c + "'");
    }
    Set<SituationId> situations =
        model.situations().stream().map(Situation::id).collect(Collectors.toSet());
    Set<AspectId> declared = model.aspects().stream().map(a -> a.id()).collect(Collectors.toSet());
    for (SituationId s : variation.withoutAspects().keySet()) {
      known(situations, s, "unknown situation '" + s + "'");
    }
    variation
        .withAspects()
        .forEach(
            (s, a) -> {
              known(situations, s, "unknown situation '" + s + "'");
              known(declared, a, "aspect '" + a + "' is not declared in the model");
            });
    Model.Builder b = Model.builder().from(model);
    b.concepts(
        model.concepts().stream()
            .filter(c -> !variation.withoutConcepts().contains(c.id()))
            .collect(Collectors.toList()));
    List<Situation> varied = new ArrayList<>();
    for (Situation s : model.situations()) {
      Set<AspectId> aspects = new LinkedHashSet<>(s.aspects());
      aspects.removeAll(variation.withoutAspects().get(s.id()));
      aspects.addAll(variation.withAspects().get(s.id()));
      varied.add(
          Situation.builder()
              .id(s.id())
              .label(s.label())
              .from(s.from())
              .to(s.to())
              .aspects(aspects)
              .provenance(
                  s.provenance().stream()
                      // an aspect the variation removes has lost its source, even if it adds it
                      // back
                      .filter(p -> !variation.withoutAspects().get(s.id()).contains(p.aspect()))
                      .collect(Collectors.toList()))
              .build());
    }
    b.situations(varied);
    variation.interaction().ifPresent(i -> b.options(model.options().withInteraction(i)));
    return b.build();
  }

  /**
   * Runs {@code model} and its variant and compares them.
   *
   * @throws io.github.narrativeir.model.InvalidModelException if the model has errors
   * @throws IllegalArgumentException if the variation does not fit the model (see {@link #vary})
   */
  public static CounterfactualResult run(Model model, Variation variation) {
    Model variant = vary(model, variation);
    NarrativeEngine engine = NarrativeEngine.create();
    return compare(variation, variant, engine.infer(model), engine.infer(variant));
  }

  static CounterfactualResult compare(
      Variation variation, Model variantModel, Inference original, Inference variant) {
    Set<String> before = keys(original.predictions());
    Set<String> after = keys(variant.predictions());
    ImmutableList<Prediction> lost =
        original.predictions().stream()
            .filter(p -> !after.contains(PracticeKeys.of(p)))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Prediction> gained =
        variant.predictions().stream()
            .filter(p -> !before.contains(PracticeKeys.of(p)))
            .collect(ImmutableList.toImmutableList());
    List<EpisodeChange> changed = new ArrayList<>();
    Set<ActorId> actors = new TreeSet<>();
    original.narratives().forEach(n -> actors.add(n.actor()));
    variant.narratives().forEach(n -> actors.add(n.actor()));
    for (Situation s : original.situations()) {
      for (ActorId a : actors) {
        Optional<Episode> o = original.episode(a, s.id());
        Optional<Episode> v = variant.episode(a, s.id());
        if (!o.map(Episode::concepts).equals(v.map(Episode::concepts))) {
          changed.add(new EpisodeChange(a, s.id(), o, v));
        }
      }
    }
    List<Observation> explainedBefore = explained(original);
    List<Observation> explainedAfter = explained(variant);
    return new CounterfactualResult(
        variation,
        variantModel,
        original,
        variant,
        lost,
        gained,
        ImmutableList.copyOf(changed),
        explainedAfter.stream()
            .filter(o -> !explainedBefore.contains(o))
            .collect(ImmutableList.toImmutableList()),
        explainedBefore.stream()
            .filter(o -> !explainedAfter.contains(o))
            .collect(ImmutableList.toImmutableList()));
  }

  private static Set<String> keys(List<Prediction> predictions) {
    return predictions.stream().map(PracticeKeys::of).collect(Collectors.toSet());
  }

  private static List<Observation> explained(Inference result) {
    return result
        .evaluation()
        .map(e -> (List<Observation>) e.explainedObservations())
        .orElse(List.of());
  }

  /** Throws {@code IllegalArgumentException} with {@code message} and the closest known id. */
  private static <T> void known(Set<T> ids, T id, String message) {
    if (!ids.contains(id)) {
      throw new IllegalArgumentException(
          message
              + Suggestions.didYouMean(
                  id.toString(),
                  ids.stream().map(Object::toString).sorted().collect(Collectors.toList())));
    }
  }
}
