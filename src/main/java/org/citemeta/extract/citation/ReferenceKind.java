package org.citemeta.extract.citation;

/** Where a reference was found. */
public enum ReferenceKind {
    /** In running prose: "(X. Yang et al. Science 379, 240–243; 2023)". */
    IN_TEXT,
    /** An entry of a "References" / "Bibliography" section. */
    LIST_ENTRY
}
