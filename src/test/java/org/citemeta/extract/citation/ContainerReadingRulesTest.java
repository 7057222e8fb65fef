package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link ContainerReadingRules}, on invented references. */
class ContainerReadingRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldKeepTheNumberOfAChemicalSocietysSeriesInTheJournalsName() {
        ParsedReference r = parser.parse("K. HOLM et B. LUND. J. Chem. Soc. Perkin Trans. 1, 211 (1983).");
        assertEquals("J. Chem. Soc. Perkin Trans. 1", r.containerTitle(), r.toString());
        assertNull(r.volume(), r.toString());
        r = parser.parse("Holm K, Lund B. Quiet crystals of a crane lubricant. J Chem Soc Perkin 2 1976;11:211-9.");
        assertEquals("J Chem Soc Perkin 2", r.containerTitle(), r.toString());
        assertEquals("11", r.volume(), r.toString());
        r = parser.parse("O. Strand, J. Chem. Soc., Faraday Trans. 2, 1979, 75, 211.");
        assertEquals("J. Chem. Soc., Faraday Trans. 2", r.containerTitle(), r.toString());
    }

    @Test
    void shouldReadAKnownJournalInThePlaceOfTheNamesAsTheContainer() {
        ParsedReference r = parser.parse("COASTAL ENGINEERING,.2.211–219.2001 Jan.2001 ,p .211 –219Vol .41, No. 2");
        assertEquals("COASTAL ENGINEERING", r.containerTitle(), r.toString());
        assertEquals(0, r.authors().size(), r.toString());
        r = parser.parse("OCEAN ENGINEERING,.1.211–219.2001 Jan.2001 ,p .211 –219Vol .67, No. 1");
        assertEquals("OCEAN ENGINEERING", r.containerTitle(), r.toString());
        assertEquals(0, r.authors().size(), r.toString());
    }

    @Test
    void shouldKeepAJournalsSectionAfterItsColonInTheContainer() {
        ParsedReference r = parser.parse("Lund B, Holm K. Quiet cranes. Journal of Harbour Biology: Tidal biology and its"
                + " modulation by cranes. 2001;12(2):11-19.");
        assertEquals("Journal of Harbour Biology: Tidal biology and its modulation by cranes", r.containerTitle(),
                r.toString());
        assertEquals("Quiet cranes", r.title(), r.toString());
        assertEquals("12", r.volume(), r.toString());
        r = parser.parse("Holm KO, Lund B, Strand O. Quiet winches of small harbour cranes in cold water. Harbour"
                + " Engineering and Function: Cellular harbours and their modulation by tides or storms. 2006;24(3):195-9.");
        assertEquals("Harbour Engineering and Function: Cellular harbours and their modulation by tides or storms",
                r.containerTitle(), r.toString());
        assertEquals("Quiet winches of small harbour cranes in cold water", r.title(), r.toString());
    }

    @Test
    void shouldReadABooksPlaceAndPublisherAsNoContainer() {
        ParsedReference r = parser.parse("Holm K. Quiet cranes in cold harbours. Boston: Quarry and Sons, 1994:211–219.");
        assertNull(r.containerTitle(), r.toString());
        assertEquals("Quarry and Sons", r.publisher(), r.toString());
        r = parser.parse("Holm K, editor. Quiet Cranes. Oslo: Berg and Lund, 1994:211–219.");
        assertNull(r.containerTitle(), r.toString());
        assertEquals("Berg and Lund", r.publisher(), r.toString());
        r = parser.parse("Lund, Olaf. Quaibuch 12. Philosophie der Krane. Mit ergänzenden Texten (1890-1901). Edited by"
                + " Karl Holm. The Hague, Netherlands: Martinus Quaihoff, 1970. [ISBN: 978-90-247-0230-5]");
        assertNull(r.containerTitle(), r.toString());
    }

    @Test
    void shouldReadALongRunOfOneWordQuickly() {
        String run = "perkin ".repeat(1500) + "x".repeat(10_000);
        long t0 = System.nanoTime();
        parser.parse("K. Holm. " + run + " 1, 211 (1983).");
        ContainerReadingRules.numberedSeries(run);
        ContainerReadingRules.numberedSeries("Perkin " + " ".repeat(10_000) + "x");
        assertEquals(true, System.nanoTime() - t0 < 20_000_000_000L);
    }
}
