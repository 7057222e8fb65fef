package org.citemeta.extract;

import java.util.List;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.extract.kb.KnowledgeBase;
import org.citemeta.extract.text.Tokens;

/**
 * What a pass over a document's candidate mentions reads and writes: the tokens, the knowledge base, the candidates
 * found so far, and the readings of the tokens that {@link Annotator} makes and its passes share. {@link Annotator}
 * implements it and hands itself as this view to the passes it runs after its own ({@link NameWithoutHead},
 * {@link EvidenceWords}, {@link UnlistedPlacesAndAgencies}, {@link PlaceCues}, {@link CompanyContext},
 * {@link OrganisationCues}, {@link ProgrammeAndInstrumentNames}, {@link FacilityContext},
 * {@link ToolAndInfrastructureNames}), so a pass sees these and nothing else of the annotator's state. Positions are
 * token indices of {@link #tokens()}; a position outside the text reads as no word.
 */
interface CandidateSpace {
    /** The document's tokens. */
    Tokens tokens();

    /** The knowledge base the document is read with (built-in entries, gazetteer, given names). */
    KnowledgeBase kb();

    /** The candidates found so far, in the order they were added (the passes may change a candidate's type). */
    List<Candidate> candidates();

    /**
     * Adds the candidate [ts, te) and returns it, or returns null and adds nothing when the span is empty or outside
     * the text, covers a token the document skips (a pull quote) or is a person's name that names a street.
     */
    Candidate add(int ts, int te, EntityType type, ExtractionMethod method, double conf, int prio, KbEntry entry);

    /** The word of token i, or "" outside the text. */
    String w(int i);

    /** The first token of the sentence of token i. */
    int sentStart(int i);

    /** The end (exclusive) of the sentence of token i. */
    int sentEnd(int i);

    /** A capitalised word that can be part of a name (not a title, an initial, a stop word or a possessive). */
    boolean orgWord(int i);

    /** The token after a hyphen-, slash- or ampersand-joined continuation of token k - 1 ("Paris-Saclay"), or k. */
    int joined(int k);

    /** Whether a capitalised head word of {@link Lexicon} is among the tokens [from, to). */
    boolean headsIn(int from, int to);

    /** The type the head words of the name [l, r) give it, or null (see {@link Annotator#nameType}). */
    EntityType nameType(int l, int r);

    /** {@link #nameType} of the name [s, e), ORGANIZATION when its head words give none. */
    EntityType headType(int s, int e);

    /** The knowledge-base entry that matches exactly the single token i, or null. */
    KbEntry single(int i);

    /** The end (exclusive) of the knowledge-base place (any LOCATION entry) starting at token i, or i. */
    int placeEnd(int i);

    /** Whether a knowledge-base place starts at token i. */
    boolean knownPlace(int i);

    /** The end (exclusive) of the longest gazetteer name starting at token i within its sentence, or i. */
    int gazetteerEnd(int i);

    /** The gazetteer's entry named exactly by tokens [i, end), or null. */
    KbEntry gazetteerEntry(int i, int end);

    /** The first word of the hyphenated name that ends with word k ("Ortega" for "Ruiz" of "Ortega-Ruiz"), or k. */
    int hyphenChainStart(int k);
}
