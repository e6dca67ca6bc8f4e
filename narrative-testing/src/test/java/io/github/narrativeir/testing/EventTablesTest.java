package io.github.narrativeir.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventTablesTest {

  @Test
  void dyadLines_areTheHeaderAndTheRows_inGdeltsLayout() {
    List<String> lines = ImmutableList.copyOf(EventTables.dyadLines(5_000, 30, 42));

    assertThat(lines).hasSize(5_001);
    assertThat(lines.get(0)).isEqualTo(EventTables.DYAD_HEADER);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(f).as(line).hasSize(5);
      LocalDate date = LocalDate.parse(f[0], DateTimeFormatter.BASIC_ISO_DATE);
      assertThat(date).isBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2019, 12, 31));
      assertThat(f[1]).as(line).matches("[A-Z]{3}|X0[0-9]{2}").isNotEqualTo(f[2]);
      assertThat(f[2]).as(line).matches("[A-Z]{3}|X0[0-9]{2}");
      assertThat(Integer.parseInt(f[3])).isBetween(1, 20);
      assertThat(f[3]).hasSize(2);
      assertThat(Integer.parseInt(f[4])).isBetween(1, 10);
    }
  }

  @Test
  void dyadLines_reachEveryActor_andTheirDyads() {
    Set<String> actors = new HashSet<>();
    Set<String> dyads = new HashSet<>();
    for (String line :
        ImmutableList.copyOf(EventTables.dyadLines(20_000, 25, 7)).subList(1, 20_001)) {
      String[] f = line.split(",", -1);
      actors.add(f[1]);
      actors.add(f[2]);
      dyads.add(f[1] + ">" + f[2]);
    }

    assertThat(actors).hasSize(25).contains("USA", "PAK", "X020", "X024").doesNotContain("X025");
    assertThat(dyads).hasSize(25 * 24);
  }

  @Test
  void dyadLines_areDeterministicInTheSeed_andDifferAcrossSeeds() {
    assertThat(EventTables.dyadLines(1_000, 40, 3))
        .containsExactlyElementsOf(EventTables.dyadLines(1_000, 40, 3));
    assertThat(ImmutableList.copyOf(EventTables.dyadLines(1_000, 40, 3)))
        .isNotEqualTo(ImmutableList.copyOf(EventTables.dyadLines(1_000, 40, 4)));
  }

  @Test
  void dyadLines_refuseTooFewOrTooManyActors_andNegativeRows() {
    assertThatThrownBy(() -> EventTables.dyadLines(10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 2 and 1000, found 1");
    assertThatThrownBy(() -> EventTables.dyadLines(10, 1001, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventTables.dyadLines(-1, 10, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
