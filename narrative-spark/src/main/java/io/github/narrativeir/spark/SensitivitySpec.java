package io.github.narrativeir.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.narrativeir.analysis.ModelVariant;
import io.github.narrativeir.analysis.MonteCarlo;
import io.github.narrativeir.analysis.Sensitivity;
import io.github.narrativeir.analysis.SensitivityFamily;
import io.github.narrativeir.model.InferenceOptions;
import io.github.narrativeir.model.Model;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything an executor needs to plan the same analysis as the driver, as plain serializable
 * values, broadcast once: the model's JSON, the inference options, the families (with the
 * monte-carlo specification, if any, and the replacement models of model families). Plain values
 * ({@code Optional} is not serializable: an absent monte-carlo is null).
 */
record SensitivitySpec(
    byte[] model,
    boolean interaction,
    ImmutableList<String> families,
    @Nullable MonteCarloSpec monteCarlo,
    ImmutableList<ModelFamily> modelFamilies)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  SensitivitySpec {
    checkNotNull(model, "model");
    families = ImmutableList.copyOf(families);
    modelFamilies = ImmutableList.copyOf(modelFamilies);
  }

  /** The monte-carlo family's specification. */
  record MonteCarloSpec(
      int samples,
      long seed,
      String weightFactor,
      String conceptDropProbability,
      String aspectDropProbability,
      boolean breakTies)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A family of replacement models, each as its JSON. */
  record ModelFamily(String name, ImmutableList<String> variantNames, ImmutableList<byte[]> models)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static SensitivitySpec of(Model model, InferenceOptions options, Sensitivity analysis) {
    ImmutableList<String> families =
        analysis.families().stream()
            .map(SensitivityFamily::token)
            .collect(ImmutableList.toImmutableList());
    Optional<MonteCarloSpec> mc =
        analysis
            .monteCarlo()
            .map(
                m ->
                    new MonteCarloSpec(
                        m.samples(),
                        m.seed(),
                        m.weightFactor().toString(),
                        m.conceptDropProbability().toString(),
                        m.aspectDropProbability().toString(),
                        m.breakTies()));
    List<ModelFamily> modelFamilies = new ArrayList<>();
    for (Map.Entry<String, ImmutableList<ModelVariant>> f : analysis.modelFamilies().entrySet()) {
      modelFamilies.add(
          new ModelFamily(
              f.getKey(),
              f.getValue().stream()
                  .map(ModelVariant::name)
                  .collect(ImmutableList.toImmutableList()),
              f.getValue().stream()
                  .map(v -> ModelBytes.of(v.model()))
                  .collect(ImmutableList.toImmutableList())));
    }
    return new SensitivitySpec(
        ModelBytes.of(model),
        options.interaction(),
        families,
        mc.orElse(null),
        ImmutableList.copyOf(modelFamilies));
  }

  /** The analysis, equal to the one this was made of (run one variant after the other). */
  Sensitivity analysis() {
    Sensitivity.Builder b = Sensitivity.builder();
    List<SensitivityFamily> list = new ArrayList<>();
    families.forEach(f -> list.add(SensitivityFamily.parse(f)));
    b.families(list);
    Optional.ofNullable(monteCarlo)
        .ifPresent(
            m ->
                b.monteCarlo(
                    MonteCarlo.builder()
                        .samples(m.samples())
                        .seed(m.seed())
                        .weightFactor(new BigDecimal(m.weightFactor()))
                        .conceptDropProbability(new BigDecimal(m.conceptDropProbability()))
                        .aspectDropProbability(new BigDecimal(m.aspectDropProbability()))
                        .breakTies(m.breakTies())
                        .build()));
    for (ModelFamily f : modelFamilies) {
      List<ModelVariant> variants = new ArrayList<>();
      for (int i = 0; i < f.variantNames().size(); i++) {
        variants.add(
            new ModelVariant(f.variantNames().get(i), ModelBytes.model(f.models().get(i))));
      }
      b.addModelFamily(f.name(), variants);
    }
    return b.build();
  }
}
