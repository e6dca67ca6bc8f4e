package io.github.narrativeir.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file system the local jobs write through sets Hadoop's permissions, without chmod. */
class ForklessLocalFileSystemTest {
  @Test
  void posix_isTheNineLowBitsOfTheMode() {
    assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(0755)))
        .isEqualTo("rwxr-xr-x");
    assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(0640)))
        .isEqualTo("rw-r-----");
    assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(01707)))
        .isEqualTo("rwx---rwx");
    assertThat(ForklessLocalFileSystem.posix(0)).isEmpty();
  }

  @Test
  void filesAndDirectories_getThePermissionsHadoopAsksFor(@TempDir Path dir) throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", ForklessLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "027");
    try (FileSystem fs = FileSystem.get(dir.toUri(), conf)) {
      assertThat(fs).isInstanceOf(ForklessLocalFileSystem.class);
      org.apache.hadoop.fs.Path sub = new org.apache.hadoop.fs.Path(dir.toUri() + "/a/b");
      assertThat(fs.mkdirs(sub, new FsPermission((short) 0750))).isTrue();
      try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(sub, "part.json"))) {
        out.writeBytes("{}\n");
      }
      fs.setPermission(new org.apache.hadoop.fs.Path(sub, "part.json"), new FsPermission("640"));

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
          .isEqualTo("rwxr-x---");
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir.resolve("a/b/part.json"))))
          .isEqualTo("rw-r-----");
      assertThat(Files.readString(dir.resolve("a/b/part.json"))).isEqualTo("{}\n");
      assertThat(dir.resolve("a/b/.part.json.crc")).exists(); // still LocalFileSystem's checksums
    }
  }
}
