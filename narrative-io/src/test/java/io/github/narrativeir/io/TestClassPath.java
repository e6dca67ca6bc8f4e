package io.github.narrativeir.io;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class path a child JVM or an in-process compiler needs to see what this test JVM sees,
 * whether the tests run on the class path or, patched into the {@code io.github.narrativeir.io}
 * module, on the module path: the test classes, then the module path, then the class path. The
 * child runs everything on its class path; it checks heap limits or compiles snippets as a
 * class-path user would, not the module graph.
 */
public final class TestClassPath {
  private TestClassPath() {}

  /** The entries joined with the platform's path separator. */
  public static String get() {
    List<String> entries = new ArrayList<>();
    entries.add(testClasses().toString());
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.add(value);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The directory this class was loaded from (a patch of the module, or a class path entry). */
  private static Path testClasses() {
    String resource = TestClassPath.class.getSimpleName() + ".class";
    try {
      Path file = Path.of(TestClassPath.class.getResource(resource).toURI());
      Path root = file.getParent();
      for (int i = 0; i < TestClassPath.class.getPackageName().split("\\.").length; i++) {
        root = root.getParent();
      }
      return root;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
