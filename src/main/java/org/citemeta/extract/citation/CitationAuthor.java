package org.citemeta.extract.citation;

/**
 * One author (or editor) of a cited work, CSL style.
 *
 * @param family  family name ("Yang"), or the whole name of an organisation author
 * @param given   given names or initials as written ("X."), null when absent or for an organisation
 */
public record CitationAuthor(String family, String given) {
}
