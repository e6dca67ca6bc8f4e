package io.github.narrativeir.io.dna;

import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The case the DNA import tests share: a model of Pakistan and the US with three situations, and a
 * DNA database of two documents whose statements cover each way a statement is mapped or not.
 */
final class DnaCase {
  static final String MODEL =
      """
      format: narrative-model/1
      actors:
        - {id: US, name: United States}
        - {id: PK, name: Pakistan}
      situations:
        - {id: before, from: 2000, to: 2001-09-10}
        - {id: after, from: 2001-09-11, to: 2003}
        - {id: later, from: 2004, to: 2008}
      concepts:
        - id: pk.frontline-state
          holder: PK
          evidence:
            - {source: "Musharraf, televised address", date: 2001-09-19, quote: "Pakistan is a frontline state."}
        - {id: pk.pakistan-first, holder: PK}
        - {id: us.war-on-terror, holder: US}
      """;

  static final String MAPPING =
      """
      format: narrative-dna/1
      statementType: DNA Statement
      variables:
        organization: organization
        concept: concept
        speaker: person
        agreement: agreement
      disagreement: counter-evidence
      organizations:
        map:
          Government of Pakistan: PK
          US Government: US
      concepts:
        Frontline state: pk.frontline-state
        Pakistan first: pk.pakistan-first
        War on terror: us.war-on-terror
      """;

  static final String ADDRESS =
      "Pakistan stands with the world against terror. We are a frontline state in this war, and"
          + " we will not be found wanting. Our own interests come first.";

  static final String HEARING =
      "The minister told the Senate that Pakistan is no frontline state at all. The Senate"
          + " heard that aid continues. Militants find sanctuary in the tribal areas.\n"
          + "War on terror\nIt is our war too.";

  private DnaCase() {}

  /** The model. */
  static Model model(Path dir) throws IOException {
    return ModelReader.create().read(write(dir, "model.yaml", MODEL)).model();
  }

  /** Writes {@code text} to {@code name} in {@code dir}; returns the path. */
  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The database {@code debates.dna}: statement 1 (agrees, mid-sentence end) and 2 (a whole
   * sentence) of Musharraf's address map to PK's concepts; of the hearing, statement 3 disagrees
   * with PK's frontline state (and begins mid-sentence), 4 is said by an organisation not in the
   * mapping, 5 codes a concept not in the mapping, 6 codes the US's concept said by PK's
   * government.
   */
  static Path database(Path dir) throws SQLException {
    Path file = dir.resolve("debates.dna");
    try (DnaDatabases db = DnaDatabases.create(file)) {
      db.document(1, "Musharraf address", LocalDate.of(2001, 9, 19), ADDRESS)
          .document(2, "Senate hearing", LocalDate.of(2004, 3, 10), HEARING)
          .statement(
              1,
              1,
              ADDRESS,
              "We are a frontline state in this war",
              "Pervez Musharraf",
              "Government of Pakistan",
              "Frontline state",
              true)
          .statement(
              2,
              1,
              ADDRESS,
              "Our own interests come first.",
              "Pervez Musharraf",
              "Government of Pakistan",
              "Pakistan first",
              true)
          .statement(
              3,
              2,
              HEARING,
              "Pakistan is no frontline state at all.",
              "Shaukat Aziz",
              "Government of Pakistan",
              "Frontline state",
              false)
          .statement(
              4,
              2,
              HEARING,
              "The Senate heard that aid continues.",
              "John Kerry",
              "US Senate",
              "Frontline state",
              true)
          .statement(
              5,
              2,
              HEARING,
              "Militants find sanctuary",
              "Shaukat Aziz",
              "Government of Pakistan",
              "Sanctuaries",
              true)
          .statement(
              6,
              2,
              HEARING,
              "It is our war too.",
              "Shaukat Aziz",
              "Government of Pakistan",
              "War on terror",
              true);
    }
    return file;
  }
}
