package io.github.narrativeir.io;

import com.google.common.collect.Lists;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
import io.github.narrativeir.internal.Decimals;
import io.github.narrativeir.model.ActorId;
import io.github.narrativeir.model.ChangeKind;
import io.github.narrativeir.model.Observation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code narrative-result/1} tree as the library built it before results were streamed through
 * Jackson's generator (maps for every episode, prediction and change): with {@link TreeJsonOracle},
 * the oracle of the streamed result's bytes.
 */
final class ResultTreeOracle {
  static final String FORMAT = "narrative-result/1";

  private ResultTreeOracle() {}

  static Map<String, Object> of(Inference result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    // computed as they are written, so that a streamed result never holds every episode's text
    List<Object> episodes = Lists.transform(result.episodes(), ResultTreeOracle::episode);
    root.put("episodes", episodes);
    root.put("predictions", predictions(result.predictions()));
    List<Object> narratives = new ArrayList<>();
    for (Narrative n : result.narratives()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("actor", n.actor().value());
      o.put("persistent", strings(n.persistent()));
      List<Object> changes = new ArrayList<>();
      for (PracticeChange c : n.changes()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("practice", c.practice().value());
        x.put("target", target(c.target()));
        x.put("situation", c.situation().value());
        x.put("change", c.change().token());
        changes.add(x);
      }
      o.put("changes", changes);
      narratives.add(o);
    }
    root.put("narratives", narratives);
    result.evaluation().ifPresent(e -> root.put("evaluation", evaluation(e)));
    return root;
  }

  private static Object episode(Episode e) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("actor", e.actor().value());
    n.put("situation", e.situation().value());
    n.put("concepts", strings(e.concepts()));
    n.put("perceived", strings(e.perceived()));
    n.put("highlighted", strings(e.highlighted()));
    n.put("occluded", strings(e.occluded()));
    return n;
  }

  static Map<String, Object> evaluation(Evaluation e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("observations", e.observations());
    o.put("explained", e.explained());
    List<Object> unexplained = new ArrayList<>();
    for (Observation x : e.unexplained()) {
      unexplained.add(observation(x));
    }
    o.put("unexplained", unexplained);
    o.put("predictions", e.predictions());
    o.put("matched", e.matched());
    o.put("unmatched", predictions(e.unmatched()));
    o.put("scores", scores(e.scores()));
    o.put("baselines", baselines(e));
    return o;
  }

  /** The baselines' scores of {@code e}: {@code name} and {@code scores}, in MODEL.md's order. */
  static List<Object> baselines(Evaluation e) {
    List<Object> baselines = new ArrayList<>();
    e.baselines()
        .forEach(
            (baseline, scores) -> {
              Map<String, Object> b = new LinkedHashMap<>();
              b.put("name", baseline.token());
              b.put("scores", scores(scores));
              baselines.add(b);
            });
    return baselines;
  }

  /** Scores with exactly MODEL.md's keys, in its order; undefined values are {@code null}. */
  static Map<String, Object> scores(Scores s) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("truePositives", s.truePositives());
    o.put("falseNegatives", s.falseNegatives());
    o.put("trueNegatives", s.trueNegatives());
    o.put("falsePositives", s.falsePositives());
    o.put("changes", s.changes());
    o.put("changesExplained", s.changesExplained());
    o.put("unassessed", s.unassessed().isPresent() ? s.unassessed().getAsInt() : null);
    o.put("recall", ratio(s.recall()));
    o.put("specificity", ratio(s.specificity()));
    o.put("balancedAccuracy", ratio(s.balancedAccuracy()));
    o.put("precision", ratio(s.precision()));
    return o;
  }

  private static BigDecimal ratio(Optional<BigDecimal> ratio) {
    return ratio.map(Decimals::normalize).orElse(null);
  }

  /** An observation with exactly the keys of the result format's unexplained items. */
  static Map<String, Object> observation(Observation x) {
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("actor", x.actor().value());
    u.put("practice", x.practice().value());
    u.put("target", target(x.target()));
    u.put("situation", x.situation().value());
    u.put("change", x.change().map(ChangeKind::token).orElse(null));
    u.put("occurred", x.occurred());
    return u;
  }

  static List<Object> predictions(List<Prediction> predictions) {
    return Lists.transform(predictions, ResultTreeOracle::prediction);
  }

  private static Object prediction(Prediction p) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("actor", p.actor().value());
    n.put("practice", p.practice().value());
    n.put("target", target(p.target()));
    n.put("situation", p.situation().value());
    n.put("support", Decimals.normalize(p.support()));
    n.put("opposition", Decimals.normalize(p.opposition()));
    n.put("concepts", strings(p.concepts()));
    return n;
  }

  private static String target(Optional<ActorId> target) {
    return target.map(ActorId::value).orElse(null);
  }

  static List<Object> strings(Collection<?> ids) {
    List<Object> list = new ArrayList<>();
    ids.forEach(id -> list.add(id.toString()));
    return list;
  }
}
