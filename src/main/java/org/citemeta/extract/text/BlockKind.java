package org.citemeta.extract.text;

/** Layout role of a paragraph-level block. */
public enum BlockKind {
    /** Running text (including a paragraph rejoined across a spliced block). */
    BODY,
    /** A pull quote: a quoted paragraph repeating a sentence of the body. Not used for entity extraction. */
    PULL_QUOTE,
    /** A block that layout had spliced into the middle of a sentence (author bio, box, caption). */
    DISPLACED
}
