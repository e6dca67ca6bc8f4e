package io.github.narrativeir.model;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.github.narrativeir.internal.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the rules of a {@link Model} that relate its elements to one another, and reports every
 * problem at once.
 *
 * <p>Errors: an id declared twice within its kind; a reference to an actor, practice type or
 * situation that is not declared; a situation aspect that is not declared; a weight that is not
 * positive; a situation whose {@code to} ends before its {@code from} begins; evidence with a blank
 * source; provenance naming an aspect that is not one of its situation's, or with a blank source;
 * an observation of a change that says {@code occurred: false}. Warnings: an aspect used by a
 * concept that is not declared, not produced by any construal and not an interaction aspect (almost
 * always a typo; the warning names the closest declared id); an interaction aspect that names an
 * unknown actor or practice, or that no concept can ever produce; a trigger that can never apply; a
 * plain observation that says the opposite of an earlier one of the same cell (sources that
 * disagree). Malformed ids and dates cannot occur in a model: their types reject them when they are
 * made.
 *
 * <pre>{@code
 * ValidationReport report = ModelValidator.validate(model);
 * report.warnings().forEach(w -> System.err.println(w.render()));
 * report.throwIfInvalid();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ModelValidator {
  private final Model model;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<String> actors = new TreeSet<>();
  private final Set<String> practices = new TreeSet<>();
  private final Set<String> situations = new TreeSet<>();
  private final Set<String> declaredAspects = new TreeSet<>();
  private final Set<String> construed = new TreeSet<>();
  private final Set<String> producible = new TreeSet<>();

  /** "Did you mean" indexes, by the identity of the set they index; built when first needed. */
  private final IdentityHashMap<Set<String>, Suggestions.Index> indexes = new IdentityHashMap<>();

  private Suggestions.@Nullable Index knownAspects;

  private ModelValidator(Model model) {
    this.model = model;
  }

  /** Returns every error and warning of {@code model}, in the order of its elements. */
  public static ValidationReport validate(Model model) {
    ModelValidator validator = new ModelValidator(model);
    validator.run();
    return ValidationReport.of(validator.diagnostics);
  }

  private void run() {
    duplicates("actor", "/actors", model.actors(), a -> a.id().value(), actors)
        .values()
        .forEach(this::duplicate);
    for (int i = 0; i < model.actors().size(); i++) {
      if (model.actors().get(i).id().value().equals(InteractionAspects.NO_TARGET)) {
        warning(
            "/actors/" + i + "/id",
            "actor '-': interaction aspects cannot tell this actor as a target from no target"
                + " (did:<actor>:<practice>:- means no target); choose another id");
      }
    }
    duplicates("aspect", "/aspects", model.aspects(), a -> a.id().value(), declaredAspects)
        .values()
        .forEach(this::duplicate);
    duplicates("practice", "/practices", model.practices(), p -> p.id().value(), practices)
        .values()
        .forEach(this::duplicate);
    Map<Integer, Diagnostic> situationDuplicates =
        duplicates("situation", "/situations", model.situations(), s -> s.id().value(), situations);
    Map<Integer, Diagnostic> conceptDuplicates =
        duplicates("concept", "/concepts", model.concepts(), c -> c.id().value(), new TreeSet<>());
    for (Concept c : model.concepts()) {
      c.construes().forEach(k -> construed.add(k.to().value()));
      for (Prescription p : c.prescribes()) {
        producible.add(InteractionAspects.of(c.holder(), p.practice(), p.target()).value());
      }
    }
    for (int i = 0; i < model.situations().size(); i++) {
      duplicate(situationDuplicates.get(i));
      situation("/situations/" + i, model.situations().get(i));
    }
    for (int i = 0; i < model.concepts().size(); i++) {
      duplicate(conceptDuplicates.get(i));
      concept("/concepts/" + i, model.concepts().get(i));
    }
    Map<String, FirstSeen> plainByOccasion = new HashMap<>();
    for (int i = 0; i < model.observations().size(); i++) {
      observation("/observations/" + i, model.observations().get(i));
      disagreement(i, plainByOccasion);
    }
  }

  /**
   * Warns when plain observation {@code i} contradicts an earlier one: one says the practice
   * occurred, the other that it did not, for the same actor, practice and situation, where the
   * negative one names no target or the positive one's. Sources may disagree, so this is a warning,
   * on the later one, naming the first earlier one it contradicts; it follows observation {@code
   * i}'s other diagnostics, so that the report stays in model order.
   */
  private void disagreement(int i, Map<String, FirstSeen> plainByOccasion) {
    List<Observation> observations = model.observations();
    Observation o = observations.get(i);
    if (o.change().isPresent()) {
      return;
    }
    FirstSeen seen =
        plainByOccasion.computeIfAbsent(
            o.actor() + " " + o.practice() + " " + o.situation(), k -> new FirstSeen());
    Integer j = seen.firstContradicting(o);
    if (j != null) {
      Observation e = observations.get(j);
      warning(
          "/observations/" + i + "/occurred",
          "%s: the sources disagree: this one says it %s, the observation at /observations/%d"
              + " (%s) says it %s; both are scored",
          subject(o),
          o.occurred() ? "occurred" : "did not occur",
          j,
          e.source().map(s -> "source '" + s + "'").orElse("no source"),
          e.occurred() ? "occurred" : "did not occur");
    }
    seen.add(o, i);
  }

  /**
   * The first plain observations of one actor, practice and situation, by whether they say the
   * practice occurred and by target, so that each new one is checked against the earlier ones in
   * constant time however many there are.
   */
  private static final class FirstSeen {
    private @Nullable Integer anyPositive;
    private final Map<Optional<ActorId>, Integer> positive = new HashMap<>();
    private final Map<Optional<ActorId>, Integer> negative = new HashMap<>();

    /** The first earlier observation that {@code o} contradicts, or null. */
    @Nullable Integer firstContradicting(Observation o) {
      if (!o.occurred()) {
        // a negative denies every positive of its target, or of any target when it names none
        return o.target().isEmpty() ? anyPositive : positive.get(o.target());
      }
      Integer targetless = negative.get(Optional.<ActorId>empty());
      Integer same = o.target().isEmpty() ? null : negative.get(o.target());
      if (targetless == null) {
        return same;
      }
      if (same == null) {
        return targetless;
      }
      return Integer.valueOf(Math.min(targetless, same));
    }

    void add(Observation o, int index) {
      if (o.occurred()) {
        anyPositive = anyPositive == null ? index : anyPositive;
        positive.putIfAbsent(o.target(), index);
      } else {
        negative.putIfAbsent(o.target(), index);
      }
    }
  }

  private static String subject(Observation o) {
    return "observation of '"
        + o.actor()
        + "' '"
        + o.practice()
        + "'"
        + o.target().map(t -> " to '" + t + "'").orElse("")
        + " in '"
        + o.situation()
        + "'";
  }

  /**
   * Adds every id to {@code into} and returns the errors for ids declared before, by the index of
   * the element that repeats one, so that they can be reported in model order.
   */
  private static <T> Map<Integer, Diagnostic> duplicates(
      String kind, String base, List<T> elements, Function<T, String> id, Set<String> into) {
    Map<String, Integer> first = new HashMap<>();
    Map<Integer, Diagnostic> duplicates = new TreeMap<>();
    for (int i = 0; i < elements.size(); i++) {
      String value = id.apply(elements.get(i));
      Integer previous = first.putIfAbsent(value, i);
      if (previous != null) {
        duplicates.put(
            i,
            Diagnostic.of(
                Severity.ERROR,
                base + "/" + i + "/id",
                String.format(
                    "%s '%s' is declared more than once (first at %s/%d)",
                    kind, value, base, previous)));
      }
      into.add(value);
    }
    return duplicates;
  }

  private void duplicate(@Nullable Diagnostic diagnostic) {
    if (diagnostic != null) {
      diagnostics.add(diagnostic);
    }
  }

  private void situation(String at, Situation s) {
    String subject = "situation '" + s.id() + "'";
    int j = 0;
    for (AspectId aspect : s.aspects()) {
      if (!declaredAspects.contains(aspect.value())) {
        error(
            at + "/aspects/" + j,
            "%s: aspect '%s' is not declared%s",
            subject,
            aspect,
            index(declaredAspects).didYouMean(aspect.value()));
      }
      j++;
    }
    for (int k = 0; k < s.provenance().size(); k++) {
      AspectSource p = s.provenance().get(k);
      if (!s.aspects().contains(p.aspect())) {
        error(
            at + "/provenance/" + k + "/aspect",
            "%s: provenance names aspect '%s', which is not one of the situation's aspects%s",
            subject,
            p.aspect(),
            Suggestions.didYouMean(
                p.aspect().value(),
                s.aspects().stream().map(AspectId::value).collect(Collectors.toList())));
      }
      if (p.source().isBlank()) {
        error(
            at + "/provenance/" + k + "/source",
            "%s: provenance of '%s' has a blank source",
            subject,
            p.aspect());
      }
    }
    s.to()
        .filter(to -> to.end().isBefore(s.from().start()))
        .ifPresent(
            to ->
                error(
                    at + "/to", "%s: 'to' %s ends before 'from' %s begins", subject, to, s.from()));
  }

  private void concept(String at, Concept c) {
    String subject = "concept '" + c.id() + "'";
    if (!actors.contains(c.holder().value())) {
      error(
          at + "/holder",
          "%s: holder '%s' is not a declared actor%s",
          subject,
          c.holder(),
          index(actors).didYouMean(c.holder().value()));
    }
    Set<String> warned = new LinkedHashSet<>();
    aspects(at + "/when/all", subject, c.when().allOf(), warned);
    aspects(at + "/when/any", subject, c.when().anyOf(), warned);
    aspects(at + "/when/none", subject, c.when().noneOf(), warned);
    for (int i = 0; i < c.construes().size(); i++) {
      aspects(at + "/construes/" + i + "/from", subject, c.construes().get(i).from(), warned);
    }
    aspects(at + "/highlights", subject, c.highlights(), warned);
    aspects(at + "/occludes", subject, c.occludes(), warned);
    for (AspectId a : c.when().allOf()) {
      if (c.when().noneOf().contains(a)) {
        warning(
            at + "/when",
            "%s can never apply: aspect '%s' is in both 'all' and 'none'",
            subject,
            a);
      }
    }
    if (!c.when().anyOf().isEmpty() && c.when().noneOf().containsAll(c.when().anyOf())) {
      warning(at + "/when", "%s can never apply: every aspect of 'any' is also in 'none'", subject);
    }
    prescriptions(at + "/prescribes", subject, c.prescribes());
    prescriptions(at + "/proscribes", subject, c.proscribes());
    for (int i = 0; i < c.evidence().size(); i++) {
      if (c.evidence().get(i).source().isBlank()) {
        error(at + "/evidence/" + i + "/source", "%s: evidence %d has a blank source", subject, i);
      }
    }
  }

  private void aspects(String at, String subject, Iterable<AspectId> ids, Set<String> warned) {
    int j = 0;
    for (AspectId id : ids) {
      String value = id.value();
      if (!declaredAspects.contains(value) && !construed.contains(value) && warned.add(value)) {
        undeclaredAspect(at + "/" + j, subject, value);
      }
      j++;
    }
  }

  private void undeclaredAspect(String at, String subject, String value) {
    if (value.startsWith(InteractionAspects.PREFIX)) {
      Optional<String> parsed = interaction(value);
      if (parsed.isPresent() && !model.options().interaction()) {
        warning(
            at,
            "%s: interaction aspect '%s' can never occur: the model's options turn interaction off",
            subject,
            value);
      } else if (parsed.isEmpty()) {
        warning(
            at,
            "%s: interaction aspect '%s' does not name a declared actor, practice and target "
                + "(did:<actor>:<practice>:<target or ->)%s",
            subject,
            value,
            index(producible).didYouMean(value));
      } else if (!producible.contains(value)) {
        warning(
            at,
            "%s: interaction aspect '%s' can never occur: no concept of its actor prescribes %s",
            subject,
            value,
            parsed.get());
      }
      return;
    }
    warning(
        at,
        "%s: aspect '%s' is not declared, not construed by any concept and not an interaction "
            + "aspect%s",
        subject,
        value,
        knownAspects()
            .closest(value)
            .map(c -> "; the closest declared or construed id is '" + c + "'")
            .orElse(""));
  }

  /** Parses did:A:P:T against the declared ids; returns "practice 'P' to 'T'" when it resolves. */
  private Optional<String> interaction(String value) {
    String rest = value.substring(InteractionAspects.PREFIX.length());
    for (int i = rest.indexOf(':'); i >= 0; i = rest.indexOf(':', i + 1)) {
      for (int j = rest.indexOf(':', i + 1); j >= 0; j = rest.indexOf(':', j + 1)) {
        String actor = rest.substring(0, i);
        String practice = rest.substring(i + 1, j);
        String target = rest.substring(j + 1);
        if (actors.contains(actor)
            && practices.contains(practice)
            && (target.equals(InteractionAspects.NO_TARGET) || actors.contains(target))) {
          return Optional.of(
              "'"
                  + practice
                  + "'"
                  + (target.equals(InteractionAspects.NO_TARGET)
                      ? " without a target"
                      : " to '" + target + "'"));
        }
      }
    }
    return Optional.empty();
  }

  private void prescriptions(String at, String subject, ImmutableList<Prescription> entries) {
    for (int i = 0; i < entries.size(); i++) {
      Prescription p = entries.get(i);
      String here = at + "/" + i;
      practice(here + "/practice", subject, p.practice());
      p.target().ifPresent(t -> actor(here + "/target", subject, "target", t));
      if (p.weight().signum() <= 0) {
        error(
            here + "/weight",
            "%s: weight %s of practice '%s' is not positive",
            subject,
            p.weight().toPlainString(),
            p.practice());
      }
    }
  }

  private void observation(String at, Observation o) {
    String subject = subject(o);
    if (o.change().isPresent() && !o.occurred()) {
      error(
          at + "/occurred",
          "%s: 'occurred: false' cannot go with 'change: %s' (a practice that did not occur"
              + " neither started nor stopped); give the change, or a plain negative observation",
          subject,
          o.change().get().token());
    }
    actor(at + "/actor", subject, "actor", o.actor());
    practice(at + "/practice", subject, o.practice());
    o.target().ifPresent(t -> actor(at + "/target", subject, "target", t));
    if (!situations.contains(o.situation().value())) {
      error(
          at + "/situation",
          "%s: situation '%s' is not declared%s",
          subject,
          o.situation(),
          index(situations).didYouMean(o.situation().value()));
    }
  }

  private void actor(String at, String subject, String role, ActorId id) {
    if (!actors.contains(id.value())) {
      error(
          at,
          "%s: %s '%s' is not a declared actor%s",
          subject,
          role,
          id,
          index(actors).didYouMean(id.value()));
    }
  }

  private void practice(String at, String subject, PracticeId id) {
    if (!practices.contains(id.value())) {
      error(
          at,
          "%s: practice '%s' is not a declared practice type%s",
          subject,
          id,
          index(practices).didYouMean(id.value()));
    }
  }

  /** The index of {@code ids} (one of this validator's sets, complete by the time it is asked). */
  private Suggestions.Index index(Set<String> ids) {
    return indexes.computeIfAbsent(ids, Suggestions::index);
  }

  /** The index of the declared and construed aspects. */
  private Suggestions.Index knownAspects() {
    if (knownAspects == null) {
      Set<String> known = new TreeSet<>(declaredAspects);
      known.addAll(construed);
      knownAspects = Suggestions.index(known);
    }
    return knownAspects;
  }

  @FormatMethod
  private void error(String at, @FormatString String format, Object... args) {
    diagnostics.add(Diagnostic.of(Severity.ERROR, at, String.format(format, args)));
  }

  @FormatMethod
  private void warning(String at, @FormatString String format, Object... args) {
    diagnostics.add(Diagnostic.of(Severity.WARNING, at, String.format(format, args)));
  }
}
