package io.github.narrativeir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.narrativeir.internal.Ids;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  /** Every id kind: its name as it appears in messages, and its factory. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("actor", (Function<String, Object>) ActorId::of),
        Arguments.of("aspect", (Function<String, Object>) AspectId::of),
        Arguments.of("concept", (Function<String, Object>) ConceptId::of),
        Arguments.of("practice", (Function<String, Object>) PracticeId::of),
        Arguments.of("situation", (Function<String, Object>) SituationId::of));
  }

  static Stream<Arguments> kindsAndMalformed() {
    List<String> malformed =
        List.of(
            "",
            " ",
            "a b",
            " PK",
            "PK ",
            "café",
            "é",
            "Ünal",
            "a/b",
            "a\\b",
            "a\nb",
            "PK\n",
            "a,b",
            "a'b",
            "a\"b",
            "a#b",
            "a+b",
            "a@b",
            "a*b",
            "\u0661", // ARABIC-INDIC DIGIT ONE: a digit, but not an ASCII one
            "\uFF21", // FULLWIDTH LATIN CAPITAL LETTER A
            "a\u00A0b", // no-break space
            "\uD83D\uDE00"); // an emoji (surrogate pair)
    return kinds()
        .flatMap(k -> malformed.stream().map(m -> Arguments.of(k.get()[0], k.get()[1], m)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PK",
        "a",
        "Z",
        "0",
        "2001",
        "pk.frontline-state",
        "AFG-TALIBAN",
        "us_war",
        "did:PK:permit-transit:US",
        "did:PK:strike:-",
        ".",
        "-",
        "_",
        ":",
        "a.b-c_d:e",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_:"
      })
  void isValid_asciiLettersDigitsAndPunctuation(String value) {
    assertThat(Ids.isValid(value)).isTrue();
    assertThat(ActorId.of(value).value()).isEqualTo(value);
    assertThat(AspectId.of(value).value()).isEqualTo(value);
    assertThat(ConceptId.of(value).value()).isEqualTo(value);
    assertThat(PracticeId.of(value).value()).isEqualTo(value);
    assertThat(SituationId.of(value).value()).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} ''{2}''")
  @MethodSource("kindsAndMalformed")
  void of_malformed_throwsNamingKindAndValue(
      String kind, Function<String, Object> factory, String value) {
    assertThat(Ids.isValid(value)).isFalse();
    assertThatThrownBy(() -> factory.apply(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(kind + " id")
        .hasMessageContaining("'" + value + "'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void of_null_throwsNpe(String kind, Function<String, Object> factory) {
    assertThatThrownBy(() -> factory.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining(kind);
  }

  @Test
  void isValid_null_throwsNpe() {
    assertThatThrownBy(() -> Ids.isValid(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void toString_isValueAsWritten() {
    assertThat(ActorId.of("AFG-TALIBAN")).hasToString("AFG-TALIBAN");
    assertThat(AspectId.of("did:PK:x:-")).hasToString("did:PK:x:-");
  }

  @Test
  void compareTo_byCodePoint() {
    assertThat(ActorId.of("B")).isLessThan(ActorId.of("a"));
    assertThat(ActorId.of("a10")).isLessThan(ActorId.of("a9"));
    assertThat(ActorId.of("Z")).isLessThan(ActorId.of("_"));
    assertThat(ActorId.of("-")).isLessThan(ActorId.of("."));
    assertThat(ActorId.of(".")).isLessThan(ActorId.of("0"));
    assertThat(ActorId.of("9")).isLessThan(ActorId.of(":"));
    assertThat(ActorId.of(":")).isLessThan(ActorId.of("A"));
    assertThat(ActorId.of("_")).isLessThan(ActorId.of("a"));
    assertThat(ActorId.of("a")).isLessThan(ActorId.of("a-"));
    assertThat(ActorId.of("PK")).isEqualByComparingTo(ActorId.of("PK"));
  }

  @Test
  void sort_byCodePoint_sameForEveryKind() {
    List<String> values = List.of("a9", "US", "a10", "_x", "PK", "b", "B", "-", "did:PK:x:-", "1");
    List<String> expected = new ArrayList<>(values);
    Collections.sort(expected); // String order is code-point order for ASCII
    assertThat(expected)
        .containsExactly("-", "1", "B", "PK", "US", "_x", "a10", "a9", "b", "did:PK:x:-");

    assertThat(values.stream().map(ActorId::of).sorted().map(ActorId::value))
        .containsExactlyElementsOf(expected);
    assertThat(values.stream().map(AspectId::of).sorted().map(AspectId::value))
        .containsExactlyElementsOf(expected);
    assertThat(values.stream().map(ConceptId::of).sorted().map(ConceptId::value))
        .containsExactlyElementsOf(expected);
    assertThat(values.stream().map(PracticeId::of).sorted().map(PracticeId::value))
        .containsExactlyElementsOf(expected);
    assertThat(values.stream().map(SituationId::of).sorted().map(SituationId::value))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void equals_byValueWithinKindOnly() {
    new EqualsTester()
        .addEqualityGroup(ActorId.of("x"), ActorId.of("x"))
        .addEqualityGroup(AspectId.of("x"), AspectId.of("x"))
        .addEqualityGroup(ConceptId.of("x"), ConceptId.of("x"))
        .addEqualityGroup(PracticeId.of("x"), PracticeId.of("x"))
        .addEqualityGroup(SituationId.of("x"), SituationId.of("x"))
        .addEqualityGroup(ActorId.of("X"))
        .addEqualityGroup(ActorId.of("y"))
        .addEqualityGroup("x")
        .testEquals();
  }

  @Test
  void nulls_rejectedByEveryPublicMethod() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        List.of(
            Ids.class,
            ActorId.class,
            AspectId.class,
            ConceptId.class,
            PracticeId.class,
            SituationId.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(ActorId.of("x"));
    tester.testAllPublicInstanceMethods(AspectId.of("x"));
    tester.testAllPublicInstanceMethods(ConceptId.of("x"));
    tester.testAllPublicInstanceMethods(PracticeId.of("x"));
    tester.testAllPublicInstanceMethods(SituationId.of("x"));
  }
}
