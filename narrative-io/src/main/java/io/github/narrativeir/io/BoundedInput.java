package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a document whole, but never more than a limit, whatever it is read from: a regular file, a
 * device ({@code /dev/zero} has size 0 and no end), a pipe or FIFO, or standard input. The size a
 * file reports is used only to fail fast; the limit is enforced on the bytes actually read.
 */
final class BoundedInput {
  /** The document is longer than the limit; the message says by how much, as far as known. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String what) {
      super(what, null);
    }

    @Override
    public String getMessage() {
      return checkNotNull(super.getMessage()); // always given
    }
  }

  private static final int CHUNK = 64 << 10;

  private BoundedInput() {}

  /**
   * The bytes of {@code file}, at most {@code max} of them.
   *
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws FileSystemException with the reason "is a directory" for a directory
   * @throws TooLarge if the file holds more than {@code max} bytes
   * @throws IOException if it cannot be read
   */
  static byte[] read(Path file, long max) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    if (attributes.isRegularFile() && attributes.size() > max) {
      throw new TooLarge("the document is " + attributes.size() + " bytes long");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, max);
    }
  }

  /**
   * The bytes of {@code in} up to its end, at most {@code max} of them; stops reading (without
   * draining the stream) as soon as there are more.
   *
   * @throws TooLarge if the stream holds more than {@code max} bytes
   */
  static byte[] read(InputStream in, long max) throws IOException {
    byte[] buffer = new byte[(int) Math.min(CHUNK, max + 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > max) {
          throw new TooLarge("the document is more than " + max + " bytes long");
        }
        long grown = Math.min(max + 1, Math.max(CHUNK, 2L * buffer.length));
        buffer = java.util.Arrays.copyOf(buffer, (int) grown);
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    if (length > max) {
      throw new TooLarge("the document is more than " + max + " bytes long");
    }
    return length == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, length);
  }
}
