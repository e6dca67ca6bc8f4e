package io.github.narrativeir.examples;

import java.util.List;

/**
 * A numbered section of the printed report: its title, without the number, and the text under its
 * heading, each line ending in a newline.
 */
record Section(String title, String body) {
  /**
   * The printed report: the title, underlined, and the introduction, then each section after a
   * blank line, numbered from 1 and underlined.
   */
  static String print(String title, String introduction, List<Section> sections) {
    StringBuilder out = new StringBuilder();
    out.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    out.append(introduction);
    int number = 0;
    for (Section s : sections) {
      String heading = ++number + ". " + s.title();
      out.append('\n')
          .append(heading)
          .append('\n')
          .append("-".repeat(heading.length()))
          .append('\n');
      out.append(s.body());
    }
    return out.toString();
  }

  /** A section whose body is {@code lines}, each indented by two spaces. */
  static Section ofLines(String title, List<String> lines) {
    StringBuilder body = new StringBuilder();
    lines.forEach(l -> body.append("  ").append(l).append('\n'));
    return new Section(title, body.toString());
  }
}
