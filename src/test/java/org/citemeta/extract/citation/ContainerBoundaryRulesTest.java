package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The container boundary rules of {@link ContainerBoundaryRules}, on invented references. */
class ContainerBoundaryRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldEndTheTitlesSentenceBeforeAKnownJournal() {
        ParsedReference r = PARSER.parse("Holm K, Berg M. Quiet signalling in the harbour crane by circular RNAs. Science "
                + "2004; 301:115-119.");
        assertEquals("Quiet signalling in the harbour crane by circular RNAs", r.title());
        assertEquals("Science", r.containerTitle());
        r = PARSER.parse("Lund, T. et al. Quiet transport in the harbour semimetal candidate QuP .Nat .Phys .11 ,645 -649( 2015).");
        assertEquals("Quiet transport in the harbour semimetal candidate QuP", r.title());
        assertEquals("Nat .Phys", r.containerTitle());
    }
}
