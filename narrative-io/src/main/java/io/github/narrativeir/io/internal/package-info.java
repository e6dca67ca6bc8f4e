/**
 * Helpers the project's modules and packages share: splitting CSV lines, writing files atomically,
 * the located tree of a JSON or YAML document with its strict field reader, reading a mapping file
 * within its limit, and the periods of a model's situations. Not API: the package is exported only
 * to {@code io.github.narrativeir.cli}, and may change in any release.
 */
@NullMarked
package io.github.narrativeir.io.internal;

import org.jspecify.annotations.NullMarked;
