package io.github.narrativeir.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.narrativeir.model.Model;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(plain));
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
    assertThat(other).as("YAML when the extension names no format")
        .hasContent(ModelWriter.toText(model, Format.YAML).strip());
    assertThat(names()).containsExactly("m.json", "m.model", "m.yml");
    for (Path file : List.of(json, yaml, other)) {
      assertThat(ModelReader.create().read(file).model()).isEqualTo(model);
    }
  }
}
