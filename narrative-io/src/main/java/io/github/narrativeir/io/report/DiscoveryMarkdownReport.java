package io.github.narrativeir.io.report;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.DiscoveryResult.Solution;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Observation;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Markdown discovery report: the same sections as the {@linkplain DiscoveryTextReport text
 * report}, as headings, lists and tables. Ids and canonical texts stand in code spans (in a table,
 * with their pipes escaped, as GitHub's tables need); every other piece of user text is escaped by
 * {@link Escaping#markdown(String)}.
 */
final class DiscoveryMarkdownReport {
  private static final String ARROW = "\u2192";
  private static final UnaryOperator<String> CODE = DiscoveryMarkdownReport::code;
  private static final UnaryOperator<String> TEXT = Escaping::markdown;

  private final DiscoverySheet sheet;
  private final ReportSink out;

  private DiscoveryMarkdownReport(DiscoverySheet sheet, ReportSink out) {
    this.sheet = sheet;
    this.out = out;
  }

  static void write(DiscoverySheet sheet, ReportSink out) {
    new DiscoveryMarkdownReport(sheet, out).report();
  }

  private void report() {
    out.append("# ").append(Escaping.markdown(sheet.title())).append('\n');
    section("");
    List<String> lead = sheet.lead();
    out.append(Escaping.markdown(lead.get(0))).append('\n');
    section("");
    out.append("**").append(Escaping.markdown(lead.get(1))).append("**\n");
    section("");
    for (String line : lead.subList(2, lead.size())) {
      out.append("- ").append(Escaping.markdown(line)).append('\n');
    }
    solutions();
    best();
    unexplainable();
    search();
  }

  private void solutions() {
    section("## Solutions side by side, best first, with the model as given and the baselines");
    out.append('|');
    DiscoverySheet.COLUMNS.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append("\n|---:|---:|---:|---:|---|---:|---:|---:|---:|---|\n");
    int solution = DiscoverySheet.COLUMNS.size() - 1;
    for (DiscoverySheet.Row row : sheet.rows(DiscoveryMarkdownReport::tableCode)) {
      out.append('|');
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cell(i);
        boolean canonical =
            i == solution && row.solution() && !cell.equals(DiscoverySheet.NO_CONCEPT);
        out.append(' ').append(canonical ? cell : Escaping.markdown(cell)).append(" |");
      }
      out.append('\n');
    }
    for (String note : sheet.tableNotes()) {
      out.append('\n').append(Escaping.markdown(note)).append('\n');
    }
  }

  private void best() {
    section("## The best solution, concept by concept");
    Solution best = sheet.result.best();
    if (best.concepts().isEmpty()) {
      out.append(Escaping.markdown(sheet.noConcepts())).append('\n');
      return;
    }
    for (int i = 0; i < best.size(); i++) {
      Concept c = best.concepts().get(i);
      out.append("- ")
          .append(code(c.id().value()))
          .append(" (")
          .append(code(best.canonical().get(i)))
          .append("): ")
          .append(DiscoverySheet.meaning(c, CODE, ARROW));
      List<Observation> needed = best.neededFor().getOrDefault(c.id(), ImmutableList.of());
      if (needed.isEmpty()) {
        out.append("; needed for no observation alone\n");
      } else {
        out.append("; needed to explain:\n");
        observations(needed, "  - ");
      }
    }
  }

  private void unexplainable() {
    if (sheet.result.exhaustive()) {
      section("## Observations no solution within the bounds explains");
      if (sheet.result.unexplainable().isEmpty()) {
        out.append("None: every observation can be explained within the bounds.\n");
      }
      observations(sheet.result.unexplainable(), "- ");
      return;
    }
    section("## Observations the search did not settle before it stopped");
    if (sheet.result.undetermined().isEmpty()) {
      out.append(Escaping.markdown(DiscoverySheet.ALL_SETTLED)).append('\n');
    } else {
      out.append(Escaping.markdown(DiscoverySheet.UNSETTLED)).append("\n\n");
      observations(sheet.result.undetermined(), "- ");
    }
    if (!sheet.result.unexplainable().isEmpty()) {
      section("## " + DiscoverySheet.OUT_OF_REACH);
      observations(sheet.result.unexplainable(), "- ");
    }
  }

  private void search() {
    section("## Search");
    out.append("| measure | value |\n|---|---:|\n");
    for (String[] row : sheet.statistics()) {
      out.append("| ")
          .append(Escaping.markdown(row[0]))
          .append(" | ")
          .append(Escaping.markdown(row[1]))
          .append(" |\n");
    }
  }

  private void observations(List<Observation> observations, String item) {
    for (Observation o : observations) {
      out.append(item).append(SensitivitySheet.observation(o, CODE, TEXT, ARROW)).append('\n');
    }
  }

  /** An id or a canonical text as a code span; neither holds a backtick or a line break. */
  private static String code(String id) {
    return "`" + id + "`";
  }

  /** A canonical text as a code span in a table cell: its pipes escaped, as GitHub needs. */
  private static String tableCode(String text) {
    return "`" + text.replace("|", "\\|") + "`";
  }

  /**
   * Starts a block with {@code heading} (none when empty), one blank line after what came before.
   */
  private void section(String heading) {
    if (!out.isEmpty() && !out.endsWithBlankLine()) {
      out.append('\n');
    }
    if (!heading.isEmpty()) {
      out.append(heading).append("\n\n");
    }
  }
}
