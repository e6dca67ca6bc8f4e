package io.github.narrativeir.io.report;

/**
 * How user text (names, labels, quotes, sources) is made safe in each report format. Ids need none
 * of this (they are ASCII letters, digits, {@code . - _ :}), but are passed through it anyway
 * wherever they stand in a quoted or escaped position.
 */
final class Escaping {
  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>|#~&!{}$";

  private Escaping() {}

  /**
   * Text for the terminal on one line: every control character (line breaks, tabs, escape sequences
   * that could drive the terminal) becomes a space.
   */
  static String plain(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> sb.appendCodePoint(isControl(c) ? ' ' : c));
    return sb.toString();
  }

  /**
   * Markdown inline text: on one line (a line break would end a table row or a list item), with
   * every character that Markdown or GitHub's extensions give a meaning inline escaped by a
   * backslash, so that the text reads as written and cannot open a tag, a link, code or a table
   * cell.
   */
  static String markdown(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    text.codePoints()
        .forEach(
            c -> {
              if (isControl(c)) {
                sb.append(' ');
              } else {
                if (c < 128 && MARKDOWN_SPECIAL.indexOf(c) >= 0) {
                  sb.append('\\');
                }
                sb.appendCodePoint(c);
              }
            });
    return sb.toString();
  }

  /**
   * Preformatted text, such as a rendered explanation, for a code block: line breaks and tabs kept
   * (a carriage return becomes a line break), every other control character a space.
   */
  static String block(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.replace("\r\n", "\n")
        .codePoints()
        .forEach(
            c -> {
              if (c == '\r') {
                sb.append('\n');
              } else {
                sb.appendCodePoint(c == '\n' || c == '\t' || !isControl(c) ? c : ' ');
              }
            });
    return sb.toString();
  }

  /**
   * The shortest run of backticks (at least three) that no run of backticks in {@code text}
   * matches, to fence it as a Markdown code block.
   */
  static String fence(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /**
   * HTML text or a double-quoted attribute value: {@code & < > " '} as character references, and
   * the control characters that HTML (and XML) forbid as U+FFFD.
   */
  static String html(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.replace("\r\n", "\n")
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&':
                  sb.append("&amp;");
                  break;
                case '<':
                  sb.append("&lt;");
                  break;
                case '>':
                  sb.append("&gt;");
                  break;
                case '"':
                  sb.append("&quot;");
                  break;
                case '\'':
                  sb.append("&#39;");
                  break;
                default:
                  if (isControl(c) && c != '\n' && c != '\t') {
                    sb.append(c == '\r' ? "\n" : "\uFFFD");
                  } else {
                    sb.appendCodePoint(c);
                  }
              }
            });
    return sb.toString();
  }

  /**
   * A Graphviz DOT quoted string, quotes included: backslashes and quotes escaped, each line break
   * as DOT's centred line break {@code \n}, other control characters as spaces, and {@code &} as
   * {@code &amp;}, because Graphviz decodes character entities in every label, so that a label
   * {@code &lt;} would otherwise show as {@code <}.
   */
  static String dot(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8).append('"');
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    normalized
        .codePoints()
        .forEach(
            c -> {
              if (c == '\\' || c == '"') {
                sb.append('\\').appendCodePoint(c);
              } else if (c == '&') {
                sb.append("&amp;");
              } else if (c == '\n') {
                sb.append("\\n");
              } else if (isControl(c)) {
                sb.append(' ');
              } else {
                sb.appendCodePoint(c);
              }
            });
    return sb.append('"').toString();
  }

  /**
   * {@code text} cut to at most {@code max} code points, the last of them an ellipsis when it was
   * cut.
   */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, Math.max(0, max - 1))) + "\u2026";
  }

  /** The number of code points in {@code text}, the width tables pad to. */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  private static boolean isControl(int c) {
    // C0, DEL and C1 controls, and the line and paragraph separators.
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
  }
}
