package io.github.narrativeir.io;

import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM with a 256 MB heap by {@link SmallHeapLimitsTest}: reads each hostile document
 * and prints, per document, the milliseconds it took and the first line of the message. Exits 0
 * when every document was rejected with a limit's message.
 */
final class SmallHeapLimits {
  private SmallHeapLimits() {}

  public static void main(String[] args) throws Exception {
    ModelReader reader = ModelReader.create();
    ModelReader aliases = reader.withLimits(ReadLimits.defaults().withMaxAliases(1000));
    String[][] cases = {
      {"over the size limit", "name: '" + "x ".repeat(9 << 20) + "'\n"},
      {"deep nesting", "a: " + "[ ".repeat(100_000) + "] ".repeat(100_000) + "\n"},
      {"long run without spaces", "name: " + "x".repeat(15 << 20) + "\n"},
      {"long quoted string", "name: \"" + "x y ".repeat(4 << 20) + "\"\n"},
      {"billion laughs", laughs()},
    };
    int failures = 0;
    for (String[] c : cases) {
      byte[] bytes = c[1].getBytes(StandardCharsets.UTF_8);
      for (ModelReader r : new ModelReader[] {reader, aliases}) {
        long start = System.nanoTime();
        String message;
        try {
          r.withLimits(
                  r.limits()
                      .withMaxDocumentBytes(
                          c[0].equals("over the size limit") ? 16 << 20 : 32 << 20))
              .read("hostile.yaml", bytes, Format.YAML);
          message = "READ WITHOUT ERROR";
          failures++;
        } catch (ModelFormatException e) {
          message = e.errors().get(0).message();
          if (!message.contains("limit") && !message.contains("too large")) {
            failures++;
          }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > 1000) {
          failures++;
        }
        System.out.println(c[0] + "\t" + ms + "\t" + message);
      }
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  static String laughs() {
    StringBuilder y =
        new StringBuilder("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i <= 9; i++) {
      y.append("lol").append(i).append(": &l").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        y.append(j > 0 ? ", " : "").append("*l").append(i - 1);
      }
      y.append("]\n");
    }
    return y.toString();
  }
}
