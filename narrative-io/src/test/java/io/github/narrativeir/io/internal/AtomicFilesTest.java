package io.github.narrativeir.io.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.narrativeir.io.Format;
import io.github.narrativeir.io.ModelReader;
import io.github.narrativeir.io.ModelWriter;
import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole or not at all, through a temporary file that never stays behind. */
class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void write_newFile_holdsTheContentAndNoTemporaryFileStays() throws IOException {
    Path file = dir.resolve("result.json");

    AtomicFiles.write(file, "{}\n".getBytes(UTF_8));

    assertThat(file).hasContent("{}");
    assertThat(names()).containsExactly("result.json");
  }

  @Test
  void write_existingFile_replacesItsContentWhole() throws IOException {
    Path file = dir.resolve("model.yaml");
    Files.writeString(file, "a much longer old content than the new one\n".repeat(100));

    AtomicFiles.write(file, "new\n".getBytes(UTF_8));

    assertThat(file).hasContent("new");
    assertThat(names()).containsExactly("model.yaml");
  }

  @Test
  void write_createsMissingDirectories() throws IOException {
    Path file = dir.resolve("a/b/result.json");

    AtomicFiles.write(file, "x".getBytes(UTF_8));

    assertThat(file).hasContent("x");
  }

  @Test
  void write_failing_leavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("inside"));

    assertThatThrownBy(() -> AtomicFiles.write(target, "x".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);

    assertThat(target.resolve("inside")).isDirectory();
    assertThat(names()).containsExactly("taken");
  }

  @Test
  void write_newFile_getsTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
    assumeTrue(posix());
    Path plain = Files.createFile(dir.resolve("plain"));
    Path file = dir.resolve("result.json");

    AtomicFiles.write(file, "x".getBytes(UTF_8));

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void write_existingFile_keepsItsPermissions() throws IOException {
    assumeTrue(posix());
    Path file = dir.resolve("model.yaml");
    Files.writeString(file, "old");
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(file, shared);

    AtomicFiles.write(file, "new".getBytes(UTF_8));

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
  }

  @Test
  void modelWriter_write_choosesTheFormatByExtension_atomically() throws Exception {
    Model model =
        ModelReader.create()
            .read("frontline.yaml", getClass().getResourceAsStream("/conformance/frontline.yaml"))
            .model();
    Path json = dir.resolve("m.json");
    Path yaml = dir.resolve("m.yml");
    Path other = dir.resolve("m.model");

    ModelWriter.write(model, json);
    ModelWriter.write(model, yaml);
    ModelWriter.write(model, other);

    assertThat(json).hasContent(ModelWriter.toText(model, Format.JSON).strip());
    assertThat(yaml).hasContent(ModelWriter.toText(model, Format.YAML).strip());
    assertThat(other)
        .as("YAML when the extension names no format")
        .hasContent(ModelWriter.toText(model, Format.YAML).strip());
    assertThat(names()).containsExactly("m.json", "m.model", "m.yml");
    for (Path file : List.of(json, yaml, other)) {
      assertThat(ModelReader.create().read(file).model()).isEqualTo(model);
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  @Test
  void write_symlink_replacesTheFileItPointsTo_andTheLinkStays() throws IOException {
    Path real = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));

    AtomicFiles.write(link, "new".getBytes(UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real.txt"));
    assertThat(real).hasContent("new");
    assertThat(names()).containsExactly("link.txt", "real.txt");
  }

  @Test
  void write_danglingSymlinkIntoAnotherDirectory_createsItsTarget() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("sub/target.txt"));

    AtomicFiles.write(link, "x".getBytes(UTF_8));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(sub.resolve("target.txt")).hasContent("x");
    assertThat(names()).containsExactly("link", "sub");
  }

  @Test
  void write_notARegularFile_isWrittenDirectly_neverRenamedOver() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
    Object before = Files.getAttribute(devNull, "unix:ino");

    AtomicFiles.write(devNull, "discarded".getBytes(UTF_8));

    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.getAttribute(devNull, "unix:ino")).isEqualTo(before);
  }

  @Test
  void write_namedPipe_isWrittenIntoThePipe() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    AtomicFiles.write(fifo, "through the pipe".getBytes(UTF_8));

    assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through the pipe");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(names()).containsExactly("pipe");
  }

  @Test
  void write_unwritableDirectory_saysPermissionDenied() throws IOException {
    assumeTrue(posix() && !root());
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> AtomicFiles.write(locked.resolve("out.txt"), "x".getBytes(UTF_8)))
          .hasMessageStartingWith("Permission denied")
          .hasMessageContaining(locked.toString());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void write_fileWhereADirectoryShouldBe_saysNotADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("plain"), "x");

    assertThatThrownBy(() -> AtomicFiles.write(file.resolve("out.txt"), "x".getBytes(UTF_8)))
        .hasMessageStartingWith("Not a directory")
        .hasMessageContaining(file.toString());
    assertThatThrownBy(() -> AtomicFiles.write(dir, "x".getBytes(UTF_8)))
        .hasMessage("Is a directory");
  }

  @Test
  void reason_inWords() {
    assertThat(AtomicFiles.reason(new java.nio.file.AccessDeniedException("/x")))
        .isEqualTo("Permission denied");
    assertThat(AtomicFiles.reason(new java.nio.file.NoSuchFileException("/x")))
        .isEqualTo("No such file or directory");
    assertThat(
            AtomicFiles.reason(
                new java.nio.file.FileSystemException("/x", null, "No space left on device")))
        .isEqualTo("No space left on device");
  }

  @Test
  void write_longName_temporaryNameStaysWithin255Bytes() throws IOException {
    String name = "n".repeat(250);
    String wide = "\u00e9".repeat(127); // 254 bytes in UTF-8

    AtomicFiles.write(dir.resolve(name), "x".getBytes(UTF_8));
    AtomicFiles.write(dir.resolve(wide), "y".getBytes(UTF_8));

    assertThat(dir.resolve(name)).hasContent("x");
    assertThat(dir.resolve(wide)).hasContent("y");
    assertThat(names()).containsExactlyInAnyOrder(name, wide);
    String temp = AtomicFiles.tempName(wide, Long.MAX_VALUE, "zzzzzzzzzzzzz");
    assertThat(temp.getBytes(UTF_8).length).isLessThanOrEqualTo(255);
    assertThat(temp).startsWith(".\u00e9").endsWith("." + Long.MAX_VALUE + "-zzzzzzzzzzzzz.tmp");
  }

  @Test
  void write_removesStaleTemporaryFilesOfTheSameTarget_notLiveOnesOrOthers() throws IOException {
    long deadPid = Long.MAX_VALUE - 1; // no such process
    long livePid = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Path stale =
        Files.writeString(
            dir.resolve(AtomicFiles.tempName("out.json", deadPid, "a".repeat(13))), "junk");
    Files.setLastModifiedTime(stale, old);
    Path fresh =
        Files.writeString(
            dir.resolve(AtomicFiles.tempName("out.json", deadPid, "b".repeat(13))), "junk");
    Path live =
        Files.writeString(
            dir.resolve(AtomicFiles.tempName("out.json", livePid, "c".repeat(13))), "junk");
    Files.setLastModifiedTime(live, old);
    Path otherTarget =
        Files.writeString(
            dir.resolve(AtomicFiles.tempName("other.json", deadPid, "d".repeat(13))), "junk");
    Files.setLastModifiedTime(otherTarget, old);
    Path notOurs = Files.writeString(dir.resolve(".out.json.tmp"), "junk");
    Files.setLastModifiedTime(notOurs, old);

    AtomicFiles.write(dir.resolve("out.json"), "x".getBytes(UTF_8));

    assertThat(stale).doesNotExist();
    assertThat(fresh).as("too recent: maybe a writer on another machine").exists();
    assertThat(live).as("its process is running").exists();
    assertThat(otherTarget).exists();
    assertThat(notOurs).exists();
  }

  @Test
  void write_contentThatFails_leavesNoTemporaryFile() {
    Path target = dir.resolve("out.json");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write(new byte[100_000]);
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("No space left on device");

    assertThat(target).doesNotExist();
    assertThat(dir).isEmptyDirectory();
  }
}
