package io.github.narrativeir.inference;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Diagnostic;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of inference on a model: episodes, predictions, narratives and, when the model has
 * observations, the evaluation. Every list is sorted as the result format prescribes, so two runs
 * of the same model give equal results whatever order its lists were in. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Inference {
  private final CompiledModel compiled;
  private final InferenceOptions options;
  private final ImmutableList<Episode> episodes;
  private final ImmutableList<Prediction> predictions;
  private final ImmutableList<Narrative> narratives;
  private final Optional<Evaluation> evaluation;
  private final ImmutableMap<ActorId, ImmutableMap<SituationId, Episode>> episodeIndex;

  /** The last episode an explanation replayed: explanations come an episode at a time. */
  private volatile Explainer.@Nullable Replay lastReplay;

  /** Where each situation's predictions start in {@link #predictions}, plus one end entry. */
  private final int[] predictionStarts;

  /** Built on the first rerun and shared by the later ones. */
  private volatile @Nullable RerunIndex rerunIndex;

  private final Object rerunIndexLock = new Object();

  Inference(
      CompiledModel compiled,
      InferenceOptions options,
      ImmutableList<Episode> episodes,
      ImmutableList<Prediction> predictions,
      ImmutableList<Narrative> narratives,
      Optional<Evaluation> evaluation) {
    this.compiled = compiled;
    this.options = options;
    this.episodes = episodes;
    this.predictions = predictions;
    this.narratives = narratives;
    this.evaluation = evaluation;
    ImmutableMap.Builder<ActorId, ImmutableMap<SituationId, Episode>> index =
        ImmutableMap.builder();
    for (Narrative n : narratives) {
      ImmutableMap.Builder<SituationId, Episode> bySituation = ImmutableMap.builder();
      n.episodes().forEach(e -> bySituation.put(e.situation(), e));
      index.put(n.actor(), bySituation.buildOrThrow());
    }
    this.episodeIndex = index.buildOrThrow();
    this.predictionStarts = starts(compiled, predictions);
  }

  /** Predictions are in situation order, so each situation's are one run of the list. */
  private static int[] starts(CompiledModel compiled, ImmutableList<Prediction> predictions) {
    int situations = compiled.situations.size();
    int[] starts = new int[situations + 1];
    int p = 0;
    for (int s = 0; s < situations; s++) {
      starts[s] = p;
      SituationId id = compiled.situations.get(s).id();
      while (p < predictions.size() && predictions.get(p).situation().equals(id)) {
        p++;
      }
    }
    starts[situations] = p;
    checkArgument(p == predictions.size(), "predictions are not in situation order");
    return starts;
  }

  /** The replay of an episode, the last one made when it is of the same episode. */
  Explainer.Replay replay(
      ActorId actor, SituationId situation, java.util.function.Supplier<Explainer.Replay> make) {
    Explainer.Replay last = lastReplay;
    if (last != null && last.actor.equals(actor) && last.situation.equals(situation)) {
      return last;
    }
    Explainer.Replay made = make.get();
    lastReplay = made;
    return made;
  }

  /** The predictions of the situation at {@code index} in situation order, as a view. */
  List<Prediction> predictionsIn(int index) {
    return predictions.subList(predictionStarts[index], predictionStarts[index + 1]);
  }

  /** The predictions of {@code actor} in {@code situation}, in result order, as a view. */
  List<Prediction> predictionsOf(ActorId actor, SituationId situation) {
    Integer index = compiled.situationIndex.get(situation);
    if (index == null) {
      return List.of();
    }
    List<Prediction> in = predictionsIn(index);
    int from = 0;
    while (from < in.size() && !in.get(from).actor().equals(actor)) {
      from++;
    }
    int to = from;
    while (to < in.size() && in.get(to).actor().equals(actor)) {
      to++;
    }
    return in.subList(from, to);
  }

  /** The model inference ran on. */
  public Model model() {
    return compiled.model;
  }

  /** The options inference ran with. */
  public InferenceOptions options() {
    return options;
  }

  /** The model's warnings (a model with errors never gets this far). */
  public ImmutableList<Diagnostic> warnings() {
    return compiled.report.warnings();
  }

  /** The situations in time order: by the first day of {@code from}, then by id. */
  public ImmutableList<Situation> situations() {
    return compiled.situations;
  }

  /** Every episode, by situation order, then actor id. */
  public ImmutableList<Episode> episodes() {
    return episodes;
  }

  /** The episode of {@code actor} in {@code situation}, absent when the actor holds no concepts. */
  public Optional<Episode> episode(ActorId actor, SituationId situation) {
    ImmutableMap<SituationId, Episode> mine = episodeIndex.get(actor);
    return mine == null ? Optional.empty() : Optional.ofNullable(mine.get(situation));
  }

  /** Every prediction, by situation order, then actor, practice and target (none first). */
  public ImmutableList<Prediction> predictions() {
    return predictions;
  }

  /** One narrative per actor that holds concepts, by actor id. */
  public ImmutableList<Narrative> narratives() {
    return narratives;
  }

  /** The evaluation against the model's observations; absent when it has none. */
  public Optional<Evaluation> evaluation() {
    return evaluation;
  }

  /**
   * Explains {@code prediction}.
   *
   * @throws IllegalArgumentException if {@code prediction} is not one of {@link #predictions()}
   */
  public Explanation explain(Prediction prediction) {
    checkNotNull(prediction, "prediction");
    checkArgument(
        predictionsOf(prediction.actor(), prediction.situation()).contains(prediction),
        "%s %s is not a prediction of this inference",
        prediction.actor(),
        prediction.practice());
    return explain(
        prediction.actor(), prediction.practice(), prediction.target(), prediction.situation());
  }

  /**
   * Explains why {@code actor} is or is not predicted to carry out {@code practice} on {@code
   * target} in {@code situation}.
   *
   * @throws IllegalArgumentException if the actor, practice or situation is not in the model
   */
  public Explanation explain(
      ActorId actor, PracticeId practice, Optional<ActorId> target, SituationId situation) {
    checkNotNull(actor, "actor");
    checkNotNull(practice, "practice");
    checkNotNull(target, "target");
    checkNotNull(situation, "situation");
    Model model = compiled.model;
    checkArgument(
        model.actors().stream().anyMatch(a -> a.id().equals(actor)), "unknown actor '%s'", actor);
    checkArgument(
        model.practices().stream().anyMatch(p -> p.id().equals(practice)),
        "unknown practice '%s'",
        practice);
    target.ifPresent(
        t ->
            checkArgument(
                model.actors().stream().anyMatch(a -> a.id().equals(t)),
                "unknown target actor '%s'",
                t));
    checkArgument(
        compiled.situationIndex.containsKey(situation), "unknown situation '%s'", situation);
    return new Explainer(compiled, this).explain(actor, practice, target, situation);
  }

  /**
   * The predictions of this inference's model with {@code concepts} left out, as {@link
   * NarrativeEngine#infer} would give them for a model without those concepts, computed by
   * recomputing only the episodes the change can reach and reusing the others.
   *
   * @throws IllegalArgumentException if a concept is not in the model
   */
  public Rerun rerunWithout(Set<ConceptId> concepts) {
    checkNotNull(concepts, "concepts");
    return rerunWithout(concepts, compiled.situations.size() - 1);
  }

  /**
   * The predictions up to and including situation {@code upTo} of this inference's model with
   * {@code concepts} left out; later situations cannot change them, so they are not computed.
   *
   * @throws IllegalArgumentException if a concept or the situation is not in the model
   */
  public Rerun rerunWithout(Set<ConceptId> concepts, SituationId upTo) {
    checkNotNull(concepts, "concepts");
    checkNotNull(upTo, "upTo");
    checkArgument(compiled.situationIndex.containsKey(upTo), "unknown situation '%s'", upTo);
    return rerunWithout(concepts, compiled.situationIndex.get(upTo));
  }

  private Rerun rerunWithout(Set<ConceptId> concepts, int upTo) {
    for (ConceptId c : concepts) {
      checkArgument(compiled.conceptsById.containsKey(c), "unknown concept '%s'", c);
    }
    ModelEdit edit = ModelEdit.builder().droppedConcepts(concepts).build();
    RerunIndex index = rerunIndex();
    Rerunner.Result r =
        Rerunner.rerun(compiled, this, index, new CompiledEdit(compiled, index, edit), upTo);
    return new Rerun(r.predictions(), r.recomputed(), r.reused());
  }

  /**
   * What inference gives this inference's model with {@code edit} applied, with this inference's
   * options: equal to {@code engine.infer(edit.applyTo(model()), options())} in its predictions,
   * narrative changes and evaluation, but computed by recomputing only the episodes the edit can
   * reach, from the first situation it changes, and reusing the others. Thread-safe: many edits may
   * be run at once.
   *
   * @throws IllegalArgumentException if the edit does not fit the model (see {@link
   *     ModelEdit#applyTo})
   */
  public EditedRun rerun(ModelEdit edit) {
    checkNotNull(edit, "edit");
    RerunIndex index = rerunIndex();
    Rerunner.Result r =
        Rerunner.rerun(
            compiled,
            this,
            index,
            new CompiledEdit(compiled, index, edit),
            compiled.situations.size() - 1);
    ImmutableList<PracticeChange> changes = changesOf(r);
    return new EditedRun(
        edit,
        r.predictions(),
        changes,
        Evaluations.of(compiled, r.predictions(), changes),
        r.recomputed(),
        r.reused());
  }

  /**
   * The narratives' changes of a rerun. A change in a situation depends only on the actor's
   * predictions there and in the situation before, so where neither episode was recomputed the
   * change is this inference's; only the others are worked out again. The order is {@link
   * Narratives#changes}': by actor, then situation, stopped before started, each in key order.
   */
  private ImmutableList<PracticeChange> changesOf(Rerunner.Result r) {
    Map<ActorId, ImmutableList<PracticeChange>> theirs = new HashMap<>();
    for (Narrative n : narratives) {
      theirs.put(n.actor(), n.changes());
    }
    ImmutableList.Builder<PracticeChange> all = ImmutableList.builder();
    int actors = compiled.actors.size();
    int situations = compiled.situations.size();
    for (int a = 0; a < actors; a++) {
      ActorId actor = compiled.actors.get(a).id;
      ImmutableList<PracticeChange> original = theirs.getOrDefault(actor, ImmutableList.of());
      if (!r.touched().get(a)) {
        all.addAll(original);
        continue;
      }
      Map<SituationId, List<PracticeChange>> originalIn = new HashMap<>();
      for (PracticeChange c : original) {
        originalIn.computeIfAbsent(c.situation(), k -> new ArrayList<>()).add(c);
      }
      for (int i = 1; i < situations; i++) {
        int before = (i - 1) * actors + a;
        int now = i * actors + a;
        SituationId situation = compiled.situations.get(i).id();
        if (r.touchedEpisodes().get(before) || r.touchedEpisodes().get(now)) {
          all.addAll(
              Narratives.changesAt(
                  actor,
                  compiled.situations.get(i - 1).id(),
                  situation,
                  r.episodePredictions().get(before),
                  r.episodePredictions().get(now)));
        } else {
          all.addAll(originalIn.getOrDefault(situation, List.of()));
        }
      }
    }
    return all.build();
  }

  private RerunIndex rerunIndex() {
    RerunIndex index = rerunIndex;
    if (index == null) {
      synchronized (rerunIndexLock) {
        index = rerunIndex;
        if (index == null) {
          index = new RerunIndex(compiled, this);
          rerunIndex = index;
        }
      }
    }
    return index;
  }
}
