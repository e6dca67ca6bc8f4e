package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.Reports;
import java.io.IOException;
import java.util.List;

/**
 * Extension: another case, with its concepts in a concept set of their own. {@code
 * agreed-framework.yaml} holds the situations and observations of US–North Korea relations under
 * the Agreed Framework; {@code agreed-framework.concepts.yaml} holds the concepts. The same two
 * files run from the command line:
 *
 * <pre>{@code
 * bin/narrative infer examples/models/agreed-framework.yaml \
 *     --concepts examples/models/agreed-framework.concepts.yaml
 * }</pre>
 */
public final class CustomCase {
  private CustomCase() {}

  /**
   * Reads the case with its concept set, runs it and prints the text report.
   *
   * @param args ignored
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.print(Reports.render(infer(), ReportFormat.TEXT));
  }

  static Inference infer() throws IOException {
    return NarrativeEngine.create()
        .infer(
            ModelReader.create()
                .read(
                    ExampleFiles.model("agreed-framework.yaml"),
                    List.of(ExampleFiles.model("agreed-framework.concepts.yaml")))
                .model());
  }
}
