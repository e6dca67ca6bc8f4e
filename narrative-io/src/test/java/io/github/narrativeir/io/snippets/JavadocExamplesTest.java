package io.github.narrativeir.io.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.io.TestClassPath;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every code example in the Javadoc of the library (narrative-core and narrative-io) and of the
 * workload generator (narrative-testing) compiles against the library as it is: each {@code
 * <pre>{@code ...}</pre>} block is compiled as the body of a method of a class extending {@link
 * SnippetContext}, whose fields stand for the values an example takes as given ({@code model},
 * {@code result}, ...), or, if it declares members, as the body of such a class. An example that no
 * longer compiles fails here with its file and line.
 */
class JavadocExamplesTest {
  private static final Pattern BLOCK =
      Pattern.compile("<pre>\\{@code\\s*\\n(.*?)\\n\\s*\\*\\s*\\}</pre>", Pattern.DOTALL);

  private static final String IMPORTS =
      String.join(
          "\n",
          "import io.github.narrativeir.model.*;",
          "import io.github.narrativeir.inference.*;",
          "import io.github.narrativeir.analysis.*;",
          "import io.github.narrativeir.io.*;",
          "import io.github.narrativeir.io.report.*;",
          "import io.github.narrativeir.io.jackson.*;",
          "import io.github.narrativeir.io.dna.*;",
          "import io.github.narrativeir.testing.*;",
          "import com.fasterxml.jackson.databind.ObjectMapper;",
          "import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;",
          "import com.google.common.collect.*;",
          "import java.io.*;",
          "import java.math.BigDecimal;",
          "import java.nio.file.*;",
          "import java.util.*;",
          "import java.time.*;",
          "");

  /** An example found in a source file. */
  record Example(Path file, int line, String code) {
    @Override
    public String toString() {
      return file.getFileName() + ":" + line;
    }
  }

  @Test
  void everyJavadocExampleOfTheLibrary_compiles() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String module : List.of("narrative-core", "narrative-testing", "narrative-io")) {
      examples.addAll(examples(moduleRoot(module).resolve("src/main/java")));
    }
    assertThat(examples).as("the examples found").hasSizeGreaterThan(10);

    List<Source> all = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      all.add(
          new Source(
              "Example" + i, "void run() throws Exception {\n" + examples.get(i).code() + "\n}"));
    }
    if (compileAll(all).isEmpty()) {
      return; // all compile as method bodies, in one run of the compiler
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      String asMethod =
          compile("Example" + i, "void run() throws Exception {\n" + e.code() + "\n}");
      if (asMethod.isEmpty()) {
        continue;
      }
      String asClass = compile("Example" + i, e.code());
      if (!asClass.isEmpty()) {
        failures.add(e + "\n" + e.code() + "\n--- as a method body:\n" + asMethod);
      }
    }
    assertThat(failures).as("examples that do not compile").isEmpty();
  }

  @Test
  void everyJavaExampleOfTheReadme_compiles() throws IOException {
    Path readme = moduleRoot("narrative-io").getParent().resolve("README.md");
    String text = Files.readString(readme);
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
    List<Example> examples = new ArrayList<>();
    while (m.find()) {
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      // the imports an example shows are those every example here has already
      examples.add(new Example(readme, line, m.group(1).replaceAll("(?m)^import [^;]+;\\s*$", "")));
    }
    int n = examples.size();
    List<String> failures = new ArrayList<>();
    List<Source> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(
          new Source(
              "Readme" + i, "void run() throws Exception {\n" + examples.get(i).code() + "\n}"));
    }
    if (!compileAll(all).isEmpty()) {
      for (int i = 0; i < n; i++) {
        Example e = examples.get(i);
        String asMethod =
            compile("Readme" + i, "void run() throws Exception {\n" + e.code() + "\n}");
        if (!asMethod.isEmpty() && !compile("Readme" + i, e.code()).isEmpty()) {
          failures.add(e + "\n" + e.code() + "\n--- as a method body:\n" + asMethod);
        }
      }
    }
    assertThat(n).as("the README's Java examples").isGreaterThan(3);
    assertThat(failures).as("README examples that do not compile").isEmpty();
  }

  private static Path moduleRoot(String module) {
    Path here = Path.of("").toAbsolutePath();
    Path sibling = here.resolveSibling(module);
    return Files.isDirectory(sibling) ? sibling : here.resolve(module);
  }

  private static List<Example> examples(Path sources) throws IOException {
    List<Example> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(file);
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
          int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
          found.add(new Example(file, line, javadocToJava(m.group(1))));
        }
      }
    }
    return found;
  }

  /** The code of a Javadoc block: the leading {@code *} of each line removed. */
  private static String javadocToJava(String block) {
    StringBuilder code = new StringBuilder();
    for (String line : block.split("\n")) {
      code.append(line.replaceFirst("^\\s*\\* ?", "")).append('\n');
    }
    return code.toString().replace("{@literal @}", "@");
  }

  /** Compiles a class with {@code body}; returns the compiler's errors, empty when it compiles. */
  private static String compile(String name, String body) {
    return compileAll(List.of(new Source(name, body)));
  }

  /** A class to compile: its name and the body it holds. */
  record Source(String name, String body) {
    String text() {
      return "package io.github.narrativeir.io.snippets;\n"
          + IMPORTS
          + "abstract class "
          + name
          + " extends SnippetContext {\n"
          + body
          + "\n}\n";
    }
  }

  /**
   * Compiles the classes in one run of the compiler; returns its errors, empty when all compile.
   */
  static String compileAll(List<Source> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> files = new ArrayList<>();
    for (Source source : sources) {
      files.add(
          new SimpleJavaFileObject(
              URI.create("string:///" + source.name() + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source.text();
            }
          });
    }
    StringWriter out = new StringWriter();
    Path classes;
    try {
      classes = Files.createTempDirectory("javadoc-examples");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    boolean ok =
        compiler
            .getTask(
                out,
                null,
                diagnostics,
                List.of("-proc:none", "-classpath", TestClassPath.get(), "-d", classes.toString()),
                null,
                files)
            .call();
    if (ok) {
      return "";
    }
    StringBuilder errors = new StringBuilder(out.toString());
    diagnostics.getDiagnostics().forEach(d -> errors.append(d).append('\n'));
    return errors.toString();
  }
}
