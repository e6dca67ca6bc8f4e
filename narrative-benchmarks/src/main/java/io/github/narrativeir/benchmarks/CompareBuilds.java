package io.github.narrativeir.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Interleaved timing of inference for several model sizes and several builds of the engine (their
 * benchmark jars, each in its own class loader) in one JVM: every round runs every size on every
 * build once, so a machine whose load drifts disturbs all of them alike, and ratios between sizes
 * (scaling) or builds (before and after) come from the same rounds. Usage:
 *
 * <pre>{@code
 * java -Xmx4g -cp benchmarks.jar io.github.narrativeir.benchmarks.CompareBuilds \
 *     ROUNDS SIZE[,SIZE...] JAR [JAR...]
 * }</pre>
 *
 * <p>With {@code -Dnarrative.parallel=true} the engines run in parallel mode. The first round is a
 * warm-up and is not counted; prints the median, minimum and maximum of the others, in seconds.
 */
public final class CompareBuilds {
  private CompareBuilds() {}

  /** Runs the comparison; see the class comment. */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    String[] sizes = args[1].split(",", -1);
    List<String> names = new ArrayList<>();
    List<Object> prepared = new ArrayList<>();
    List<Method> infers = new ArrayList<>();
    for (int j = 2; j < args.length; j++) {
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {Path.of(args[j]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Method model =
          Class.forName("io.github.narrativeir.benchmarks.Workloads", true, loader)
              .getDeclaredMethod("model", String.class);
      model.setAccessible(true);
      Class<?> engineClass =
          Class.forName("io.github.narrativeir.inference.NarrativeEngine", true, loader);
      Class<?> modelClass = Class.forName("io.github.narrativeir.model.Model", true, loader);
      Object engine = engineClass.getMethod("create").invoke(null);
      if (Boolean.getBoolean("narrative.parallel")) {
        engine = engineClass.getMethod("parallel").invoke(engine);
      }
      for (String size : sizes) {
        Object p =
            engineClass.getMethod("prepare", modelClass).invoke(engine, model.invoke(null, size));
        names.add(size + " " + args[j]);
        prepared.add(p);
        infers.add(p.getClass().getMethod("infer"));
      }
    }
    double[][] t = new double[names.size()][rounds];
    for (int r = 0; r <= rounds; r++) {
      for (int j = 0; j < names.size(); j++) {
        long s = System.nanoTime();
        infers.get(j).invoke(prepared.get(j));
        double seconds = (System.nanoTime() - s) / 1e9;
        if (r > 0) {
          t[j][r - 1] = seconds;
        }
      }
    }
    for (int j = 0; j < names.size(); j++) {
      double[] s = t[j].clone();
      Arrays.sort(s);
      System.out.printf(
          "%s: median %.4f s, min %.4f, max %.4f (%d rounds)%n",
          names.get(j), s[rounds / 2], s[0], s[rounds - 1], rounds);
    }
  }
}
