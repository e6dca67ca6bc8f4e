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
import java.util.Optional;
import java.util.Set;

/**
 * The result of inference on a model: episodes, predictions, narratives and, when the model has
 * observations, the evaluation. Every list is sorted as the result format prescribes, so two runs
 * of the same model give equal results whatever order its lists were in. Immutable and
 * thread-safe.
 */
public final class Inference {
  private final CompiledModel compiled;
  private final InferenceOptions options;
  private final ImmutableList<Episode> episodes;
  private final ImmutableList<Prediction> predictions;
  private final ImmutableList<Narrative> narratives;
  private final Optional<Evaluation> evaluation;
  private final ImmutableMap<ActorId, ImmutableMap<SituationId, Episode>> episodeIndex;
  /** Built on the first rerun and shared by the later ones. */
  private volatile RerunIndex rerunIndex;
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
        predictions.contains(prediction),
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
  public Rerun rerunWithout(
      Set<ConceptId> concepts, SituationId upTo) {
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
    ImmutableList<PracticeChange> changes = Narratives.changes(compiled, r.predictions());
    return new EditedRun(
        edit,
        r.predictions(),
        changes,
        Evaluations.of(compiled, r.predictions(), changes),
        r.recomputed(),
        r.reused());
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
