/**
 * Helpers the project's modules share: what a well-formed id is, "did you mean" suggestions, and
 * how numbers are written. Not API: the package is exported only to {@code
 * io.github.narrativeir.io} and {@code io.github.narrativeir.cli}, and may change in any release.
 */
@NullMarked
package io.github.narrativeir.internal;

import org.jspecify.annotations.NullMarked;
