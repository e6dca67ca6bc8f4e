/**
 * Jackson data binding for the project's types: {@link
 * io.github.narrativeir.io.jackson.NarrativeModule} lets an {@code ObjectMapper} read models and
 * concept sets through the project's reader and write them, and the results, through its writers.
 */
@NullMarked
package io.github.narrativeir.io.jackson;

import org.jspecify.annotations.NullMarked;
