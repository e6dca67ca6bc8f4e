package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        List.of("", "a", "ab", "ba", "abc", "PK", "US", "us-war", "us-warr", "strike", "Strike", "sitting");
    for (String a : words) {
      for (String b : words) {
        int ab = Suggestions.distance(a, b);
        assertThat(ab).isEqualTo(Suggestions.distance(b, a));
        assertThat(ab == 0).isEqualTo(a.equals(b));
        assertThat(ab).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
        for (String c : words) {
          assertThat(ab).isLessThanOrEqualTo(Suggestions.distance(a, c) + Suggestions.distance(c, b));
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
    assertThat(Suggestions.plausible("abcdefghijkl", List.of("abcdefghwxyz"))).contains("abcdefghwxyz");
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
}
