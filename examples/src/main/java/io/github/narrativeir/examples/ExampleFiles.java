package io.github.narrativeir.examples;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds the example's model files on the class path (the module's {@code models/} directory). */
final class ExampleFiles {
  private ExampleFiles() {}

  /** The file of the class path resource {@code models/<name>}. */
  static Path model(String name) {
    URL url = ExampleFiles.class.getResource("/models/" + name);
    if (url == null) {
      throw new IllegalStateException("models/" + name + " is not on the class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
      throw new IllegalStateException(
          "models/" + name + " must be a file; run the examples from the build tree", e);
    }
  }
}
