package io.github.narrativeir.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes files so that no reader ever sees half of one: into a temporary file beside the target,
 * then moved into place.
 *
 * <ul>
 *   <li>A symbolic link is followed: the file it points to is replaced (atomically, beside it), and
 *       the link stays a link.
 *   <li>A target that exists and is not a regular file (a device such as {@code /dev/null}, a named
 *       pipe) is written directly, never renamed over.
 *   <li>The temporary file is named {@code .NAME.PID-RANDOM.tmp}, its NAME cut so that the whole
 *       stays within 255 bytes. It is deleted when the write fails, and at exit when the JVM is
 *       interrupted (Ctrl-C) while writing. What a killed process left behind is deleted by the
 *       next write to the same target: temporary files of that pattern whose process is no longer
 *       running and that have not changed for {@link #STALE_AFTER_MILLIS}.
 *   <li>A failure says why, in words ({@code Permission denied}, {@code No space left on device}),
 *       naming the file or directory when it is not the target itself.
 * </ul>
 *
 * <p>Not API: this package is exported only to the project's own modules.
 */
public final class AtomicFiles {
  /** A temporary file unchanged this long, of a process that is gone, is left over. */
  static final long STALE_AFTER_MILLIS = 10_000;

  /** The longest file name most file systems allow, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  /** What follows the cut NAME in a temporary file's name: {@code .PID-RANDOM.tmp}. */
  private static final Pattern SUFFIX = Pattern.compile("\\.([0-9]{1,19})-([0-9a-z]{13})\\.tmp$");

  /** A whole temporary file name: {@code .NAME.PID-RANDOM.tmp}. */
  private static final Pattern TEMPORARY =
      Pattern.compile("\\..*\\.([0-9]{1,19})-([0-9a-z]{13})\\.tmp");

  /** Temporary files being written now, deleted by the shutdown hook if the JVM stops first. */
  private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

  private static volatile boolean hookInstalled;

  private AtomicFiles() {}

  /** Writes content to a stream; the stream is closed by the caller. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text to a writer; the writer is flushed and closed by the caller. */
  @FunctionalInterface
  public interface Text {
    /** Writes the whole text to {@code out}. */
    void writeTo(java.io.Writer out) throws IOException;
  }

  /**
   * Writes the text {@code text} produces to {@code file} in UTF-8, as {@link #write(Path,
   * Content)} does.
   *
   * @throws IOException if the file cannot be written, with the reason as its message
   */
  public static void writeText(Path file, Text text) throws IOException {
    write(
        file,
        out -> {
          java.io.Writer writer =
              new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
          text.writeTo(writer);
          writer.flush();
        });
  }

  /**
   * Writes {@code content} to {@code file} through a temporary file in the same directory, moved
   * into place atomically where the file system allows it. A new file gets the permissions any new
   * file gets; a replaced file keeps its own.
   *
   * @throws IOException if the file cannot be written, with the reason as its message; the target
   *     is then left as it was
   */
  public static void write(Path file, byte[] content) throws IOException {
    write(file, out -> out.write(content));
  }

  /**
   * Writes what {@code content} produces to {@code file}, as {@link #write(Path, byte[])} does:
   * large content can be streamed without being held in memory.
   *
   * @throws IOException if the file cannot be written, with the reason as its message; the target
   *     is then left as it was (unless it is not a regular file, which is written directly)
   */
  public static void write(Path file, Content content) throws IOException {
    Path target = resolve(file.toAbsolutePath());
    BasicFileAttributes existing = attributes(target);
    if (existing != null && existing.isDirectory()) {
      throw new IOException("Is a directory");
    }
    if (existing != null && !existing.isRegularFile()) {
      // A device or a pipe: renaming over it would replace it (as root, /dev/null itself).
      try (OutputStream out =
          Files.newOutputStream(
              target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw failure(e, target, target);
      }
      return;
    }
    Path dir = target.getParent();
    if (dir == null) { // the root, which is a directory
      throw new IOException("Is a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      // A file where a directory should be.
      throw new IOException("Not a directory (" + e.getFile() + ")", e);
    } catch (IOException e) {
      throw failure(e, target, dir);
    }
    String name = target.getFileName().toString();
    removeStale(dir, name);
    Path temp;
    try {
      temp = createTemp(dir, name);
    } catch (IOException e) {
      throw failure(e, target, dir);
    }
    installHook();
    IN_PROGRESS.add(temp);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
      keepPermissions(target, temp);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw failure(e, target, dir);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done; the next write to the target removes it
      }
      IN_PROGRESS.remove(temp);
    }
  }

  /** The reason of {@code e} in words, as the operating system says it. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "File exists";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** {@code e} as an exception whose message says why, and where when it is not the target. */
  private static IOException failure(IOException e, Path target, Path dir) {
    String reason = reason(e);
    String where = null;
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      Path file = Path.of(((FileSystemException) e).getFile());
      if (!file.equals(target) && !isTemporary(file)) {
        where = file.toString();
      } else if (isTemporary(file)) {
        where = "creating a file in " + dir;
      }
    }
    IOException wrapped = new IOException(where == null ? reason : reason + " (" + where + ")");
    wrapped.initCause(e);
    return wrapped;
  }

  private static boolean isTemporary(Path file) {
    Path name = file.getFileName();
    return name != null
        && name.toString().startsWith(".")
        && SUFFIX.matcher(name.toString()).find();
  }

  /**
   * The file a chain of symbolic links ends at (which need not exist yet), or {@code file} itself.
   * A loop is left to the write to report.
   */
  static Path resolve(Path file) throws IOException {
    Path p = file;
    for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
      Path link = Files.readSymbolicLink(p);
      Path parent = p.getParent();
      p = (parent == null ? link : parent.resolve(link)).toAbsolutePath().normalize();
    }
    return p;
  }

  private static @Nullable BasicFileAttributes attributes(Path target) {
    try {
      return Files.readAttributes(target, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code .NAME.PID-RANDOM.tmp}, NAME cut to keep the whole within 255 bytes. */
  static String tempName(String name, long pid, String random) {
    String suffix = "." + pid + "-" + random + ".tmp";
    return "." + prefix(name, MAX_NAME_BYTES - 1 - suffix.length()) + suffix;
  }

  /**
   * The longest prefix of {@code name} of at most {@code bytes} UTF-8 bytes, not splitting a pair.
   */
  static String prefix(String name, int bytes) {
    int used = 0;
    int i = 0;
    while (i < name.length()) {
      int cp = name.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > bytes) {
        break;
      }
      used += size;
      i += Character.charCount(cp);
    }
    return name.substring(0, i);
  }

  /**
   * Creates an empty temporary file as a plain new file: {@link Files#createTempFile} would make it
   * readable by its owner only, and the target would keep those permissions.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    long pid = ProcessHandle.current().pid();
    while (true) {
      String random = random13();
      Path temp = dir.resolve(tempName(name, pid, random));
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // taken: try another name
      }
    }
  }

  private static String random13() {
    StringBuilder sb = new StringBuilder(13);
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < 13; i++) {
      sb.append(Character.forDigit(r.nextInt(36), 36));
    }
    return sb.toString();
  }

  /**
   * Deletes the temporary files of earlier writes to {@code name} that were killed: our pattern, a
   * process id that is not running, and unchanged for {@link #STALE_AFTER_MILLIS}. A live writer's
   * file is never touched. Failures are ignored: this is tidying, not the write.
   */
  static void removeStale(Path dir, String name) {
    long pid = ProcessHandle.current().pid();
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path entry : entries) {
        String entryName = entry.getFileName().toString();
        Matcher m = TEMPORARY.matcher(entryName);
        if (!m.matches()) {
          continue;
        }
        long owner;
        try {
          owner = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          continue;
        }
        if (!entryName.equals(tempName(name, owner, m.group(2)))
            || IN_PROGRESS.contains(entry)
            || (owner != pid
                && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false))) {
          continue;
        }
        BasicFileAttributes a =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile() && now - a.lastModifiedTime().toMillis() >= STALE_AFTER_MILLIS) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException | RuntimeException e) {
      // tidying only
    }
  }

  private static void installHook() {
    if (!hookInstalled) {
      synchronized (AtomicFiles.class) {
        if (!hookInstalled) {
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        for (Path p : IN_PROGRESS) {
                          try {
                            Files.deleteIfExists(p);
                          } catch (IOException e) {
                            // the next write to the target removes it
                          }
                        }
                      },
                      "narrative-temporary-files"));
          hookInstalled = true;
        }
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
