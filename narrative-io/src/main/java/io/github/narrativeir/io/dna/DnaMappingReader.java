package io.github.narrativeir.io.dna;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelFormatException;
import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.io.ReadLimits;
import io.github.narrativeir.io.dna.DnaMapping.At;
import io.github.narrativeir.io.dna.DnaMapping.Name;
import io.github.narrativeir.io.dna.DnaMapping.Reference;
import io.github.narrativeir.io.dna.DnaMapping.Route;
import io.github.narrativeir.io.internal.MappingFiles;
import io.github.narrativeir.io.internal.Node;
import io.github.narrativeir.io.internal.Node.Kind;
import io.github.narrativeir.io.internal.ObjectReader;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ConceptId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a {@code narrative-dna/1} mapping (JSON or YAML) strictly: every problem is reported at
 * once, located by line, column and JSON Pointer.
 */
final class DnaMappingReader {
  static final List<String> TOP =
      List.of("format", "statementType", "variables", "disagreement", "organizations", "concepts");
  static final List<String> VARIABLES = List.of("organization", "concept", "speaker", "agreement");
  static final List<String> DISAGREEMENT = List.of("skip", "counter-evidence");
  static final List<String> ORGANIZATIONS = List.of("attribute", "map");

  private DnaMappingReader() {}

  /**
   * Reads the mapping in {@code file} within {@code limits} (a larger file is not read).
   *
   * @throws ModelFormatException if the mapping is malformed, with every problem located
   * @throws IOException if the file cannot be read
   */
  static DnaMapping read(Path file, ReadLimits limits) throws IOException {
    String source = file.toString();
    List<Problem> problems = new ArrayList<>();
    byte[] content = MappingFiles.content(file, source, DnaMapping.FORMAT, limits, false);
    Optional<Node> root =
        MappingTree.parse(
            content,
            Format.fromFileName(file).orElse(Format.detect(content)),
            source,
            limits,
            problems);
    if (root.isEmpty()) {
      throw new ModelFormatException(problems);
    }
    ObjectReader.Problems p = new ObjectReader.Problems(source, problems);
    Optional<DnaMapping> mapping = new Reading(source, p).mapping(root.get());
    if (!problems.isEmpty() || mapping.isEmpty()) {
      if (problems.isEmpty()) {
        throw new IllegalStateException("a mapping was not read and no problem says why");
      }
      throw new ModelFormatException(problems);
    }
    return mapping.get();
  }

  /** One reading of a mapping's tree: the problems found and the references named. */
  private static final class Reading {
    private final String source;
    private final ObjectReader.Problems problems;
    private final ImmutableList.Builder<Reference> references = ImmutableList.builder();

    Reading(String source, ObjectReader.Problems problems) {
      this.source = source;
      this.problems = problems;
    }

    Optional<DnaMapping> mapping(Node root) {
      Optional<ObjectReader> top =
          ObjectReader.ofExcerpted(root, "a mapping", "the mapping", TOP, problems);
      if (top.isEmpty()) {
        return Optional.empty();
      }
      ObjectReader r = top.get();
      r.requiredNonBlankText("format")
          .filter(f -> !f.equals(DnaMapping.FORMAT))
          .ifPresent(
              f ->
                  problems.error(
                      ProblemCode.FORMAT,
                      r.field("format").orElseThrow(),
                      "expected 'format: "
                          + DnaMapping.FORMAT
                          + "', found '"
                          + Messages.excerpt(f)
                          + "'"));
      Optional<Name> statementType = name(r, "statementType", true);
      Optional<ObjectReader> variables =
          r.required("variables")
              .flatMap(
                  n ->
                      ObjectReader.ofExcerpted(n, "variables", "'variables'", VARIABLES, problems));
      Optional<Name> organization = variables.flatMap(v -> name(v, "organization", true));
      Optional<Name> concept = variables.flatMap(v -> name(v, "concept", true));
      Optional<Name> speaker = variables.flatMap(v -> name(v, "speaker", false));
      Optional<Name> agreement = variables.flatMap(v -> name(v, "agreement", false));
      boolean counterEvidence = false;
      Optional<String> disagreement = r.nonBlankText("disagreement");
      if (disagreement.isPresent()) {
        Node at = r.field("disagreement").orElseThrow();
        if (!DISAGREEMENT.contains(disagreement.get())) {
          problems.error(
              ProblemCode.INVALID_VALUE,
              at,
              "expected one of skip, counter-evidence for 'disagreement', found '"
                  + Messages.excerpt(disagreement.get())
                  + "'");
        } else if (disagreement.get().equals("counter-evidence")) {
          counterEvidence = true;
          if (variables.isPresent() && variables.get().field("agreement").isEmpty()) {
            problems.error(
                ProblemCode.FIELD_COMBINATION,
                at,
                "'disagreement: counter-evidence' needs the variable that says whether a speaker"
                    + " agrees: give 'agreement' in 'variables' (in DNA's default statement type,"
                    + " 'agreement')");
          }
        }
      }
      Optional<Name> attribute = Optional.empty();
      Optional<ImmutableMap<String, ActorId>> organizations = Optional.empty();
      Optional<ObjectReader> orgs =
          r.field("organizations")
              .flatMap(
                  n ->
                      ObjectReader.ofExcerpted(
                          n, "organizations", "'organizations'", ORGANIZATIONS, problems));
      if (orgs.isPresent()) {
        attribute = name(orgs.get(), "attribute", false);
        organizations = orgs.get().field("map").flatMap(this::organizationMap);
      }
      ImmutableMap<String, Route> concepts =
          r.required("concepts").map(this::concepts).orElse(ImmutableMap.of());
      if (statementType.isEmpty() || organization.isEmpty() || concept.isEmpty()) {
        return Optional.empty(); // reported
      }
      return Optional.of(
          new DnaMapping(
              source,
              statementType.get(),
              organization.get(),
              concept.get(),
              speaker,
              agreement,
              counterEvidence,
              attribute,
              organizations,
              concepts,
              references.build()));
    }

    /** A name the mapping gives in {@code key} of {@code f}; reported when required and missing. */
    private Optional<Name> name(ObjectReader f, String key, boolean required) {
      Optional<String> text = required ? f.requiredNonBlankText(key) : f.nonBlankText(key);
      return text.map(t -> new Name(t, at(f.field(key).orElseThrow())));
    }

    /** The organisations' actors: name (or attribute value) to actor id. */
    private Optional<ImmutableMap<String, ActorId>> organizationMap(Node map) {
      if (map.kind != Kind.OBJECT) {
        problems.error(
            ProblemCode.WRONG_TYPE,
            map,
            "expected a mapping of organisation names to actor ids for 'map' in 'organizations',"
                + " found "
                + map.describe());
        return Optional.empty();
      }
      Map<String, ActorId> actors = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : map.fields.entrySet()) {
        String subject = "organisation '" + Messages.excerpt(e.getKey()) + "'";
        id(e.getValue(), subject, ActorId::of)
            .ifPresent(
                a -> {
                  actors.put(e.getKey(), a);
                  references.add(
                      new Reference(false, a.value(), Optional.empty(), subject, at(e.getValue())));
                });
      }
      return Optional.of(ImmutableMap.copyOf(actors));
    }

    /** The routes of DNA concepts to concept ids. */
    private ImmutableMap<String, Route> concepts(Node concepts) {
      if (concepts.kind != Kind.OBJECT) {
        problems.error(
            ProblemCode.WRONG_TYPE,
            concepts,
            "expected a mapping of DNA concepts to concept ids for 'concepts', found "
                + concepts.describe());
        return ImmutableMap.of();
      }
      if (concepts.fields.isEmpty()) {
        problems.error(
            ProblemCode.MISSING_FIELD,
            concepts,
            "'concepts' maps no DNA concept: give at least one, such as 'War on terror:"
                + " us.war-on-terror'");
      }
      Map<String, Route> routes = new LinkedHashMap<>();
      for (Map.Entry<String, Node> e : concepts.fields.entrySet()) {
        String subject = "DNA concept '" + Messages.excerpt(e.getKey()) + "'";
        Node value = e.getValue();
        if (value.kind == Kind.OBJECT) {
          Map<ActorId, ConceptId> byActor = new LinkedHashMap<>();
          for (Map.Entry<String, Node> a : value.fields.entrySet()) {
            Node key = checkNotNull(value.keys.get(a.getKey()));
            Optional<ActorId> actor = id(key, subject + ": actor", ActorId::of);
            Optional<ConceptId> c =
                id(a.getValue(), subject + " for actor '" + a.getKey() + "'", ConceptId::of);
            if (actor.isPresent() && c.isPresent()) {
              byActor.put(actor.get(), c.get());
              references.add(
                  new Reference(false, actor.get().value(), Optional.empty(), subject, at(key)));
              references.add(
                  new Reference(true, c.get().value(), actor, subject, at(a.getValue())));
            }
          }
          if (value.fields.isEmpty()) {
            problems.error(
                ProblemCode.INVALID_VALUE,
                value,
                subject + ": expected a concept id, or actor ids with a concept id each, found {}");
          }
          routes.put(e.getKey(), new Route(Optional.empty(), ImmutableMap.copyOf(byActor)));
        } else {
          Optional<ConceptId> c = id(value, subject, ConceptId::of);
          if (c.isPresent()) {
            routes.put(e.getKey(), new Route(c, ImmutableMap.of()));
            references.add(
                new Reference(true, c.get().value(), Optional.empty(), subject, at(value)));
          }
        }
      }
      return ImmutableMap.copyOf(routes);
    }

    /** An id written at {@code value}, parsed by {@code parse}; reported when malformed. */
    private <T> Optional<T> id(Node value, String subject, Function<String, T> parse) {
      if (!value.isScalar()) {
        problems.error(
            ProblemCode.WRONG_TYPE, value, subject + ": expected an id, found " + value.describe());
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(value.text));
      } catch (IllegalArgumentException e) {
        problems.error(ProblemCode.INVALID_VALUE, value, subject + ": " + e.getMessage());
        return Optional.empty();
      }
    }
  }

  static At at(Node n) {
    return new At(n.line, n.column, n.pointer);
  }
}
