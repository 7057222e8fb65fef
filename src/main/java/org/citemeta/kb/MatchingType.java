package org.citemeta.kb;

/** How a candidate was found (ROR's affiliation-matching vocabulary). */
public enum MatchingType {
    /** The whole text is a name of the organisation. */
    EXACT,
    /** A part of the text (a segment between commas, or a run of words) is a name of the organisation. */
    PHRASE,
    /** An acronym of the organisation appears in the text. */
    ACRONYM,
    /** A part of the text shares most of its weighted words with a name of the organisation. */
    COMMON_TERMS,
    /** A part of the text is a name of the organisation up to small misspellings. */
    FUZZY,
    /** Chosen by context rather than by the words alone (country, city, parent organisation named). */
    HEURISTICS
}
