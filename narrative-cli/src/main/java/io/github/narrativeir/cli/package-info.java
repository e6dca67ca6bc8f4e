/**
 * The {@code narrative} command: {@code validate}, {@code infer} and {@code explain}, the analyses
 * ({@code counterfactual}, {@code depends}, {@code sensitivity}, {@code compare}), {@code generate}
 * and {@code import}, for people who do not write Java. {@link
 * io.github.narrativeir.cli.NarrativeCli#main} is the entry point; {@link
 * io.github.narrativeir.cli.NarrativeCli#run} runs it in-process and returns the exit code: 0 when
 * all went well, 2 for bad input (an invalid model, a missing file, a wrong option), 1 for an
 * internal error.
 */
@NullMarked
package io.github.narrativeir.cli;

import org.jspecify.annotations.NullMarked;
