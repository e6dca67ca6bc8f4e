package io.github.narrativeir.io;

import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.io.internal.ObjectReader;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ActorKind;
import io.github.narrativeir.model.Aspect;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Construal;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.PracticeType;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import io.github.narrativeir.model.Trigger;
import io.github.narrativeir.model.Weights;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps a located tree to a {@link Model}, strictly, reporting every problem. Elements whose own id
 * or required fields are unusable are left out; everything else is kept so that the validator can
 * report the problems of the rest of the model too. Records, for every element and id list entry,
 * the file node it came from, so that the validator's pointers (which index the model's lists) can
 * be located in the file.
 */
final class ModelMapper {
  static final String FORMAT = "narrative-model/1";
  static final String CONCEPTS_FORMAT = "narrative-concepts/1";

  static final List<String> TOP =
      List.of(
          "format",
          "name",
          "actors",
          "aspects",
          "practices",
          "situations",
          "concepts",
          "observations",
          "options",
          "include");
  static final List<String> CONCEPT_SET_TOP =
      List.of("format", "name", "actors", "aspects", "practices", "concepts", "include");
  static final List<String> ACTOR = List.of("id", "name", "kind");
  static final List<String> ASPECT = List.of("id", "label", "tags");
  static final List<String> PRACTICE = List.of("id", "label", "mode");
  static final List<String> SITUATION =
      List.of("id", "label", "from", "to", "aspects", "provenance");
  static final List<String> PROVENANCE = List.of("aspect", "source");
  static final List<String> CONCEPT =
      List.of(
          "id",
          "holder",
          "label",
          "priority",
          "when",
          "construes",
          "highlights",
          "occludes",
          "prescribes",
          "proscribes",
          "evidence");
  static final List<String> WHEN = List.of("all", "any", "none");
  static final List<String> CONSTRUAL = List.of("from", "to");
  static final List<String> PRESCRIPTION = List.of("practice", "target", "weight");
  static final List<String> EVIDENCE =
      List.of("source", "speaker", "date", "quote", "paraphrase", "url");
  static final List<String> OBSERVATION =
      List.of("actor", "practice", "target", "situation", "change", "occurred", "source");
  static final List<String> OPTIONS = List.of("interaction");

  private final ObjectReader.Problems problems;
  private final Map<String, Node> located = new HashMap<>();
  private final List<Node> includes = new java.util.ArrayList<>();

  ModelMapper(ObjectReader.Problems problems) {
    this.problems = problems;
  }

  /** The entries of the document's {@code include} list, in order. */
  List<Node> includes() {
    return includes;
  }

  /** The file node of each model pointer recorded while mapping. */
  Map<String, Node> located() {
    return located;
  }

  /** Maps a {@code narrative-model/1} document; empty when it is not a model at all. */
  Optional<Model> map(Node root) {
    return map(root, false);
  }

  /**
   * Maps a {@code narrative-concepts/1} document to a model holding only its actors, aspects,
   * practice types and concepts; empty when it is not a concept set at all.
   */
  Optional<Model> mapConceptSet(Node root) {
    return map(root, true);
  }

  private Optional<Model> map(Node root, boolean conceptSet) {
    String expected = conceptSet ? CONCEPTS_FORMAT : FORMAT;
    Optional<ObjectReader> top =
        ObjectReader.of(
            root,
            conceptSet ? "a concept set" : "a model",
            conceptSet ? "the concept set" : "the model",
            conceptSet ? CONCEPT_SET_TOP : TOP,
            problems);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader r = top.get();
    Optional<String> format = r.requiredText("format");
    if (format.isPresent() && !format.get().equals(expected)) {
      // the file is of the other kind: say so (how to read it instead is the caller's to say)
      ProblemCode code =
          format.get().equals(CONCEPTS_FORMAT)
              ? ProblemCode.CONCEPT_SET_AS_MODEL
              : format.get().equals(FORMAT) ? ProblemCode.MODEL_AS_CONCEPT_SET : ProblemCode.FORMAT;
      String remark =
          switch (code) {
            case CONCEPT_SET_AS_MODEL -> " (a concept set cannot be read as a model)";
            case MODEL_AS_CONCEPT_SET -> " (a model cannot be read as a concept set)";
            default -> "";
          };
      r.error(
          code,
          r.field("format").orElseThrow(),
          "expected 'format: " + expected + "', found '" + format.get() + "'" + remark);
    }
    for (Node item : r.list("include")) {
      if (item.kind == Node.Kind.STRING && !item.text.isBlank()) {
        includes.add(item);
      } else {
        r.error(
            item.kind == Node.Kind.STRING ? ProblemCode.INVALID_VALUE : ProblemCode.WRONG_TYPE,
            item,
            "expected the path of a concept set for 'include', found " + item.describe());
      }
    }
    if (!conceptSet) {
      r.required("actors");
      r.required("situations");
    }
    r.required("concepts");
    Model.Builder model = Model.builder();
    r.text("name").ifPresent(model::name);
    elements(r, "actors", "an actor", ACTOR, this::actor, model::addActors);
    elements(r, "aspects", "an aspect", ASPECT, this::aspect, model::addAspects);
    elements(r, "practices", "a practice type", PRACTICE, this::practice, model::addPractices);
    if (!conceptSet) {
      elements(r, "situations", "a situation", SITUATION, this::situation, model::addSituations);
    }
    elements(r, "concepts", "a concept", CONCEPT, this::concept, model::addConcepts);
    if (!conceptSet) {
      elements(
          r,
          "observations",
          "an observation",
          OBSERVATION,
          this::observation,
          model::addObservations);
      r.field("options")
          .flatMap(n -> ObjectReader.of(n, "options", "'options'", OPTIONS, problems))
          .ifPresent(
              o ->
                  o.bool("interaction")
                      .ifPresent(
                          i -> model.options(InferenceOptions.builder().interaction(i).build())));
    }
    return Optional.of(model.build());
  }

  /** One element read from a mapping, or empty when it cannot be built. */
  private interface ElementReader<T> {
    Optional<T> read(ObjectReader element, String modelPointer);
  }

  private <T> void elements(
      ObjectReader r,
      String name,
      String what,
      List<String> allowed,
      ElementReader<T> reader,
      Consumer<T> add) {
    int modelIndex = 0;
    for (Node item : r.list(name)) {
      String subject = subject(what, item, name);
      Optional<ObjectReader> element = ObjectReader.of(item, what, subject, allowed, problems);
      String modelPointer = "/" + name + "/" + modelIndex;
      Optional<T> value = element.flatMap(e -> reader.read(e, modelPointer));
      if (value.isPresent()) {
        located.put(modelPointer, item);
        add.accept(value.get());
        modelIndex++;
      }
    }
  }

  /** "concept 'pk.frontline'", or "concept at /concepts/3" when it has no usable id. */
  private static String subject(String what, Node item, String list) {
    String kind = what.substring(what.indexOf(' ') + 1);
    if (list.equals("observations")) {
      return "observation at " + item.pointer;
    }
    Node id = item.fields.get("id");
    return id != null && id.isScalar() ? kind + " '" + id.text + "'" : kind + " at " + item.pointer;
  }

  private Optional<Actor> actor(ObjectReader r, String at) {
    Optional<ActorId> id = r.required("id").flatMap(v -> r.parsed(v, "id", ActorId::of));
    Actor.Builder b = Actor.builder();
    r.text("name").ifPresent(b::name);
    token(r, "kind", ActorKind::fromToken, ActorKind.values()).ifPresent(b::kind);
    return id.map(i -> b.id(i).build());
  }

  private Optional<Aspect> aspect(ObjectReader r, String at) {
    Optional<AspectId> id = r.required("id").flatMap(v -> r.parsed(v, "id", AspectId::of));
    Aspect.Builder b = Aspect.builder();
    r.text("label").ifPresent(b::label);
    for (Node tag : r.list("tags")) {
      r.text(tag, "tags").ifPresent(b::addTags);
    }
    return id.map(i -> b.id(i).build());
  }

  private Optional<PracticeType> practice(ObjectReader r, String at) {
    Optional<PracticeId> id = r.required("id").flatMap(v -> r.parsed(v, "id", PracticeId::of));
    PracticeType.Builder b = PracticeType.builder();
    r.text("label").ifPresent(b::label);
    token(r, "mode", PracticeMode::fromToken, PracticeMode.values()).ifPresent(b::mode);
    return id.map(i -> b.id(i).build());
  }

  private Optional<Situation> situation(ObjectReader r, String at) {
    Optional<SituationId> id = r.required("id").flatMap(v -> r.parsed(v, "id", SituationId::of));
    Optional<PartialDate> from =
        r.required("from").flatMap(v -> r.parsed(v, "from", PartialDate::parse));
    Situation.Builder b = Situation.builder();
    r.text("label").ifPresent(b::label);
    r.field("to").flatMap(v -> r.parsed(v, "to", PartialDate::parse)).ifPresent(b::to);
    b.addAllAspects(ids(r, "aspects", at + "/aspects", AspectId::of));
    int k = 0;
    for (Node item : r.list("provenance")) {
      Optional<ObjectReader> p =
          ObjectReader.of(
              item, "a provenance entry", "provenance of " + r.subject(), PROVENANCE, problems);
      if (p.isEmpty()) {
        continue;
      }
      Optional<AspectId> aspect =
          p.get().required("aspect").flatMap(v -> p.get().parsed(v, "aspect", AspectId::of));
      Optional<String> source = p.get().requiredText("source");
      if (aspect.isPresent() && source.isPresent()) {
        located.put(at + "/provenance/" + k++, item);
        b.addProvenance(AspectSource.of(aspect.get(), source.get()));
      }
    }
    // A situation whose 'from' is unusable is kept with a stand-in date, so that its aspects and
    // the references to it are still checked; the model is not returned, as there is an error.
    return id.map(i -> b.id(i).from(from.orElse(PartialDate.ofYear(0))).build());
  }

  private Optional<Concept> concept(ObjectReader r, String at) {
    Optional<ConceptId> id = r.required("id").flatMap(v -> r.parsed(v, "id", ConceptId::of));
    Optional<ActorId> holder =
        r.required("holder").flatMap(v -> r.parsed(v, "holder", ActorId::of));
    Concept.Builder b = Concept.builder();
    r.text("label").ifPresent(b::label);
    r.int32("priority").ifPresent(b::priority);
    r.field("when")
        .flatMap(n -> ObjectReader.of(n, "a trigger", "'when' of " + r.subject(), WHEN, problems))
        .ifPresent(
            w ->
                b.when(
                    Trigger.builder()
                        .addAllAllOf(ids(w, "all", at + "/when/all", AspectId::of))
                        .addAllAnyOf(ids(w, "any", at + "/when/any", AspectId::of))
                        .addAllNoneOf(ids(w, "none", at + "/when/none", AspectId::of))
                        .build()));
    int k = 0;
    for (Node item : r.list("construes")) {
      Optional<ObjectReader> c =
          ObjectReader.of(
              item, "a construal", "a construal of " + r.subject(), CONSTRUAL, problems);
      if (c.isEmpty()) {
        continue;
      }
      String here = at + "/construes/" + k;
      Set<AspectId> from = ids(c.get(), "from", here + "/from", AspectId::of);
      Optional<AspectId> to =
          c.get().required("to").flatMap(v -> c.get().parsed(v, "to", AspectId::of));
      if (to.isPresent()) {
        located.put(here, item);
        b.addConstrues(Construal.builder().from(from).to(to.get()).build());
        k++;
      }
    }
    b.addAllHighlights(ids(r, "highlights", at + "/highlights", AspectId::of));
    b.addAllOccludes(ids(r, "occludes", at + "/occludes", AspectId::of));
    prescriptions(r, "prescribes", at).forEach(b::addPrescribes);
    prescriptions(r, "proscribes", at).forEach(b::addProscribes);
    int e = 0;
    for (Node item : r.list("evidence")) {
      Optional<Evidence> evidence =
          ObjectReader.of(item, "evidence", "evidence of " + r.subject(), EVIDENCE, problems)
              .flatMap(this::evidence);
      if (evidence.isPresent()) {
        located.put(at + "/evidence/" + e++, item);
        b.addEvidence(evidence.get());
      }
    }
    if (id.isEmpty() || holder.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.id(id.get()).holder(holder.get()).build());
  }

  private List<Prescription> prescriptions(ObjectReader r, String name, String at) {
    List<Prescription> list = new java.util.ArrayList<>();
    for (Node item : r.list(name)) {
      Optional<ObjectReader> p =
          ObjectReader.of(
              item, "a practice entry", "'" + name + "' of " + r.subject(), PRESCRIPTION, problems);
      if (p.isEmpty()) {
        continue;
      }
      ObjectReader e = p.get();
      Optional<PracticeId> practice =
          e.required("practice").flatMap(v -> e.parsed(v, "practice", PracticeId::of));
      Prescription.Builder b = Prescription.builder();
      e.field("target").flatMap(v -> e.parsed(v, "target", ActorId::of)).ifPresent(b::target);
      e.field("weight").flatMap(v -> weight(e, v)).ifPresent(b::weight);
      if (practice.isPresent()) {
        located.put(at + "/" + name + "/" + list.size(), item);
        list.add(b.practice(practice.get()).build());
      }
    }
    return list;
  }

  /**
   * The weight of {@code v}, its bounds ({@link Weights}) checked on its text before any
   * arithmetic: {@code 1e1000000} is never expanded.
   */
  private Optional<BigDecimal> weight(ObjectReader r, Node v) {
    if (v.kind == Node.Kind.NUMBER) {
      try {
        return Optional.of(Weights.parse(v.text));
      } catch (NumberFormatException e) {
        // .inf, .nan and the like; reported below
      } catch (IllegalArgumentException e) {
        r.error(ProblemCode.INVALID_VALUE, v, "'weight' in " + r.subject() + ": " + e.getMessage());
        return Optional.empty();
      }
    }
    // .inf and .nan are numbers, not finite ones
    r.error(
        v.kind == Node.Kind.NUMBER ? ProblemCode.INVALID_VALUE : ProblemCode.WRONG_TYPE,
        v,
        "expected a finite decimal number for 'weight' in "
            + r.subject()
            + ", found "
            + v.describe());
    return Optional.empty();
  }

  private Optional<Evidence> evidence(ObjectReader r) {
    Optional<String> source = r.requiredText("source");
    Evidence.Builder b = Evidence.builder();
    r.text("speaker").ifPresent(b::speaker);
    r.field("date").flatMap(v -> r.parsed(v, "date", PartialDate::parse)).ifPresent(b::date);
    r.text("quote").ifPresent(b::quote);
    r.bool("paraphrase").ifPresent(b::paraphrase);
    r.text("url").ifPresent(b::url);
    return source.map(s -> b.source(s).build());
  }

  private Optional<Observation> observation(ObjectReader r, String at) {
    Optional<ActorId> actor = r.required("actor").flatMap(v -> r.parsed(v, "actor", ActorId::of));
    Optional<PracticeId> practice =
        r.required("practice").flatMap(v -> r.parsed(v, "practice", PracticeId::of));
    Optional<SituationId> situation =
        r.required("situation").flatMap(v -> r.parsed(v, "situation", SituationId::of));
    Observation.Builder b = Observation.builder();
    r.field("target").flatMap(v -> r.parsed(v, "target", ActorId::of)).ifPresent(b::target);
    token(r, "change", ChangeKind::fromToken, ChangeKind.values()).ifPresent(b::change);
    r.bool("occurred").ifPresent(b::occurred);
    r.text("source").ifPresent(b::source);
    if (actor.isEmpty() || practice.isEmpty() || situation.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        b.actor(actor.get()).practice(practice.get()).situation(situation.get()).build());
  }

  /** An id list; malformed entries are reported and left out; positions are located. */
  private <T> Set<T> ids(ObjectReader r, String name, String at, Function<String, T> parse) {
    Set<T> ids = new LinkedHashSet<>();
    for (Node item : r.list(name)) {
      Optional<T> id = r.parsed(item, name, parse);
      if (id.isPresent()) {
        if (ids.add(id.get())) {
          located.put(at + "/" + (ids.size() - 1), item);
        } else {
          problems.warning(
              ProblemCode.DUPLICATE_ENTRY,
              item,
              "'"
                  + id.get()
                  + "' is listed twice in '"
                  + name
                  + "' of "
                  + r.subject()
                  + "; the second is ignored");
        }
      }
    }
    return ids;
  }

  private static <E extends Enum<E>> Optional<E> token(
      ObjectReader r, String name, Function<String, Optional<E>> fromToken, E[] values) {
    return r.text(name)
        .flatMap(
            t -> {
              Optional<E> value = fromToken.apply(t);
              if (value.isEmpty()) {
                r.error(
                    ProblemCode.INVALID_VALUE,
                    r.field(name).orElseThrow(),
                    "expected one of "
                        + Arrays.stream(values)
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))
                        + " for '"
                        + name
                        + "' in "
                        + r.subject()
                        + ", found '"
                        + t
                        + "'");
              }
              return value;
            });
  }
}
