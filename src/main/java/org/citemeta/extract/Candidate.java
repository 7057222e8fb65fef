package org.citemeta.extract;

import org.citemeta.extract.kb.KbEntry;

/**
 * A candidate mention: the span [ts, te) in tokens of {@link org.citemeta.extract.text.Tokens}, its type, how it was
 * found, its confidence and priority (the higher wins an overlap), and what it is linked to. Made by
 * {@link CandidateSpace#add}; the passes over the candidates ({@link Annotator} and the classes it runs) read and
 * change them.
 */
final class Candidate {
    final int ts;
    final int te;
    EntityType type;
    final ExtractionMethod method;
    final double conf;
    final int prio;
    KbEntry kb;
    Candidate link; // acronym <-> long form, or coreference target
    String key;
    /** For a name read by the reference parser in a reference-list entry: its family name and given names. */
    String family;
    String given;

    Candidate(int ts, int te, EntityType type, ExtractionMethod method, double conf, int prio, KbEntry kb) {
        this.ts = ts;
        this.te = te;
        this.type = type;
        this.method = method;
        this.conf = conf;
        this.prio = prio;
        this.kb = kb;
    }
}
