package io.github.narrativeir.io.dna;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.SituationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a DNA import did, statement by statement: how many statements of the type were read, how
 * many were selected (all, or the agreeing ones when disagreeing statements are skipped), how many
 * of those were mapped to a concept and became evidence (or were already there), which were not
 * mapped and why (counted and listed by organisation or concept, never dropped silently), and per
 * concept how many statements support it and how many disagree, by period of the model's
 * situations. {@link #render()} says it in Markdown.
 *
 * <p>The counts add up: {@code read = disagreeingSkipped + selected}, {@code selected = mapped +
 * notMapped()}, {@code mapped = added + alreadyPresent}. The concept counts are of every statement
 * of the type that maps, disagreeing ones included even when they are skipped, so that a reader
 * sees the disagreement the evidence leaves out.
 *
 * @param database the database or export as named
 * @param kind what it is, such as {@code DNA 3.0.8 database} or {@code DNA statement export}
 * @param mapping the mapping as named
 * @param statementType the statement type read
 * @param counterEvidence whether disagreeing statements were kept as counter-evidence (else
 *     skipped)
 * @param read the statements of the type read
 * @param disagreeingSkipped the disagreeing statements skipped (0 when they are kept)
 * @param selected the statements selected: read, less those skipped
 * @param mapped the selected statements whose organisation and concept map to a concept of the
 *     organisation's actor
 * @param added the mapped statements made evidence of their concept
 * @param alreadyPresent the mapped statements whose evidence the model already had (the same
 *     database file name and statement id)
 * @param unmapped the selected statements that were not mapped, by why and by value, in order of
 *     reason, then most statements first, then value
 * @param concepts the statements that map, per concept (in the model's concept order) and period
 *     (in situation order, then outside every period)
 * @since 0.1.0
 */
public record DnaReport(
    String database,
    String kind,
    String mapping,
    String statementType,
    boolean counterEvidence,
    long read,
    long disagreeingSkipped,
    long selected,
    long mapped,
    long added,
    long alreadyPresent,
    ImmutableList<Unmapped> unmapped,
    ImmutableList<ConceptCount> concepts) {

  /** How many statement ids {@link Unmapped#firstStatements()} lists at most. */
  public static final int EXAMPLES = 5;

  /**
   * Checks that no component is null and the counts add up.
   *
   * @throws IllegalArgumentException if a count is negative or the counts do not add up
   */
  public DnaReport {
    checkNotNull(database, "database");
    checkNotNull(kind, "kind");
    checkNotNull(mapping, "mapping");
    checkNotNull(statementType, "statementType");
    checkNotNull(unmapped, "unmapped");
    checkNotNull(concepts, "concepts");
    checkArgument(
        disagreeingSkipped >= 0 && added >= 0 && alreadyPresent >= 0,
        "negative count in %s, %s, %s",
        disagreeingSkipped,
        added,
        alreadyPresent);
    checkArgument(
        read == disagreeingSkipped + selected,
        "read %s is not disagreeingSkipped %s + selected %s",
        read,
        disagreeingSkipped,
        selected);
    checkArgument(
        mapped == added + alreadyPresent && mapped <= selected,
        "mapped %s is not added %s + alreadyPresent %s, or exceeds selected %s",
        mapped,
        added,
        alreadyPresent,
        selected);
  }

  /** The selected statements that were not mapped. */
  public long notMapped() {
    return selected - mapped;
  }

  /** Why a statement was not mapped. */
  public enum Reason {
    /** The statement codes no organisation (or, mapped by attribute, none with the attribute). */
    NO_ORGANIZATION("no organisation coded (or none with the attribute)"),
    /** Its organisation (name or attribute value) is not in the mapping, nor an actor id. */
    ORGANIZATION("organisation not in the mapping"),
    /** The statement codes no concept. */
    NO_CONCEPT("no concept coded"),
    /** Its concept is not in the mapping. */
    CONCEPT("concept not in the mapping"),
    /** Its concept is mapped, but to no concept of the organisation's actor. */
    HOLDER("concept mapped, but to no concept of the organisation's actor");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /** The reason in words, as the report says it. */
    public String words() {
      return words;
    }
  }

  /**
   * Selected statements not mapped for one reason and one value: a statement whose organisation and
   * concept are both missing from the mapping is counted under each.
   *
   * @param reason why
   * @param value the organisation or concept (with the actor, for {@link Reason#HOLDER}); empty for
   *     {@link Reason#NO_CONCEPT}
   * @param statements how many statements
   * @param firstStatements the ids of the first of them read (at most {@link #EXAMPLES})
   */
  public record Unmapped(
      Reason reason, String value, long statements, ImmutableList<Long> firstStatements) {
    /** Checks that no component is null. */
    public Unmapped {
      checkNotNull(reason, "reason");
      checkNotNull(value, "value");
      checkNotNull(firstStatements, "firstStatements");
    }
  }

  /**
   * The statements that map to one concept in one period.
   *
   * @param concept the concept
   * @param situation the situation whose period holds their document's date; empty for those
   *     outside every period (or undated)
   * @param supporting the statements whose speaker agrees
   * @param disagreeing the statements whose speaker disagrees
   */
  public record ConceptCount(
      ConceptId concept, Optional<SituationId> situation, long supporting, long disagreeing) {
    /** Checks that no component is null. */
    public ConceptCount {
      checkNotNull(concept, "concept");
      checkNotNull(situation, "situation");
    }
  }

  /** The report in Markdown: the counts, what was not mapped, and the concepts by period. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("# DNA import: ").append(markdown(database)).append("\n\n");
    out.append("Read ")
        .append(markdown(database))
        .append(" (")
        .append(kind)
        .append("), statement type '")
        .append(markdown(statementType))
        .append("', through ")
        .append(markdown(mapping))
        .append("; disagreeing statements ")
        .append(counterEvidence ? "kept as counter-evidence" : "skipped")
        .append(".\n\n");
    out.append("| statements | count |\n|---|--:|\n");
    row(out, "read", read);
    if (!counterEvidence) {
      row(out, "disagreeing, skipped", disagreeingSkipped);
    }
    row(out, "selected", selected);
    row(out, "mapped to a concept", mapped);
    row(out, "added as evidence", added);
    row(out, "already in the model", alreadyPresent);
    row(out, "not mapped", notMapped());
    out.append("\n## Not mapped\n\n");
    if (unmapped.isEmpty()) {
      out.append("Every selected statement was mapped.\n");
    } else {
      out.append(notMapped())
          .append(notMapped() == 1 ? " selected statement was" : " selected statements were")
          .append(" not mapped (one whose organisation and concept are both missing from the")
          .append(" mapping is counted under each):\n\n")
          .append("| why | value | statements | first statement ids |\n|---|---|--:|---|\n");
      for (Unmapped u : unmapped) {
        out.append("| ")
            .append(u.reason().words())
            .append(" | ")
            .append(markdown(u.value()))
            .append(" | ")
            .append(u.statements())
            .append(" | ")
            .append(String.join(", ", u.firstStatements().stream().map(String::valueOf).toList()))
            .append(" |\n");
      }
    }
    out.append("\n## Concepts by period\n\n");
    if (concepts.isEmpty()) {
      out.append("No statement maps to a concept.\n");
    } else {
      out.append("Every statement of the type that maps, disagreeing ones included")
          .append(counterEvidence ? "" : " (also those skipped)")
          .append(", by the situation whose period holds its document's date.\n\n")
          .append("| concept | situation | supporting | disagreeing |\n|---|---|--:|--:|\n");
      Map<ConceptId, long[]> totals = new LinkedHashMap<>();
      for (ConceptCount c : concepts) {
        long[] t = totals.computeIfAbsent(c.concept(), k -> new long[2]);
        t[0] += c.supporting();
        t[1] += c.disagreeing();
      }
      for (int i = 0; i < concepts.size(); i++) {
        ConceptCount c = concepts.get(i);
        ConceptId concept = c.concept();
        out.append("| ")
            .append(c.concept())
            .append(" | ")
            .append(c.situation().map(SituationId::value).orElse("(outside every period)"))
            .append(" | ")
            .append(c.supporting())
            .append(" | ")
            .append(c.disagreeing())
            .append(" |\n");
        boolean last = i + 1 == concepts.size() || !concepts.get(i + 1).concept().equals(concept);
        if (last) {
          long[] t = checkNotNull(totals.get(concept));
          out.append("| ")
              .append(concept)
              .append(" | **all** | ")
              .append(t[0])
              .append(" | ")
              .append(t[1])
              .append(" |\n");
        }
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String what, long count) {
    out.append("| ").append(what).append(" | ").append(count).append(" |\n");
  }

  /** {@code text} safe in a Markdown table cell: pipes escaped, line breaks as spaces. */
  private static String markdown(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
  }
}
