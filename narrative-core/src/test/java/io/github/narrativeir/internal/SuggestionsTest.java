package io.github.narrativeir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class SuggestionsTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}'' = {2}")
  @CsvSource(
      value = {
        "'',              '',               0",
        "'',              abc,              3",
        "abc,             '',               3",
        "abc,             abc,              0",
        "kitten,          sitting,          3",
        "flaw,            lawn,             2",
        "priorty,         priority,         1", // deletion
        "priority,        priorty,          1", // insertion
        "PK,              Pk,               1", // substitution; case matters
        "ab,              ba,               2", // a transposition is two edits
        "us-ultimatum,    us-ultimatim,     1",
        "permit-transit,  permit-transt,    1",
        "a,               b,                1",
        "abc,             xyz,              3",
        "did:PK:x:US,     did:PK:y:-,       3",
      },
      ignoreLeadingAndTrailingWhitespace = true)
  void distance_levenshtein(String a, String b, int expected) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(expected);
    assertThat(Suggestions.distance(b, a)).isEqualTo(expected);
  }

  @Test
  void distance_metricProperties_onSampleWords() {
    List<String> words =
        List.of(
            "", "a", "ab", "ba", "abc", "PK", "US", "us-war", "us-warr", "strike", "Strike",
            "sitting");
    for (String a : words) {
      for (String b : words) {
        int ab = Suggestions.distance(a, b);
        assertThat(ab).isEqualTo(Suggestions.distance(b, a));
        assertThat(ab == 0).isEqualTo(a.equals(b));
        assertThat(ab)
            .isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        for (String c : words) {
          assertThat(ab)
              .isLessThanOrEqualTo(Suggestions.distance(a, c) + Suggestions.distance(c, b));
        }
      }
    }
  }

  @Test
  void closest_smallestDistance() {
    assertThat(Suggestions.closest("us-ultimatim", List.of("us-war", "us-ultimatum", "rent")))
        .contains("us-ultimatum");
    assertThat(Suggestions.closest("x", List.of("abcdef"))).contains("abcdef");
  }

  @Test
  void closest_tie_smallerCandidateWhateverTheOrder() {
    // "UK" is one edit from both "PK" and "US"; "PK" < "US".
    assertThat(Suggestions.closest("UK", List.of("US", "PK"))).contains("PK");
    assertThat(Suggestions.closest("UK", List.of("PK", "US"))).contains("PK");
    // By code point: upper case before lower case.
    assertThat(Suggestions.closest("ab", List.of("ac", "aB", "aa"))).contains("aB");
    assertThat(Suggestions.closest("ab", List.of("aa", "ac", "aB"))).contains("aB");
    assertThat(Suggestions.closest("a0", List.of("a9", "a1"))).contains("a1");
  }

  @Test
  void closest_tieAmongMany_orderIndependent() {
    List<String> candidates = List.of("bx", "ax", "cx", "xb", "xa");
    for (int shift = 0; shift < candidates.size(); shift++) {
      List<String> rotated =
          new java.util.ArrayList<>(candidates.subList(shift, candidates.size()));
      rotated.addAll(candidates.subList(0, shift));
      assertThat(Suggestions.closest("xx", rotated)).as(rotated.toString()).contains("ax");
    }
  }

  @Test
  void closest_exactMatch_itself() {
    assertThat(Suggestions.closest("PK", List.of("PKK", "PK", "K"))).contains("PK");
  }

  @Test
  void closest_noCandidates_empty() {
    assertThat(Suggestions.closest("PK", List.of())).isEmpty();
    assertThat(Suggestions.plausible("PK", List.of())).isEmpty();
    assertThat(Suggestions.didYouMean("PK", List.of())).isEmpty();
  }

  @Test
  void plausible_closeTypo_suggested() {
    Set<String> ids = new TreeSet<>(List.of("permit-transit", "strike", "us-ultimatum"));

    assertThat(Suggestions.plausible("permit-transt", ids)).contains("permit-transit");
    assertThat(Suggestions.plausible("strke", ids)).contains("strike");
    assertThat(Suggestions.plausible("us-ultimatim", ids)).contains("us-ultimatum");
    assertThat(Suggestions.plausible("us-ulltimatumm", ids)).contains("us-ultimatum");
  }

  @Test
  void plausible_farFromEverything_empty() {
    Set<String> ids = new TreeSet<>(List.of("permit-transit", "strike", "us-ultimatum"));

    assertThat(Suggestions.plausible("drone-campaign", ids)).isEmpty();
    assertThat(Suggestions.plausible("AFG-TALIBAN", List.of("US", "PK"))).isEmpty();
  }

  @Test
  void plausible_thresholdIsAThirdOfTheShorterLength_oneEditForShortNames() {
    // 12 and 12 characters: a third is 4.
    assertThat(Suggestions.plausible("abcdefghijkl", List.of("abcdefghwxyz")))
        .contains("abcdefghwxyz");
    assertThat(Suggestions.plausible("abcdefghijkl", List.of("abcdefgvwxyz"))).isEmpty();
    // Four to eleven characters: two edits.
    assertThat(Suggestions.plausible("abcd", List.of("axyd"))).contains("axyd");
    // Three characters or fewer: one edit, never the whole name.
    assertThat(Suggestions.plausible("abc", List.of("abx"))).contains("abx");
    assertThat(Suggestions.plausible("abc", List.of("axy"))).isEmpty();
    assertThat(Suggestions.plausible("<<", List.of("id"))).isEmpty();
    assertThat(Suggestions.plausible("PK", List.of("US"))).isEmpty();
  }

  @Test
  void plausible_onlyConsidersTheClosest() {
    // The closest is plausible; a farther, also plausible one is not returned.
    assertThat(Suggestions.plausible("strik", List.of("strike", "stick"))).contains("strike");
  }

  @Test
  void didYouMean_format() {
    assertThat(Suggestions.didYouMean("Pk", List.of("PK", "US"))).isEqualTo("; did you mean 'PK'?");
    assertThat(Suggestions.didYouMean("AFG-TALIBAN", List.of("PK", "US"))).isEmpty();
  }

  /** The closest candidate as it was computed before the index: every candidate, full distance. */
  private static Optional<String> referenceClosest(String name, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = Suggestions.distance(name, candidate);
      if (d < bestDistance
          || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> referencePlausible(String name, List<String> candidates) {
    return referenceClosest(name, candidates)
        .filter(
            c -> {
              int shorter = Math.min(name.length(), c.length());
              int allowed = shorter <= 3 ? 1 : Math.max(2, shorter / 3);
              int d = Suggestions.distance(name, c);
              return d <= allowed && d < name.length();
            });
  }

  /** Short words over a small alphabet, so that near misses and ties are common. */
  private static Gen<String> words() {
    return strings()
        .betweenCodePoints('a', 'd')
        .ofLengthBetween(0, 9)
        .mix(strings().betweenCodePoints('A', 'c').ofLengthBetween(0, 14), 30);
  }

  @Test
  void linearAndIndex_agreeWithTheReference_onRandomWords() {
    qt().withExamples(3000)
        .forAll(lists().of(words()).ofSizeBetween(0, 40), words(), integers().between(0, 1000))
        .checkAssert(
            (candidates, name, seed) -> {
              List<String> shuffled = new ArrayList<>(candidates);
              Collections.shuffle(shuffled, new java.util.Random(seed));
              Suggestions.Index index = Suggestions.index(shuffled);
              Optional<String> closest = referenceClosest(name, candidates);
              Optional<String> plausible = referencePlausible(name, candidates);
              assertThat(Suggestions.closest(name, shuffled)).isEqualTo(closest);
              assertThat(index.closest(name)).isEqualTo(closest);
              assertThat(index.closest(name)).isEqualTo(closest); // cached
              assertThat(Suggestions.plausible(name, shuffled)).isEqualTo(plausible);
              assertThat(index.plausible(name)).isEqualTo(plausible);
              assertThat(index.didYouMean(name))
                  .isEqualTo(Suggestions.didYouMean(name, candidates));
            });
  }

  @Test
  void index_longNamesAndCandidates_sameAnswers() {
    String longA = "x".repeat(300) + "a";
    String longB = "x".repeat(300) + "b";
    List<String> candidates = List.of("short", longA, longB, "x".repeat(299));
    for (String name : List.of("x".repeat(301), "shrt", "x".repeat(300), "", longB + "c")) {
      assertThat(Suggestions.index(candidates).closest(name))
          .as(name.length() + " characters")
          .isEqualTo(referenceClosest(name, candidates));
      assertThat(Suggestions.index(candidates).plausible(name))
          .isEqualTo(referencePlausible(name, candidates));
    }
  }

  @Test
  void index_manyUnknownIds_linearInPractice() {
    // 16,000 misspelled ids against 16,000 candidates: quadratic comparison took about a minute.
    List<String> candidates = new ArrayList<>();
    for (int i = 0; i < 16_000; i++) {
      candidates.add(String.format("aspect-%05d", i));
    }
    Suggestions.Index index = Suggestions.index(candidates);
    long start = System.nanoTime();
    for (int i = 0; i < 16_000; i++) {
      String name = String.format("aspcet-%05d", i);
      assertThat(index.didYouMean(name)).isEqualTo("; did you mean '" + candidates.get(i) + "'?");
    }
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void boundedDistance_exactWithinTheLimit_overItBeyond() {
    assertThat(Suggestions.boundedDistance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(Suggestions.boundedDistance("kitten", "sitting", 2)).isGreaterThan(2);
    assertThat(Suggestions.boundedDistance("abc", "abcdefgh", 2)).isGreaterThan(2);
    assertThat(Suggestions.boundedDistance("", "", 0)).isZero();
  }
}
