/**
 * narrative's input and output: the model, concept set and result files in JSON and YAML ({@code
 * io}), reports for people in Markdown, Graphviz DOT and HTML ({@code io.report}), and a Jackson
 * module for {@code ObjectMapper} users ({@code io.jackson}, also found as a {@code
 * com.fasterxml.jackson.databind.Module} service), and evidence of concepts from Discourse Network
 * Analyzer databases ({@code io.dna}, through JDBC; the SQLite driver is needed at run time).
 *
 * @since 0.1.0
 */
module io.github.narrativeir.io {
  requires transitive io.github.narrativeir.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires java.sql;
  requires static transitive org.jspecify;

  exports io.github.narrativeir.io;
  exports io.github.narrativeir.io.report;
  exports io.github.narrativeir.io.jackson;
  exports io.github.narrativeir.io.dna;
  exports io.github.narrativeir.io.internal to
      io.github.narrativeir.cli;

  provides com.fasterxml.jackson.databind.Module with
      io.github.narrativeir.io.jackson.NarrativeModule;
}
