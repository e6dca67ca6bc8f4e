package io.github.narrativeir.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The JSON written through Jackson's generator is byte for byte the text the library wrote by hand
 * before ({@link TreeJsonOracle}), whether it goes to a string, a writer or a UTF-8 stream.
 */
class JsonTextTest {
  /** Characters that exercise every escaping rule, and some that must be left alone. */
  private static final String[] PALETTE = {
    "a",
    "Z",
    "0",
    " ",
    "/",
    "\"",
    "\\",
    "\n",
    "\r",
    "\t",
    "\b",
    "\f",
    "\u0000",
    "\u0001",
    "\u001f",
    "\u007f",
    "\u0080",
    "\u0085",
    "\u00a0",
    "é",
    "€",
    "\u2027",
    "\u2028",
    "\u2029",
    "\u202a",
    "\ufeff",
    "\uffff",
    "\ud83d\ude00",
    "\ud800\udc00",
    "\udbff\udfff",
    ":",
    "-"
  };

  /** Trees described by small integers, so that a failing tree shrinks to a smaller one. */
  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, 63)).ofSizeBetween(0, 120);
  }

  @Test
  void anyTree_isWrittenExactlyAsTheHandWrittenWriterDid_toEveryKindOfTarget() {
    qt().withExamples(600)
        .forAll(codes())
        .checkAssert(
            codes -> {
              Object tree = new TreeDecoder(codes).value(0);
              String expected = TreeJsonOracle.write(tree);

              assertThat(JsonText.write(tree)).isEqualTo(expected);
              assertThat(writtenToWriter(tree)).isEqualTo(expected);
              assertThat(writtenToStream(tree))
                  .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            });
  }

  @Test
  void emptyContainers_scalarsAndDeepNesting_matchTheFormat() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("empty list", List.of());
    tree.put("empty map", Map.of());
    tree.put("none", null);
    tree.put("decimal", new BigDecimal("1E+3"));
    tree.put("small", new BigDecimal("0.000001"));
    tree.put("long", Long.MIN_VALUE);
    tree.put("list", List.of("x", 1, List.of()));
    Object deep = "leaf";
    for (int i = 0; i < 40; i++) {
      deep = List.of(deep);
    }
    tree.put("deep", deep);

    String text = JsonText.write(tree);

    assertThat(text).isEqualTo(TreeJsonOracle.write(tree));
    assertThat(text)
        .startsWith("{\n  \"empty list\": [],\n  \"empty map\": {},\n  \"none\": null,\n")
        .contains("\"decimal\": 1000,\n  \"small\": 0.000001,\n  \"long\": -9223372036854775808,")
        .contains("\"list\": [\n    \"x\",\n    1,\n    []\n  ],")
        .endsWith("]\n}\n");
  }

  @Test
  void escapes_areThoseOfTheFormat() {
    String text = JsonText.write(List.of("\"\\/\n\u0001\u001f\u2028\u2029\u0085é\ud83d\ude00"));

    assertThat(text)
        .isEqualTo("[\n  \"\\\"\\\\/\\n\\u0001\\u001f\\u2028\\u2029\u0085é\ud83d\ude00\"\n]\n");
  }

  @Test
  void loneSurrogate_isEscapedInAStream_soThatItReadsBackInsteadOfBecomingAQuestionMark() {
    // not valid Unicode, but a JSON text may hold it as an escape; the hand-written writer's bytes
    // went through a UTF-8 encoder that replaced it with '?', losing it
    byte[] bytes = writtenToStream(List.of("a\ud800b", "\udc00"));

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("[\n  \"a\\ud800b\",\n  \"\\udc00\"\n]\n");
  }

  private static String writtenToWriter(Object tree) {
    StringWriter out = new StringWriter();
    try {
      JsonText.write(tree, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  private static byte[] writtenToStream(Object tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      JsonText.write(tree, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  /** Reads a tree off a list of codes; a list that runs out ends every container. */
  private static final class TreeDecoder {
    private final Iterator<Integer> codes;

    TreeDecoder(List<Integer> codes) {
      this.codes = codes.iterator();
    }

    private int next() {
      return codes.hasNext() ? codes.next() : 0;
    }

    Object value(int depth) {
      int code = next();
      int kind = depth > 6 ? code % 6 : code % 9;
      switch (kind) {
        case 0:
        case 1:
          return string();
        case 2:
          return null;
        case 3:
          return code % 2 == 0;
        case 4:
          return (code % 2 == 0 ? -1 : 1) * (long) next() * next() * 1_000_003L;
        case 5:
          return BigDecimal.valueOf(next() - 31, next() % 5 - 1);
        case 6:
          return container(depth, false);
        case 7:
          return container(depth, true);
        default:
          return container(depth, code % 2 == 0);
      }
    }

    private Object container(int depth, boolean map) {
      if (!map) {
        return items(depth);
      }
      Map<String, Object> object = new LinkedHashMap<>();
      int size = next() % 4;
      for (int i = 0; i < size && codes.hasNext(); i++) {
        object.put(string() + "#" + i, value(depth + 1));
      }
      return object;
    }

    private List<Object> items(int depth) {
      List<Object> list = new ArrayList<>();
      int size = next() % 4;
      for (int i = 0; i < size && codes.hasNext(); i++) {
        list.add(value(depth + 1));
      }
      return list;
    }

    private String string() {
      StringBuilder s = new StringBuilder();
      int length = next() % 6;
      for (int i = 0; i < length; i++) {
        s.append(PALETTE[next() % PALETTE.length]);
      }
      return s.toString();
    }
  }
}
