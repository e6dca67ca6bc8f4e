package io.github.narrativeir.spark;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test resources of this package, as files. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
