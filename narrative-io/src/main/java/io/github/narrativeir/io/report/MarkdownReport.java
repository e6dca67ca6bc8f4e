package io.github.narrativeir.io.report;

import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.AspectId;
import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptId;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Markdown report: the situations, each actor's narrative (episodes with their concepts,
 * highlighted and occluded aspects; practice changes; the concepts it holds with their evidence),
 * the predictions with their explanations in fenced blocks, and the evaluation (counts, the scores
 * of the model and the baselines side by side with a verdict, false positives, false negatives,
 * unexplained changes, true negatives and unmatched predictions). Ids stand in code spans; every
 * piece of user text is escaped by {@link Escaping#markdown(String)}.
 */
final class MarkdownReport {
  private final ReportContext ctx;
  private final ReportSink out;

  private MarkdownReport(ReportContext ctx, ReportSink out) {
    this.ctx = ctx;
    this.out = out;
  }

  static void write(Inference inference, ReportSink out) {
    new MarkdownReport(new ReportContext(inference), out).report();
  }

  private void report() {
    out.append("# ").append(Escaping.markdown(ctx.title())).append('\n');
    situations();
    narratives();
    predictions();
    evaluation();
  }

  private void situations() {
    section("## Situations");
    out.append("In time order.\n\n");
    row("#", "situation", "label", "period");
    out.append("|---:|---|---|---|\n");
    List<Situation> situations = ctx.inference.situations();
    for (int i = 0; i < situations.size(); i++) {
      Situation s = situations.get(i);
      row(
          String.valueOf(i + 1),
          code(s.id().value()),
          ReportContext.label(s).map(Escaping::markdown).orElse(""),
          ReportContext.period(s));
    }
  }

  private void narratives() {
    section("## Narratives");
    if (ctx.inference.narratives().isEmpty()) {
      out.append("No actor holds concepts.\n");
    }
    for (Narrative n : ctx.inference.narratives()) {
      narrative(n);
    }
  }

  private void narrative(Narrative n) {
    section("### " + actor(n.actor()));
    out.append("Persistent concepts: ")
        .append(n.persistent().isEmpty() ? "none" : joined(n.persistent(), this::concept))
        .append(".\n");
    section("#### Episodes");
    for (Episode e : n.episodes()) {
      Situation s = ctx.situation(e.situation());
      out.append("**")
          .append(ctx.situationIndex(s.id()) + 1)
          .append(". ")
          .append(code(s.id().value()))
          .append("**")
          .append(ReportContext.label(s).map(l -> " " + Escaping.markdown(l)).orElse(""))
          .append("\n\n");
      if (e.concepts().isEmpty()) {
        out.append("- Concepts: none\n");
      } else {
        out.append("- Concepts, in activation order:\n");
        for (int i = 0; i < e.concepts().size(); i++) {
          out.append("  ")
              .append(i + 1)
              .append(". ")
              .append(concept(e.concepts().get(i)))
              .append('\n');
        }
      }
      out.append("- Highlighted: ").append(aspects(e.highlighted())).append('\n');
      out.append("- Occluded: ").append(aspects(e.occluded())).append("\n\n");
    }
    out.append("#### Practice changes\n\n");
    if (n.changes().isEmpty()) {
      out.append("None.\n");
    } else {
      row("situation", "change", "practice", "target");
      out.append("|---|---|---|---|\n");
      for (PracticeChange c : n.changes()) {
        row(
            code(c.situation().value()),
            c.change().token(),
            practice(c.practice()),
            target(c.target()));
      }
    }
    section("#### Concepts held");
    List<Concept> held = ctx.conceptsOf(n.actor());
    for (Concept c : held) {
      out.append("- ")
          .append(concept(c.id()))
          .append(", priority ")
          .append(c.priority())
          .append('\n');
      for (Evidence ev : ReportContext.sorted(c.evidence())) {
        out.append("  - ").append(evidence(ev)).append('\n');
      }
    }
  }

  private void predictions() {
    section("## Predictions");
    if (ctx.inference.predictions().isEmpty()) {
      out.append("None.\n");
      return;
    }
    predictionTable(ctx.inference.predictions());
    for (Prediction p : ctx.inference.predictions()) {
      section(
          "### "
              + code(p.actor().value())
              + " "
              + code(p.practice().value())
              + p.target().map(t -> " \u2192 " + code(t.value())).orElse("")
              + " in "
              + code(p.situation().value()));
      String explanation = Escaping.block(ctx.inference.explain(p).render());
      String fence = Escaping.fence(explanation);
      out.append(fence).append("text\n").append(explanation);
      if (!explanation.endsWith("\n")) {
        out.append('\n');
      }
      out.append(fence).append('\n');
    }
  }

  private void predictionTable(List<Prediction> predictions) {
    row("actor", "practice", "target", "situation", "support", "opposition", "concepts");
    out.append("|---|---|---|---|---:|---:|---|\n");
    for (Prediction p : predictions) {
      row(
          code(p.actor().value()),
          practice(p.practice()),
          target(p.target()),
          code(p.situation().value()),
          ReportContext.number(p.support()),
          ReportContext.number(p.opposition()),
          joined(p.concepts(), c -> code(c.value())));
    }
  }

  private void evaluation() {
    section("## Evaluation");
    if (ctx.inference.evaluation().isEmpty()) {
      out.append("The model has no observations.\n");
      return;
    }
    Evaluation e = ctx.inference.evaluation().get();
    out.append(
        "Absence of an observation is not evidence that a practice did not happen: only"
            + " negative evidence, an observation whose sources say it did not happen, counts"
            + " against a prediction.\n\n");
    row("measure", "count");
    out.append("|---|---:|\n");
    row("observations", String.valueOf(e.observations()));
    row("explained", String.valueOf(e.explained()));
    row("unexplained", String.valueOf(e.unexplained().size()));
    row("predictions", String.valueOf(e.predictions()));
    row("matched", String.valueOf(e.matched()));
    row("unmatched", String.valueOf(e.unmatched().size()));

    scores(new ScoreSheet(e));

    section("### Unexplained observations");
    section("#### False positives: predicted, but the sources say it did not happen");
    if (e.falsePositives().isEmpty()) {
      out.append("None.\n");
    } else {
      row("actor", "practice", "target", "situation", "source", "predicted by");
      out.append("|---|---|---|---|---|---|\n");
      for (Observation o : e.falsePositives()) {
        row(
            code(o.actor().value()),
            practice(o.practice()),
            target(o.target()),
            code(o.situation().value()),
            source(o),
            ctx.predictedBy(o, MarkdownReport::code));
      }
    }
    section("#### False negatives: observed, not predicted");
    observationTable(e.falseNegatives(), false);
    section("#### Unexplained changes: observed, not in the narrative");
    observationTable(ReportContext.unexplainedChanges(e), true);

    section("### True negatives: not predicted, and the sources say it did not happen");
    observationTable(ReportContext.trueNegatives(e), false);

    section("### Unmatched predictions");
    if (e.unmatched().isEmpty()) {
      out.append("None.\n");
    } else {
      out.append(
          "Predictions that no observation confirms: the sources say some did not happen, and"
              + " say nothing of the others (unassessed).\n\n");
      row(
          "actor",
          "practice",
          "target",
          "situation",
          "support",
          "opposition",
          "concepts",
          "observations");
      out.append("|---|---|---|---|---:|---:|---|---|\n");
      for (Prediction p : e.unmatched()) {
        row(
            code(p.actor().value()),
            practice(p.practice()),
            target(p.target()),
            code(p.situation().value()),
            ReportContext.number(p.support()),
            ReportContext.number(p.opposition()),
            joined(p.concepts(), c -> code(c.value())),
            ctx.contradicted(p) ? "say it did not happen" : "none");
      }
    }
  }

  /** The scores of the model and the baselines side by side, the verdict, the baselines. */
  private void scores(ScoreSheet sheet) {
    section("### Scores");
    out.append("The model and the baselines, scored on the same observations.\n\n");
    List<String> header = new ArrayList<>();
    header.add("measure");
    header.add(sheet.scorers().get(0));
    sheet.scorers().subList(1, sheet.scorers().size()).forEach(name -> header.add(code(name)));
    header.add("meaning");
    row(header.toArray(String[]::new));
    out.append("|---|").append("---:|".repeat(sheet.scorers().size())).append("---|\n");
    for (ScoreSheet.Row r : sheet.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(Escaping.markdown(r.measure()));
      r.values().forEach(v -> cells.add(Escaping.markdown(v)));
      cells.add(Escaping.markdown(r.meaning()));
      row(cells.toArray(String[]::new));
    }
    out.append('\n').append(Escaping.markdown(ScoreSheet.UNDEFINED_NOTE)).append("\n\n");
    out.append("**Verdict:** ").append(Escaping.markdown(sheet.verdict())).append("\n\n");
    out.append("Baselines:\n\n");
    for (String[] b : sheet.baselines()) {
      out.append("- ").append(code(b[0])).append(": ").append(Escaping.markdown(b[1])).append('\n');
    }
  }

  private void observationTable(List<Observation> observations, boolean changes) {
    if (observations.isEmpty()) {
      out.append("None.\n");
      return;
    }
    if (changes) {
      row("actor", "practice", "target", "situation", "change", "source");
      out.append("|---|---|---|---|---|---|\n");
    } else {
      row("actor", "practice", "target", "situation", "source");
      out.append("|---|---|---|---|---|\n");
    }
    for (Observation o : observations) {
      List<String> cells = new ArrayList<>();
      cells.add(code(o.actor().value()));
      cells.add(practice(o.practice()));
      cells.add(target(o.target()));
      cells.add(code(o.situation().value()));
      if (changes) {
        cells.add(o.change().map(c -> c.token()).orElse("-"));
      }
      cells.add(source(o));
      row(cells.toArray(String[]::new));
    }
  }

  private static String source(Observation o) {
    return o.source().map(Escaping::markdown).orElse("-");
  }

  private String actor(ActorId id) {
    return ctx.actorNameIfAny(id)
        .map(n -> Escaping.markdown(n) + " (" + code(id.value()) + ")")
        .orElse(code(id.value()));
  }

  private String concept(ConceptId id) {
    return code(id.value()) + ctx.conceptLabel(id).map(l -> " " + Escaping.markdown(l)).orElse("");
  }

  private String practice(PracticeId id) {
    return code(id.value()) + ctx.practiceLabel(id).map(l -> " " + Escaping.markdown(l)).orElse("");
  }

  private static String target(Optional<ActorId> target) {
    return target.map(t -> code(t.value())).orElse("-");
  }

  private String aspects(Collection<AspectId> ids) {
    return ids.isEmpty()
        ? "none"
        : joined(
            ids,
            a ->
                code(a.value())
                    + ctx.aspectLabel(a).map(l -> " (" + Escaping.markdown(l) + ")").orElse(""));
  }

  private static String evidence(Evidence e) {
    String text = Escaping.markdown(ReportContext.evidence(e));
    return e.url()
        .map(u -> text + (ReportContext.linkable(u) ? " <" + u + ">" : " " + Escaping.markdown(u)))
        .orElse(text);
  }

  /** An id as a code span; ids never hold a backtick, a pipe or a line break. */
  private static String code(String id) {
    return "`" + id + "`";
  }

  private static <T> String joined(Collection<T> items, java.util.function.Function<T, String> f) {
    return items.stream().map(f).collect(Collectors.joining(", "));
  }

  /** Starts a block with {@code heading}, one blank line after whatever came before. */
  private void section(String heading) {
    if (!out.isEmpty() && !out.endsWithBlankLine()) {
      out.append('\n');
    }
    out.append(heading).append("\n\n");
  }

  private void row(String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell).append(" |");
    }
    out.append('\n');
  }
}
