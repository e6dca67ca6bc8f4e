package io.github.narrativeir.examples;

import io.github.narrativeir.model.Concept;
import io.github.narrativeir.model.ConceptSet;
import io.github.narrativeir.model.ConceptSetProvider;
import io.github.narrativeir.model.Evidence;
import io.github.narrativeir.model.Prescription;
import io.github.narrativeir.model.Trigger;

/**
 * A reading written in Java and shipped in a jar: a hawkish US reading of the Agreed Framework case
 * ({@code models/agreed-framework.yaml}), found through {@link java.util.ServiceLoader} (see {@code
 * META-INF/services/io.github.narrativeir.model.ConceptSetProvider}). It is an illustration of the
 * extension point, not a grounded reading.
 *
 * <pre>{@code
 * java -cp narrative-cli/target/narrative.jar:examples/target/classes \
 *     io.github.narrativeir.cli.NarrativeCli infer examples/models/agreed-framework.yaml \
 *     --concepts examples/models/agreed-framework.concepts.yaml --reading hawkish
 * }</pre>
 */
public final class HawkishReading implements ConceptSetProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public HawkishReading() {}

  @Override
  public String name() {
    return "hawkish";
  }

  @Override
  public ConceptSet conceptSet() {
    return ConceptSet.builder()
        .name("A hawkish reading of the Agreed Framework (illustration)")
        .addConcepts(
            Concept.builder()
                .id("us.no-reward")
                .holder("US")
                .priority(9)
                .label("No reward for nuclear blackmail")
                .when(Trigger.builder().anyOf("reactor-freeze", "enrichment-revealed").build())
                .addOccludes("lwr-promise")
                .addPrescribes(Prescription.of("pressure", "DPRK"))
                .addEvidence(
                    Evidence.builder()
                        .source(
                            "Illustration for the ServiceLoader extension point; not a grounded reading")
                        .build())
                .build(),
            Concept.builder()
                .id("dprk.deterrent")
                .holder("DPRK")
                .priority(5)
                .label("Deterrence against pressure")
                .when(Trigger.builder().anyOf("did:US:pressure:DPRK").build())
                .addPrescribes(Prescription.of("leave-npt", "US"))
                .addEvidence(
                    Evidence.builder()
                        .source(
                            "Illustration for the ServiceLoader extension point; not a grounded reading")
                        .build())
                .build())
        .build();
  }
}
