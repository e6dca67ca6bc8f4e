package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.model.Model;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextReportTest {
  @Test
  void text_hostileText_staysOnItsLineWithoutControlCharacters() {
    String text = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.TEXT);

    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7f)).isEmpty();
    assertThat(text.lines().filter(l -> l.contains("new line")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("<script>alert('x')</script>"));
    // The title is underlined to its width.
    String[] lines = text.split("\n");
    assertThat(lines[1]).matches("=+").hasSize(lines[0].codePointCount(0, lines[0].length()));
  }

  @Test
  void text_unexplainedSource_isOneAlignedRow() {
    String text = Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.TEXT);

    String table = text.substring(text.indexOf("Unexplained observations\n"));
    String[] lines = table.split("\n");
    assertThat(lines[1]).isEqualTo("  actor  practice  target  situation  change  source");
    assertThat(lines[3]).startsWith("  B      q         -       s1         -       <script>");
    assertThat(lines[4]).isEmpty();
  }

  @Test
  void textTable_padsColumnsByCodePoints_withoutTrailingSpaces() {
    StringBuilder out = new StringBuilder();
    new TextTable("a", "b", "c")
        .row("\uD83D\uDE00x", "", "z")
        .row("long", "mid", "")
        .appendTo(out, "> ");

    assertThat(out.toString())
        .isEqualTo(
            "> a     b    c\n"
                + "> ----  ---  -\n"
                + "> \uD83D\uDE00x         z\n"
                + "> long  mid\n");
  }

  @Test
  void number_likeTheResultFormat() {
    assertThat(ReportContext.number(new BigDecimal("1"))).isEqualTo("1.0");
    assertThat(ReportContext.number(new BigDecimal("0.50"))).isEqualTo("0.5");
    assertThat(ReportContext.number(new BigDecimal("2E+1"))).isEqualTo("20.0");
    assertThat(ReportContext.number(new BigDecimal("0.000"))).isEqualTo("0.0");
    assertThat(ReportContext.number(new BigDecimal("0.1").add(new BigDecimal("0.2"))))
        .isEqualTo("0.3");
  }

  @Test
  void text_withoutObservations_saysSoInsteadOfAnEvaluation() {
    Model model =
        Model.builder().from(ReportFixtures.hostile()).observations(java.util.List.of()).build();

    String text = Reports.render(ReportFixtures.infer(model), ReportFormat.TEXT);

    assertThat(text)
        .endsWith("\nEvaluation\n  the model has no observations\n")
        .doesNotContain("Unexplained");
  }
}
