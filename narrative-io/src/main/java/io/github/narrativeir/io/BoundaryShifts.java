package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.ModelVariant;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.AspectSource;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PartialDate;
import io.github.narrativeir.model.Severity;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code shift-boundary} family of sensitivity analysis, for a model built with {@code
 * narrative import}: each boundary between two adjacent situations moved one month earlier and one
 * month later, and the data imported again into the shifted periods, so that the aspects and
 * observations the data put in a period move with it ("what if the period ended in 2007?"). Run the
 * variants with {@link io.github.narrativeir.analysis.Sensitivity.Builder#addModelFamily}.
 *
 * <p>How a variant is made:
 *
 * <ol>
 *   <li><b>The data are taken out.</b> What the mappings' rules added is known by the sources an
 *       import records: a situation's {@code provenance} entry for the rule's aspect, and a part of
 *       an observation's {@code source} (parts are separated by {@code "; "}), each reading {@code
 *       <table file>, rule '<rule>': <n> rows} (and {@code , sum of <column> <sum>} when the rule
 *       sums). Those entries and parts are removed; an aspect left with no provenance and an
 *       observation left with no source go with them. Everything else stays as written: an aspect
 *       or observation with a source of its own (a document, a mapping not given) stays where it
 *       is. An aspect or observation typed by hand with no source that the data also support cannot
 *       be told apart from one the data added (an import records nothing more), and moves with the
 *       data; to keep it in place, give it a source of its own.
 *   <li><b>The import is checked.</b> Importing the mappings again, in the order given, into the
 *       model without its data must give back exactly the data the model has (same sources in the
 *       same situations); otherwise the table or the mapping changed since the import, a mapping
 *       does not belong to the model, or its data were edited, and {@link #of} refuses with the
 *       differences, located at the rules.
 *   <li><b>The boundary moves.</b> Situations are taken in inference order (by the first day of
 *       {@code from}, then id); between each two adjacent ones, the earlier one's {@code to} and
 *       the later one's {@code from} move one month earlier, then one month later, and nothing else
 *       (the first situation's {@code from} and the last one's end stay). A {@code from} moves its
 *       first day by a month; a {@code to} moves the day after it by a month, so that adjacent
 *       periods stay adjacent. A day stays a day ({@code 2001-09-11} becomes {@code 2001-08-11} or
 *       {@code 2001-10-11}; a day the month lacks becomes its last); a year or a month becomes a
 *       month ({@code to: 2006} becomes {@code 2006-11} or {@code 2007-01}, {@code from: 2007}
 *       becomes {@code 2006-12} or {@code 2007-02}). An open-ended situation keeps its open end,
 *       which follows the next one's {@code from}; a gap or an overlap between the two moves with
 *       them. A shift that would leave a situation empty (ending before it begins, or open-ended
 *       with the next beginning no later), change the order of the situations, or leave the years 0
 *       to 9999 is skipped, and a note says why.
 *   <li><b>The data go back in</b> through the same mappings, in order, into the shifted periods:
 *       each row lands in the shifted situation that holds its date. A mapping that generates its
 *       periods ({@code periods: {every: ...}}) imports into the situations it generated, now
 *       shifted, instead of generating them again.
 * </ol>
 *
 * <p>Variants are named {@code shift-boundary:<earlier situation>/<later situation>/earlier} and
 * {@code .../later}, by boundary in situation order, {@code earlier} first. Situation ids do not
 * change, only their periods, so predictions are compared with the original's situation by
 * situation, and an observation the data moved to the other situation is the same observation there
 * ({@link io.github.narrativeir.analysis.SensitivityResult.ObservationFlips#flippedIn()}). Each
 * variant reads every table again (streamed, as an import).
 *
 * <pre>{@code
 * Model model = ModelReader.create().read(Path.of("with-data.yaml")).model();
 * BoundaryShifts.Result shifts = BoundaryShifts.of(model, List.of(Path.of("strikes.mapping.yaml")));
 * shifts.notes().forEach(System.err::println);
 * SensitivityResult r = Sensitivity.builder()
 *     .addModelFamily(BoundaryShifts.FAMILY, shifts.variants())
 *     .build()
 *     .run(NarrativeEngine.create().infer(model));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BoundaryShifts {
  /** The family's name, {@code shift-boundary}. */
  public static final String FAMILY = "shift-boundary";

  /** The most differences reported when the data do not give back the model. */
  static final int MAX_DIFFERENCES = 20;

  private static final Comparator<Situation> ORDER =
      Comparator.comparing((Situation s) -> s.from().start()).thenComparing(Situation::id);

  private BoundaryShifts() {}

  /**
   * The variants, and what to tell the user.
   *
   * @param variants the shifted models, by boundary in situation order, {@code earlier} before
   *     {@code later}; those skipped left out
   * @param notes one line per variant skipped, saying why ({@code shift-boundary:a/b/earlier:
   *     skipped: ...}), or one saying that the model has no boundary
   */
  public record Result(ImmutableList<ModelVariant> variants, ImmutableList<String> notes) {
    /** Checks that no component is null and copies the lists. */
    public Result {
      variants = ImmutableList.copyOf(variants);
      notes = ImmutableList.copyOf(notes);
    }
  }

  /**
   * The {@code shift-boundary} variants of {@code model}, which {@code mappings} (in the order they
   * were imported) built, read within the default limits.
   *
   * @throws IllegalArgumentException if {@code mappings} is empty
   * @throws ModelFormatException if a mapping or its table is malformed or names what the model
   *     does not declare (as {@link TableImport#run}), if the model holds no data the mappings
   *     import (one error per mapping), or if importing them again does not give back the data the
   *     model holds (one error per difference, located at the rule)
   * @throws IOException if a file cannot be read
   */
  public static Result of(Model model, List<Path> mappings) throws IOException {
    return of(model, mappings, ReadLimits.defaults());
  }

  /**
   * The {@code shift-boundary} variants of {@code model}, which {@code mappings} (in the order they
   * were imported) built, reading the mappings within {@code limits}.
   *
   * @throws IllegalArgumentException if {@code mappings} is empty
   * @throws ModelFormatException if a mapping or its table is malformed or names what the model
   *     does not declare (as {@link TableImport#run}), if the model holds no data the mappings
   *     import (one error per mapping), or if importing them again does not give back the data the
   *     model holds (one error per difference, located at the rule)
   * @throws IOException if a file cannot be read
   */
  public static Result of(Model model, List<Path> mappings, ReadLimits limits) throws IOException {
    checkNotNull(model, "model");
    checkNotNull(mappings, "mappings");
    checkNotNull(limits, "limits");
    checkArgument(
        !mappings.isEmpty(),
        "no mapping: shift-boundary needs the mappings the model was imported with");
    List<TableImport.Mapping> read = new ArrayList<>();
    for (Path p : mappings) {
      read.add(MappingReader.read(checkNotNull(p, "mapping"), limits));
    }
    Data data = new Data(read);
    List<Fact> facts = data.facts(model);
    if (facts.isEmpty()) {
      throw data.noData();
    }
    Model stripped = data.strip(model);
    List<Set<SituationId>> generated = data.generated(stripped);
    data.checkGivesBack(facts, data.facts(data.reimport(stripped, generated)));

    List<Situation> order = new ArrayList<>(stripped.situations());
    order.sort(ORDER);
    ImmutableList.Builder<ModelVariant> variants = ImmutableList.builder();
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    if (order.size() < 2) {
      notes.add(
          FAMILY
              + ": no variants: the model has "
              + (order.isEmpty() ? "no situation" : "one situation")
              + ", and so no boundary between two");
    }
    for (int i = 0; i + 1 < order.size(); i++) {
      Situation earlier = order.get(i);
      Situation later = order.get(i + 1);
      Optional<Situation> next =
          i + 2 < order.size() ? Optional.of(order.get(i + 2)) : Optional.empty();
      for (int months : new int[] {-1, 1}) {
        String name =
            FAMILY
                + ":"
                + earlier.id()
                + "/"
                + later.id()
                + "/"
                + (months < 0 ? "earlier" : "later");
        List<Situation> moved;
        try {
          moved = move(earlier, later, next, months);
        } catch (Skip e) {
          notes.add(name + ": skipped: " + e.getMessage());
          continue;
        }
        Map<SituationId, Situation> byId = new LinkedHashMap<>();
        moved.forEach(s -> byId.put(s.id(), s));
        List<Situation> situations =
            stripped.situations().stream().map(s -> byId.getOrDefault(s.id(), s)).toList();
        Model shifted = Model.builder().from(stripped).situations(situations).build();
        variants.add(new ModelVariant(name, data.reimport(shifted, generated)));
      }
    }
    return new Result(variants.build(), notes.build());
  }

  /** Why a shift is skipped. */
  static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * {@code earlier} and {@code later} with the boundary between them moved by {@code months};
   * {@code next} is the situation after {@code later}, if any.
   *
   * @throws Skip if the shift would leave one empty, change the order of the situations or leave
   *     the years 0 to 9999
   */
  static List<Situation> move(
      Situation earlier, Situation later, Optional<Situation> next, int months) throws Skip {
    PartialDate from;
    Optional<PartialDate> to;
    try {
      from = shiftStart(later.from(), months);
      to =
          earlier.to().isPresent()
              ? Optional.of(shiftEnd(earlier.to().get(), months))
              : Optional.empty();
    } catch (IllegalArgumentException e) {
      throw new Skip(
          "the boundary between '"
              + earlier.id()
              + "' and '"
              + later.id()
              + "' would leave the years 0 to 9999");
    }
    if (to.isPresent() && to.get().end().isBefore(earlier.from().start())) {
      throw new Skip(
          "situation '"
              + earlier.id()
              + "' would end ("
              + to.get()
              + ") before it begins ("
              + earlier.from()
              + ")");
    }
    if (to.isEmpty() && !from.start().isAfter(earlier.from().start())) {
      throw new Skip(
          "situation '"
              + earlier.id()
              + "' (from "
              + earlier.from()
              + ", open-ended) would be"
              + " empty: '"
              + later.id()
              + "' would begin ("
              + from
              + ") no later than it does");
    }
    if (later.to().isPresent() && later.to().get().end().isBefore(from.start())) {
      throw new Skip(
          "situation '"
              + later.id()
              + "' would begin ("
              + from
              + ") after it ends ("
              + later.to().get()
              + ")");
    }
    Situation a = copy(earlier).to(to).build();
    Situation b = copy(later).from(from).build();
    if (ORDER.compare(b, a) < 0) {
      throw new Skip(
          "situation '"
              + later.id()
              + "' would begin ("
              + from
              + ") before '"
              + earlier.id()
              + "' ("
              + earlier.from()
              + "), changing the order of the situations");
    }
    if (next.isPresent()) {
      Situation c = next.get();
      if (later.to().isEmpty() && !from.start().isBefore(c.from().start())) {
        throw new Skip(
            "situation '"
                + later.id()
                + "' (open-ended) would be empty: it would begin ("
                + from
                + ") no earlier than '"
                + c.id()
                + "' ("
                + c.from()
                + ")");
      }
      if (ORDER.compare(b, c) > 0) {
        throw new Skip(
            "situation '"
                + later.id()
                + "' would begin ("
                + from
                + ") after '"
                + c.id()
                + "' ("
                + c.from()
                + "), changing the order of the situations");
      }
    }
    return List.of(a, b);
  }

  /** A builder set to {@code s} (its {@code from} attribute hides the builder's copy method). */
  private static Situation.Builder copy(Situation s) {
    Situation.Builder b = Situation.builder();
    b.id(s.id())
        .label(s.label())
        .from(s.from())
        .to(s.to())
        .aspects(s.aspects())
        .provenance(s.provenance());
    return b;
  }

  /**
   * A situation's {@code from} moved by {@code months}: its first day moves; a day stays a day (one
   * the month lacks becomes its last), a year or a month becomes a month.
   *
   * @throws IllegalArgumentException if the date would leave the years 0 to 9999
   */
  static PartialDate shiftStart(PartialDate from, int months) {
    LocalDate start = from.start().plusMonths(months);
    return from.precision() == PartialDate.Precision.DAY
        ? PartialDate.ofDay(start)
        : PartialDate.ofMonth(start.getYear(), start.getMonthValue());
  }

  /**
   * A situation's {@code to} moved by {@code months}: the day after it moves (so that a period
   * ending the day before another begins still does); a day stays a day, a year or a month becomes
   * a month.
   *
   * @throws IllegalArgumentException if the date would leave the years 0 to 9999
   */
  static PartialDate shiftEnd(PartialDate to, int months) {
    LocalDate end = to.end().plusDays(1).plusMonths(months).minusDays(1);
    return to.precision() == PartialDate.Precision.DAY
        ? PartialDate.ofDay(end)
        : PartialDate.ofMonth(end.getYear(), end.getMonthValue());
  }

  /** One rule of one of the mappings, and the sources it records. */
  private record RuleOf(
      int index, TableImport.Mapping mapping, TableImport.Rule rule, Pattern sources) {
    boolean records(AspectSource p) {
      return rule.aspect().map(p.aspect()::equals).orElse(false)
          && sources.matcher(p.source()).matches();
    }

    boolean records(Observation o, String part) {
      return o.isPlainPositive()
          && rule.actor().map(o.actor()::equals).orElse(false)
          && rule.practice().map(o.practice()::equals).orElse(false)
          && rule.target().equals(o.target())
          && sources.matcher(part).matches();
    }

    /** Where the rule is, for a message. */
    int[] at() {
      return rule.at().getOrDefault("rule", new int[] {0, 0});
    }
  }

  /**
   * One thing the data hold in the model: an aspect's provenance entry or a part of an
   * observation's source, in its situation, recorded by one rule.
   */
  private record Fact(SituationId situation, String what, int rule, String source) {
    Key key() {
      return new Key(situation, what, rule);
    }
  }

  private record Key(SituationId situation, String what, int rule) {}

  /** The mappings' rules, and what they do to a model. */
  private static final class Data {
    private final List<TableImport.Mapping> mappings;
    private final List<RuleOf> rules = new ArrayList<>();

    Data(List<TableImport.Mapping> mappings) {
      this.mappings = mappings;
      for (TableImport.Mapping m : mappings) {
        for (TableImport.Rule r : m.rules()) {
          rules.add(new RuleOf(rules.size(), m, r, ImportSources.pattern(m, r)));
        }
      }
    }

    private Optional<RuleOf> recorder(AspectSource p) {
      return rules.stream().filter(r -> r.records(p)).findFirst();
    }

    private Optional<RuleOf> recorder(Observation o, String part) {
      return rules.stream().filter(r -> r.records(o, part)).findFirst();
    }

    private static List<String> parts(String source) {
      return List.of(source.split("; ", -1));
    }

    private static String describe(Observation o) {
      return "observation '"
          + o.actor()
          + " "
          + o.practice()
          + o.target().map(t -> " " + t).orElse("")
          + "'";
    }

    /** What the data hold in {@code model}, in model order. */
    List<Fact> facts(Model model) {
      List<Fact> facts = new ArrayList<>();
      for (Situation s : model.situations()) {
        for (AspectSource p : s.provenance()) {
          recorder(p)
              .ifPresent(
                  r ->
                      facts.add(
                          new Fact(s.id(), "aspect '" + p.aspect() + "'", r.index(), p.source())));
        }
      }
      for (Observation o : model.observations()) {
        if (o.source().isEmpty()) {
          continue;
        }
        for (String part : parts(o.source().get())) {
          recorder(o, part)
              .ifPresent(r -> facts.add(new Fact(o.situation(), describe(o), r.index(), part)));
        }
      }
      return facts;
    }

    /** {@code model} without the data: what the rules recorded taken out, the rest kept. */
    Model strip(Model model) {
      List<Situation> situations = new ArrayList<>();
      for (Situation s : model.situations()) {
        List<AspectSource> kept = new ArrayList<>();
        Set<AspectId> fromData = new HashSet<>();
        for (AspectSource p : s.provenance()) {
          if (recorder(p).isPresent()) {
            fromData.add(p.aspect());
          } else {
            kept.add(p);
          }
        }
        kept.forEach(p -> fromData.remove(p.aspect()));
        Set<AspectId> aspects = new LinkedHashSet<>(s.aspects());
        aspects.removeAll(fromData);
        situations.add(copy(s).aspects(aspects).provenance(kept).build());
      }
      List<Observation> observations = new ArrayList<>();
      for (Observation o : model.observations()) {
        if (o.source().isEmpty()) {
          observations.add(o);
          continue;
        }
        List<String> parts = parts(o.source().get());
        List<String> kept = parts.stream().filter(part -> recorder(o, part).isEmpty()).toList();
        if (kept.size() == parts.size()) {
          observations.add(o);
        } else if (!kept.isEmpty()) {
          observations.add(Observation.builder().from(o).source(String.join("; ", kept)).build());
        }
      }
      return Model.builder().from(model).situations(situations).observations(observations).build();
    }

    /**
     * For each mapping, the situations of {@code stripped} it generated (empty for one that
     * generates none).
     */
    List<Set<SituationId>> generated(Model stripped) {
      List<Set<SituationId>> generated = new ArrayList<>();
      for (TableImport.Mapping m : mappings) {
        Set<SituationId> ids = new HashSet<>();
        m.periods()
            .ifPresent(
                spec ->
                    stripped.situations().stream()
                        .filter(s -> Periods.generates(spec, s))
                        .forEach(s -> ids.add(s.id())));
        generated.add(ids);
      }
      return generated;
    }

    /**
     * The mappings imported into {@code base}, in order, into its situations as they are (those a
     * mapping generated, for one that generates its periods).
     */
    Model reimport(Model base, List<Set<SituationId>> generated) throws IOException {
      Model model = base;
      for (int k = 0; k < mappings.size(); k++) {
        TableImport.Mapping m = mappings.get(k);
        Set<SituationId> ids = generated.get(k);
        List<Situation> into =
            m.periods().isPresent()
                ? model.situations().stream().filter(s -> ids.contains(s.id())).toList()
                : model.situations();
        model = new Importer(m, model, Optional.of(into)).run().model();
      }
      return model;
    }

    /** The error for a model that holds nothing the mappings import: one per mapping. */
    ModelFormatException noData() {
      List<Problem> problems = new ArrayList<>();
      for (TableImport.Mapping m : mappings) {
        String named =
            m.rules().stream()
                .map(r -> "\"" + ImportSources.prefix(m, r) + "...\"")
                .collect(Collectors.joining(", "));
        problems.add(
            new Problem(
                ProblemCode.SHIFT_NO_DATA,
                Severity.ERROR,
                m.source(),
                0,
                0,
                "",
                "the model holds no data imported through this mapping: no situation's provenance and no"
                    + " observation's source is one its rules record ("
                    + named
                    + "); shift-boundary moves"
                    + " the data that narrative import put into a model, so give it the model the import"
                    + " wrote"));
      }
      return new ModelFormatException(problems);
    }

    /**
     * Checks that importing the data again gave back exactly what the model holds.
     *
     * @throws ModelFormatException one error per difference (at most {@link #MAX_DIFFERENCES}),
     *     located at the rule
     */
    void checkGivesBack(List<Fact> held, List<Fact> again) throws ModelFormatException {
      Map<Key, List<String>> mine = group(held);
      Map<Key, List<String>> theirs = group(again);
      Set<Key> keys = new LinkedHashSet<>(mine.keySet());
      keys.addAll(theirs.keySet());
      Set<Integer> traced = held.stream().map(Fact::rule).collect(Collectors.toSet());
      List<Problem> problems = new ArrayList<>();
      int differences = 0;
      for (Key k : keys) {
        List<String> a = mine.getOrDefault(k, List.of());
        List<String> b = theirs.getOrDefault(k, List.of());
        if (a.equals(b)) {
          continue;
        }
        differences++;
        if (problems.size() >= MAX_DIFFERENCES) {
          continue;
        }
        RuleOf rule = rules.get(k.rule());
        String where = "rule '" + rule.rule().name() + "': situation '" + k.situation() + "': ";
        String what;
        if (b.isEmpty()) {
          what =
              "the model records "
                  + k.what()
                  + " from "
                  + quoted(a)
                  + ", but importing the table again does not add it there";
        } else if (a.isEmpty()) {
          what =
              "importing the table again adds "
                  + k.what()
                  + " ("
                  + quoted(b)
                  + "), which the model does not record there";
        } else {
          what =
              "the model records "
                  + k.what()
                  + " from "
                  + quoted(a)
                  + ", but importing the table again gives "
                  + quoted(b);
        }
        @SuppressWarnings("ReferenceEquality") // the same parsed mapping, not an equal one
        boolean mappingTraced =
            rules.stream()
                .anyMatch(r -> r.mapping() == rule.mapping() && traced.contains(r.index()));
        String why =
            mappingTraced
                ? "; the table or the mapping changed since the import, the mappings were imported in"
                    + " another order, or the model's data were edited: import them again"
                : "; the model holds nothing this mapping imports: it does not belong to this model, or"
                    + " was not imported into it";
        int[] at = rule.at();
        problems.add(
            new Problem(
                ProblemCode.SHIFT_DIFFERENCE,
                Severity.ERROR,
                rule.mapping().source(),
                at[0],
                at[1],
                "",
                where + what + why));
      }
      if (differences > problems.size()) {
        TableImport.Mapping first = mappings.get(0);
        problems.add(
            new Problem(
                ProblemCode.TOO_MANY_PROBLEMS,
                Severity.ERROR,
                first.source(),
                0,
                0,
                "",
                "and "
                    + (differences - problems.size())
                    + " more differences between the model and its"
                    + " data imported again"));
        throw new ModelFormatException(problems, differences);
      }
      if (!problems.isEmpty()) {
        throw new ModelFormatException(problems);
      }
    }

    private static Map<Key, List<String>> group(List<Fact> facts) {
      Map<Key, List<String>> grouped = new LinkedHashMap<>();
      for (Fact f : facts) {
        grouped.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f.source());
      }
      grouped.values().forEach(l -> l.sort(Comparator.naturalOrder()));
      return grouped;
    }

    private static String quoted(List<String> sources) {
      return sources.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" and "));
    }
  }
}
