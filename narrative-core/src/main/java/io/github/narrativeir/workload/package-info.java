/**
 * Synthetic workloads for benchmarks and stress tests: {@link
 * io.github.narrativeir.workload.WorkloadGenerator} makes a valid model of a given size from a
 * {@link io.github.narrativeir.workload.WorkloadSpec}, the same model for the same spec and seed on
 * every machine ({@code narrative generate} on the command line).
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
@NullMarked
package io.github.narrativeir.workload;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
