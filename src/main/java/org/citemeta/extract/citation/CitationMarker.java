package org.citemeta.extract.citation;

/**
 * An in-text pointer to a reference-list entry: "[1]", "ref. 1", "(1)", superscript numbers.
 *
 * @param text    the marker as written
 * @param start   start offset in the ORIGINAL text (inclusive)
 * @param end     end offset in the ORIGINAL text (exclusive)
 * @param context the sentence the marker occurs in (normalised text)
 */
public record CitationMarker(String text, int start, int end, String context) {
}
