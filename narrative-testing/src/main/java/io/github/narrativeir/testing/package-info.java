/**
 * Synthetic workloads for benchmarks and stress tests, outside the library jars: {@link
 * io.github.narrativeir.testing.WorkloadGenerator} makes a valid model of a given size from a
 * {@link io.github.narrativeir.testing.WorkloadSpec}, the same model for the same spec and seed on
 * every machine ({@code narrative generate} on the command line); {@link
 * io.github.narrativeir.testing.EventTables} makes dated-event tables of any size, and {@link
 * io.github.narrativeir.testing.EventTableFixture} one such table with a mapping and a model to
 * import it into.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
@NullMarked
package io.github.narrativeir.testing;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
