/**
 * Helpers the project's modules share: splitting CSV lines, and writing files atomically. Not API:
 * the package is exported only to {@code io.github.narrativeir.cli}, and may change in any release.
 */
@NullMarked
package io.github.narrativeir.io.internal;

import org.jspecify.annotations.NullMarked;
