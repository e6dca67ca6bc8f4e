package io.github.narrativeir.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.model.Actor;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Situation;
import io.github.narrativeir.testing.WorkloadGenerator;
import io.github.narrativeir.testing.WorkloadSpec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportsTest {
  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void render_anyModel_endsWithOneNewlineAndUsesNoCarriageReturn(ReportFormat format)
      throws Exception {
    for (Inference inference :
        List.of(ReportGoldenTest.frontline(), ReportFixtures.infer(ReportFixtures.hostile()))) {
      String report = Reports.render(inference, format);

      assertThat(report).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void render_modelWithoutConceptsOrObservations_isStillWellFormed(ReportFormat format)
      throws Exception {
    Model empty =
        Model.builder()
            .addActors(Actor.of("A"))
            .addSituations(Situation.builder().id("s").from("2001").build())
            .build();

    String report = Reports.render(ReportFixtures.infer(empty), format);

    switch (format) {
      case HTML:
        ReportFixtures.parseXml(report);
        assertThat(report)
            .contains("<p>No actor holds concepts.</p>")
            .contains("<p>The model has no observations.</p>");
        break;
      case DOT:
        assertThat(DotReportTest.tokens(report)).contains("\"cluster/s\"");
        break;
      case MARKDOWN:
        assertThat(report).contains("No actor holds concepts.").contains("## Predictions\n\nNone.");
        break;
      default:
        assertThat(report).contains("  no actor holds concepts\n");
    }
  }

  @Test
  void render_null_isRejected() throws Exception {
    Inference inference = ReportGoldenTest.frontline();

    assertThatThrownBy(() -> Reports.render(inference, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("format");
    assertThatThrownBy(() -> Reports.render(null, ReportFormat.TEXT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inference");
  }

  @Test
  void write_writesTheRenderedReportInUtf8(@TempDir Path dir) throws Exception {
    Inference inference = ReportFixtures.infer(ReportFixtures.hostile());
    Path file = dir.resolve("out/report.html");

    Reports.write(inference, ReportFormat.HTML, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(Reports.render(inference, ReportFormat.HTML));
  }

  @Test
  void fromToken_namesEachFormat_andNotJson() {
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(ReportFormat.fromToken(f.token())).contains(f);
      assertThat(f).hasToString(f.token());
    }
    assertThat(ReportFormat.fromToken("json")).isEmpty();
    assertThat(ReportFormat.fromToken("HTML")).isEmpty();
    assertThat(ReportFormat.MARKDOWN.extension()).isEqualTo("md");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writeToWriter_deliversTheReportInPieces_neverWhole(ReportFormat format) throws Exception {
    Inference inference =
        ReportFixtures.infer(
            WorkloadGenerator.generate(
                WorkloadSpec.builder().actors(3).conceptsPerActor(12).situations(12).build()));
    PieceCountingWriter out = new PieceCountingWriter();

    Reports.write(inference, format, out);

    String whole = out.text.toString();
    assertThat(whole).isEqualTo(Reports.render(inference, format));
    assertThat(whole.length()).isGreaterThan(20_000);
    // streamed: many small writes, the largest a small part of the whole
    assertThat(out.pieces).isGreaterThan(100);
    assertThat(out.largest).isLessThan(whole.length() / 4);
  }

  @Test
  void writeToWriter_whenTheWriterFails_throwsItsIOException() {
    Inference inference = ReportFixtures.infer(ReportFixtures.hostile());
    IOException full = new IOException("No space left on device");
    Writer failing =
        new Writer() {
          private int calls;

          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            if (++calls > 3) {
              throw full;
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    for (ReportFormat format : ReportFormat.values()) {
      assertThatThrownBy(() -> Reports.write(inference, format, failing)).isSameAs(full);
    }
  }

  @Test
  void writeToFile_whenTheReportFails_leavesTheOldFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("report.md"), "old");
    Inference inference = ReportFixtures.infer(ReportFixtures.hostile());

    Reports.write(inference, ReportFormat.MARKDOWN, file);
    assertThat(Files.readString(file)).isEqualTo(Reports.render(inference, ReportFormat.MARKDOWN));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  /** Records what was written and in how many pieces. */
  private static final class PieceCountingWriter extends Writer {
    final StringBuilder text = new StringBuilder();
    int pieces;
    int largest;

    @Override
    public void write(char[] buf, int off, int len) {
      text.append(buf, off, len);
      pieces++;
      largest = Math.max(largest, len);
    }

    @Override
    public void write(String str, int off, int len) {
      text.append(str, off, off + len);
      pieces++;
      largest = Math.max(largest, len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
