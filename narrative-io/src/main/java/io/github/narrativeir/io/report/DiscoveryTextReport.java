package io.github.narrativeir.io.report;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.DiscoveryResult.Solution;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.Observation;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The plain-text discovery report: the lead (what was sought, that discovered concepts are
 * hypotheses, whether the best is proven optimal, the tie count in words), the solutions side by
 * side with the model as given and the baselines, the best solution concept by concept with what
 * each is needed for, the observations no solution within the bounds explains (and those left
 * undetermined when the search stopped), and the search's counts.
 */
final class DiscoveryTextReport {
  private static final String INDENT = "  ";
  private static final String ITEM = "  - ";
  private static final String SUBITEM = "    - ";
  private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

  private final DiscoverySheet sheet;
  private final ReportSink out;

  private DiscoveryTextReport(DiscoverySheet sheet, ReportSink out) {
    this.sheet = sheet;
    this.out = out;
  }

  static void write(DiscoverySheet sheet, ReportSink out) {
    new DiscoveryTextReport(sheet, out).report();
  }

  private void report() {
    String title = Escaping.plain(sheet.title());
    out.append(title).append('\n').append("=".repeat(Escaping.width(title))).append('\n');
    for (String line : sheet.lead()) {
      line(line);
    }
    solutions();
    best();
    unexplainable();
    search();
  }

  private void solutions() {
    heading("Solutions side by side, best first, with the model as given and the baselines");
    TextTable table = new TextTable(DiscoverySheet.COLUMNS.toArray(String[]::new));
    for (DiscoverySheet.Row row : sheet.rows(AS_IS)) {
      table.row(row.cells().toArray(String[]::new));
    }
    table.appendTo(out, INDENT);
    for (String note : sheet.tableNotes()) {
      line(note);
    }
  }

  private void best() {
    heading("The best solution, concept by concept");
    Solution best = sheet.result.best();
    if (best.concepts().isEmpty()) {
      line(sheet.noConcepts());
      return;
    }
    for (int i = 0; i < best.size(); i++) {
      Concept c = best.concepts().get(i);
      line(
          c.id().value()
              + " ("
              + best.canonical().get(i)
              + "): "
              + DiscoverySheet.meaning(c, AS_IS, "->"));
      List<Observation> needed = best.neededFor().getOrDefault(c.id(), ImmutableList.of());
      if (needed.isEmpty()) {
        out.append(INDENT).append(INDENT).append("needed for no observation alone\n");
      } else {
        out.append(INDENT).append(INDENT).append("needed to explain:\n");
        observations(needed, SUBITEM);
      }
    }
  }

  private void unexplainable() {
    if (sheet.result.exhaustive()) {
      heading("Observations no solution within the bounds explains");
      if (sheet.result.unexplainable().isEmpty()) {
        line("none: every observation can be explained within the bounds");
      }
      observations(sheet.result.unexplainable(), ITEM);
      return;
    }
    heading("Observations the search did not settle before it stopped");
    line(
        sheet.result.undetermined().isEmpty()
            ? DiscoverySheet.ALL_SETTLED
            : DiscoverySheet.UNSETTLED);
    observations(sheet.result.undetermined(), ITEM);
    if (!sheet.result.unexplainable().isEmpty()) {
      heading(DiscoverySheet.OUT_OF_REACH);
      observations(sheet.result.unexplainable(), ITEM);
    }
  }

  private void search() {
    heading("Search");
    TextTable table = new TextTable("measure", "value");
    for (String[] row : sheet.statistics()) {
      table.row(row);
    }
    table.appendTo(out, INDENT);
  }

  private void observations(List<Observation> observations, String item) {
    for (Observation o : observations) {
      out.append(item)
          .append(Escaping.plain(SensitivitySheet.observation(o, AS_IS, Escaping::plain, "->")))
          .append('\n');
    }
  }

  private void heading(String text) {
    out.append('\n').append(Escaping.plain(text)).append('\n');
  }

  private void line(String text) {
    out.append(INDENT).append(Escaping.plain(text)).append('\n');
  }
}
