package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link PageFormRules}, on invented references. */
class PageFormRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadABooksNumberOfPagesAsItsPages() {
        ParsedReference r = parser.parse("Tolland, Bram. Les ports calmes et leurs marées. Nantes : Éditions du Quai, 1994. 217 p.");
        assertEquals("217", r.pageFirst(), r.toString());
        assertNull(r.pageLast(), r.toString());
        ParsedReference s = parser.parse("Alma Quist and Bram Stille, Quiet Harbours: A Natural History of Still Water, Tide Books 1988, 368 pp.");
        assertEquals("368", s.pageFirst(), s.toString());
    }

    @Test
    void shouldKeepAPageAfterAPageWordAndACountInParentheses() {
        ParsedReference r = parser.parse("Quist, A. (2001). Silent cranes. Journal of Quiet Studies, 12, 45-67.");
        assertEquals("45", r.pageFirst(), r.toString());
        ParsedReference s = parser.parse("Stille, B., Harbour noise at night. Quiet Physics Letters, 204117 (4 pp.).");
        assertEquals("204117", s.pageFirst(), s.toString());
    }

    @Test
    void shouldReadTheCountOfVolumesOfAWorkCitedWholeAsItsVolume() {
        ParsedReference r = parser.parse("Tolland, Bram. Quiet Harbours of the North. 3 vols. Nantes: Port Press, 1994.");
        assertEquals("3 vols.", r.volume(), r.toString());
        ParsedReference s = parser.parse("Stille, Alma, Gesammelte Werke, Bram Quist (ed.), 4 vols. (Kiel: Ruhe Verlag, 1990).");
        assertEquals("4 vols.", s.volume(), s.toString());
    }

    @Test
    void shouldReadNoVolumeFromTheDayOfADateWrittenInNumbers() {
        ParsedReference r = parser.parse("QUIST, A. Les grues silencieuses du port. Le Quai hebdo, 25/04/2013, n°1103, pp. 16-18.");
        assertNull(r.volume(), r.toString());
        assertEquals("16", r.pageFirst(), r.toString());
    }

    @Test
    void shouldReadTheJahrgangAsTheVolume() {
        ParsedReference r = parser.parse("Bram Stille: 2011 Dank an Alma Quist. Zeitschrift für Ruhe. Still leben. 17. Jg. Heft 2, 45-61.");
        assertEquals("17", r.volume(), r.toString());
    }

    @Test
    void shouldReadThePageBeforeFollowingAsTheFirstPage() {
        ParsedReference r = parser.parse("Alma Quist: 2009 Ruhe im Hafen. Stille Blätter. Band 4, Heft 2, 211 ff.");
        assertEquals("211", r.pageFirst(), r.toString());
    }
}
