package io.github.narrativeir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.narrativeir.io.Problem;
import io.github.narrativeir.io.ProblemCode;
import io.github.narrativeir.model.Severity;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Option;

/** The command line adds the option that fixes a problem to the library's message, by its code. */
class ProblemMessagesTest {
  /** The limits no option of the command line sets: they are fixed, or the parser's own. */
  private static final Set<ProblemCode> FIXED_LIMITS =
      EnumSet.of(
          ProblemCode.LIMIT_PARSER,
          ProblemCode.LIMIT_TABLE_LINE,
          ProblemCode.LIMIT_PERIODS,
          ProblemCode.LIMIT_REGEX_STEPS);

  @Test
  void everyOption_isAnOptionOfTheCommandsThatRead() {
    Set<String> options =
        Arrays.stream(ReadOptions.class.getDeclaredFields())
            .map(f -> f.getAnnotation(Option.class))
            .filter(o -> o != null)
            .flatMap(o -> Arrays.stream(o.names()))
            .collect(Collectors.toSet());

    assertThat(ProblemMessages.OPTIONS.values()).isSubsetOf(options).doesNotHaveDuplicates();
  }

  @Test
  void everyLimitALimitOptionSets_mapsToThatOption() {
    for (ProblemCode code : ProblemCode.values()) {
      if (code.id().startsWith("limit.") && !FIXED_LIMITS.contains(code)) {
        assertThat(ProblemMessages.OPTIONS).as("the option of %s", code).containsKey(code);
        assertThat(ProblemMessages.OPTIONS.get(code))
            .isEqualTo("--max-" + code.id().substring("limit.".length()));
      }
    }
    assertThat(ProblemMessages.OPTIONS)
        .doesNotContainKeys(FIXED_LIMITS.toArray(ProblemCode[]::new));
  }

  @Test
  void limit_isRenderedWithItsOption_beforeThePointer() {
    Problem p =
        new Problem(
            ProblemCode.LIMIT_VALUES,
            Severity.ERROR,
            "in.yaml",
            3,
            4,
            "/a/0",
            "the document has more than 3 values, over the limit maxValues=3; raise it with"
                + " ReadLimits.withMaxValues(...)");

    assertThat(ProblemMessages.render(p))
        .isEqualTo(
            "in.yaml:3:4: the document has more than 3 values, over the limit maxValues=3;"
                + " raise it with ReadLimits.withMaxValues(...) or the command-line option --max-values"
                + " (at /a/0)");
  }

  @Test
  void conceptSetAsModel_isRenderedWithTheOption_inItsRemark() {
    Problem p =
        new Problem(
            ProblemCode.CONCEPT_SET_AS_MODEL,
            Severity.ERROR,
            "set.yaml",
            1,
            9,
            "/format",
            "expected 'format: narrative-model/1', found 'narrative-concepts/1' (a concept set"
                + " cannot be read as a model)");

    assertThat(ProblemMessages.render(p))
        .isEqualTo(
            "set.yaml:1:9: expected 'format: narrative-model/1', found 'narrative-concepts/1'"
                + " (a concept set cannot be read as a model; give it with --concepts) (at /format)");
  }

  @Test
  void aProblemWithoutAnOption_isRenderedAsTheLibraryRendersIt() {
    for (ProblemCode code : ProblemCode.values()) {
      if (!ProblemMessages.OPTIONS.containsKey(code)) {
        Problem p = new Problem(code, Severity.WARNING, "m.yaml", 2, 0, "/x", "what is wrong (x)");
        assertThat(ProblemMessages.render(p)).as("%s", code).isEqualTo(p.render());
      }
    }
  }

  @Test
  void aLimitOverTheCommandLine_namesBothTheSettingAndTheOption() {
    NarrativeCliTest.Run run =
        NarrativeCliTest.run(
            "validate", NarrativeCliTest.resource("frontline.yaml"), "--max-values", "10");

    assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err())
        .contains(
            "over the limit maxValues=10; raise it with"
                + " ReadLimits.withMaxValues(...) or the command-line option --max-values");
  }
}
