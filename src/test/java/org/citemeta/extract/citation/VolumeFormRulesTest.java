package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link VolumeFormRules}, on invented references. */
class VolumeFormRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadNoVolumeFromTheNumberOfAReport() {
        ParsedReference r = parser.parse("Tolland B (1981). Quiet harbours. Technical Report No. 217, Department of Silence, University of Nowhere.");
        assertNull(r.volume(), r.toString());
        ParsedReference s = parser.parse("Stille, A. (2009). Cranes, tides and harbour dues (Working Paper No. 4711). Bureau of Quiet Research.");
        assertNull(s.volume(), s.toString());
    }

    @Test
    void shouldReadTheSeriesNumberInParenthesesAsTheVolume() {
        ParsedReference r = parser.parse("Bram Tolland, Les ports calmes (Bibliothèque des Ports, 512), Nantes, 1995.");
        assertEquals("512", r.volume(), r.toString());
        ParsedReference s = parser.parse("Stille A. (ed.), Tihi zaljev, Split, 2001 (= Tihi tekstovi, XII).");
        assertEquals("XII", s.volume(), s.toString());
    }

    @Test
    void shouldReadALawReviewCitation() {
        ParsedReference r = parser.parse("Bram Tolland, Quiet Waters and the Law, 7 Harb. L.J. 211 (1991).");
        assertEquals("7", r.volume(), r.toString());
        assertEquals("211", r.pageFirst(), r.toString());
        assertEquals("Harb. L.J.", r.containerTitle(), r.toString());
        ParsedReference s = parser.parse("Alma Quist, Tides in Court, 12 Quay Rev. 301-344 (2004).");
        assertEquals("12", s.volume(), s.toString());
        assertEquals("301", s.pageFirst(), s.toString());
        assertEquals("344", s.pageLast(), s.toString());
    }

    @Test
    void shouldReadTheDashedPairAfterTheJournalAsTheVolumeWhenAPageWordNamesThePages() {
        ParsedReference r = parser.parse("Harbour Q., « Silent Ports », Journal of Quiet Studies, 38-2, 2004, p. 211-230.");
        assertEquals("38-2", r.volume(), r.toString());
        assertEquals("211", r.pageFirst(), r.toString());
    }

    @Test
    void shouldReadNoVolumeFromAnSsrnNumber() {
        ParsedReference r = parser.parse("Quist, Alma and Bram Stille. 2015. “Harbour Dues and Quiet Trade Invest- ments.” Available at SSRN 2311187 .");
        assertNull(r.volume(), r.toString());
        ParsedReference s = parser.parse("Stille, B. (2018). Quiet cranes and harbour rents. Working paper, SSRN 3100452.");
        assertNull(s.volume(), s.toString());
    }
}
