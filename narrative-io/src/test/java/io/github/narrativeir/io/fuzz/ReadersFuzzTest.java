package io.github.narrativeir.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.narrativeir.io.Format;
import java.io.IOException;
import java.util.Arrays;

/**
 * The four readers fuzzed in one run: the first byte chooses the reader (0 the YAML model reader, 1
 * the JSON one, 2 the mapping reader, 3 the table reader, the rest by remainder) and the other
 * bytes are its input, with the checks of {@link ModelReaderFuzzTest} and {@link
 * TableImportFuzzTest}. Jazzer fuzzes one test per JVM, and starting one costs far more than the
 * seconds of a smoke run; so {@code mvn verify} fuzzes this one target, whose coverage guidance
 * reaches all four readers, instead of starting four JVMs. A long run of one reader still uses its
 * own test ({@code -Dtest='ModelReaderFuzzTest#yaml'}).
 */
class ReadersFuzzTest {
  @FuzzTest(maxDuration = "8s")
  void anyReader(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    switch (Math.floorMod(input[0], 4)) {
      case 0 -> ModelReaderFuzzTest.read(rest, Format.YAML);
      case 1 -> ModelReaderFuzzTest.read(rest, Format.JSON);
      case 2 -> TableImportFuzzTest.fuzzMapping(rest);
      default -> TableImportFuzzTest.fuzzTable(rest);
    }
  }
}
