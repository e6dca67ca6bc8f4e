package io.github.narrativeir.io.dna;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One statement of the statement type read, as the import needs it, from a DNA database or from
 * DNA's statement export.
 *
 * @param id the statement's id in DNA
 * @param document the id of its document in DNA
 * @param title the document's title
 * @param date the document's date, if it is a date the model can hold (years 0 to 9999)
 * @param organization the organisation coded, if any (its entity name)
 * @param organizationKey what the mapping maps to an actor: the organisation's name, or its value
 *     of the mapping's attribute; empty when there is none
 * @param concept the concept coded, if any (its entity name)
 * @param speaker who spoke (the speaker variable's entity), if any
 * @param agrees whether the speaker agrees with the concept (true when the statement type has no
 *     agreement variable or the statement has no value for it)
 * @param quote the coded text, ready for {@code Evidence.quote} (cuts marked), if any
 * @param line where the statement begins in the file read, from 1, for a file of text; 0 for a
 *     database
 */
record CodedStatement(
    long id,
    long document,
    String title,
    Optional<LocalDate> date,
    Optional<String> organization,
    Optional<String> organizationKey,
    Optional<String> concept,
    Optional<String> speaker,
    boolean agrees,
    Optional<String> quote,
    long line) {}
