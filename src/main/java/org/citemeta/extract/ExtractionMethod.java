package org.citemeta.extract;

/** How a mention was found; every mention carries exactly one. */
public enum ExtractionMethod {
    /** Exact match against the built-in knowledge base. */
    DICTIONARY,
    /** "By Cong Cao" under the title or standfirst. */
    PATTERN_BYLINE,
    /** "Cong Cao is a professor at ..." author biography. */
    PATTERN_BIO,
    /** "Dr Helen Park", "Prof. Liv Anders". */
    PATTERN_TITLE,
    /** "said X", "X said", "X, a physicist at Y", "X of Y", "we thank X and Y". */
    PATTERN_ROLE,
    /** "X. Yang", "J.-P. Dupont", "Anna K. Lindqvist". */
    PATTERN_INITIALS,
    /** A known given name followed by a capitalised surname. */
    PATTERN_GIVEN_NAME,
    /** Author line of a paper ("A. Smith1, B. Jones2 and C. Wu2*"). */
    PATTERN_AUTHOR_LIST,
    /**
     * Author in a reference ("Green, M. A."); in a reference-list entry, as the reference parser reads the entry
     * ("Smith J", "K. Tanaka", "Green, M. A.").
     */
    PATTERN_REFERENCE,
    /** Journal title before volume/pages in a citation ("Science 379, 240-243"). */
    PATTERN_JOURNAL,
    /** Capitalised name around an organisation/facility head word ("... University", "Institut ..."). */
    ORG_HEAD,
    /** "the Sirius synchrotron", "the research vessel Polarstern". */
    PATTERN_FACILITY_NOUN,
    /** "based in X", "located in X", "in X, Country". */
    PATTERN_LOCATED,
    /** Name with a geographic head ("Atacama Desert", "Jordan Valley"). */
    PATTERN_GEO_HEAD,
    /** Long form or acronym of an in-text acronym definition. */
    ACRONYM_DEFINITION,
    /** Later occurrence of a name already recognised in the document (acronym, confirmed ambiguous name). */
    ALIAS,
    /** Surname-only re-mention of a person recognised earlier, or cited author-year style ("Murphy &amp; Byrne, 2018"). */
    COREF_SURNAME,
    /**
     * Organisation without a head word in a marked affiliation line, right before the street address ("3 Kestrel
     * Optics, Hafenstraße 12, 20457 Hamburg, Germany").
     */
    PATTERN_AFFILIATION,
    /** "the ISRCTN registry", "the Kestrel Pathfinder programme": a name before a lower-case programme or data noun. */
    PATTERN_DATA_NOUN
}
