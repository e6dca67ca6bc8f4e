package io.github.narrativeir.generators;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Where a test generator's choices come from: a list of small non-negative integers that
 * QuickTheories generates and shrinks (every choice shrinks to 0, the simplest option, and a choice
 * past the end of the list reads as 0), or, for the fixed-seed tests that need no shrinking, a
 * {@link Random}, which gives the same values it always gave.
 *
 * <p>A generator written against this class (such as {@link RandomModels}) draws its sizes, ids and
 * options from the choices, so that a failing property shrinks to a small, simple model rather than
 * to whatever one seed happens to make.
 */
public abstract class Choices {
  /**
   * The largest value a generated choice takes, so that {@code value % bound} is nearly uniform.
   */
  public static final int MAX = (1 << 24) - 1;

  /** A number in {@code [0, bound)}; 0 when {@code bound <= 1}. */
  public abstract int nextInt(int bound);

  /** Any int, positive or negative; 0 when shrunk. */
  public abstract int nextInt();

  /** A boolean; {@code false} when shrunk. */
  public abstract boolean nextBoolean();

  /** Puts {@code list} in another order; shrinks to the order it had. */
  public abstract <T> void shuffle(List<T> list);

  /** How many choices have been read from a list so far (past its end too). */
  public int read() {
    return 0;
  }

  /** Choices read from {@code values} (each in {@code [0, MAX]}), then zeros. */
  public static Choices of(List<Integer> values) {
    return new FromList(values);
  }

  /** Choices drawn from {@code random}, exactly as the same calls on it would draw them. */
  public static Choices of(Random random) {
    return new FromRandom(random);
  }

  /** Lists of {@code size} choices, for {@link #of(List)}. */
  public static Gen<List<Integer>> lists(int size) {
    return SourceDSL.lists().of(integers().between(0, MAX)).ofSize(size);
  }

  /** Generated choices, shown as the few values read before the zeros when a property fails. */
  public static Gen<Choices> gen(int size) {
    return lists(size).map(Choices::of);
  }

  private static final class FromList extends Choices {
    private final List<Integer> values;
    private int at;

    FromList(List<Integer> values) {
      this.values = values;
    }

    @Override
    public int read() {
      return at;
    }

    private int next() {
      int v = at < values.size() ? values.get(at) : 0;
      at++;
      return v;
    }

    @Override
    public int nextInt(int bound) {
      int v = next();
      return bound <= 1 ? 0 : v % bound;
    }

    @Override
    public int nextInt() {
      long v = next();
      // 0, -1, 1, -2, 2, ... spread over the whole int range
      long spread = v * (((long) Integer.MAX_VALUE * 2 + 1) / MAX);
      return (int) ((spread >>> 1) ^ -(spread & 1));
    }

    @Override
    public boolean nextBoolean() {
      return nextInt(2) == 1;
    }

    @Override
    public <T> void shuffle(List<T> list) {
      // Fisher-Yates, where choice 0 leaves an element where it is
      for (int i = list.size() - 1; i > 0; i--) {
        Collections.swap(list, i, i - nextInt(i + 1));
      }
    }

    @Override
    public String toString() {
      int last = Math.min(at, values.size());
      while (last > 0 && values.get(last - 1) == 0) {
        last--;
      }
      return "choices " + values.subList(0, last) + " then zeros";
    }
  }

  private static final class FromRandom extends Choices {
    private final Random random;

    FromRandom(Random random) {
      this.random = random;
    }

    @Override
    public int nextInt(int bound) {
      return random.nextInt(bound);
    }

    @Override
    public int nextInt() {
      return random.nextInt();
    }

    @Override
    public boolean nextBoolean() {
      return random.nextBoolean();
    }

    @Override
    public <T> void shuffle(List<T> list) {
      Collections.shuffle(list, random);
    }

    @Override
    public String toString() {
      return "choices from " + random;
    }
  }
}
