package io.github.narrativeir.examples;

import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.NarrativeEngine;
import io.github.narrativeir.io.LoadedModel;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.report.ReportFormat;
import io.github.narrativeir.io.report.Reports;
import io.github.narrativeir.model.Model;
import io.github.narrativeir.model.Observation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The worked example: US–Pakistan relations in the Musharraf era, after Banerjee and Commuri
 * (2014). Prints each state's situational narrative, the predicted and observed practices side by
 * side, the explanation of every observed practice, what the bundled data say, and the evaluation;
 * writes the HTML report.
 *
 * <p>Each section of the printout is a small class of its own: {@link StateNarratives}, {@link
 * PredictedAndObserved}, {@link SeedArticle}, {@link ObservedPractices}, {@link InteractionCycles},
 * {@link BundledData}, {@link EvaluationSummary} and {@link Robustness}.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -Pmusharraf-era package      # from a fresh clone
 * }</pre>
 */
public final class MusharrafEra {
  /** The model file, in the examples module's {@code models/} directory. */
  static final String MODEL = "musharraf-era.yaml";

  /** The five practices of the seed article, and the observations that stand for each. */
  record SeedPractice(int number, String text, List<String> observations) {}

  static final List<SeedPractice> SEED =
      List.of(
          new SeedPractice(
              1,
              "The US gave payments and aid, and transferred to Pakistan weapons"
                  + " suited to counter-insurgency.",
              List.of(
                  "US aid PK post-9-11",
                  "US aid PK standoff",
                  "US aid PK dprk-exposed",
                  "US aid PK khan-exposed",
                  "US aid PK us-india-deal",
                  "US aid PK waziristan-accord",
                  "US aid PK civilian-transition",
                  "US coin-arms PK standoff",
                  "US coin-arms PK khan-exposed",
                  "US coin-arms PK us-india-deal",
                  "US coin-arms PK waziristan-accord",
                  "US coin-arms PK civilian-transition")),
          new SeedPractice(
              2,
              "Pakistan permitted the US to transport goods to Afghanistan through"
                  + " its territory, and to conduct within Pakistani territory drone strikes and other"
                  + " security operations.",
              List.of(
                  "PK permit-transit US post-9-11 started",
                  "PK permit-operations US post-9-11 started",
                  "PK permit-transit US khan-exposed",
                  "PK permit-transit US civilian-transition",
                  "PK permit-operations US khan-exposed",
                  "PK permit-operations US us-india-deal",
                  "PK permit-operations US waziristan-accord",
                  "PK permit-operations US civilian-transition",
                  "US strike-in-pakistan PK khan-exposed",
                  "US strike-in-pakistan PK us-india-deal",
                  "US strike-in-pakistan PK waziristan-accord",
                  "US strike-in-pakistan PK civilian-transition")),
          new SeedPractice(
              3,
              "Pakistani military organizations aided the Afghan Taliban as they"
                  + " fought the US forces in Afghanistan.",
              List.of(
                  "PK aid-taliban AFG-TALIBAN standoff",
                  "PK aid-taliban AFG-TALIBAN waziristan-accord",
                  "PK aid-taliban AFG-TALIBAN civilian-transition")),
          new SeedPractice(
              4,
              "Pakistan provided nuclear weapons technology to North Korea in"
                  + " exchange for missile technology.",
              List.of(
                  "PK nuclear-for-missiles DPRK post-coup",
                  "PK nuclear-for-missiles DPRK standoff",
                  "PK nuclear-for-missiles DPRK khan-exposed stopped")),
          new SeedPractice(
              5,
              "After 2003, Pakistan greatly reduced its Kashmir-oriented diplomatic"
                  + " efforts towards the US.",
              List.of(
                  "PK press-kashmir-with-us US standoff",
                  "PK press-kashmir-with-us US khan-exposed stopped",
                  "PK press-kashmir-with-us US khan-exposed",
                  "PK press-kashmir-with-us US us-india-deal")));

  private MusharrafEra() {}

  /**
   * Runs the example.
   *
   * @param args optionally the path of the HTML report to write (default {@code musharraf-era.html}
   *     in the working directory)
   * @throws IOException if the model cannot be read or the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path html = Path.of(args.length > 0 ? args[0] : "musharraf-era.html");
    // load the model, with the bundled data imported through the example's mappings
    ExampleFiles.WithData data = withData();
    // infer: episodes, narratives, predictions, and their evaluation against the observations
    Inference result = NarrativeEngine.create().infer(data.model());
    System.err.println(
        "Running sensitivity (every one-at-a-time variant) and discovery for PK and"
            + " US (about half a minute) ...");
    Robustness.Findings findings = Robustness.analyse(result);
    // print the sections, and write the HTML report
    System.out.print(report(result, data.notes(), findings));
    Files.writeString(html, htmlWithCaveats(result, findings), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(
        "The HTML report (narratives, explanations and an SVG timeline) is in " + html);
  }

  /** Reads the model, imports the bundled data through the example's mappings, runs inference. */
  static Inference infer() throws IOException {
    return NarrativeEngine.create().infer(withData().model());
  }

  /** The model with the data imported through {@code models/mappings/}. */
  static ExampleFiles.WithData withData() throws IOException {
    LoadedModel loaded = ModelReader.create().read(ExampleFiles.model(MODEL));
    return ExampleFiles.withMusharrafData(loaded.model());
  }

  /**
   * The whole printed report; {@code notes} are the data import's notes, {@code findings} the
   * sensitivity and discovery run on the example.
   */
  static String report(Inference result, List<String> notes, Robustness.Findings findings) {
    Model model = result.model();
    String introduction =
        "Each state applies a few persistent concepts to each new situation; what they make it\n"
            + "see and not see decides its practices, and its practices enter the other state's\n"
            + "next situation. "
            + model.situations().size()
            + " situations, "
            + model.concepts().size()
            + " concepts, "
            + model.observations().size()
            + " observations.\n";
    return Section.print(
        model.name().orElse("The Musharraf era"),
        introduction,
        List.of(
            StateNarratives.section(result),
            PredictedAndObserved.section(result),
            SeedArticle.explained(result),
            ObservedPractices.section(result),
            SeedArticle.dependence(result),
            InteractionCycles.section(result),
            BundledData.findings(model, notes),
            EvaluationSummary.section(result.evaluation().orElseThrow()),
            BundledData.caveats(model),
            Robustness.sensitivity(findings),
            Robustness.discovery(findings)));
  }

  /**
   * The HTML report with sections of the example's caveats (what the data do not say, and the
   * coding choices that could be read otherwise), of how fragile its predictions are and of how
   * many readings explain each state's observations, before its end: what the printout says.
   */
  static String htmlWithCaveats(Inference result, Robustness.Findings findings) {
    String html = Reports.render(result, ReportFormat.HTML);
    StringBuilder section = new StringBuilder("<section id=\"caveats\">\n<h2>Caveats</h2>\n<ul>\n");
    for (String caveat : DataBacking.caveats(result.model())) {
      section.append("<li>").append(escape(caveat)).append("</li>\n");
    }
    section.append("</ul>\n</section>\n");
    htmlSection(
        section, "fragility", Robustness.SENSITIVITY_TITLE, Robustness.sensitivityLines(findings));
    htmlSection(
        section, "readings", Robustness.DISCOVERY_TITLE, Robustness.discoveryLines(findings));
    int end = html.lastIndexOf("</main>");
    if (end < 0) {
      throw new IllegalStateException("the HTML report has no </main>");
    }
    return html.substring(0, end) + section + html.substring(end);
  }

  private static void htmlSection(StringBuilder out, String id, String title, List<String> lines) {
    out.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(escape(title))
        .append("</h2>\n<ul>\n");
    for (String line : lines) {
      out.append("<li>").append(escape(line.strip())).append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** The key an observation is listed under in {@link #SEED}. */
  static String key(Observation o) {
    return o.actor()
        + " "
        + o.practice()
        + o.target().map(t -> " " + t).orElse("")
        + " "
        + o.situation()
        + o.change().map(c -> " " + c.token()).orElse("")
        + (o.occurred() ? "" : " (did not happen)");
  }
}
