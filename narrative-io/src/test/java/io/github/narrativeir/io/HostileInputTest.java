package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input: every limit of {@link ReadLimits} stops the reader with a message that
 * names the limit and how to raise it. The time bound of each test is a guard against hanging or
 * eating memory, not a benchmark: each read takes milliseconds.
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(10);
  private static final ModelReader READER = ModelReader.create();

  /** "Billion laughs": nine levels of ten aliases each, 10^9 values when expanded. */
  private static String laughs() {
    StringBuilder sb = new StringBuilder("format: narrative-model/1\nlol0: &l0 [lol]\n");
    for (int i = 1; i <= 9; i++) {
      sb.append("lol").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
      }
      sb.append("]\n");
    }
    return sb.toString();
  }

  /**
   * The one problem of reading {@code text}, which must fail, rendered after its code in brackets
   * ({@code [limit.aliases] in.yaml:3:12: ...}); within the hang guard.
   */
  private static String problem(ModelReader reader, String source, String text, Format format) {
    ModelFormatException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                assertThrows(
                    ModelFormatException.class,
                    () -> reader.read(source, text.getBytes(UTF_8), format)));
    assertThat(e.problems()).hasSize(1);
    return "[" + e.code().id() + "] " + e.problems().get(0).render();
  }

  @Test
  void billionLaughs_failsAtTheFirstAlias_byDefault() {
    assertThat(problem(READER, "laughs.yaml", laughs(), Format.YAML))
        .isEqualTo(
            "[limit.aliases] laughs.yaml:3:12: the document uses 1 YAML alias, over the limit"
                + " maxAliases=0; raise it with ReadLimits.withMaxAliases(...) (at /lol1/0)");
  }

  @Test
  void billionLaughs_withAliasesAllowed_failsOnTheNodeBudget() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxAliases(100));

    assertThat(problem(reader, "laughs.yaml", laughs(), Format.YAML))
        .isEqualTo(
            "[limit.values] laughs.yaml:8:12: the document expands to more than 250000 values"
                + " through YAML aliases, over the limit maxValues=250000; raise it with"
                + " ReadLimits.withMaxValues(...) (at /lol6/0)");
  }

  @Test
  void tooManyAliases_namesTheLimitAsRaised() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxAliases(2));
    String text = "format: narrative-model/1\na: &a [x]\nb: [*a, *a, *a]\n";

    assertThat(problem(reader, "in.yaml", text, Format.YAML))
        .isEqualTo(
            "[limit.aliases] in.yaml:3:13: the document uses 3 YAML aliases, over the limit"
                + " maxAliases=2; raise it with ReadLimits.withMaxAliases(...) (at /b/2)");
  }

  @Test
  void aliasOfASingleValue_saysSuchAnchorsAreNotSupported() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxAliases(2));
    String text = "format: narrative-model/1\na: &a x\nb: *a\n";

    assertThat(problem(reader, "in.yaml", text, Format.YAML))
        .isEqualTo(
            "[yaml-alias] in.yaml:3:4: YAML alias '*a' names no anchored mapping or list before it (anchors on"
                + " single values are not supported) (at /b)");
  }

  @Test
  void deepNesting_json() {
    String text = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

    assertThat(problem(READER, "deep.json", text, Format.JSON))
        .startsWith(
            "[limit.nesting-depth] deep.json:1:70: the document nests deeper than 64 levels, over"
                + " the limit maxNestingDepth=64; raise it with ReadLimits.withMaxNestingDepth(...)"
                + " (at /a/0/0/");
  }

  @Test
  void deepNesting_yaml() {
    String text = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

    assertThat(problem(READER, "deep.yaml", text, Format.YAML))
        .startsWith(
            "[limit.nesting-depth] deep.yaml:1:67: the document nests deeper than 64 levels, over"
                + " the limit maxNestingDepth=64; raise it with ReadLimits.withMaxNestingDepth(...)"
                + " (at /a/0/0/");
  }

  @Test
  void deepNesting_namesTheLimitAsLowered() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxNestingDepth(3));

    assertThat(problem(reader, "in.yaml", "a: [[[x]]]\n", Format.YAML))
        .isEqualTo(
            "[limit.nesting-depth] in.yaml:1:6: the document nests deeper than 3 levels, over the"
                + " limit maxNestingDepth=3; raise it with ReadLimits.withMaxNestingDepth(...)"
                + " (at /a/0/0)");
  }

  @Test
  void longString_json_justOverTheLimit() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(100));

    assertThat(problem(reader, "in.json", "{\"name\": \"" + "x".repeat(101) + "\"}", Format.JSON))
        .isEqualTo(
            "[limit.string-length] in.json:1:10: a string is 101 characters long, over the limit"
                + " maxStringLength=100; raise it with ReadLimits.withMaxStringLength(...) (at /name)");
  }

  @Test
  void longString_json_farOverTheLimit_stoppedBeforeItIsReadWhole() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(100));
    String text = "{\"name\": \"" + "x".repeat(1 << 20) + "\"}";

    assertThat(problem(reader, "in.json", text, Format.JSON))
        .matches(
            "\\[limit\\.string-length\\] in\\.json:1:\\d+: a string is longer than 100 characters,"
                + " over the limit maxStringLength=100; raise it with"
                + " ReadLimits\\.withMaxStringLength\\(\\.\\.\\.\\)");
  }

  @Test
  void longKey_json() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(100));
    String text = "{\"" + "k".repeat(10_000) + "\": 1}";

    assertThat(problem(reader, "in.json", text, Format.JSON))
        .startsWith("[limit.string-length] ")
        .endsWith(
            "over the limit maxStringLength=100; raise it with"
                + " ReadLimits.withMaxStringLength(...)");
  }

  @Test
  void longString_yaml() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(1000));

    assertThat(problem(reader, "in.yaml", "name: \"" + "x y ".repeat(1_250) + "\"\n", Format.YAML))
        .isEqualTo(
            "[limit.string-length] in.yaml:1:7: a string is 5000 characters long, over the limit"
                + " maxStringLength=1000; raise it with ReadLimits.withMaxStringLength(...)"
                + " (at /name)");
  }

  @Test
  void veryLongLine_yaml_rejectedBeforeParsing() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(100));

    assertThat(problem(reader, "in.yaml", "name: \"" + "x y ".repeat(1_250) + "\"\n", Format.YAML))
        .isEqualTo(
            "[limit.string-length] in.yaml:1:1: line 1 is longer than 1600 characters (16 times"
                + " maxStringLength), over the limit maxStringLength=100; raise it with"
                + " ReadLimits.withMaxStringLength(...)");
  }

  @Test
  void longRunWithoutSpaces_yaml_rejectedBeforeParsing() {
    // The YAML scanner's time grows faster than linearly with such a run: 8 MiB took 19 s.
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(100));

    assertThat(problem(reader, "in.yaml", "name: " + "x".repeat(5_000) + "\n", Format.YAML))
        .isEqualTo(
            "[limit.string-length] in.yaml:1:7: a value runs for more than 100 characters without a"
                + " space, over the limit maxStringLength=100; raise it with"
                + " ReadLimits.withMaxStringLength(...)");
    byte[] big = ("name: " + "x".repeat(8 << 20) + "\n").getBytes(UTF_8);
    assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10),
        () ->
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> ModelReader.create().read("big.yaml", big, Format.YAML))
                .isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("maxStringLength"));
  }

  @Test
  void longString_withinARaisedLimit_isRead() throws Exception {
    String label = "x".repeat(5_000);
    String text =
        "format: narrative-model/1\nactors: [{id: PK, name: "
            + label
            + "}]\n"
            + "situations: [{id: s, from: 2001}]\nconcepts: []\n";
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(5_000));

    assertThat(
            reader
                .read("in.yaml", text.getBytes(UTF_8), Format.YAML)
                .model()
                .actors()
                .get(0)
                .name())
        .isEqualTo(label);
  }

  @Test
  void largeDocument_fromBytes() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));

    assertThat(problem(reader, "in.yaml", "name: " + "x".repeat(200) + "\n", Format.YAML))
        .isEqualTo(
            "[limit.document-bytes] in.yaml: the document is 207 bytes long, over the limit"
                + " maxDocumentBytes=100; raise it with ReadLimits.withMaxDocumentBytes(...)");
  }

  @Test
  void largeDocument_fromPath_isNotReadAtAll(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, "name: " + "x".repeat(200) + "\n");
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100));

    ModelFormatException e =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> assertThrows(ModelFormatException.class, () -> reader.read(file)));

    assertThat(e.problems())
        .map(Problem::render)
        .containsExactly(
            file
                + ": the document is 207 bytes long, over the limit maxDocumentBytes=100; raise it"
                + " with ReadLimits.withMaxDocumentBytes(...)");
  }

  @Test
  void largeDocument_fromAnEndlessStream_stopsAtTheLimit() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20));

    ModelFormatException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                assertThrows(
                    ModelFormatException.class, () -> reader.read("<stdin>", new Endless())));

    assertThat(e.problems())
        .map(Problem::render)
        .containsExactly(
            "<stdin>: the document is more than 1048576 bytes long, over the limit"
                + " maxDocumentBytes=1048576; raise it with ReadLimits.withMaxDocumentBytes(...)");
  }

  @Test
  void javaTags_areReportedAndInstantiateNothing() {
    String text =
        "format: narrative-model/1\n"
            + "name: !!java.util.HashMap {}\n"
            + "actors: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
            + " [[!!java.net.URL [\"http://localhost/\"]]]]\n"
            + "situations: [{id: s, from: 2001}]\n"
            + "concepts: [!!io.github.narrativeir.io.HostileInputTest$Canary {id: c, holder: PK}]\n";

    ModelFormatException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                assertThrows(
                    ModelFormatException.class,
                    () -> READER.read("tags.yaml", text.getBytes(UTF_8), Format.YAML)));

    assertThat(Canary.made).as("the tagged class was never instantiated").isFalse();
    assertThat(e.problems())
        .filteredOn(p -> p.code() == ProblemCode.YAML_TAG)
        .map(Problem::render)
        .containsExactly(
            "tags.yaml:2:7: YAML tag '!!java.util.HashMap' is not allowed in a model file; remove"
                + " it (at /name)",
            "tags.yaml:3:9: YAML tag '!!javax.script.ScriptEngineManager' is not allowed in a model"
                + " file; remove it (at /actors)",
            "tags.yaml:3:45: YAML tag '!!java.net.URLClassLoader' is not allowed in a model file;"
                + " remove it (at /actors/0)",
            "tags.yaml:3:73: YAML tag '!!java.net.URL' is not allowed in a model file; remove it"
                + " (at /actors/0/0/0)",
            "tags.yaml:5:12: YAML tag '!!io.github.narrativeir.io.HostileInputTest$Canary' is not"
                + " allowed in a model file; remove it (at /concepts/0)");
  }

  @Test
  void localAndVerbatimTags_reportedAsWritten() {
    String text = "format: !x narrative-model/1\nname: !<tag:example.com,2000:y> z\n";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("tags.yaml", text.getBytes(UTF_8), Format.YAML));

    assertThat(e.problems())
        .filteredOn(p -> p.code() == ProblemCode.YAML_TAG)
        .map(Problem::render)
        .containsExactly(
            "tags.yaml:1:9: YAML tag '!x' is not allowed in a model file; remove it (at /format)",
            "tags.yaml:2:7: YAML tag '!<tag:example.com,2000:y>' is not allowed in a model file;"
                + " remove it (at /name)");
  }

  @Test
  void mergeKey_isAnUnknownFieldLocatedWhereItIsWritten() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxAliases(1));
    String text =
        "format: narrative-model/1\nsituations: [&a {id: s, from: 2001}]\n"
            + "actors: [{id: PK}, {<<: *a}]\nconcepts: []\n";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> reader.read("merge.yaml", text.getBytes(UTF_8), Format.YAML));

    // The key is located where it is written, not where the aliased value was anchored.
    assertThat(e.problems())
        .map(Problem::render)
        .filteredOn(p -> p.contains("'<<'"))
        .singleElement()
        .asString()
        .startsWith("merge.yaml:3:21: unknown field '<<' in actor at /actors/1")
        .endsWith("(allowed: id, name, kind) (at /actors/1/<<)");
  }

  /** Would record that a file made the reader instantiate it. */
  public static final class Canary {
    static volatile boolean made;

    /** Records that it was made. */
    public Canary() {
      made = true;
    }
  }

  /** An input stream that never ends, like a hostile standard input. */
  private static final class Endless extends InputStream {
    @Override
    public int read() {
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) ' ');
      return len;
    }
  }
}
