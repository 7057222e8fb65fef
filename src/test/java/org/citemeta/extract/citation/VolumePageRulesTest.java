package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link VolumePageRules}, on invented references. */
class VolumePageRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadTheLastNumberBeforeTheYearAsTheVolumeOfAJournalCitedWithoutPages() {
        ParsedReference r = parser.parse("T. Quist, Quiet harbours and their cranes, Advances in Harbour Studies, 47 (1993)");
        assertEquals("47", r.volume(), r.toString());
        assertNull(r.pageFirst(), r.toString());
    }

    @Test
    void shouldKeepACapitalGluedAfterTheVolumeInTheVolume() {
        ParsedReference r = parser.parse("K. QUIST. Chem. Quart. 64B, 211 (1938).");
        assertEquals("64B", r.volume(), r.toString());
        ParsedReference s = parser.parse("Quist J. Quiet regulation of harbour cranes. Adv Harb Res 1995; 31A:210-231.");
        assertEquals("31A", s.volume(), s.toString());
    }

    @Test
    void shouldReadTheMonthOfAJournalNumberedByYearAndMonthAsItsIssue() {
        ParsedReference r = parser.parse("A. Quist and B. Stille, Quiet branes in harbour space, JHEP 07 (2019) 123 [arXiv:1902.01234].");
        assertEquals("07", r.issue(), r.toString());
        assertNull(r.volume(), r.toString());
        ParsedReference s = parser.parse("A. Quist, Quiet strings, JHEP 0712 (2007) 045.");
        assertEquals("0712", s.volume(), s.toString());
    }

    @Test
    void shouldReadTheNumberOfVolumeNOfASeriesAsTheVolume() {
        ParsedReference r = parser.parse("A. Quist and B. Stille. Quiet types for harbour cranes. In C. Lund, editor, "
                + "Quiet Programming Languages and Systems, volume 4321 of LNCS, pages 101-117. Springer, 2009.");
        assertEquals("4321", r.volume(), r.toString());
    }

    @Test
    void shouldKeepARangeOfYearLikeNumbersAfterAPageWordAsThePages() {
        ParsedReference r = parser.parse("Anna Quist and Bo Stille. Quiet segmentation of harbour images. In Quiet Vision "
                + "and Pattern Recognition (QVPR), pages 1921–1928. IEEE, 2015.");
        assertEquals("1921", r.pageFirst(), r.toString());
        assertEquals("1928", r.pageLast(), r.toString());
    }

    @Test
    void shouldReadTwoPageNumbersSeparatedByASpaceAsARange() {
        ParsedReference r = parser.parse("Journal of Quiet Harbour Computing 41, 215 238 (1998)");
        assertEquals("215", r.pageFirst(), r.toString());
        assertEquals("238", r.pageLast(), r.toString());
    }

    @Test
    void shouldReadAYearLikeLastNumberAfterYearAndVolumeAsThePage() {
        ParsedReference r = parser.parse("[7] A. Quist, B. Stille, C. Lund, Quiet Lett. 2012, 12, 1968.");
        assertEquals("12", r.volume(), r.toString());
        assertEquals("1968", r.pageFirst(), r.toString());
        assertEquals(2012, r.year(), r.toString());
    }
}
