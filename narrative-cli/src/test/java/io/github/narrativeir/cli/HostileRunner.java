package io.github.narrativeir.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs many hostile command lines in one child JVM with a small heap (256 MB by default), the way a
 * user's machine would meet them, and reports for each its exit code, time and output. One JVM for
 * a whole batch keeps the suite fast; each case still runs {@link NarrativeCli#run} from scratch,
 * so a case that exhausts memory must be turned into a clean exit by the command itself.
 *
 * <p>Use from a test: build a list of {@link Case}s, call {@link #run(List)}, then assert on each
 * {@link Outcome} (see {@link Outcome#assertCleanUserError} and {@link
 * Outcome#assertCleanResourceError}). A case that hangs stops the batch; the failure names it.
 */
final class HostileRunner {
  /** The heap of the child JVM. */
  static final String HEAP = "-Xmx256m";

  /** How long a whole batch may take before it counts as hung. */
  static final long BATCH_TIMEOUT_SECONDS = 240;

  private static final java.util.regex.Pattern TRACE_NAME =
      java.util.regex.Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error)\\b");

  private static final String START = "\u0001START\t";
  private static final String END = "\u0001END\t";

  /**
   * One command line: a name (unique in its batch), the arguments, and what standard input holds (a
   * file whose bytes are fed, or none for an empty stream).
   */
  record Case(String name, List<String> args, Path stdin) {
    Case {
      if (name.contains("\t") || name.contains("\n")) {
        throw new IllegalArgumentException("case names cannot hold tabs or newlines: " + name);
      }
      args = List.copyOf(args);
    }

    static Case of(String name, String... args) {
      return new Case(name, List.of(args), null);
    }

    Case withStdin(Path file) {
      return new Case(name, args, file);
    }
  }

  /** What one case did. */
  record Outcome(String name, int exit, long millis, String out, String err) {
    /** Exit 2, no trace, standard error naming {@code where} (a FILE:LINE: prefix, say). */
    Outcome assertCleanUserError(String where) {
      check(exit == 2, "exit 2 (bad input)");
      check(err.contains(where), "standard error naming '" + where + "'");
      return assertNoTrace();
    }

    /** Exit 1 and one line on standard error that contains {@code words}, no trace. */
    Outcome assertCleanResourceError(String words) {
      check(exit == 1, "exit 1 (resources exhausted)");
      check(err.contains(words), "standard error containing '" + words + "'");
      check(err.strip().lines().count() == 1, "exactly one line on standard error");
      return assertNoTrace();
    }

    /** No stack trace and no Java exception or error class name on either stream. */
    Outcome assertNoTrace() {
      String both = out + err;
      check(!both.contains("\tat "), "no stack frame");
      check(!TRACE_NAME.matcher(both).find(), "no Java exception or error class name");
      return this;
    }

    /** Finished within {@code seconds}. */
    Outcome assertWithin(int seconds) {
      check(
          millis <= seconds * 1000L, "finished within " + seconds + " s (took " + millis + " ms)");
      return this;
    }

    private void check(boolean ok, String expected) {
      if (!ok) {
        throw new AssertionError(
            "case '"
                + name
                + "': expected "
                + expected
                + "; exit "
                + exit
                + " after "
                + millis
                + " ms\n--- stdout (first 2000 chars) ---\n"
                + head(out)
                + "\n--- stderr (first 2000 chars) ---\n"
                + head(err));
      }
    }

    private static String head(String s) {
      return s.length() <= 2000 ? s : s.substring(0, 2000) + "...";
    }
  }

  private HostileRunner() {}

  /** Runs {@code cases} in one child JVM with {@link #HEAP}, in order; outcomes by case name. */
  static Map<String, Outcome> run(List<Case> cases) throws IOException, InterruptedException {
    return run(cases, HEAP);
  }

  static Map<String, Outcome> run(List<Case> cases, String heap)
      throws IOException, InterruptedException {
    Path spec = Files.createTempFile("hostile-cases", ".tsv");
    try {
      List<String> lines = new ArrayList<>();
      for (Case c : cases) {
        List<String> fields = new ArrayList<>();
        fields.add(c.name());
        fields.add(c.stdin() == null ? "" : c.stdin().toString());
        fields.addAll(c.args());
        lines.add(String.join("\t", fields.stream().map(HostileRunner::escape).toList()));
      }
      Files.write(spec, lines, UTF_8);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p =
          new ProcessBuilder(
                  java,
                  heap,
                  "-XX:+UseSerialGC",
                  "-cp",
                  System.getProperty("java.class.path"),
                  HostileRunner.class.getName(),
                  spec.toString())
              .redirectErrorStream(true)
              .start();
      ByteArrayOutputStream collected = new ByteArrayOutputStream();
      Thread pump =
          new Thread(
              () -> {
                try (InputStream in = p.getInputStream()) {
                  in.transferTo(collected);
                } catch (IOException e) {
                  // the child died; what was collected is reported below
                }
              });
      pump.start();
      boolean finished = p.waitFor(BATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!finished) {
        p.destroyForcibly();
      }
      pump.join(5000);
      String output = collected.toString(UTF_8);
      Map<String, Outcome> outcomes = parse(output);
      if (!finished || outcomes.size() != cases.size()) {
        String running =
            output
                .lines()
                .filter(l -> l.startsWith(START))
                .reduce((a, b) -> b)
                .map(l -> l.substring(START.length()))
                .orElse("(none started)");
        throw new AssertionError(
            (finished ? "the child JVM stopped early" : "the batch hung")
                + " in case '"
                + running
                + "' ("
                + outcomes.size()
                + " of "
                + cases.size()
                + " finished); its output ends:\n"
                + tail(output));
      }
      return outcomes;
    } finally {
      Files.deleteIfExists(spec);
    }
  }

  /** The child: runs every case of the spec file in order and prints an outcome record for each. */
  public static void main(String[] args) throws IOException {
    PrintStream report =
        new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, UTF_8);
    for (String line : Files.readAllLines(Path.of(args[0]), UTF_8)) {
      String[] fields = line.split("\t", -1);
      String name = unescape(fields[0]);
      String stdin = unescape(fields[1]);
      String[] cliArgs = new String[fields.length - 2];
      for (int i = 2; i < fields.length; i++) {
        cliArgs[i - 2] = unescape(fields[i]);
      }
      report.println(START + name);
      ByteArrayOutputStream out = new BoundedBuffer();
      ByteArrayOutputStream err = new BoundedBuffer();
      long start = System.nanoTime();
      int exit;
      try (InputStream in =
          stdin.isEmpty() ? InputStream.nullInputStream() : Files.newInputStream(Path.of(stdin))) {
        exit =
            NarrativeCli.run(
                cliArgs, in, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
      } catch (Throwable t) {
        // escaped the command's own handling: that is a failure the parent reports
        exit = -1;
        err.reset();
        err.write(("ESCAPED: " + t).getBytes(UTF_8));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      report.println(
          END
              + escape(name)
              + "\t"
              + exit
              + "\t"
              + millis
              + "\t"
              + escape(out.toString(UTF_8))
              + "\t"
              + escape(err.toString(UTF_8)));
    }
  }

  private static Map<String, Outcome> parse(String output) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String line : output.lines().toList()) {
      if (line.startsWith(END)) {
        String[] f = line.substring(END.length()).split("\t", -1);
        outcomes.put(
            unescape(f[0]),
            new Outcome(
                unescape(f[0]),
                Integer.parseInt(f[1]),
                Long.parseLong(f[2]),
                unescape(f[3]),
                unescape(f[4])));
      }
    }
    return outcomes;
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Keeps the first 64 KiB of a stream: a hostile case must not fill the child's heap with output.
   */
  private static final class BoundedBuffer extends ByteArrayOutputStream {
    private static final int LIMIT = 64 << 10;

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      int room = Math.max(0, LIMIT - count);
      super.write(b, off, Math.min(len, room));
    }

    @Override
    public synchronized void write(int b) {
      if (count < LIMIT) {
        super.write(b);
      }
    }
  }
}
