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

/**
 * The SVG timeline of the HTML report: one row per actor (by id), one column per situation (in time
 * order), and in each cell one line per practice the actor was predicted or observed to carry out
 * there. Each line has two mark slots: a filled mark when the practice is predicted, an outlined
 * mark when it is observed, so that a practice both predicted and observed shows both. The shape of
 * a mark, as well as its colour, gives the practice's mode: a circle for cooperation, a triangle
 * for coercion, a square for neither. An observed start or stop of a practice is its own line,
 * marked as predicted when the narrative has the same change. Every mark has a tooltip (an SVG
 * {@code title}) that says all of this in words.
 *
 * <p>Coordinates are integers computed from the content alone, so the drawing is deterministic.
 */
final class TimelineSvg {
  private static final int PAD = 8;
  private static final int HEADER = 62;
  private static final int LINE = 18;
  private static final int ROW = 44;
  private static final int LEGEND = 56;
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

  /** What is known of one line: the prediction (or predicted change) and the observations. */
  private static final class Entry {
    Optional<Prediction> prediction = Optional.empty();
    boolean predictedChange;
    final TreeSet<String> sources = new TreeSet<>();
    boolean observed;

    boolean predicted() {
      return prediction.isPresent() || predictedChange;
    }
  }

  private final ReportContext ctx;
  private final StringBuilder out;
  private final List<Actor> actors;
  private final List<Situation> situations;
  private final Map<ActorId, Map<SituationId, TreeMap<Key, Entry>>> cells = new TreeMap<>();

  private TimelineSvg(ReportContext ctx, StringBuilder out) {
    this.ctx = ctx;
    this.out = out;
    this.actors = ctx.actors();
    this.situations = ctx.inference.situations();
  }

  /** Appends the timeline of {@code ctx} to {@code out}. */
  static void appendTo(ReportContext ctx, StringBuilder out) {
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
        e.observed = true;
        o.source().ifPresent(e.sources::add);
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
            + " actor in each situation</title>\n");
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
              entryChars);
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

  private void mark(ActorId actor, Situation s, int x, int top, Key k, Entry e, int chars) {
    PracticeMode mode = ctx.mode(k.practice());
    int cy = top + LINE / 2;
    out.append("<g><title>")
        .append(Escaping.html(tooltip(actor, s, k, e, mode)))
        .append("</title>\n");
    if (e.predicted()) {
      shape(mode, x + 14, cy, true);
    }
    if (e.observed) {
      shape(mode, x + 32, cy, false);
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
      t.append(e.observed ? "; observed" : "; not observed");
    }
    if (!e.sources.isEmpty()) {
      t.append(" (").append(String.join("; ", e.sources)).append(')');
    }
    return t.toString();
  }

  private void legend(int y) {
    int x = PAD;
    shape(PracticeMode.COOPERATION, x + 6, y, true);
    text(x + 18, y + 4, "start", null, SANS, "predicted (filled, left)");
    x += 190;
    shape(PracticeMode.COOPERATION, x + 6, y, false);
    text(x + 18, y + 4, "start", null, SANS, "observed (outlined, right)");
    x += 200;
    shape(PracticeMode.COOPERATION, x + 6, y, true);
    shape(PracticeMode.COOPERATION, x + 22, y, false);
    text(x + 34, y + 4, "start", null, SANS, "both");
    y += 22;
    x = PAD;
    PracticeMode[] modes = {PracticeMode.COOPERATION, PracticeMode.COERCION, PracticeMode.NEUTRAL};
    String[] words = {"circle: cooperation", "triangle: coercion", "square: neutral"};
    for (int i = 0; i < modes.length; i++) {
      shape(modes[i], x + 6, y, true);
      text(x + 18, y + 4, "start", null, SANS, words[i]);
      x += 190;
    }
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

  private void text(int x, int y, String anchor, String weight, String family, String content) {
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

  private void rect(int x, int y, int w, int h, String fill, String stroke) {
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
