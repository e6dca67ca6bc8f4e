package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.analysis.Counterfactuals;
import io.github.narrativeir.analysis.Dependence;
import io.github.narrativeir.analysis.Discovery;
import io.github.narrativeir.analysis.PracticeCycles;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.Variation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.report.DiscoveryReports;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.Reports;
import io.github.narrativeir.io.report.SensitivityReports;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.Model;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer's forms give the same bytes: the string, a {@code Writer}, an {@code OutputStream}
 * (UTF-8) and, where there is one, a file. And the stream and writer forms flush but do not close
 * what they are given.
 */
class WriterFormsTest {
  @TempDir Path temp;

  private final Model model = DiscoveryFixtures.conformance("negatives");
  private final Inference result = NarrativeEngine.create().infer(model);

  @FunctionalInterface
  interface ToStream {
    void write(OutputStream out) throws IOException;
  }

  @FunctionalInterface
  interface ToWriter {
    void write(Writer out) throws IOException;
  }

  @FunctionalInterface
  interface ToFile {
    void write(Path file) throws IOException;
  }

  private static void assertSameText(String text, ToWriter writer, ToStream stream)
      throws IOException {
    TrackingWriter w = new TrackingWriter();
    writer.write(w);
    TrackingStream s = new TrackingStream();
    stream.write(s);

    assertThat(w.text.toString()).isEqualTo(text);
    assertThat(s.bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(w.flushed).as("the writer is flushed").isTrue();
    assertThat(s.flushed).as("the stream is flushed").isTrue();
    assertThat(w.closed || s.closed).as("neither is closed").isFalse();
  }

  private void assertSameFile(String text, String name, ToFile file) throws IOException {
    Path path = temp.resolve(name);
    file.write(path);
    assertThat(Files.readAllBytes(path)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void model_inJsonAndYaml() throws IOException {
    for (Format format : Format.values()) {
      String text = ModelWriter.toText(model, format);
      assertSameText(
          text, w -> ModelWriter.write(model, format, w), s -> ModelWriter.write(model, format, s));
      assertSameFile(
          text,
          "model." + format.name().toLowerCase(Locale.ROOT),
          f -> ModelWriter.write(model, f));
    }
  }

  @Test
  void conceptSet_inJsonAndYaml() throws IOException {
    ConceptSet set =
        ConceptSet.builder().name("the negatives' concepts").concepts(model.concepts()).build();
    for (Format format : Format.values()) {
      String text = ModelWriter.toText(set, format);
      assertSameText(
          text, w -> ModelWriter.write(set, format, w), s -> ModelWriter.write(set, format, s));
      assertSameFile(
          text, "set." + format.name().toLowerCase(Locale.ROOT), f -> ModelWriter.write(set, f));
    }
  }

  @Test
  void result() throws IOException {
    String text = ResultWriter.toJson(result);
    assertSameText(text, w -> ResultWriter.write(result, w), s -> ResultWriter.write(result, s));
    assertSameFile(text, "result.json", f -> ResultWriter.write(result, f));
  }

  @Test
  void sensitivity() throws IOException {
    var sensitivity = Sensitivity.create().run(result);
    String text = SensitivityWriter.toJson(sensitivity);
    assertSameText(
        text,
        w -> SensitivityWriter.write(sensitivity, w),
        s -> SensitivityWriter.write(sensitivity, s));
    assertSameFile(text, "sensitivity.json", f -> SensitivityWriter.write(sensitivity, f));
  }

  @Test
  void discovery() throws IOException {
    var discovery = DiscoveryFixtures.discover(model, "PK", Discovery.Mode.ADD, 2);
    String text = DiscoveryWriter.toJson(discovery);
    assertSameText(
        text, w -> DiscoveryWriter.write(discovery, w), s -> DiscoveryWriter.write(discovery, s));
    assertSameFile(text, "discovery.json", f -> DiscoveryWriter.write(discovery, f));
  }

  @Test
  void analyses() throws Exception {
    var counterfactual =
        Counterfactuals.run(model, Variation.builder().withoutConcepts(firstConcept()).build());
    assertSameText(
        AnalysisWriter.toJson(counterfactual),
        w -> AnalysisWriter.writeJson(counterfactual, w),
        s -> AnalysisWriter.writeJson(counterfactual, s));

    var dependence = Dependence.analyze(result, 2);
    assertSameText(
        AnalysisWriter.toJson(dependence),
        w -> AnalysisWriter.writeJson(dependence, w),
        s -> AnalysisWriter.writeJson(dependence, s));

    var comparison = AnalysisWriterComparisonTest.readings();
    assertSameText(
        AnalysisWriter.toJson(comparison),
        w -> AnalysisWriter.writeJson(comparison, w),
        s -> AnalysisWriter.writeJson(comparison, s));

    var cycles = PracticeCycles.find(result);
    assertSameText(
        AnalysisWriter.cyclesToJson(cycles),
        w -> AnalysisWriter.writeCyclesJson(cycles, w),
        s -> AnalysisWriter.writeCyclesJson(cycles, s));
  }

  @Test
  void reports() throws IOException {
    for (ReportFormat format : ReportFormat.values()) {
      assertSameText(
          Reports.render(result, format),
          w -> {
            Reports.write(result, format, w);
            w.flush(); // the writer form leaves flushing to the caller
          },
          s -> Reports.write(result, format, s));
    }
    var sensitivity = Sensitivity.create().run(result);
    assertSameText(
        SensitivityReports.render(sensitivity, result, ReportFormat.MARKDOWN),
        w -> {
          SensitivityReports.write(sensitivity, result, ReportFormat.MARKDOWN, w);
          w.flush();
        },
        s -> SensitivityReports.write(sensitivity, result, ReportFormat.MARKDOWN, s));
    var discovery = DiscoveryFixtures.discover(model, "PK", Discovery.Mode.ADD, 2);
    assertSameText(
        DiscoveryReports.render(discovery, model, ReportFormat.TEXT),
        w -> {
          DiscoveryReports.write(discovery, model, ReportFormat.TEXT, w);
          w.flush();
        },
        s -> DiscoveryReports.write(discovery, model, ReportFormat.TEXT, s));
  }

  private String firstConcept() {
    return model.concepts().get(0).id().value();
  }

  /** Remembers what it was given and whether it was flushed or closed. */
  private static final class TrackingWriter extends Writer {
    final StringWriter text = new StringWriter();
    boolean flushed;
    boolean closed;

    @Override
    public void write(char[] buf, int off, int len) {
      text.write(buf, off, len);
    }

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Remembers what it was given and whether it was flushed or closed. */
  private static final class TrackingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean flushed;
    boolean closed;

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
