package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a document comes from and how it is decoded: devices, pipes and endless streams are read
 * only up to the limit; directories and FIFOs get a clear message; every encoding a file may be in
 * is read the same from a stream; lines and columns count decoded characters, whatever the line
 * ends; the model's includes and the sets that replace its concepts are composed apart.
 */
class ReaderSourcesTest {
  private static final Duration FAST = Duration.ofSeconds(10);
  private static final ModelReader READER = ModelReader.create();
  private static final String MODEL =
      "format: narrative-model/1\nactors: [{id: PK}]\nsituations: [{id: s1, from: 2001}]\n"
          + "concepts: [{id: c1, holder: PK}]\n";

  @TempDir Path temp;

  private static List<String> problems(ModelFormatException e) {
    return e.problems().stream().map(Problem::render).collect(Collectors.toList());
  }

  private Path write(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }

  private static boolean mkfifo(Path file) {
    try {
      Process p = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  // ---- bounded reading

  @Test
  void aDevice_isReadOnlyUpToTheLimit() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxDocumentBytes(100_000));

    ModelFormatException e =
        assertTimeoutPreemptively(
            FAST, () -> assertThrows(ModelFormatException.class, () -> reader.read(zero)));

    assertThat(problems(e))
        .containsExactly(
            "/dev/zero: the document is more than 100000 bytes"
                + " long, over the limit maxDocumentBytes=100000; raise it with"
                + " ReadLimits.withMaxDocumentBytes(...)");
  }

  @Test
  void aDeviceAsConceptSet_isReadOnlyUpToTheLimit() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    Path model = write("m.yaml", MODEL);

    ModelFormatException e =
        assertTimeoutPreemptively(
            FAST,
            () ->
                assertThrows(ModelFormatException.class, () -> READER.read(model, List.of(zero))));

    assertThat(problems(e))
        .singleElement()
        .asString()
        .startsWith("/dev/zero: the document is more than 16777216 bytes long");
  }

  @Test
  void anEndlessStream_isReadOnlyUpToTheLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            return len;
          }
        };
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxDocumentBytes(1 << 20));

    ModelFormatException e =
        assertTimeoutPreemptively(
            FAST,
            () -> assertThrows(ModelFormatException.class, () -> reader.read("<stdin>", endless)));

    assertThat(problems(e))
        .singleElement()
        .asString()
        .startsWith("<stdin>: the document is more than 1048576 bytes long, over the limit");
  }

  @Test
  void aFifo_asTheModel_isReadLikeAFile() throws Exception {
    Path fifo = temp.resolve("model.yaml");
    assumeTrue(mkfifo(fifo));
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, MODEL.replace("holder: PK", "holder: PQ"), UTF_8);
              } catch (Exception e) {
                // the reader failed; its assertion reports it
              }
            });
    writer.start();

    ModelFormatException e =
        assertTimeoutPreemptively(
            FAST, () -> assertThrows(ModelFormatException.class, () -> READER.read(fifo)));
    writer.join(5000);

    assertThat(problems(e))
        .singleElement()
        .asString()
        .startsWith(fifo + ":4:29: concept 'c1': holder 'PQ' is not a declared actor");
  }

  // ---- what cannot be read

  @Test
  void aDirectory_asTheModel_saysSo() {
    FileSystemException e = assertThrows(FileSystemException.class, () -> READER.read(temp));

    assertThat(e).isNotInstanceOf(NoSuchFileException.class);
    assertThat(e.getFile()).isEqualTo(temp.toString());
    assertThat(e.getReason()).isEqualTo("is a directory");
  }

  @Test
  void aMissingConceptSet_namesTheConceptSet_notTheModel() throws Exception {
    Path model = write("m.yaml", MODEL);
    Path missing = temp.resolve("rival.concepts.yaml");

    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> READER.read(model, List.of(missing)));

    assertThat(e.getFile()).isEqualTo(missing.toString());
  }

  @Test
  void aDirectoryAsConceptSet_namesIt() throws Exception {
    Path model = write("m.yaml", MODEL);
    Path dir = Files.createDirectory(temp.resolve("sets"));

    FileSystemException e =
        assertThrows(FileSystemException.class, () -> READER.read(model, List.of(dir)));

    assertThat(e.getFile()).isEqualTo(dir.toString());
    assertThat(e.getReason()).isEqualTo("is a directory");
  }

  @Test
  void includes_ofADirectory_aFifo_orNothing_sayWhich() throws Exception {
    Files.createDirectory(temp.resolve("dir"));
    boolean fifo = mkfifo(temp.resolve("pipe.yaml"));
    Path model = write("m.yaml", MODEL + "include: [dir, pipe.yaml, nope.yaml]\n");

    ModelFormatException e =
        assertTimeoutPreemptively(
            FAST, () -> assertThrows(ModelFormatException.class, () -> READER.read(model)));

    assertThat(problems(e)).hasSize(3);
    assertThat(problems(e).get(0))
        .startsWith(model + ":5:11: cannot include 'dir': is a directory (");
    if (fifo) {
      assertThat(problems(e).get(1))
          .startsWith(
              model
                  + ":5:16: cannot include 'pipe.yaml': not a"
                  + " regular file (a device, pipe or socket) (");
    }
    assertThat(problems(e).get(2))
        .startsWith(model + ":5:27: cannot include 'nope.yaml': no such file (");
  }

  @Test
  void anIncludedTextFile_isQuotedByAShortExcerpt() throws Exception {
    write("notes.txt", "This is a long note. ".repeat(500));
    Path model = write("m.yaml", MODEL + "include: [notes.txt]\n");

    ModelFormatException e = assertThrows(ModelFormatException.class, () -> READER.read(model));

    assertThat(problems(e))
        .singleElement()
        .asString()
        .endsWith(
            "notes.txt:1:1: expected a concept set (a mapping), found the string 'This is a"
                + " long note. This is a long note. This is a long not... (10499 characters)'")
        .hasSizeLessThan(300);
  }

  // ---- composition

  @Test
  void aConceptSetTheModelIncludes_canAlsoReplaceItsConcepts() throws Exception {
    Path set =
        write(
            "us.concepts.yaml",
            "format: narrative-concepts/1\nconcepts: [{id: pk.own, holder: PK}, {id: pk.two, holder: PK}]\n");
    Path model = write("m.yaml", MODEL + "include: [us.concepts.yaml]\n");

    LoadedModel alone = READER.read(model);
    LoadedModel replaced = READER.read(model, List.of(set));

    assertThat(alone.model().concepts()).hasSize(3);
    assertThat(replaced.model().concepts())
        .extracting(c -> c.id().value())
        .containsExactly("pk.own", "pk.two");
  }

  @Test
  void aConflictingDuplicateInsideOneSet_saysSo_notTwoFiles() throws Exception {
    Path set =
        write(
            "one.concepts.yaml",
            "format: narrative-concepts/1\nactors: [{id: IN, name: India}, {id: IN, name: Bharat}]\n"
                + "concepts: []\n");
    Path model = write("m.yaml", MODEL);

    ModelFormatException e =
        assertThrows(ModelFormatException.class, () -> READER.read(model, List.of(set)));

    assertThat(problems(e))
        .singleElement()
        .asString()
        .isEqualTo(
            set
                + ":2:33: actor 'IN' is defined twice in this file, differently (first at"
                + " line 2, column 10); an id defined twice must be defined identically (at /actors/1)");
  }

  // ---- encodings, lines and columns

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
  void everyUnicodeEncoding_isRead_fromAStream_withAndWithoutAByteOrderMark(String name)
      throws Exception {
    Charset charset = Charset.forName(name);
    String json =
        "{\"format\": \"narrative-model/1\", \"actors\": [{\"id\": \"PK\"}],"
            + " \"situations\": [{\"id\": \"s1\", \"from\": \"2001\"}],"
            + " \"concepts\": [{\"id\": \"c1\", \"holder\": \"PK\"}]}";
    for (String text : List.of(json, MODEL, "\uFEFF" + json, "\uFEFF" + MODEL)) {
      LoadedModel loaded = READER.read("<stdin>", new ByteArrayInputStream(text.getBytes(charset)));
      assertThat(loaded.model().concepts()).as(name + ": " + text).hasSize(1);
    }
  }

  @Test
  void aNulByte_isReportedWhereItStands() {
    String text = MODEL + "name: x\nlabel: 'abcdefghijklmn\0op'\n";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("nul.yaml", text.getBytes(UTF_8), Format.YAML));

    assertThat(problems(e))
        .containsExactly(
            "nul.yaml:6:23: control character U+0000 is not allowed in a model file (it is text)");
  }

  @Test
  void aNulByteInJson_isReportedWhereItStands() {
    String text = "{\"format\": \"narrative-model/1\",\n\"name\": \"ab\0\"}";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("nul.json", text.getBytes(UTF_8), Format.JSON));

    assertThat(problems(e))
        .containsExactly(
            "nul.json:2:12: control character U+0000 is not allowed in a model file (it is text)");
  }

  @Test
  void loneCarriageReturns_endLines_forEveryMessage() {
    ModelReader reader = READER.withLimits(ReadLimits.defaults().withMaxStringLength(100));
    String text = (MODEL + "name: " + "x".repeat(200) + "\n").replace("\n", "\r");

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> reader.read("cr.yaml", text.getBytes(UTF_8), Format.YAML));

    assertThat(problems(e))
        .singleElement()
        .asString()
        .startsWith("cr.yaml:5:7: a value runs for more than 100 characters without a space");
  }

  @Test
  void invalidUtf8_isLocatedInCharacters_notBytes() {
    byte[] head = (MODEL + "name: 'éééééééééé").getBytes(UTF_8);
    byte[] content = java.util.Arrays.copyOf(head, head.length + 2);
    content[head.length] = (byte) 0xFF;
    content[head.length + 1] = '\'';

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class, () -> READER.read("bad.yaml", content, Format.YAML));

    assertThat(problems(e))
        .containsExactly(
            "bad.yaml:5:18: the document is not valid UTF-8:"
                + " malformed byte 0xFF at byte offset "
                + head.length
                + "; model files are Unicode text (UTF-8, UTF-16 or UTF-32)");
  }

  @Test
  void jsonColumns_countCharacters_evenBeyondTheBmp() {
    String text =
        "{\"format\": \"narrative-model/1\", \"name\": \"\uD83D\uDE00\uD83D\uDE00\","
            + " \"nope\": 1}";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("e.json", text.getBytes(UTF_8), Format.JSON));

    assertThat(problems(e))
        .anySatisfy(p -> assertThat(p).startsWith("e.json:1:47: unknown field 'nope'"));
  }

  @Test
  void yamlColumns_countCharacters_evenBeyondTheBmp() {
    String text =
        "format: narrative-model/1\nname: \uD83D\uDE00\uD83D\uDE00\nnope: {a: 1, b: 2}\n"
            + "x: [\uD83D\uDE00, nope2]\n";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("e.yaml", text.getBytes(UTF_8), Format.YAML));

    assertThat(problems(e))
        .anySatisfy(p -> assertThat(p).startsWith("e.yaml:4:1: unknown field 'x'"));
  }

  // ---- weights, values and problems

  @Test
  void extremeWeights_areLocatedErrors_fast_withShortMessages() {
    String text =
        MODEL.replace("holder: PK}", "holder: PK, prescribes: [{practice: aid, weight: W}]}")
            + "practices: [{id: aid}]\n";
    for (String weight :
        List.of(
            "1e1000000",
            "1e999999999",
            "1e-999999999",
            "7".repeat(60_000),
            "0." + "7".repeat(60_000))) {
      ModelFormatException e =
          assertTimeoutPreemptively(
              Duration.ofSeconds(2),
              () ->
                  assertThrows(
                      ModelFormatException.class,
                      () ->
                          READER.read(
                              "w.yaml", text.replace("W", weight).getBytes(UTF_8), Format.YAML)));
      // YAML reads 60,000 digits as a string: then the type is wrong, quoted by an excerpt
      assertThat(problems(e))
          .singleElement()
          .asString()
          .startsWith("w.yaml:4:70: ")
          .containsAnyOf(
              "a weight has at most 32 digits before the decimal point and at most 32"
                  + " after it",
              "found the string '")
          .hasSizeLessThan(300);
    }
  }

  @Test
  void aMillionSmallValues_stopAtTheValueLimit() {
    String text = "{\"format\": \"narrative-model/1\", \"x\": [" + "1,".repeat(900_000) + "1]}";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("ones.json", text.getBytes(UTF_8), Format.JSON));

    assertThat(problems(e))
        .singleElement()
        .asString()
        .startsWith("ones.json:1:")
        .contains(
            "the document has more than 250000 values (counting every use of a YAML alias),"
                + " over the limit maxValues=250000; raise it with ReadLimits.withMaxValues(...)");
  }

  @Test
  void manyProblems_keepTheFirstThousand_andCountTheRest() {
    String text = "{\"format\": \"narrative-model/1\", \"actors\": [" + "1,".repeat(4_999) + "1]}";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("many.json", text.getBytes(UTF_8), Format.JSON));

    assertThat(e.problems()).hasSize(1001);
    assertThat(problems(e).get(1000))
        .matches(
            "many\\.json: and \\d+ more problems \\(\\d+ errors, 0 warnings\\) not shown:"
                + " only the first 1000 problems of a read are kept; fix these first");
  }

  @Test
  void errorCount_isExact_pastTheProblemsKept() {
    String text =
        "{\"format\": \"narrative-model/1\", \"situations\": [{\"id\": \"s\", \"from\": \"2001\"}],"
            + " \"concepts\": [], \"actors\": ["
            + "1,".repeat(1_233)
            + "1]}";

    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () -> READER.read("many.json", text.getBytes(UTF_8), Format.JSON));

    assertThat(e.errorCount()).isEqualTo(1_234);
    assertThat(e.errors()).hasSize(1_001);
    assertThat(problems(e).get(1000))
        .startsWith("many.json: and 234 more problems (234 errors, 0 warnings)");
  }

  @Test
  void errorCount_ofAFewErrors_isTheirNumber() {
    ModelFormatException e =
        assertThrows(
            ModelFormatException.class,
            () ->
                READER.read(
                    "few.yaml",
                    "format: narrative-model/1\nactors: [1, 2]\n".getBytes(UTF_8),
                    Format.YAML));

    assertThat(e.errorCount()).isEqualTo(e.errors().size()).isGreaterThanOrEqualTo(2);
  }

  // ---- limits

  @Test
  void limits_outOfRange_sayTheRange() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxNestingDepth(1_000_000))
        .hasMessage("maxNestingDepth 1000000 is out of range: it must be between 1 and 1000");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxStringLength(Integer.MAX_VALUE))
        .hasMessage(
            "maxStringLength 2147483647 is out of range: it must be between 1 and 1073741824");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxValues(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLargestLimits_stillReadAValidModel() throws Exception {
    ReadLimits largest =
        ReadLimits.defaults()
            .withMaxDocumentBytes(ReadLimits.MAX_DOCUMENT_BYTES)
            .withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH)
            .withMaxStringLength(ReadLimits.MAX_STRING_LENGTH)
            .withMaxAliases(ReadLimits.MAX_ALIASES)
            .withMaxValues(ReadLimits.MAX_VALUES);

    for (Format format : Format.values()) {
      String text =
          format == Format.YAML
              ? MODEL
              : "{\"format\": \"narrative-model/1\", \"actors\": [{\"id\": \"PK\"}],"
                  + " \"situations\": [{\"id\": \"s1\", \"from\": \"2001\"}], \"concepts\": []}";
      assertThat(
              READER.withLimits(largest).read("big", text.getBytes(UTF_8), format).model().actors())
          .hasSize(1);
    }
  }

  @Test
  void theDeepestNesting_allowed_doesNotOverflowTheStack() {
    ReadLimits deepest = ReadLimits.defaults().withMaxNestingDepth(ReadLimits.MAX_NESTING_DEPTH);
    for (Format format : Format.values()) {
      int depth = ReadLimits.MAX_NESTING_DEPTH - 2;
      String nested = "[".repeat(depth) + "]".repeat(depth);
      String text = "{\"format\": \"narrative-model/1\", \"x\": " + nested + "}";
      ModelFormatException e =
          assertThrows(
              ModelFormatException.class,
              () ->
                  READER
                      .withLimits(deepest)
                      .read("deep", text.getBytes(StandardCharsets.UTF_8), format));
      assertThat(problems(e))
          .as(format.toString())
          .anySatisfy(p -> assertThat(p).contains("unknown field 'x'"));
    }
  }
}
