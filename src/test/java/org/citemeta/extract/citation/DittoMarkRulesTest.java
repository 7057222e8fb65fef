package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link DittoMarkRules}, on invented references. */
class DittoMarkRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadNoNamesAfterADittoMarkAndItsPeriod() {
        ParsedReference r = parser.parse("———. Dom Quieto. In Obras Quietas, 1: 807–944.");
        assertTrue(r.authors().isEmpty(), r.toString());
        assertEquals("Dom Quieto", r.title());

        ParsedReference s = parser.parse("———. Harbour Time. Translated by Jon Quist. London: Quiet & Still, 1961.");
        assertTrue(s.authors().isEmpty(), s.toString());
        assertEquals("Harbour Time", s.title());
        assertEquals(1961, s.year());
    }

    @Test
    void shouldKeepTheNamesThatFollowADittoMarkAndAComma() {
        ParsedReference r = parser.parse("--, and A. B. Quist, 2007: Quiet models of harbour cranes. Harbours, 10, 1-19.");
        assertEquals(1, r.authors().size(), r.toString());
        assertEquals("Quist", r.authors().get(0).family());
    }
}
