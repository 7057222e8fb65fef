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
}
