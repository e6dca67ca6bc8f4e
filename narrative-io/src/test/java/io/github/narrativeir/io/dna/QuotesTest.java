package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement's quote is its coded text, with an ellipsis exactly where the span cuts a sentence,
 * and never longer than the bound but for its marks.
 */
class QuotesTest {
  private static final String TEXT =
      "Pakistan stands with the world. We are a frontline state in this war, and we will not be"
          + " found wanting! \"Our interests come first.\" (He paused.) Then:\nHeading\nA new line"
          + " begins here.";

  private static Optional<String> span(String coded) {
    int start = TEXT.indexOf(coded);
    return Quotes.ofSpan(TEXT, start, start + coded.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Pakistan stands with the world.            | Pakistan stands with the world.
      We are a frontline state in this war       | We are a frontline state in this war \u2026
      a frontline state in this war, and we will not be found wanting! | \u2026 a frontline state in this war, and we will not be found wanting!
      frontline                                  | \u2026 frontline \u2026
      "Our interests come first."                | "Our interests come first."
      He paused.                                 | He paused.
      Heading                                    | Heading
      A new line begins                          | A new line begins \u2026
      """)
  void quote_marksEachCutFromItsSentence_andOnlyThose(String coded, String quote) {
    assertThat(span(coded)).contains(quote);
  }

  @Test
  void spanOfWhiteSpace_hasNoQuote_andSurroundingSpaceIsTrimmed() {
    assertThat(Quotes.ofSpan("a.   b.", 2, 4)).isEmpty();
    assertThat(Quotes.ofSpan("One. Two. Three.", 4, 10)).contains("Two.");
  }

  @Test
  void offsets_countCharacters_asDnaDoes_andAreClampedToTheText() {
    String text = "Hi \uD83D\uDE00. Smile. Frown.";
    // code points: the emoji is one (3), "Smile." is 6 to 12; in UTF-16 units it would be 7 to 13
    assertThat(Quotes.ofSpan(text, 6, 12)).contains("Smile.");
    assertThat(Quotes.ofSpan(text, 13, 1000)).contains("Frown.");
    assertThat(Quotes.ofSpan(text, 500, 1000)).isEmpty();
  }

  @Test
  void longText_isCutAtItsLastSentenceEndWithinTheBound_andMarked() {
    String sentence = "This is one sentence of the speech. ";
    String text = sentence.repeat(100).strip();

    String quote = Quotes.ofSpan(text, 0, text.length()).orElseThrow();

    assertThat(quote).endsWith("speech. \u2026").startsWith("This is");
    assertThat(quote.length() - 2).isLessThanOrEqualTo(DnaImport.MAX_QUOTE_CHARS);
    assertThat(quote.length()).isGreaterThan(DnaImport.MAX_QUOTE_CHARS - sentence.length());
  }

  @Test
  void longTextWithoutSentenceEnd_isCutAtAWordBreak_andMarked() {
    String text = "word ".repeat(400).strip() + ".";

    String quote = Quotes.ofSpan(text, 0, text.length()).orElseThrow();

    assertThat(quote).endsWith("word \u2026");
    assertThat(quote.length() - 2).isLessThanOrEqualTo(DnaImport.MAX_QUOTE_CHARS);
  }

  @Test
  void excerpt_withoutItsDocument_isJudgedFromItsOwnText() {
    assertThat(Quotes.ofExcerpt("We are a frontline state"))
        .contains("We are a frontline state \u2026");
    assertThat(Quotes.ofExcerpt("  and we will not be found wanting.  "))
        .contains("\u2026 and we will not be found wanting.");
    assertThat(Quotes.ofExcerpt("\"Our interests come first.\""))
        .contains("\"Our interests come first.\"");
    assertThat(Quotes.ofExcerpt(" \n ")).isEmpty();
  }

  @Test
  void controlCharacters_becomeSpaces_lineEndsStay() {
    assertThat(Quotes.ofExcerpt("One\u0007two.\r\nThree.")).contains("One two.\nThree.");
  }

  @Test
  void quoteWithoutItsMarks_isTheSpanVerbatim_forEverySpan() {
    qt().withExamples(2000)
        .forAll(integers().between(0, TEXT.length()), integers().between(0, TEXT.length()))
        .checkAssert(
            (a, b) -> {
              int start = Math.min(a, b);
              int stop = Math.max(a, b);
              Optional<String> quote = Quotes.ofSpan(TEXT, start, stop);
              String span = TEXT.substring(start, stop).strip();
              if (span.isEmpty()) {
                assertThat(quote).isEmpty();
                return;
              }
              String q = quote.orElseThrow();
              String body = q;
              if (body.startsWith("\u2026 ")) {
                body = body.substring(2);
              }
              if (body.endsWith(" \u2026")) {
                body = body.substring(0, body.length() - 2);
              }
              assertThat(body).isEqualTo(span);
              boolean startsMidWord =
                  start > 0
                      && Character.isLetter(TEXT.charAt(start - 1))
                      && Character.isLetter(TEXT.charAt(start));
              if (startsMidWord) {
                assertThat(q).startsWith("\u2026 ");
              }
            });
  }
}
