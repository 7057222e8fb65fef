package org.citemeta.extract.citation;

import java.util.List;

/**
 * One reference found in a document.
 *
 * @param order   0-based position among the references of the document, in document order
 * @param kind    in running prose or a reference-list entry
 * @param label   the list label without punctuation ("1" for "[1]" or "1."), null when none
 * @param raw     the reference string as read (normalised: markdown and line breaks removed)
 * @param start   start offset in the ORIGINAL text (inclusive)
 * @param end     end offset in the ORIGINAL text (exclusive)
 * @param context the sentence around an in-text reference; null for list entries
 * @param parsed  the parsed fields
 * @param key     the citation key ({@link CitationKeys#of(ParsedReference, String)}): the same cited work gives
 *                the same key in any document
 * @param markers in-text markers that point at this list entry, in document order (empty for in-text refs)
 */
public record FoundReference(int order, ReferenceKind kind, String label, String raw, int start, int end,
                             String context, ParsedReference parsed, String key, List<CitationMarker> markers) {
    public FoundReference {
        markers = markers == null ? List.of() : List.copyOf(markers);
    }
}
