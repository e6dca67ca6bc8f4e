/**
 * Reports for people: inference results as plain-text tables, Markdown, Graphviz DOT, or one
 * self-contained HTML page with an SVG timeline; sensitivity results as text, Markdown or HTML.
 *
 * <p>{@link io.github.narrativeir.io.report.Reports#render Reports.render} turns an {@link
 * io.github.narrativeir.inference.Inference} into the text of a report in a {@link
 * io.github.narrativeir.io.report.ReportFormat}; {@link
 * io.github.narrativeir.io.report.Reports#write Reports.write} writes it to a file atomically. The
 * machine-readable {@code narrative-result/1} JSON is {@link
 * io.github.narrativeir.io.ResultWriter}'s job, not a report.
 *
 * <pre>{@code
 * Inference result = NarrativeEngine.create().infer(model);
 * System.out.print(Reports.render(result, ReportFormat.TEXT));
 * Reports.write(result, ReportFormat.HTML, Path.of("report.html"));
 * }</pre>
 *
 * <p>What each format holds:
 *
 * <ul>
 *   <li>{@code text}: per situation in time order a table of episodes (actor, active concepts in
 *       activation order, highlighted, occluded aspects); then predictions, narratives (persistent
 *       concepts, practices started and stopped) and the evaluation: counts; the scores of the
 *       model and of the baselines {@code all}, {@code none} and {@code persistence} side by side
 *       (true and false positives and negatives, changes explained, unassessed predictions, recall,
 *       specificity, balanced accuracy, precision; an undefined ratio shows as an em dash, never
 *       0); a one-line verdict on whether the model beats every baseline on balanced accuracy and
 *       on changes explained, or why the observations cannot tell; the false positives (predicted,
 *       but the sources say it did not happen, with the source and the concepts behind the
 *       prediction), false negatives, unexplained changes and true negatives; and the unmatched
 *       predictions.
 *   <li>{@code markdown}: each actor's narrative with its episodes, concepts and aspects (with
 *       their labels), the concepts it holds with their evidence, the predictions with their
 *       explanations, and the evaluation as in {@code text}.
 *   <li>{@code dot}: one cluster per situation, left to right in time order; the active concepts
 *       and predicted practices of each actor; edges from concepts to the practices they prescribe
 *       (solid) or proscribe (dashed); dotted interaction edges from a practice to the concepts of
 *       the next situation whose trigger used it.
 *   <li>{@code html}: a timeline of actors by situations with predicted (filled) and observed
 *       (outlined) practices, negative evidence struck out, false positives and false negatives on
 *       grounds of their own colour and border, cooperation and coercion told apart by shape as
 *       well as colour; then narratives, predictions with explanations, and the evaluation as in
 *       {@code text}. Nothing is loaded from the network; there are no scripts.
 * </ul>
 *
 * <p>{@link io.github.narrativeir.io.report.SensitivityReports SensitivityReports} renders a {@link
 * io.github.narrativeir.analysis.SensitivityResult} in {@code text}, {@code markdown} or {@code
 * html}, fragile results first: the predictions that hold in fewer than 90% of the variants and the
 * observations whose explanation flips, each with the variants that do it in plain words ("without
 * the aspect insurgency in later"); then the gained predictions, the spread of the scores, the
 * families run and the robust predictions. The HTML page adds a table of the predictions (and
 * observations) by family, each cell shaded by the share of the family's variants that keep it, the
 * variants that do not in its tooltip.
 *
 * <p>Reports are deterministic: the same inference gives the same bytes, whatever order the model
 * listed its elements in; they hold no timestamps and end every line with {@code \n}. User text
 * (names, labels, quotes, sources) is escaped for each format, so that no label can break a table,
 * open a tag or end a quoted string.
 */
@NullMarked
package io.github.narrativeir.io.report;

import org.jspecify.annotations.NullMarked;
