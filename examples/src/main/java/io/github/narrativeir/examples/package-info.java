/**
 * Worked examples: {@link io.github.narrativeir.examples.MusharrafEra} (US–Pakistan relations in
 * the Musharraf era, the seed article's argument worked out), {@link
 * io.github.narrativeir.examples.BuilderExample} (a model built in Java), {@link
 * io.github.narrativeir.examples.CustomCase} (another case, with its concepts in a concept set of
 * their own) and {@link io.github.narrativeir.examples.RivalReadings} (Realist and Liberal readings
 * of the Musharraf era against the same observations). They run from the build tree: the models and
 * data are read from the module's {@code models/} and {@code data/} directories on the class path.
 */
package io.github.narrativeir.examples;
