package io.github.narrativeir.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that no reader ever sees half of one: into a temporary file beside the target,
 * then moved into place.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code content} to {@code file} through a temporary file in the same directory, moved
   * into place atomically where the file system allows it. A new file gets the permissions any new
   * file gets; a replaced file keeps its own.
   *
   * @throws IOException if the file cannot be written; the target is then left as it was
   */
  public static void write(Path file, byte[] content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = createTemp(dir, target.getFileName().toString());
    try {
      Files.write(temp, content);
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Creates an empty temporary file as a plain new file: {@link Files#createTempFile} would make it
   * readable by its owner only, and the target would keep those permissions.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    while (true) {
      String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      Path temp = dir.resolve("." + name + "." + random + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // taken: try another name
      }
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null && Files.isRegularFile(target)) {
      Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
    }
  }
}
