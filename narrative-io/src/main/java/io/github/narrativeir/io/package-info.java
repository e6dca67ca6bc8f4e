/**
 * Files: reading and writing models ({@code narrative-model/1}, YAML or JSON) and concept sets,
 * writing inference results ({@code narrative-result/1}) and the results of analysis, and importing
 * dated tables through a mapping.
 *
 * <p>{@link io.github.narrativeir.io.ModelReader} reads a model strictly, every problem located by
 * file, line, column and JSON Pointer; {@link io.github.narrativeir.io.ModelComposition} composes
 * it with concept sets; {@link io.github.narrativeir.io.ModelWriter}, {@link
 * io.github.narrativeir.io.ResultWriter}, {@link io.github.narrativeir.io.AnalysisWriter}, {@link
 * io.github.narrativeir.io.SensitivityWriter} and {@link io.github.narrativeir.io.DiscoveryWriter}
 * write; {@link io.github.narrativeir.io.TableImport} imports a table into a model.
 */
@NullMarked
package io.github.narrativeir.io;

import org.jspecify.annotations.NullMarked;
