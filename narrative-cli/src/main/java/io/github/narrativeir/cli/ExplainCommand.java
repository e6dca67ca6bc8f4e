package io.github.narrativeir.cli;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code narrative explain}: why the model does, or does not, predict a practice. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain why the model predicts, or does not predict, that an actor carries out a practice:",
      "the concepts for and against it, the aspects that triggered them and where those came from,",
      "the evidence, and the concepts that would have weighed in but did not apply.",
      "Without --situation, every situation is explained; without --target, every target the",
      "actor's concepts name for the practice."
    })
final class ExplainCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The model file (- for standard input).")
  String file;

  @Option(names = "--actor", required = true, paramLabel = "A", description = "The actor's id.")
  String actor;

  @Option(
      names = "--practice",
      required = true,
      paramLabel = "P",
      description = "The practice's id.")
  String practice;

  @Option(
      names = "--target",
      paramLabel = "T",
      description = "The target actor's id, or - for the practice without a target.")
  @Nullable String target;

  @Option(names = "--situation", paramLabel = "S", description = "The situation's id.")
  @Nullable String situation;

  @Mixin InteractionOption interaction;

  @Mixin ReadOptions read;

  @ParentCommand NarrativeCli parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Model model = read.load(file, parent.stdin(), spec.commandLine().getErr()).model();
    ActorId actorId = known("actor", actor, ids(model.actors(), Actor::id), ActorId::of);
    PracticeId practiceId =
        known("practice", practice, ids(model.practices(), PracticeType::id), PracticeId::of);
    List<Optional<ActorId>> targets = targets(model, actorId, practiceId);
    Inference result = interaction.engine().infer(model, interaction.options(model));
    List<SituationId> situations = new ArrayList<>();
    if (situation != null) {
      situations.add(
          known("situation", situation, ids(model.situations(), Situation::id), SituationId::of));
    } else {
      result.situations().forEach(s -> situations.add(s.id()));
    }
    boolean first = true;
    for (SituationId s : situations) {
      for (Optional<ActorId> t : targets) {
        if (!first) {
          out.println();
        }
        first = false;
        out.print(result.explain(actorId, practiceId, t, s).render());
      }
    }
    return ExitCodes.OK;
  }

  private List<Optional<ActorId>> targets(Model model, ActorId actorId, PracticeId practiceId) {
    if (target != null) {
      if (target.equals("-")) {
        return List.of(Optional.empty());
      }
      return List.of(
          Optional.of(known("target", target, ids(model.actors(), Actor::id), ActorId::of)));
    }
    TreeSet<Optional<ActorId>> named =
        new TreeSet<>(Comparator.comparing(t -> t.map(ActorId::value).orElse("")));
    for (Concept c : model.concepts()) {
      if (c.holder().equals(actorId)) {
        List<Prescription> entries = new ArrayList<>(c.prescribes());
        entries.addAll(c.proscribes());
        for (Prescription p : entries) {
          if (p.practice().equals(practiceId)) {
            named.add(p.target());
          }
        }
      }
    }
    return named.isEmpty() ? List.of(Optional.empty()) : new ArrayList<>(named);
  }

  private static <T> List<String> ids(List<T> elements, Function<T, ?> id) {
    return elements.stream().map(e -> id.apply(e).toString()).collect(Collectors.toList());
  }

  private static <T> T known(
      String kind, String value, List<String> ids, Function<String, T> make) {
    if (!ids.contains(value)) {
      throw new UserError(
          "narrative explain: unknown "
              + kind
              + " '"
              + value
              + "'"
              + Suggestions.plausible(value, ids).map(c -> "; did you mean '" + c + "'?").orElse("")
              + " (known: "
              + String.join(", ", ids)
              + ")");
    }
    return make.apply(value);
  }
}
