package io.github.narrativeir.io.dna;

import java.util.Optional;

/**
 * The quote of a statement: its coded text, verbatim but for surrounding white space and control
 * characters, with {@code …} where it was cut from its sentence. A statement coded from the middle
 * of a sentence begins with {@code "… "}; one that stops before its sentence ends ends with {@code
 * " …"}. A text longer than {@link DnaImport#MAX_QUOTE_CHARS} is shortened at its last sentence end
 * within the bound (else at a word break, else at the bound) and ends with {@code " …"}.
 *
 * <p>In a database the document's text tells where sentences end: a span begins mid-sentence when
 * the text before it (past an opening quote or bracket, and white space) does not end a sentence
 * ({@code . ! ? …}, then perhaps a closing quote or bracket) nor a line, and ends mid-sentence when
 * its own last character does not end a sentence and the text goes on, on the same line. DNA's
 * export holds the coded text alone: there a quote begins mid-sentence when its first letter is
 * lower case, and ends mid-sentence when it does not end with a sentence end.
 */
final class Quotes {
  static final String ELLIPSIS = "\u2026";
  private static final String TERMINATORS = ".!?\u2026\u203c\u2047\u2048\u2049\u3002\uff01\uff1f";
  private static final String CLOSERS = "\"')]}\u00bb\u2019\u201d\u203a";
  private static final String OPENERS = "\"'([{\u00ab\u2018\u201c\u2039\u00bf\u00a1";

  private Quotes() {}

  /**
   * The quote of the span from {@code start} to {@code stop} of {@code text}, offsets counted in
   * characters (code points) as DNA counts them; offsets past the text are clamped to it. Empty
   * when the span holds only white space.
   */
  static Optional<String> ofSpan(String text, long start, long stop) {
    return ofSpan(text, start, stop, !hasSurrogates(text));
  }

  /**
   * As {@link #ofSpan(String, long, long)}, told whether {@code text} holds only characters of the
   * basic plane (no surrogates), whose offsets in code points are its indexes: then a span is found
   * in constant time, not by counting from the start of a long document.
   */
  static Optional<String> ofSpan(String text, long start, long stop, boolean basicPlane) {
    int length = basicPlane ? text.length() : text.codePointCount(0, text.length());
    int s = (int) Math.max(0, Math.min(start, length));
    int e = (int) Math.max(s, Math.min(stop, length));
    int from = basicPlane ? s : text.offsetByCodePoints(0, s);
    int to = basicPlane ? e : text.offsetByCodePoints(from, e - s);
    while (from < to && space(text.charAt(from))) {
      from++;
    }
    while (to > from && space(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return Optional.empty();
    }
    return Optional.of(
        quote(
            text.substring(from, to),
            startsMidSentence(text, from),
            endsMidSentence(text, from, to)));
  }

  /**
   * The quote of a coded text without its document (DNA's export): cut marks judged from the text
   * alone. Empty when it holds only white space.
   */
  static Optional<String> ofExcerpt(String coded) {
    String t = coded.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    int i = 0;
    while (i < t.length() && OPENERS.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    boolean before = i < t.length() && Character.isLowerCase(t.codePointAt(i));
    return Optional.of(quote(t, before, !endsSentence(t, 0, t.length())));
  }

  /** {@code span} with its cut marks, bounded, and control characters made spaces. */
  static String quote(String span, boolean cutBefore, boolean cutAfter) {
    String body = clean(span);
    boolean shortened = false;
    int max = DnaImport.MAX_QUOTE_CHARS;
    if (body.length() > max) {
      int cut = lastSentenceEnd(body, max);
      if (cut < 0) {
        cut = lastSpace(body, max);
      }
      if (cut < 0) {
        cut = Character.isHighSurrogate(body.charAt(max - 1)) ? max - 1 : max;
      }
      body = body.substring(0, cut).stripTrailing();
      shortened = true;
    }
    return (cutBefore ? ELLIPSIS + " " : "") + body + (cutAfter || shortened ? " " + ELLIPSIS : "");
  }

  /** Whether {@code text} holds a surrogate (a character beyond the basic plane). */
  static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Line ends as {@code \n}, other control characters (but tabs) as spaces. */
  static String clean(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        if (sb == null) {
          sb = new StringBuilder(t);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return sb == null ? t : sb.toString();
  }

  private static boolean startsMidSentence(String text, int from) {
    int j = from - 1;
    while (j >= 0 && OPENERS.indexOf(text.charAt(j)) >= 0) {
      j--; // a span that leaves out the quote or bracket its sentence opens with
    }
    while (j >= 0 && space(text.charAt(j))) {
      if (lineBreak(text.charAt(j))) {
        return false;
      }
      j--;
    }
    if (j < 0) {
      return false;
    }
    return !endsSentence(text, 0, j + 1);
  }

  private static boolean endsMidSentence(String text, int from, int to) {
    if (endsSentence(text, from, to)) {
      return false;
    }
    for (int j = to; j < text.length(); j++) {
      char c = text.charAt(j);
      if (lineBreak(c)) {
        return false;
      }
      if (!space(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[from, to)} ends with a sentence end, perhaps followed by closers. */
  private static boolean endsSentence(String text, int from, int to) {
    int k = to - 1;
    while (k >= from && CLOSERS.indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return k >= from && TERMINATORS.indexOf(text.charAt(k)) >= 0;
  }

  /** The end of the last sentence within the first {@code max} characters past half, or -1. */
  private static int lastSentenceEnd(String body, int max) {
    for (int i = max; i > max / 2; i--) {
      if (i < body.length() && space(body.charAt(i)) && endsSentence(body, 0, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The last white space within the first {@code max} characters past half, or -1. */
  private static int lastSpace(String body, int max) {
    for (int i = max; i > max / 2; i--) {
      if (space(body.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean lineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }
}
