package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The container edge rules of {@link ContainerEdgeRules}, on invented references. */
class ContainerEdgeRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldKeepTheSeriesHeadBeforeInWithTheContainer() {
        ParsedReference r = PARSER.parse("J. Doe. Handling of Things. Wiley Series in Applied Probability. Wiley, New York, 1990.");
        assertEquals("Handling of Things", r.title());
        assertEquals("Wiley Series in Applied Probability", r.containerTitle());
        r = PARSER.parse("A. Roe. The grammar of stones. Studies in Early Linguistics 12. Brill, Leiden, 1985.");
        assertEquals("The grammar of stones", r.title());
        assertEquals("Studies in Early Linguistics", r.containerTitle());
    }
}
