package io.github.narrativeir.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSortedSet;
import io.github.narrativeir.model.AspectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** An episode's perceived set kept as its difference from the shared base. */
class PerceptionTest {
  private static AspectId[] ids(Set<Integer> numbers) {
    return numbers.stream()
        .sorted()
        .map(n -> AspectId.of(String.format("a%03d", n)))
        .toArray(AspectId[]::new);
  }

  /** Sets of at most 60 numbers in 0-120, which shrink to fewer and smaller numbers. */
  private static Gen<Set<Integer>> sets() {
    return lists()
        .of(integers().between(0, 120))
        .ofSizeBetween(0, 60)
        .map(list -> (Set<Integer>) new TreeSet<>(list));
  }

  @Test
  void toSet_isTheBaseLessRemovedPlusAdded() {
    qt().withExamples(500)
        .forAll(sets(), sets(), sets())
        .checkAssert(PerceptionTest::toSetIsBaseLessRemovedPlusAdded);
  }

  private static void toSetIsBaseLessRemovedPlusAdded(
      Set<Integer> base, Set<Integer> others, Set<Integer> remove) {
    AspectId[] baseIds = ids(base);
    TreeSet<AspectId> expected = new TreeSet<>(List.of(baseIds));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < baseIds.length; i++) {
      if (remove.contains(i)) {
        positions.add(i);
        expected.remove(baseIds[i]);
      }
    }
    Set<Integer> addedNumbers = new TreeSet<>(others);
    addedNumbers.removeAll(base);
    AspectId[] added = ids(addedNumbers);
    expected.addAll(List.of(added));

    Perception p =
        Perception.of(baseIds, positions.stream().mapToInt(Integer::intValue).toArray(), added);

    assertThat(p.toSet()).containsExactlyElementsOf(expected);
    assertThat(p.size()).isEqualTo(expected.size());
    List<AspectId> handed = new ArrayList<>();
    p.forEach(handed::add);
    assertThat(handed).containsExactlyElementsOf(expected);
  }

  @Test
  void episodesEqual_whetherTheirPerceivedSetIsGivenOrKeptAsADifference() {
    AspectId[] base = {AspectId.of("a"), AspectId.of("c"), AspectId.of("e")};
    Episode kept =
        episode()
            .perceived(Perception.of(base, new int[] {1}, new AspectId[] {AspectId.of("d")}))
            .build();
    Episode given =
        episode()
            .perceived(ImmutableSortedSet.of(AspectId.of("a"), AspectId.of("d"), AspectId.of("e")))
            .build();

    assertThat(kept).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(kept.toString()).isEqualTo(given.toString()).contains("perceived=[a, d, e]");
    assertThat(kept.perceived()).isSameAs(kept.perceived());
  }

  @Test
  void forEachPerceived_handsTheSameAspectsInOrder_withoutDependingOnTheSetBeingBuilt() {
    AspectId[] base = {AspectId.of("a"), AspectId.of("c"), AspectId.of("e"), AspectId.of("g")};
    Episode kept =
        episode()
            .perceived(
                Perception.of(
                    base, new int[] {0, 2}, new AspectId[] {AspectId.of("b"), AspectId.of("h")}))
            .build();
    List<AspectId> before = new ArrayList<>();
    kept.forEachPerceived(before::add);
    List<AspectId> after = new ArrayList<>();
    kept.perceived();
    kept.forEachPerceived(after::add);

    assertThat(before)
        .containsExactly(AspectId.of("b"), AspectId.of("c"), AspectId.of("g"), AspectId.of("h"));
    assertThat(after).isEqualTo(before).containsExactlyElementsOf(kept.perceived());
  }

  @Test
  void givenPerceivedSet_mustBeInTheNaturalOrder() {
    ImmutableSortedSet<AspectId> reversed =
        ImmutableSortedSet.orderedBy(java.util.Comparator.<AspectId>reverseOrder())
            .add(AspectId.of("a"))
            .build();

    assertThatThrownBy(() -> episode().perceived(reversed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("natural order");
  }

  private static Episode.Builder episode() {
    return Episode.builder()
        .actor(io.github.narrativeir.model.ActorId.of("US"))
        .situation(io.github.narrativeir.model.SituationId.of("s"))
        .highlighted(ImmutableSortedSet.of())
        .occluded(ImmutableSortedSet.of());
  }
}
