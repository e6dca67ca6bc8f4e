package io.github.narrativeir.io.report;

import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Observation;
import io.github.narrativeir.model.PracticeId;
import io.github.narrativeir.model.PracticeMode;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.model.SituationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The SVG timeline of the HTML report: one row per actor (by id), one column per situation (in time
 * order), and in each cell one line per practice the actor was predicted or observed to carry out
 * there, or that the sources say it did not carry out. Each line has two mark slots: a filled mark
 * when the practice is predicted, an outlined mark when it is observed, so that a practice both
 * predicted and observed shows both; negative evidence (the sources say it did not happen) is an
 * outlined mark struck out. The shape of a mark, as well as its colour, gives the practice's mode:
 * a circle for cooperation, a triangle for coercion, a square for neither. A false positive
 * (predicted, but the sources say it did not happen) stands on an orange ground with a dashed
 * border, a false negative (observed, not predicted) on a purple ground with a solid one. An
 * observed start or stop of a practice is its own line, marked as predicted when the narrative has
 * the same change. Every line has a tooltip (an SVG {@code title}) that says all of this in words,
 * and a {@code class} that names its outcome ({@code tp}, {@code fn}, {@code fp}, {@code tn},
 * {@code unassessed}, {@code change}).
 *
 * <p>Coordinates are integers computed from the content alone, so the drawing is deterministic.
 */
final class TimelineSvg {
  private static final int PAD = 8;
  private static final int HEADER = 62;
  private static final int LINE = 18;
  private static final int ROW = 44;
  private static final int LEGEND_ROW = 22;
  private static final int LEGEND = 34 + 4 * LEGEND_ROW;
  private static final String FP_FILL = "#fee0b6";
  private static final String FP_STROKE = "#e08214";
  private static final String FN_FILL = "#d8daeb";
  private static final String FN_STROKE = "#5e3c99";
  private static final int CHAR = 7;
  private static final String MONO = "ui-monospace, Menlo, Consolas, monospace";
  private static final String SANS =
      "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

  /** A line of a cell: a practice on a target, or an observed change of it. */
  private record Key(PracticeId practice, Optional<ActorId> target, Optional<ChangeKind> change)
      implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::practice)
            .thenComparing(
                k -> k.target().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                k -> k.change().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    String text() {
      return practice
          + target.map(t -> " \u2192 " + t).orElse("")
          + change.map(c -> " (" + c.token() + ")").orElse("");
    }
  }

  /**
   * What the observations say of one line of the timeline (a cell predicted or observed), errors
   * winning where the sources disagree. Unlike {@link io.github.narrativeir.inference.Outcome},
   * which is the outcome of one observation, a line may have no observation at all (unassessed).
   */
  private enum LineOutcome {
    TRUE_POSITIVE("tp", ""),
    FALSE_NEGATIVE("fn", ": a false negative"),
    FALSE_POSITIVE("fp", ": a false positive"),
    TRUE_NEGATIVE("tn", ": a true negative"),
    UNASSESSED("unassessed", ""),
    CHANGE("change", "");

    final String css;
    final String words;

    LineOutcome(String css, String words) {
      this.css = css;
      this.words = words;
    }
  }

  /**
   * What is known of one line: the prediction (or predicted change) and the observations that the
   * practice happened and that it did not, with their sources.
   */
  private static final class Entry {
    Optional<Prediction> prediction = Optional.empty();
    boolean predictedChange;
    final TreeSet<String> sources = new TreeSet<>();
    final TreeSet<String> negativeSources = new TreeSet<>();
    boolean observed;
    boolean observedNot;

    boolean predicted() {
      return prediction.isPresent() || predictedChange;
    }

    LineOutcome outcome(Key k) {
      if (k.change().isPresent()) {
        return LineOutcome.CHANGE;
      }
      if (predicted()) {
        return observedNot
            ? LineOutcome.FALSE_POSITIVE
            : observed ? LineOutcome.TRUE_POSITIVE : LineOutcome.UNASSESSED;
      }
      return observed ? LineOutcome.FALSE_NEGATIVE : LineOutcome.TRUE_NEGATIVE;
    }
  }

  private final ReportContext ctx;
  private final ReportSink out;
  private final List<Actor> actors;
  private final List<Situation> situations;
  private final Map<ActorId, Map<SituationId, TreeMap<Key, Entry>>> cells = new TreeMap<>();

  private TimelineSvg(ReportContext ctx, ReportSink out) {
    this.ctx = ctx;
    this.out = out;
    this.actors = ctx.actors();
    this.situations = ctx.inference.situations();
  }

  /** Appends the timeline of {@code ctx} to {@code out}. */
  static void appendTo(ReportContext ctx, ReportSink out) {
    TimelineSvg svg = new TimelineSvg(ctx, out);
    svg.collect();
    svg.draw();
  }

  private TreeMap<Key, Entry> cell(ActorId actor, SituationId situation) {
    return cells
        .computeIfAbsent(actor, a -> new TreeMap<>())
        .computeIfAbsent(situation, s -> new TreeMap<>());
  }

  private void collect() {
    for (Prediction p : ctx.inference.predictions()) {
      Entry e = new Entry();
      e.prediction = Optional.of(p);
      cell(p.actor(), p.situation()).put(new Key(p.practice(), p.target(), Optional.empty()), e);
    }
    for (Observation o : ctx.observations()) {
      TreeMap<Key, Entry> cell = cell(o.actor(), o.situation());
      List<Entry> matches = new ArrayList<>();
      if (o.change().isPresent()) {
        Entry e =
            cell.computeIfAbsent(new Key(o.practice(), o.target(), o.change()), k -> new Entry());
        e.predictedChange = predictedChange(o);
        matches.add(e);
      } else if (o.target().isPresent()) {
        matches.add(
            cell.computeIfAbsent(
                new Key(o.practice(), o.target(), Optional.empty()), k -> new Entry()));
      } else {
        // Without a target, an observation matches a prediction of the practice on any target.
        cell.forEach(
            (k, e) -> {
              if (k.practice().equals(o.practice())
                  && k.change().isEmpty()
                  && e.prediction.isPresent()) {
                matches.add(e);
              }
            });
        if (matches.isEmpty()) {
          matches.add(
              cell.computeIfAbsent(
                  new Key(o.practice(), Optional.empty(), Optional.empty()), k -> new Entry()));
        }
      }
      for (Entry e : matches) {
        if (o.occurred()) {
          e.observed = true;
          o.source().ifPresent(e.sources::add);
        } else {
          e.observedNot = true;
          o.source().ifPresent(e.negativeSources::add);
        }
      }
    }
  }

  private boolean predictedChange(Observation o) {
    for (Narrative n : ctx.inference.narratives()) {
      if (!n.actor().equals(o.actor())) {
        continue;
      }
      for (PracticeChange c : n.changes()) {
        if (c.situation().equals(o.situation())
            && c.practice().equals(o.practice())
            && Optional.of(c.change()).equals(o.change())
            && (o.target().isEmpty() || o.target().equals(c.target()))) {
          return true;
        }
      }
    }
    return false;
  }

  private TreeMap<Key, Entry> entries(ActorId actor, SituationId situation) {
    Map<SituationId, TreeMap<Key, Entry>> row = cells.get(actor);
    TreeMap<Key, Entry> cell = row == null ? null : row.get(situation);
    return cell == null ? new TreeMap<>() : cell;
  }

  private void draw() {
    int longestEntry = 0;
    for (Map<SituationId, TreeMap<Key, Entry>> row : cells.values()) {
      for (TreeMap<Key, Entry> cell : row.values()) {
        for (Key k : cell.keySet()) {
          longestEntry = Math.max(longestEntry, Escaping.width(k.text()));
        }
      }
    }
    int longestActor = 0;
    for (Actor a : actors) {
      longestActor =
          Math.max(
              longestActor, Math.max(Escaping.width(a.name()), Escaping.width(a.id().value())));
    }
    int left = clamp(2 * PAD + CHAR * longestActor, 96, 2 * PAD + CHAR * 26);
    int column = clamp(50 + CHAR * longestEntry, 150, 330);
    int entryChars = (column - 50) / CHAR;
    int[] rowHeights = new int[actors.size()];
    int height = HEADER;
    for (int r = 0; r < actors.size(); r++) {
      int lines = 1;
      for (Situation s : situations) {
        lines = Math.max(lines, entries(actors.get(r).id(), s.id()).size());
      }
      rowHeights[r] = Math.max(ROW, 2 * PAD + LINE * lines);
      height += rowHeights[r];
    }
    int gridBottom = height;
    height += LEGEND;
    int width = Math.max(left + column * situations.size(), 560) + 1;

    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"timeline-title\" font-family=\"")
        .append(SANS)
        .append("\" font-size=\"12\">\n");
    out.append(
        "<title id=\"timeline-title\">Timeline: predicted and observed practices of each"
            + " actor in each situation, false positives and false negatives marked</title>\n");
    out.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#ffffff\"/>\n");

    // Column headers: number and label, id, period.
    int labelChars = (column - 2 * PAD) / CHAR;
    for (int c = 0; c < situations.size(); c++) {
      Situation s = situations.get(c);
      int x = left + c * column + PAD;
      String label = (c + 1) + ". " + s.label();
      out.append("<g><title>")
          .append(Escaping.html(label + " (" + s.id() + ", " + ReportContext.period(s) + ")"))
          .append("</title>\n");
      text(x, 20, "start", "bold", SANS, Escaping.truncate(label, labelChars));
      text(x, 37, "start", null, MONO, Escaping.truncate(s.id().value(), labelChars));
      text(x, 53, "start", null, SANS, ReportContext.period(s));
      out.append("</g>\n");
    }

    // Rows.
    int y = HEADER;
    for (int r = 0; r < actors.size(); r++) {
      Actor a = actors.get(r);
      int h = rowHeights[r];
      if (r % 2 == 0) {
        rect(0, y, width - 1, h, "#f6f6f6", null);
      }
      out.append("<g><title>")
          .append(Escaping.html(a.name() + " (" + a.id() + ", " + a.kind() + ")"))
          .append("</title>\n");
      text(PAD, y + PAD + 13, "start", "bold", SANS, Escaping.truncate(a.name(), 26));
      if (!a.name().equals(a.id().value())) {
        text(PAD, y + PAD + 29, "start", null, MONO, Escaping.truncate(a.id().value(), 26));
      }
      out.append("</g>\n");
      for (int c = 0; c < situations.size(); c++) {
        int x = left + c * column;
        int line = 0;
        for (Map.Entry<Key, Entry> e : entries(a.id(), situations.get(c).id()).entrySet()) {
          mark(
              a.id(),
              situations.get(c),
              x,
              y + PAD + line * LINE,
              e.getKey(),
              e.getValue(),
              entryChars,
              column);
          line++;
        }
      }
      y += h;
    }

    // Grid.
    for (int c = 0; c <= situations.size(); c++) {
      int x = left + c * column;
      line(x, 0, x, gridBottom);
    }
    line(0, HEADER, width - 1, HEADER);
    line(0, gridBottom, width - 1, gridBottom);

    legend(gridBottom + 18);
    out.append("</svg>\n");
  }

  private void mark(
      ActorId actor, Situation s, int x, int top, Key k, Entry e, int chars, int width) {
    PracticeMode mode = ctx.mode(k.practice());
    LineOutcome outcome = e.outcome(k);
    int cy = top + LINE / 2;
    out.append("<g class=\"")
        .append(outcome.css)
        .append("\"><title>")
        .append(Escaping.html(tooltip(actor, s, k, e, mode)))
        .append("</title>\n");
    ground(outcome, x + 3, top, width - 6);
    if (e.predicted()) {
      shape(mode, x + 14, cy, true);
    }
    if (e.observed || e.observedNot) {
      shape(mode, x + 32, cy, false);
    }
    if (e.observedNot) {
      strike(mode, x + 32, cy);
    }
    text(x + 46, cy + 4, "start", null, MONO, Escaping.truncate(k.text(), chars));
    out.append("</g>\n");
  }

  private String tooltip(ActorId actor, Situation s, Key k, Entry e, PracticeMode mode) {
    StringBuilder t = new StringBuilder();
    t.append(actor)
        .append(' ')
        .append(k.practice())
        .append(ctx.practiceLabel(k.practice()).map(l -> " (" + l + ")").orElse(""))
        .append(k.target().map(x -> " \u2192 " + x).orElse(""))
        .append(" in ")
        .append(s.id())
        .append(", ")
        .append(mode.token())
        .append(": ");
    if (k.change().isPresent()) {
      String change = k.change().get().token();
      t.append(e.predicted() ? "predicted to have " + change : "not predicted to have " + change)
          .append("; observed to have ")
          .append(change);
      sources(t, e.sources);
    } else {
      t.append(
          e.prediction
              .map(
                  p ->
                      "predicted (support "
                          + ReportContext.number(p.support())
                          + ", opposition "
                          + ReportContext.number(p.opposition())
                          + ")")
              .orElse("not predicted"));
      if (e.observed) {
        t.append("; observed");
        sources(t, e.sources);
      }
      if (e.observedNot) {
        t.append(e.observed ? "; but " : "; ").append("the sources say it did not happen");
        sources(t, e.negativeSources);
      }
      if (!e.observed && !e.observedNot) {
        t.append("; not observed");
      }
      t.append(e.outcome(k).words);
    }
    return t.toString();
  }

  private static void sources(StringBuilder t, TreeSet<String> sources) {
    if (!sources.isEmpty()) {
      t.append(" (").append(String.join("; ", sources)).append(')');
    }
  }

  private void legend(int y) {
    PracticeMode m = PracticeMode.COOPERATION;
    int x = PAD;
    shape(m, x + 6, y, true);
    text(x + 18, y + 4, "start", null, SANS, "predicted (filled, left)");
    x += 190;
    shape(m, x + 6, y, false);
    text(x + 18, y + 4, "start", null, SANS, "observed (outlined, right)");
    x += 200;
    shape(m, x + 6, y, true);
    shape(m, x + 22, y, false);
    text(x + 34, y + 4, "start", null, SANS, "both");
    y += LEGEND_ROW;
    x = PAD;
    PracticeMode[] modes = {PracticeMode.COOPERATION, PracticeMode.COERCION, PracticeMode.NEUTRAL};
    String[] words = {"circle: cooperation", "triangle: coercion", "square: neutral"};
    for (int i = 0; i < modes.length; i++) {
      shape(modes[i], x + 6, y, true);
      text(x + 18, y + 4, "start", null, SANS, words[i]);
      x += 190;
    }
    y += LEGEND_ROW;
    shape(m, PAD + 6, y, false);
    strike(m, PAD + 6, y);
    text(
        PAD + 18,
        y + 4,
        "start",
        null,
        SANS,
        "struck out: the sources say it did not happen (alone, a true negative)");
    y += LEGEND_ROW;
    ground(LineOutcome.FALSE_POSITIVE, PAD, y - LINE / 2, 44);
    shape(m, PAD + 11, y, true);
    shape(m, PAD + 29, y, false);
    strike(m, PAD + 29, y);
    text(
        PAD + 52,
        y + 4,
        "start",
        null,
        SANS,
        "false positive: predicted, but the sources say it did not happen");
    y += LEGEND_ROW;
    ground(LineOutcome.FALSE_NEGATIVE, PAD, y - LINE / 2, 44);
    shape(m, PAD + 29, y, false);
    text(PAD + 52, y + 4, "start", null, SANS, "false negative: observed, not predicted");
  }

  /**
   * The ground of a line, {@code width} wide from {@code x}: orange with a dashed border for a
   * false positive, purple with a solid border for a false negative, nothing otherwise.
   */
  private void ground(LineOutcome outcome, int x, int top, int width) {
    String fill;
    String stroke;
    String dashes;
    switch (outcome) {
      case FALSE_POSITIVE:
        fill = FP_FILL;
        stroke = FP_STROKE;
        dashes = " stroke-dasharray=\"4 2\"";
        break;
      case FALSE_NEGATIVE:
        fill = FN_FILL;
        stroke = FN_STROKE;
        dashes = "";
        break;
      default:
        return;
    }
    out.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(top + 1)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(LINE - 2)
        .append("\" rx=\"3\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"1.5\"")
        .append(dashes)
        .append("/>\n");
  }

  /** A cross over the mark centred on (cx, cy): the sources say the practice did not happen. */
  private void strike(PracticeMode mode, int cx, int cy) {
    String colour = ReportContext.colour(mode);
    out.append("<path d=\"M")
        .append(cx - 8)
        .append(',')
        .append(cy - 8)
        .append('L')
        .append(cx + 8)
        .append(',')
        .append(cy + 8)
        .append('M')
        .append(cx - 8)
        .append(',')
        .append(cy + 8)
        .append('L')
        .append(cx + 8)
        .append(',')
        .append(cy - 8)
        .append("\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"2\" fill=\"none\"/>\n");
  }

  /** A mark centred on (cx, cy): filled for a prediction, outlined for an observation. */
  private void shape(PracticeMode mode, int cx, int cy, boolean filled) {
    String colour = ReportContext.colour(mode);
    String paint =
        filled
            ? " fill=\"" + colour + "\" stroke=\"" + colour + "\" stroke-width=\"1\""
            : " fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"2\"";
    switch (mode) {
      case COOPERATION:
        out.append("<circle cx=\"")
            .append(cx)
            .append("\" cy=\"")
            .append(cy)
            .append("\" r=\"6\"")
            .append(paint)
            .append("/>\n");
        break;
      case COERCION:
        out.append("<polygon points=\"")
            .append(cx)
            .append(',')
            .append(cy - 7)
            .append(' ')
            .append(cx + 7)
            .append(',')
            .append(cy + 6)
            .append(' ')
            .append(cx - 7)
            .append(',')
            .append(cy + 6)
            .append('"')
            .append(paint)
            .append("/>\n");
        break;
      default:
        out.append("<rect x=\"")
            .append(cx - 6)
            .append("\" y=\"")
            .append(cy - 6)
            .append("\" width=\"12\" height=\"12\"")
            .append(paint)
            .append("/>\n");
    }
  }

  private void text(
      int x, int y, String anchor, @Nullable String weight, String family, String content) {
    out.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"');
    if (weight != null) {
      out.append(" font-weight=\"").append(weight).append('"');
    }
    if (!family.equals(SANS)) {
      out.append(" font-family=\"").append(family).append("\" font-size=\"11\"");
    }
    out.append('>').append(Escaping.html(content)).append("</text>\n");
  }

  private void rect(int x, int y, int w, int h, String fill, @Nullable String stroke) {
    out.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append('"');
    }
    out.append("/>\n");
  }

  private void line(int x1, int y1, int x2, int y2) {
    out.append("<line x1=\"")
        .append(x1)
        .append("\" y1=\"")
        .append(y1)
        .append("\" x2=\"")
        .append(x2)
        .append("\" y2=\"")
        .append(y2)
        .append("\" stroke=\"#cccccc\"/>\n");
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
