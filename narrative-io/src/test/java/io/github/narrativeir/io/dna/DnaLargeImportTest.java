package io.github.narrativeir.io.dna;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.io.TestClassPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of thousands of statements in documents whose text together is larger than the heap is
 * imported in a 24 MB heap: the statements are streamed and one document's text is held at a time.
 * The reader is an iterator that reads no further than asked.
 */
class DnaLargeImportTest {
  private static final int DOCUMENTS = 100;
  private static final int STATEMENTS_PER_DOCUMENT = 100;
  private static final String SENTENCE = "Pakistan is a frontline state in this war, they said. ";
  private static final int SENTENCES_PER_DOCUMENT = 4_000; // about 216 KB of text each

  @TempDir Path temp;

  /** The database: 100 documents of 4,000 sentences, 100 statements each, one in 7 disagreeing. */
  private Path database() throws Exception {
    Path file = temp.resolve("large.dna");
    String text = SENTENCE.repeat(SENTENCES_PER_DOCUMENT);
    try (DnaDatabases db = DnaDatabases.create(file)) {
      long id = 0;
      for (int d = 1; d <= DOCUMENTS; d++) {
        db.document(d, "Speech " + d, LocalDate.of(2001, 9, 11).plusDays(d * 10L), text);
        for (int s = 0; s < STATEMENTS_PER_DOCUMENT; s++) {
          id++;
          boolean pk = id % 2 == 0;
          int start = s * SENTENCE.length() * 40;
          db.statement(
              id,
              d,
              start,
              start + SENTENCE.length() - 1,
              "Speaker " + (id % 13),
              pk ? "Government of Pakistan" : "US Government",
              pk ? "Frontline state" : "War on terror",
              id % 7 != 0);
        }
      }
    }
    return file;
  }

  @Test
  void thousandsOfStatements_inMoreTextThanTheHeap_areImportedIn24MbHeap() throws Exception {
    Path db = database();
    assertThat(Files.size(db)).isGreaterThan(20L << 20);
    Path mapping = DnaCase.write(temp, "dna.mapping.yaml", DnaCase.MAPPING);
    Path model = DnaCase.write(temp, "model.yaml", DnaCase.MODEL);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx24m", "-Xss1m"));
    command.addAll(
        List.of(
            "-cp",
            TestClassPath.get(),
            DnaSmallHeapImport.class.getName(),
            db.toString(),
            mapping.toString(),
            model.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean finished = p.waitFor(60, TimeUnit.SECONDS);
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      p.destroyForcibly();
    }

    assertThat(finished).as("the child JVM finished").isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    int statements = DOCUMENTS * STATEMENTS_PER_DOCUMENT;
    // the US's statements map to us.war-on-terror, PK's to pk.frontline-state; all are added
    assertThat(output)
        .contains(
            "read=" + statements,
            "mapped=" + statements,
            "added=" + statements,
            "evidence=" + (statements + 1));
  }

  @Test
  void reader_isAnIterator_readingOneStatementAtATime() throws Exception {
    Path file = temp.resolve("small.dna");
    try (DnaDatabases db = DnaDatabases.create(file)) {
      db.document(2, "Later", LocalDate.of(2002, 1, 1), "Second. Document.")
          .document(1, "Earlier", LocalDate.of(2001, 1, 1), "First. Document.")
          .statement(10, 2, 0, 7, "A", "Government of Pakistan", "Frontline state", true)
          .statement(11, 1, 7, 16, "B", "Government of Pakistan", "Frontline state", false)
          .statement(12, 1, 0, 6, "C", "US Government", "War on terror", true);
    }
    DnaMapping mapping =
        DnaMappingReader.read(
            DnaCase.write(temp, "m.yaml", DnaCase.MAPPING),
            io.github.narrativeir.io.ReadLimits.defaults());

    try (SqliteStatements reader = SqliteStatements.open(file, "small.dna", mapping)) {
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.hasNext()).as("asking twice reads no further").isTrue();
      CodedStatement first = reader.next();
      assertThat(first.id()).isEqualTo(12);
      assertThat(first.quote()).contains("First.");
      assertThat(first.title()).isEqualTo("Earlier");
      CodedStatement second = reader.next();
      assertThat(second.id()).isEqualTo(11);
      assertThat(second.agrees()).isFalse();
      assertThat(second.quote()).contains("Document.");
      assertThat(reader.next().id()).isEqualTo(10);
      assertThat(reader.hasNext()).isFalse();
    }
  }
}
