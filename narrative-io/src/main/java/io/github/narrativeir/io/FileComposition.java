package io.github.narrativeir.io;

import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.model.ComposedModel;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Definition;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Redefinition;
import io.github.narrativeir.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A model composed with concept sets read from files, each element located in the file it came
 * from. The rule of composition (merging by id; an id defined twice must be defined identically) is
 * {@link ComposedModel}'s; this class only locates its redefinitions, and the diagnostics of the
 * composed model, by file, line and column.
 */
final class FileComposition {
  /** A located node of some file. */
  record Located(String source, Node node) {}

  private final Document model;

  /** The concept sets the model includes. */
  private final List<Document> own;

  /** The concept sets given besides the model (and what they include). */
  private final List<Document> given;

  /** The sets in the order they were composed: those the model includes, then those given. */
  private final List<Document> sets = new ArrayList<>();

  private final ComposedModel composed;

  /**
   * Composes {@code model} with the sets it includes ({@code own}) and those given besides it
   * ({@code given}), adding a located problem for each redefinition: actors, aspects and practice
   * types of every file; the concepts of the sets given when {@code replace}, else those of the
   * model and of every set.
   */
  FileComposition(
      Document model,
      List<Document> own,
      List<Document> given,
      boolean replace,
      List<Problem> problems) {
    this.model = model;
    this.own = own;
    this.given = given;
    sets.addAll(own);
    sets.addAll(given);
    List<ConceptSet> conceptSets = new ArrayList<>();
    for (Document set : own) {
      // replaced, the concepts the model includes are not composed at all
      conceptSets.add(conceptSet(set.model, !replace));
    }
    for (Document set : given) {
      conceptSets.add(conceptSet(set.model, true));
    }
    composed =
        replace
            ? ComposedModel.replaceConcepts(model.model, conceptSets)
            : ComposedModel.compose(model.model, conceptSets);
    for (Redefinition r : composed.redefinitions()) {
      problems.add(problem(r));
    }
  }

  private static ConceptSet conceptSet(Model set, boolean withConcepts) {
    ConceptSet.Builder b =
        ConceptSet.builder().actors(set.actors()).aspects(set.aspects()).practices(set.practices());
    if (withConcepts) {
      b.concepts(set.concepts());
    }
    set.name().ifPresent(b::name);
    return b.build();
  }

  /** The composed model; when there are redefinitions, each id keeps its first definition. */
  Model model() {
    return composed.model();
  }

  private Problem problem(Redefinition r) {
    Document here = document(r.conflicting());
    Document first = document(r.first());
    Node at = here.locate(r.conflicting().pointer());
    Node firstAt = first.locate(r.first().pointer());
    String message =
        here.source.equals(first.source)
            ? r.kind()
                + " '"
                + r.id()
                + "' is defined twice in this file, differently (first at line "
                + firstAt.line
                + ", column "
                + firstAt.column
                + "); an id defined twice must be defined identically"
            : r.kind()
                + " '"
                + r.id()
                + "' is defined differently in "
                + first.source
                + ":"
                + firstAt.line
                + ":"
                + firstAt.column
                + "; an id defined in two files must be defined identically";
    return new Problem(
        ProblemCode.REDEFINITION,
        Severity.ERROR,
        here.source,
        at.line,
        at.column,
        at.pointer,
        message);
  }

  private Document document(Definition d) {
    return d.set().isPresent() ? sets.get(d.set().getAsInt()) : model;
  }

  /** The file and node of a pointer into the composed model. */
  Located locate(String pointer) {
    Definition d = composed.definitionOf(pointer);
    Document document = document(d);
    return new Located(document.source, document.locate(d.pointer()));
  }

  /** The files, model first, in the order they were read. */
  List<String> sources() {
    List<String> sources = new ArrayList<>();
    sources.add(model.source);
    own.forEach(s -> sources.add(s.source));
    given.forEach(s -> sources.add(s.source));
    return sources;
  }
}
