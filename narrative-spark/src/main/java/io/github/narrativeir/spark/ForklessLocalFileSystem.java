package io.github.narrativeir.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's {@code file://} file system with permissions set through {@code java.nio} instead of a
 * {@code chmod} process. Without Hadoop's native library (which Maven Central does not carry),
 * {@link RawLocalFileSystem} starts a {@code chmod} for every file and directory it creates; a
 * {@code dyads} job writes a directory per dyad and dataset, so on one machine those processes, not
 * the narratives, took most of the time (about 70 ms each here: 22 s of a 20-dyad run).
 *
 * <p>{@code narrative-spark}'s commands set it as {@code spark.hadoop.fs.file.impl} when they start
 * a local master and that is not configured already; a program with its own local session may set
 * the same ({@code .config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName())}).
 * It changes nothing else (checksums, paths, semantics are {@link LocalFileSystem}'s). On a file
 * system without POSIX permissions it falls back to Hadoop's way.
 *
 * @since 0.1.0
 */
public final class ForklessLocalFileSystem extends LocalFileSystem {
  /** Creates the file system; Hadoop calls this by reflection. */
  public ForklessLocalFileSystem() {
    super(new Raw());
  }

  /** The raw file system underneath, with {@link #setPermission} through {@code java.nio}. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      java.nio.file.Path file = pathToFile(p).toPath();
      try {
        Files.setPosixFilePermissions(file, posix(permission.toShort()));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission);
      }
    }
  }

  /** The POSIX permissions of the nine low bits of {@code mode} (user, group, others). */
  static Set<PosixFilePermission> posix(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] byBit = {
      PosixFilePermission.OTHERS_EXECUTE,
      PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_READ,
    };
    for (int bit = 0; bit < byBit.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(byBit[bit]);
      }
    }
    return set;
  }
}
