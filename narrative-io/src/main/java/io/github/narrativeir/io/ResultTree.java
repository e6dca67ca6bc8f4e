package io.github.narrativeir.io;

import io.github.narrativeir.inference.Evaluation;
import io.github.narrativeir.inference.Inference;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.inference.Scores;
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
import org.jspecify.annotations.Nullable;

/** An inference result as the {@code narrative-result/1} tree: keys and order as MODEL.md shows. */
final class ResultTree {
  static final String FORMAT = "narrative-result/1";

  private ResultTree() {}

  static Map<String, Object> of(Inference result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    // written as they are made, without a map for each element: they are the bulk of a result
    ResultStream stream = new ResultStream();
    root.put("episodes", stream.episodes(result.episodes()));
    root.put("predictions", stream.predictions(result.predictions()));
    root.put("narratives", stream.narratives(result.narratives()));
    result.evaluation().ifPresent(e -> root.put("evaluation", evaluation(e)));
    return root;
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

  private static @Nullable BigDecimal ratio(Optional<BigDecimal> ratio) {
    return ratio.map(JsonText::decimal).orElse(null);
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

  /** The predictions as the result format writes them, each written as it is made. */
  static JsonText.Written predictions(List<Prediction> predictions) {
    return new ResultStream().predictions(predictions);
  }

  /** One prediction as the result format writes it. */
  static JsonText.Written prediction(Prediction p) {
    return new ResultStream().prediction(p);
  }

  private static @Nullable String target(Optional<ActorId> target) {
    return target.map(ActorId::value).orElse(null);
  }

  static List<Object> strings(Collection<?> ids) {
    List<Object> list = new ArrayList<>();
    ids.forEach(id -> list.add(id.toString()));
    return list;
  }
}
