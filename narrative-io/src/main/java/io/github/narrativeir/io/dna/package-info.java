/**
 * Discourse in: evidence of concepts from Discourse Network Analyzer (DNA) databases.
 *
 * <p>{@link io.github.narrativeir.io.dna.DnaImport} reads the statements of one statement type of a
 * DNA 3.0 database (or of DNA's statement export) through a {@code narrative-dna/1} mapping and
 * adds each mapped statement to its concept as evidence: quote, speaker, date, and a source naming
 * the document, the database and the statement. {@link io.github.narrativeir.io.dna.DnaReport} says
 * what was read, selected and mapped, what was not and why, and how many statements support and
 * dispute each concept in each of the model's periods.
 *
 * <p>The database is read through JDBC ({@code java.sql}); the SQLite driver ({@code
 * org.xerial:sqlite-jdbc}) is needed at run time only.
 */
@NullMarked
package io.github.narrativeir.io.dna;

import org.jspecify.annotations.NullMarked;
