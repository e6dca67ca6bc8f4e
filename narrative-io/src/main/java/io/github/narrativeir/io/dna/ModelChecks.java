package io.github.narrativeir.io.dna;

import io.github.narrativeir.internal.Suggestions;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.dna.DnaMapping.Reference;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a mapping must agree with in the model before the database is opened: every actor and
 * concept it names declared, and a concept given for one actor held by that actor. Each problem is
 * located in the mapping, with the closest declared id.
 */
final class ModelChecks {
  private ModelChecks() {}

  static List<Problem> check(DnaMapping mapping, Model model) {
    Set<String> actors = new LinkedHashSet<>();
    for (Actor a : model.actors()) {
      actors.add(a.id().value());
    }
    Map<String, ActorId> holders = new LinkedHashMap<>();
    for (Concept c : model.concepts()) {
      holders.put(c.id().value(), c.holder());
    }
    List<Problem> problems = new ArrayList<>();
    for (Reference r : mapping.references()) {
      Set<String> known = r.concept() ? holders.keySet() : actors;
      String kind = r.concept() ? "concept" : "actor";
      if (!known.contains(r.id())) {
        problems.add(
            problem(
                mapping,
                r,
                ProblemCode.UNDECLARED_REFERENCE,
                r.subject()
                    + ": "
                    + kind
                    + " '"
                    + r.id()
                    + "' is not "
                    + (r.concept() ? "a concept" : "an actor")
                    + " the model declares"
                    + Suggestions.didYouMean(r.id(), known)));
        continue;
      }
      if (r.concept() && r.holder().isPresent()) {
        ActorId holder = holders.get(r.id());
        if (holder != null && !holder.equals(r.holder().get())) {
          problems.add(
              problem(
                  mapping,
                  r,
                  ProblemCode.INVALID_VALUE,
                  r.subject()
                      + ": concept '"
                      + r.id()
                      + "' is held by '"
                      + holder
                      + "', not by '"
                      + r.holder().get()
                      + "': give each actor a concept it holds"));
        }
      }
    }
    return problems;
  }

  private static Problem problem(
      DnaMapping mapping, Reference r, ProblemCode code, String message) {
    return new Problem(
        code,
        Severity.ERROR,
        mapping.source(),
        r.at().line(),
        r.at().column(),
        r.at().pointer(),
        message);
  }
}
