package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final Pattern FENCE_OPEN = Pattern.compile("^(`{3,})(.*)$");

  private final String markdown =
      Reports.render(ReportFixtures.infer(ReportFixtures.hostile()), ReportFormat.MARKDOWN);

  @Test
  void markdown_hostileText_cannotBreakTables() {
    List<String> table = new ArrayList<>();
    int tables = 0;
    for (String line : outsideFences(markdown)) {
      if (line.startsWith("|")) {
        table.add(line);
        continue;
      }
      if (!table.isEmpty()) {
        tables++;
        int cells = unescapedPipes(table.get(0));
        assertThat(table)
            .as("table %s", table.get(0))
            .allSatisfy(row -> assertThat(unescapedPipes(row)).as(row).isEqualTo(cells));
        table.clear();
      }
    }
    assertThat(tables)
        .as("tables, among them those with hostile labels and sources")
        .isGreaterThanOrEqualTo(5);
    assertThat(markdown).contains("\\| \\`tick\\` \\`\\`\\`");
  }

  @Test
  void markdown_hostileText_isEscapedOutsideCode() {
    for (String line : outsideFences(markdown)) {
      String text =
          line.replaceAll("`[A-Za-z0-9._:\\-]+`", "") // ids in code spans
              .replaceAll("<https?://[^\\s<>`]*>", ""); // autolinks of evidence urls
      assertThat(unescaped(text, "<>`[]_&")).as(line).isEmpty();
      assertThat(line).doesNotStartWith("new line").doesNotStartWith("\ttab");
    }
    assertThat(markdown).doesNotContain("\u001b").doesNotContain("\r");
    assertThat(markdown).contains("\\<script\\>alert('x')\\</script\\>");
  }

  @Test
  void markdown_explanationWithBackticks_getsALongerFence() {
    List<String> lines = markdown.lines().toList();
    int heading = lines.indexOf("### `A` `p` \u2192 `B` in `s1`");
    assertThat(heading).isNotNegative();
    assertThat(lines.get(heading + 2)).isEqualTo("````text");
    int close = lines.subList(heading + 3, lines.size()).indexOf("````") + heading + 3;
    List<String> block = lines.subList(heading + 3, close);
    assertThat(block.get(0)).startsWith("A p -> B in situation 's1': predicted");
    assertThat(String.join("\n", block)).contains("```").contains("<script>");
  }

  @Test
  void markdown_evidenceUrls_linkOnlyHttp() {
    String text = String.join("\n", outsideFences(markdown));
    assertThat(text)
        .contains(" <" + ReportFixtures.LINK + ">")
        .contains(" javascript:alert(1)")
        .doesNotContain("<javascript:");
  }

  @Test
  void markdown_negatives_scoresTableAndVerdict() throws Exception {
    List<String> lines =
        Reports.render(ReportGoldenTest.negatives(), ReportFormat.MARKDOWN).lines().toList();

    int header = lines.indexOf("| measure | model | `all` | `none` | `persistence` | meaning |");
    assertThat(header).isNotNegative();
    assertThat(lines.get(header + 1)).isEqualTo("|---|---:|---:|---:|---:|---|");
    assertThat(lines.subList(header + 2, header + 12))
        .contains(
            "| balanced accuracy | 0.55 | 0.5 | 0.5 | 0.7 | (recall + specificity) / 2 |",
            "| precision | 0.6 | 0.5556 | \u2014 | 1.0 | TP / (TP + FP) |",
            "| unassessed predictions | 2 | \u2014 | \u2014 | \u2014 | predictions that no"
                + " observation speaks to |");
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "**Verdict:** The model does not beat every baseline on balanced accuracy"
                        + " (0.55, against persistence 0.7)"))
        .contains("- `persistence`: predicts what was observed in the situation before");
    int fp =
        lines.indexOf("#### False positives: predicted, but the sources say it did not happen");
    assertThat(lines.get(fp + 2)).endsWith("| source | predicted by |");
    assertThat(lines.get(fp + 4))
        .isEqualTo(
            "| `PK` | `transit` Permit transit | `US` | `s1` | no transit before the attack"
                + " | `pk.bargain` |");
  }

  @Test
  void fence_isLongerThanEveryBacktickRun() {
    assertThat(Escaping.fence("no ticks")).isEqualTo("```");
    assertThat(Escaping.fence("a ``` b")).isEqualTo("````");
    assertThat(Escaping.fence("`````")).isEqualTo("``````");
  }

  /** The lines of {@code markdown} that are not inside fenced code blocks, fences excluded. */
  static List<String> outsideFences(String markdown) {
    List<String> outside = new ArrayList<>();
    String fence = null;
    for (String line : markdown.split("\n", -1)) {
      if (fence == null) {
        Matcher m = FENCE_OPEN.matcher(line);
        if (m.matches()) {
          fence = m.group(1);
        } else {
          outside.add(line);
        }
      } else if (line.strip().matches("`{" + fence.length() + ",}")) {
        fence = null;
      }
    }
    assertThat(fence).as("unclosed fence").isNull();
    return outside;
  }

  private static int unescapedPipes(String line) {
    return unescaped(line, "|").length();
  }

  /** The characters of {@code specials} that occur in {@code text} without a backslash before. */
  private static String unescaped(String text, String specials) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (specials.indexOf(c) >= 0) {
        found.append(c);
      }
    }
    return found.toString();
  }
}
